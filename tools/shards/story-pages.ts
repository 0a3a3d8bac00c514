/**
 * A shard rebuilt for its stories' bodies alone.
 *
 * A story's body is shown on its own page only: the pages of its units and exemplars show it as a card, made from its
 * frontmatter (src/content-model/page-cache-keys.ts keys them the same way, and tests/dist/safety-incremental.test.ts
 * checks it). So when the only inputs of a shard that changed since its last build are the bodies of stories it holds,
 * the runner builds those stories' pages alone (PART_STORIES, src/content-model/build-part.ts), with the shard's
 * whole content folder, code and routes, and places them in the shard's kept output: the shard's other 4,000 pages
 * are not rendered again, and its search bundles are indexed again from its kept pages.
 *
 * What a shard was built from is recorded beside its stamp (`inputs.tsv`): every file of its content folder with the
 * digest of its bytes, and of each story's frontmatter.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PageFacts } from '../../src/search/bundles.ts';
import { buildSearchIndex } from '../../src/search/write-index.ts';
import type { ContentPlan } from './split.ts';

/** What a part's last finished build was made from. */
export interface PartInputs {
  /** The code fingerprint and the search settings it was built with. */
  code: string;
  /** Each file of its content folder: how it is made and its digest (fingerprint.ts, planInputs). */
  files: Map<string, string>;
  /** The digest of each story's frontmatter, by path in the content folder. */
  frontmatter: Map<string, string>;
}

const inputsFile = (partDir: string) => path.join(partDir, 'inputs.tsv');

/** Whether a content folder's file is a story's text (not one of its images). */
export const isStoryText = (name: string): boolean => /^stories\/[^/]+\.mdx?$/.test(name.split(path.sep).join('/'));

/** The story's id, as the content collection names it (src/content.config.ts: its file name without extension). */
export const storyId = (name: string): string => path.basename(name).replace(/\.mdx?$/, '');

/** The digest of the frontmatter of each story a shard's plan holds whole (the shared part holds stubs alone). */
export function storyFrontmatter(plan: ContentPlan, stubDigest: (file: string) => string): Map<string, string> {
  const heads = new Map<string, string>();
  for (const [name, file] of plan) if ('from' in file && isStoryText(name)) heads.set(name, stubDigest(file.from));
  return heads;
}

/** Records what a finished part was built from, with its fingerprint (written aside and renamed, never half). */
export function saveInputs(partDir: string, inputs: PartInputs, fingerprint: string): void {
  const lines = [fingerprint, inputs.code.replaceAll('\n', '\\n')];
  for (const [name, input] of inputs.files) lines.push(`${name}\t${input.replace('\0', '\t')}\t${inputs.frontmatter.get(name) ?? ''}`);
  const partial = `${inputsFile(partDir)}.${process.pid}.tmp`;
  fs.writeFileSync(partial, `${lines.join('\n')}\n`);
  fs.renameSync(partial, inputsFile(partDir));
}

/**
 * The recorded inputs of a part's last finished build, when they are those of the build its stamp names
 * (`fingerprint`): a runner that does not keep them could have built the part since.
 */
export function readInputs(partDir: string, fingerprint: string | undefined): PartInputs | undefined {
  if (!fingerprint || !fs.existsSync(inputsFile(partDir))) return undefined;
  const [recorded, code, ...lines] = fs.readFileSync(inputsFile(partDir), 'utf8').split('\n');
  if (recorded !== fingerprint) return undefined;
  const files = new Map<string, string>();
  const frontmatter = new Map<string, string>();
  for (const line of lines) {
    const [name, kind, digest, head] = line.split('\t');
    if (!digest) continue;
    files.set(name, `${kind}\0${digest}`);
    if (head) frontmatter.set(name, head);
  }
  return { code: code.replaceAll('\\n', '\n'), files, frontmatter };
}

/** Removes the record: a part whose build starts has no finished build to compare with until it ends. */
export function dropInputs(partDir: string): void {
  fs.rmSync(inputsFile(partDir), { force: true });
}

/**
 * The ids of the stories whose bodies alone changed since the part's last build, when nothing else did: same code,
 * same files, every other file's bytes the same, and each changed story's frontmatter the same. Undefined otherwise,
 * and when nothing changed.
 */
export function changedStoryBodies(recorded: PartInputs, now: PartInputs): string[] | undefined {
  if (recorded.code !== now.code || recorded.files.size !== now.files.size) return undefined;
  const changed: string[] = [];
  for (const [name, input] of now.files) {
    const before = recorded.files.get(name);
    if (before === input) continue;
    if (before === undefined || !isStoryText(name) || !input.startsWith('file\0')) return undefined;
    const head = now.frontmatter.get(name);
    if (!head || head !== recorded.frontmatter.get(name)) return undefined;
    changed.push(storyId(name));
  }
  return changed.length ? changed : undefined;
}

/**
 * Places the stories' pages built alone (`built`) in the shard's output (`dist`): each story's folder under
 * `bai-viet/` replaced. Files are written aside and renamed, so that the merged site's hard links to the old files
 * keep the old bytes until the merge places the new ones. Returns the files placed, relative to `dist`; or undefined,
 * placing nothing, when a page now uses other hashed assets (`_astro/`) than it did: an image added to or dropped
 * from a body, which only a build of the whole shard tells whether another page still uses.
 */
export function placeStoryPages(built: string, dist: string, ids: string[]): string[] | undefined {
  const folders = ids.map((id) => path.join('bai-viet', id));
  const fresh = folders.map((folder) => filesUnder(built, folder));
  const old = folders.map((folder) => filesUnder(dist, folder));
  const assets = (root: string, files: string[]) => [...new Set(files.flatMap((file) => assetsOf(fs.readFileSync(path.join(root, file), 'utf8'))))].sort().join('\n');
  if (fresh.some((files, i) => assets(built, files) !== assets(dist, old[i]))) return undefined;
  const placed: string[] = [];
  fresh.forEach((files, i) => {
    const keep = new Set(files);
    for (const file of old[i]) if (!keep.has(file)) fs.rmSync(path.join(dist, file));
    for (const file of files) placed.push(replaceFile(path.join(built, file), path.join(dist, file), file));
  });
  return placed;
}

/** Every file under a folder of a site, relative to the site. */
function filesUnder(site: string, folder: string): string[] {
  const dir = path.join(site, folder);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(site, path.join(e.parentPath, e.name))).sort();
}

/** The hashed assets a page or feed refers to. */
export function assetsOf(text: string): string[] {
  return text.match(/_astro\/[^"'\s)?#,&<>]+/g) ?? [];
}

function replaceFile(from: string, to: string, name: string): string {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  const partial = `${to}.${process.pid}.tmp`;
  fs.copyFileSync(from, partial);
  fs.renameSync(partial, to);
  return name.split(path.sep).join('/');
}

/** What the runner logs once the stories' pages are built. */
export const storyPagesDone = (count: number): string => (count === 1 ? "1 story's body alone changed, its page built alone" : `${count} stories' bodies alone changed, their pages built alone`);

/** The shard's searchable pages with those of the stories built again replaced by what their build recorded. */
export function withStoryFacts(shard: PageFacts[], stories: PageFacts[], ids: string[]): PageFacts[] {
  const folders = ids.map((id) => `${path.join('bai-viet', id)}${path.sep}`);
  const kept = shard.filter((page) => !folders.some((folder) => page.file.startsWith(folder)));
  return [...kept, ...stories].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * Indexes a shard's search bundles again after its stories' pages were placed, from `facts` (withStoryFacts: its
 * last build's searchable pages with the stories' new ones), written to `factsOut`; each bundle whose pages are
 * unchanged is copied from the shard's cache, as the shard's own build does.
 */
export async function indexStoryBundles(dist: string, facts: PageFacts[], factsOut: string, cacheDir: string): Promise<{ indexed: number; bundles: number }> {
  // Pagefind writes into its folder: the old bundles' files are hard links of the merged site and of the cache.
  fs.rmSync(path.join(dist, 'pagefind'), { recursive: true, force: true });
  const { reused, manifest } = await buildSearchIndex(dist, 'regional', undefined, { facts, factsOut, cacheDir });
  return { indexed: manifest.bundles.length - reused, bundles: manifest.bundles.length };
}
