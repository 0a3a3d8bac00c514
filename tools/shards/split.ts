import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { parse, stringify } from 'yaml';
import { splitFrontmatter } from '../../src/checks/frontmatter.ts';
import { statSignature } from '../../src/checks/check-cache.ts';
import { CorpusListing } from './corpus-listing.ts';

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

/**
 * A part's content folder as a list of files, by path in the folder: each hard-linked from the corpus (`from`), the
 * frontmatter alone of a corpus file (`stubOf`: the shared part's documents and the shards' stories), or a text made
 * for the part (a movement cut to a shard's documents). Planned before anything is written, so that a part whose
 * files are as in its last build is known from the corpus alone (fingerprint.ts) and its folder not written again.
 */
export type PartFile = { from: string } | { stubOf: string } | { text: string };
export type ContentPlan = Map<string, PartFile>;

function planTree(plan: ContentPlan, listing: CorpusListing, from: string, to: string): void {
  for (const file of listing.under(from)) plan.set(file === from ? to : path.join(to, path.relative(from, file)), { from: file });
}

/**
 * The bytes a stub is made of: a Markdown or MDX file's frontmatter as a `.md` file (same id, no body to compile), or
 * the whole file, left for the content check to report, when it has no frontmatter.
 */
export function stubOf(file: string): { name: (target: string) => string; bytes: string | Buffer } {
  const text = readStart(file);
  const head = frontmatterHead(text);
  if (head === undefined) return { name: (target) => target, bytes: fs.readFileSync(file) };
  return { name: (target) => target.replace(/\.mdx$/, '.md'), bytes: `${head}\n` };
}

/** Writes a part's content folder from its plan, replacing what was there. */
export function writeContent(plan: ContentPlan, target: string): void {
  fs.rmSync(target, { recursive: true, force: true });
  for (const [relative, file] of plan) {
    const to = path.join(target, relative);
    if ('from' in file) link(file.from, to);
    else {
      const { name, bytes } = 'stubOf' in file ? stubOf(file.stubOf) : { name: (t: string) => t, bytes: file.text };
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.writeFileSync(name(to), bytes);
    }
  }
  for (const collection of ['units', 'documents', 'exemplars', 'awards', 'indicator-values', 'movements', 'stories']) fs.mkdirSync(path.join(target, collection), { recursive: true });
}

/** The text up to the closing `---` of a frontmatter found by splitFrontmatter. */
const headOf = (text: string) => text.slice(0, text.indexOf('\n---', text.indexOf('---') + 3) + 4);

/** The text of a Markdown or MDX file up to its frontmatter's closing `---`; undefined without a frontmatter. */
function frontmatterHead(text: string): string | undefined {
  return 'problem' in splitFrontmatter(text) ? undefined : headOf(text);
}

/** The frontmatter of a Markdown or MDX file, parsed; undefined without one. */
function frontmatterData(text: string): Record<string, unknown> | undefined {
  const split = splitFrontmatter(text);
  if ('problem' in split) return undefined;
  let data: unknown;
  try {
    data = yaml.load(split.yaml, { schema: yaml.CORE_SCHEMA });
  } catch {
    // Broken YAML: the runner's content check reports it, with its line, and stops the build.
    data = {};
  }
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

/**
 * The start of a file, enough to hold its frontmatter: the first `bytes`, or the whole file when its frontmatter
 * does not end inside them. A document's frontmatter is a few hundred bytes, its body tens of kilobytes, and the
 * shared part needs only the former: reading the national corpus's 575 MB of documents whole took 14 of the 25 s
 * its content folder took to write.
 */
export function readStart(file: string, bytes = 8 * 1024): string {
  const buffer = Buffer.allocUnsafe(bytes);
  const fd = fs.openSync(file, 'r');
  let read: number;
  try {
    read = fs.readSync(fd, buffer, 0, bytes, 0);
  } finally {
    fs.closeSync(fd);
  }
  const text = buffer.toString('utf8', 0, read);
  if (read < bytes) return text;
  // The closing `---` line must end inside what was read: cut there, it might go on (and a character cut at the
  // end is only ever the last one).
  const head = frontmatterHead(text);
  return head !== undefined && /^[ \t]*\r?\n/.test(text.slice(head.length)) ? text : fs.readFileSync(file, 'utf8');
}

/**
 * Province of a story: the province folder of the first unit it is about ("quang-ngai/pho-van" → "quang-ngai"),
 * the shard that builds its page; undefined for a story about no unit, which the shared part builds
 * (src/content-model/build-part.ts).
 */
export function storyProvince(text: string): string | undefined {
  const units = frontmatterData(text)?.units;
  const first = Array.isArray(units) ? units[0] : undefined;
  return typeof first === 'string' && first.includes('/') ? first.split('/')[0] : undefined;
}

const storyProvinces = new Map<string, { signature: string; province: string | undefined }>();

/**
 * The province of a story file, read once per run while the file is unchanged: every shard's plan asks for every
 * story (nationally 28 × 658 files read and parsed, 2.5 s of a rebuild's planning).
 */
function storyFileProvince(file: string): string | undefined {
  const stat = fs.statSync(file);
  const signature = statSignature(stat);
  const known = storyProvinces.get(file);
  if (known?.signature === signature) return known.province;
  const province = storyProvince(fs.readFileSync(file, 'utf8'));
  storyProvinces.set(file, { signature, province });
  return province;
}

/**
 * A shard's content folder: its provinces' entries, plus the shared registry and movements.
 * Stories go to the shard of their first unit. Files are hard links, so a national split costs seconds.
 */
export function shardContentPlan(content: string, provinces: readonly string[], listing = new CorpusListing(content)): ContentPlan {
  const plan: ContentPlan = new Map();
  for (const collection of byProvince) for (const province of provinces) planTree(plan, listing, path.join(content, collection, province), path.join(collection, province));
  planTree(plan, listing, path.join(content, 'indicators.yaml'), 'indicators.yaml');
  planMovements(plan, listing, path.join(content, 'movements'), 'movements', provinces);
  const stories = path.join(content, 'stories');
  const wanted = new Set(provinces);
  for (const file of listing.under(stories)) {
    const copy = path.join('stories', path.relative(stories, file));
    // Folders beside the stories hold their images: every shard gets them (hard links cost nothing).
    if (path.dirname(file) === stories && /\.mdx?$/.test(file)) {
      const province = storyFileProvince(file);
      if (province && wanted.has(province)) plan.set(copy, { from: file });
    } else plan.set(copy, { from: file });
  }
  return plan;
}

export function makeShardContent(content: string, target: string, provinces: readonly string[]): void {
  writeContent(shardContentPlan(content, provinces), target);
}

/**
 * A shard's movements: every movement (its exemplars' pages name them), each quoting only the documents the shard
 * has. A movement cites reports of any province, and the shard's content check would reject a reference to a
 * document it does not hold; the movement pages themselves are built by the shared part, with every source.
 */
function planMovements(plan: ContentPlan, listing: CorpusListing, from: string, to: string, provinces: readonly string[]): void {
  const held = (id: unknown) => typeof id === 'string' && provinces.includes(id.split('/')[0]);
  for (const file of listing.under(from)) {
    const copy = path.join(to, path.relative(from, file));
    if (path.dirname(file) !== from || !/\.ya?ml$/.test(file)) {
      plan.set(copy, { from: file });
      continue;
    }
    const movement = parse(fs.readFileSync(file, 'utf8')) as { sources?: { document?: unknown }[] } | null;
    const sources = Array.isArray(movement?.sources) ? movement.sources : [];
    if (sources.every((src) => held(src?.document))) plan.set(copy, { from: file });
    else plan.set(copy, { text: stringify({ ...movement, sources: sources.filter((src) => held(src?.document)) }) });
  }
}

/**
 * The content folder of the shared part: every entry, but documents, and the stories a shard builds, reduced to their
 * frontmatter as `.md` (same ids), so lists, facets and counts see them all while no body of theirs is compiled or
 * rendered twice. Stories about no unit stay whole: the shared part builds their pages.
 */
export function globalContentPlan(content: string, listing = new CorpusListing(content)): ContentPlan {
  const plan: ContentPlan = new Map();
  const stories = path.join(content, 'stories');
  for (const file of listing.under(content)) {
    const copy = path.relative(content, file);
    const top = copy.split(path.sep)[0];
    if (top === 'documents') {
      if (/\.mdx?$/.test(file)) plan.set(copy, { stubOf: file });
    } else if (top === 'stories') {
      const aboutAUnit = /\.mdx?$/.test(file) && path.dirname(file) === stories && storyFileProvince(file) !== undefined;
      plan.set(copy, aboutAUnit ? { stubOf: file } : { from: file });
    } else plan.set(copy, { from: file });
  }
  return plan;
}

export function makeGlobalContent(content: string, target: string): void {
  writeContent(globalContentPlan(content), target);
}
