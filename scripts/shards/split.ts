import fs from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';

/** Collections stored as <collection>/<province>/…: a shard gets the folders of its provinces. */
export const byProvince = ['units', 'documents', 'exemplars', 'awards', 'indicator-values', 'sources'] as const;

/** Hard-links a file (no copy on the same file system), or copies it across devices. */
function link(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  try {
    fs.linkSync(from, to);
  } catch {
    fs.copyFileSync(from, to);
  }
}

function linkTree(from: string, to: string): void {
  if (!fs.existsSync(from)) return;
  if (fs.statSync(from).isFile()) return link(from, to);
  for (const entry of fs.readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    link(file, path.join(to, path.relative(from, file)));
  }
}

/** Province of a story: the province of the first unit it names ("units:\n  - quang-ngai/…"). */
export function storyProvince(file: string): string | undefined {
  const head = fs.readFileSync(file, 'utf8').slice(0, 4000);
  return /\nunits:\s*(?:\[\s*"?|\n\s*-\s*"?)([a-z0-9-]+)\//.exec(head)?.[1];
}

/**
 * Makes a shard's content folder: its provinces' entries, plus the shared registry and movements.
 * Stories go to the shard of their first unit. Files are hard links, so a national split costs seconds.
 */
export function makeShardContent(content: string, target: string, provinces: readonly string[]): void {
  fs.rmSync(target, { recursive: true, force: true });
  for (const collection of byProvince) for (const province of provinces) linkTree(path.join(content, collection, province), path.join(target, collection, province));
  linkTree(path.join(content, 'indicators.yaml'), path.join(target, 'indicators.yaml'));
  copyMovements(path.join(content, 'movements'), path.join(target, 'movements'), provinces);
  const stories = path.join(content, 'stories');
  const wanted = new Set(provinces);
  if (fs.existsSync(stories)) {
    for (const entry of fs.readdirSync(stories, { withFileTypes: true })) {
      const file = path.join(stories, entry.name);
      // Folders beside the stories hold their images: every shard gets them (hard links cost nothing).
      if (entry.isDirectory()) {
        linkTree(file, path.join(target, 'stories', entry.name));
        continue;
      }
      if (/\.mdx?$/.test(entry.name)) {
        const province = storyProvince(file);
        if (province && wanted.has(province)) link(file, path.join(target, 'stories', entry.name));
      } else link(file, path.join(target, 'stories', entry.name));
    }
  }
  for (const collection of ['units', 'documents', 'exemplars', 'awards', 'indicator-values', 'movements', 'stories']) fs.mkdirSync(path.join(target, collection), { recursive: true });
}

/**
 * A shard's movements: every movement (its exemplars' pages name them), each quoting only the documents the shard
 * has. A movement cites reports of any province, and the shard's content check would reject a reference to a
 * document it does not hold; the movement pages themselves are built by the shared part, with every source.
 */
function copyMovements(from: string, to: string, provinces: readonly string[]): void {
  if (!fs.existsSync(from)) return;
  const held = (id: unknown) => typeof id === 'string' && provinces.includes(id.split('/')[0]);
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const file = path.join(from, entry.name);
    if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) {
      linkTree(file, path.join(to, entry.name));
      continue;
    }
    const movement = parse(fs.readFileSync(file, 'utf8')) as { sources?: { document?: unknown }[] } | null;
    const sources = Array.isArray(movement?.sources) ? movement.sources : [];
    if (sources.every((src) => held(src?.document))) {
      link(file, path.join(to, entry.name));
      continue;
    }
    fs.mkdirSync(to, { recursive: true });
    fs.writeFileSync(path.join(to, entry.name), stringify({ ...movement, sources: sources.filter((src) => held(src?.document)) }));
  }
}

/**
 * Makes the content folder of the shared part: every entry, but documents reduced to their frontmatter as `.md`
 * (same ids), so lists, facets and counts see all documents while no document body is compiled or rendered.
 */
export function makeGlobalContent(content: string, target: string): void {
  fs.rmSync(target, { recursive: true, force: true });
  for (const entry of fs.readdirSync(content)) {
    if (entry === 'documents') continue;
    linkTree(path.join(content, entry), path.join(target, entry));
  }
  const docs = path.join(content, 'documents');
  for (const entry of fs.readdirSync(docs, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.mdx?$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const text = fs.readFileSync(file, 'utf8');
    const end = text.indexOf('\n---', 4);
    const stub = path.join(target, 'documents', path.relative(docs, file)).replace(/\.mdx$/, '.md');
    fs.mkdirSync(path.dirname(stub), { recursive: true });
    fs.writeFileSync(stub, `${text.slice(0, end + 4)}\n`);
  }
}
