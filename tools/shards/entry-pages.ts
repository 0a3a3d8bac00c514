/**
 * A part rebuilt for the bodies of its stories or the descriptions of its exemplars alone.
 *
 * A story's body is shown on its own page only: the pages of its units and exemplars show it as a card, made from its
 * frontmatter. An exemplar's description is shown on its own page and in the open data of exemplars only: the pages of
 * its unit, the lists and facets show its other fields (src/content-model/page-cache-keys.ts keys them the same way,
 * and tests/dist/safety-incremental.test.ts checks it). So when the only inputs of a part that changed since its last
 * build are such, the runner builds those pages alone (PART_STORIES and PART_EXEMPLARS,
 * src/content-model/build-part.ts), with the part's whole content folder and code, and places them in the part's kept
 * output: a shard's other 4,000 pages are not rendered again, and its search bundles are indexed again from its kept
 * pages; the shared part writes the three files of the exemplars' open data, not its 15,000 pages.
 *
 * What a part was built from is recorded beside its stamp (`inputs.tsv`): every file of its content folder with the
 * digest of its bytes, and what other pages show of each story and exemplar (its head).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import yaml from 'js-yaml';
import type { PageFacts } from '../../src/search/bundles.ts';
import { buildSearchIndex } from '../../src/search/write-index.ts';
import type { ContentPlan } from './split.ts';
import { exemplarDataRoutes } from './routes.ts';
import { filesUnder as sortedFilesUnder } from '../../src/utils/walk-dir.ts';

/** What a part's last finished build was made from. */
export interface PartInputs {
  /** The code fingerprint and the search settings it was built with. */
  code: string;
  /** Each file of its content folder: how it is made and its digest (fingerprint.ts, planInputs). */
  files: Map<string, string>;
  /**
   * What other pages show of each story and exemplar the part holds whole, by path in the content folder: the digest
   * of a story's frontmatter, of an exemplar's data without its description.
   */
  heads: Map<string, string>;
}

/** The stories and exemplars (ids) whose own pages alone a part builds again. */
export interface ChangedEntries {
  stories: string[];
  exemplars: string[];
}

const inputsFile = (partDir: string) => path.join(partDir, 'inputs.tsv');

/** Whether a content folder's file is a story's text (not one of its images). */
export const isStoryText = (name: string): boolean => /^stories\/[^/]+\.mdx?$/.test(name.split(path.sep).join('/'));

/** The story's id, as the content collection names it (src/content.config.ts: its file name without extension). */
export const storyId = (name: string): string => path.basename(name).replace(/\.mdx?$/, '');

/** Whether a content folder's file is an exemplar's data. */
export const isExemplarData = (name: string): boolean => /^exemplars\/.+\.ya?ml$/.test(name.split(path.sep).join('/'));

/** The exemplar's id, as the content collection names it (its file name without extension). */
export const exemplarId = (name: string): string => path.basename(name).replace(/\.ya?ml$/, '');

/**
 * The digest of an exemplar's data as the pages other than its own see it: without its description. Its YAML is read
 * as the content check reads it (js-yaml); a file that is not YAML has the digest of its bytes, so any edit of it
 * counts.
 */
export function exemplarHead(file: string): string {
  const text = fs.readFileSync(file, 'utf8');
  let shown: unknown;
  try {
    shown = yaml.load(text);
  } catch {
    return `bytes:${createHash('sha256').update(text).digest('hex')}`;
  }
  if (shown && typeof shown === 'object' && !Array.isArray(shown)) {
    const { description: _ownPageAndOpenData, ...rest } = shown as Record<string, unknown>;
    shown = rest;
  }
  return createHash('sha256').update(JSON.stringify(shown) ?? 'undefined').digest('hex');
}

/**
 * What other pages show of a file of a part's content folder, for a story's text or an exemplar's data held whole
 * (the shared part holds stubs of most stories); undefined for any other file.
 */
export function headOf(plan: ContentPlan, name: string, stubDigest: (file: string) => string): string | undefined {
  const file = plan.get(name);
  if (!file || !('from' in file)) return undefined;
  return isStoryText(name) ? stubDigest(file.from) : isExemplarData(name) ? exemplarHead(file.from) : undefined;
}

/**
 * The heads of every story and exemplar a part's plan holds whole, to record; an exemplar's is taken from `recorded`
 * when its bytes are as recorded (reading 72,000 exemplars nationally takes seconds).
 */
export function entryHeads(plan: ContentPlan, files: Map<string, string>, stubDigest: (file: string) => string, recorded?: PartInputs): Map<string, string> {
  const heads = new Map<string, string>();
  for (const name of plan.keys()) {
    const kept = isExemplarData(name) && recorded && recorded.files.get(name) === files.get(name) ? recorded.heads.get(name) : undefined;
    const head = kept ?? headOf(plan, name, stubDigest);
    if (head) heads.set(name, head);
  }
  return heads;
}

/** Records what a finished part was built from, with its fingerprint (written aside and renamed, never half). */
export function saveInputs(partDir: string, inputs: PartInputs, fingerprint: string): void {
  const lines = [fingerprint, inputs.code.replaceAll('\n', '\\n')];
  for (const [name, input] of inputs.files) lines.push(`${name}\t${input.replace('\0', '\t')}\t${inputs.heads.get(name) ?? ''}`);
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
  const heads = new Map<string, string>();
  for (const line of lines) {
    const [name, kind, digest, head] = line.split('\t');
    if (!digest) continue;
    files.set(name, `${kind}\0${digest}`);
    if (head) heads.set(name, head);
  }
  return { code: code.replaceAll('\\n', '\n'), files, heads };
}

/** Removes the record: a part whose build starts has no finished build to compare with until it ends. */
export function dropInputs(partDir: string): void {
  fs.rmSync(inputsFile(partDir), { force: true });
}

/**
 * The stories whose bodies alone and the exemplars whose descriptions alone changed since the part's last build, when
 * nothing else did: same code, same files, every other file's bytes the same, and each changed entry's head the same
 * (`head`: what other pages show of a file now, headOf). The shared part builds the pages of a few stories only (those
 * about no unit): a story changed there builds it whole. Undefined otherwise, and when nothing changed.
 */
export function changedEntries(recorded: PartInputs, now: Omit<PartInputs, 'heads'>, head: (name: string) => string | undefined, part: 'shard' | 'shared'): ChangedEntries | undefined {
  if (recorded.code !== now.code || recorded.files.size !== now.files.size) return undefined;
  const changed: ChangedEntries = { stories: [], exemplars: [] };
  for (const [name, input] of now.files) {
    const before = recorded.files.get(name);
    if (before === input) continue;
    if (before === undefined || !input.startsWith('file\0')) return undefined;
    const ids = isExemplarData(name) ? changed.exemplars : isStoryText(name) && part === 'shard' ? changed.stories : undefined;
    const shown = ids && head(name);
    if (!ids || !shown || shown !== recorded.heads.get(name)) return undefined;
    ids.push(isExemplarData(name) ? exemplarId(name) : storyId(name));
  }
  return changed.stories.length || changed.exemplars.length ? changed : undefined;
}

/** A folder of a part's output its entries' pages are in: replaced whole, or (`whole` false) each file built placed. */
export interface EntryFolder {
  folder: string;
  whole: boolean;
}

/**
 * Where the pages of the changed entries are in a part's output: a shard's stories' and exemplars' own folders; the
 * shared part's open data (the folder of its routes that print descriptions, routes.ts).
 */
export function entryFolders(part: 'shard' | 'shared', changed: ChangedEntries): EntryFolder[] {
  if (part === 'shared') return [...new Set(exemplarDataRoutes.map((route) => path.dirname(route)))].map((folder) => ({ folder, whole: false }));
  return [...changed.stories.map((id) => path.join('bai-viet', id)), ...changed.exemplars.map((id) => path.join('dien-hinh', id))].map((folder) => ({ folder, whole: true }));
}

/**
 * Places the entries' pages built alone (`built`) in the part's output (`dist`): each whole folder replaced, each other
 * file built written over. Files are written aside and renamed, so that the merged site's hard links to the old files
 * keep the old bytes until the merge places the new ones. Returns the files placed, relative to `dist`; or undefined,
 * placing nothing, when a page now uses other hashed assets (`_astro/`) than it did: an image added to or dropped
 * from a body, which only a build of the whole part tells whether another page still uses.
 */
export function placeEntryPages(built: string, dist: string, folders: EntryFolder[]): string[] | undefined {
  const fresh = folders.map(({ folder }) => filesUnder(built, folder));
  const old = folders.map(({ folder, whole }, i) => (whole ? filesUnder(dist, folder) : fresh[i].filter((file) => fs.existsSync(path.join(dist, file)))));
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
  return sortedFilesUnder(dir).map((file) => path.relative(site, file));
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

/** What the runner logs once the entries' pages are built (`done`: how, when not by a build of them alone). */
export function entryPagesDone({ stories, exemplars }: ChangedEntries, part: 'shard' | 'shared', done?: string): string {
  const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);
  const what = [
    ...(stories.length ? [`${count(stories.length, "story's body", "stories' bodies")}`] : []),
    ...(exemplars.length ? [`${count(exemplars.length, "exemplar's description", "exemplars' descriptions")}`] : []),
  ].join(' and ');
  const pages = done ?? (part === 'shared' ? 'the open data of exemplars built alone' : stories.length + exemplars.length === 1 ? 'its page built alone' : 'their pages built alone');
  return `${what} alone changed, ${pages}`;
}

/** A part's searchable pages with those under the folders built again replaced by what their build recorded. */
export function withEntryFacts(part: PageFacts[], rebuilt: PageFacts[], folders: EntryFolder[]): PageFacts[] {
  const under = folders.map(({ folder }) => `${folder}${path.sep}`);
  const kept = part.filter((page) => !under.some((folder) => page.file.startsWith(folder)));
  return [...kept, ...rebuilt].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * Indexes a shard's search bundles again after its entries' pages were placed, from `facts` (withEntryFacts: its
 * last build's searchable pages with the entries' new ones), written to `factsOut`; each bundle whose pages are
 * unchanged is copied from the shard's cache, as the shard's own build does.
 */
export async function indexEntryBundles(dist: string, facts: PageFacts[], factsOut: string, cacheDir: string): Promise<{ indexed: number; bundles: number }> {
  // Pagefind writes into its folder: the old bundles' files are hard links of the merged site and of the cache.
  fs.rmSync(path.join(dist, 'pagefind'), { recursive: true, force: true });
  const { reused, manifest } = await buildSearchIndex(dist, 'regional', undefined, { facts, factsOut, cacheDir });
  return { indexed: manifest.bundles.length - reused, bundles: manifest.bundles.length };
}
