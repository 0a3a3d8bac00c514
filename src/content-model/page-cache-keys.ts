import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CollectionKey } from 'astro:content';
import { contentPath, pageShapingSettings, settings } from '../settings.ts';
import { once } from '../utils/once.ts';
import { filesUnder } from '../utils/walk-dir.ts';
import { getPublished } from './published.ts';
import { buildPart } from './build-part.ts';

/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page that returns one from
 * getStaticPaths is copied from the previous build instead of rendered when its key, and the code its route
 * imports, are unchanged.
 *
 * The pages keyed are those of one province folder's entries — documents, units, exemplars, stories — the same
 * pages a shard of a sharded build makes from its provinces' folders alone (tools/shards/routes.ts). So a
 * province's key covers what those pages can show:
 * - every public entry of the province's folders (units, documents, exemplars, awards, indicator values), by id
 *   and the digest of its file, and the names of its source files (a document links its original when present);
 *   an exemplar by its data without its description, which its own page adds to its key;
 * - every public entry outside province folders (indicators, movements, the site settings of the footer) and the
 *   stories' images;
 * - the frontmatter of every public story about a unit or an exemplar of the province (shown as a card on their pages;
 *   a story's body is on its own page only, which has no key);
 * - the site's code (src/, the Astro config, the lockfile), the build part and the settings read from the
 *   environment: any change to them renders every page again.
 * Public means public on this build's date (src/content-model/published.ts): an entry whose publication date comes is a
 * new entry of the key. Editing one document renders again its province's pages and the pages without a key
 * (the home, overviews, the stories), and copies the rest.
 *
 * Other pages are keyed by the data they show: a chart's CSV or an indicator's page by its figures (dataCacheKey),
 * a list of documents or exemplars by the frontmatter of the entries listed (listCacheKey).
 */

/** Collections whose entries live in province folders (`<collection folder>/<province>/…`). */
const provinceCollections = {
  units: 'units',
  documents: 'documents',
  exemplars: 'exemplars',
  awards: 'awards',
  indicatorValues: 'indicator-values',
} satisfies Partial<Record<CollectionKey, string>>;
const sharedCollections: CollectionKey[] = ['indicators', 'movements', 'site'];

/** Files of the site's code whose change can change any page. */
const codeInputs = ['src', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];
/** Settings read from the environment that change pages. */

interface KeyedEntry {
  id: string;
  data?: unknown;
  digest?: string | number;
  filePath?: string;
}

/**
 * The cache key of a page that shows the entries of these province folders (a document and its unit; an exemplar,
 * its unit and its source document), from the province ids or entry ids given ("quang-ngai/pho-van" counts as
 * "quang-ngai").
 */
export async function pageCacheKey(ids: Iterable<string | undefined>): Promise<string | undefined> {
  if (!keyed()) return undefined;
  const { shared, byProvince } = await material();
  const provinces = [...new Set([...ids].filter((id): id is string => Boolean(id)).map(provinceOfId))].sort();
  const hash = createHash('sha256').update(shared);
  for (const province of provinces) hash.update(`${province}\0${byProvince.get(province) ?? ''}\n`);
  return hash.digest('hex').slice(0, 32);
}

/**
 * The cache key of a page made from the data it is given (a chart's CSV, an indicator's page for one province):
 * that data as JSON, and the province folders of the documents it quotes, whose headings its source links point
 * at. Pass only plain data (a Map would be written as `{}`); what the page looks up elsewhere must be in `ids`.
 */
export async function dataCacheKey(data: unknown, ids: Iterable<string | undefined> = quotedDocuments(data)): Promise<string | undefined> {
  if (!keyed()) return undefined;
  const json = JSON.stringify(data, (_key, value: unknown) => {
    if (value instanceof Map || value instanceof Set) throw new Error('dataCacheKey: pass plain data, not a Map or a Set');
    return value;
  });
  return createHash('sha256').update((await pageCacheKey(ids))!).update(json).digest('hex').slice(0, 32);
}

/**
 * The cache key of a list page (of documents, exemplars…): a list shows its entries as cards and its filters as
 * counts, made from their frontmatter and their units' names, never from a body. So its key is the frontmatter of
 * every public entry of the collections it draws on (an exemplar without its description, as above), and `shown`:
 * what else the page is given (its number, its facet). A document's body edited renders no list again.
 */
export async function listCacheKey(collections: ListedCollection[], shown: unknown): Promise<string | undefined> {
  if (!keyed()) return undefined;
  const hash = createHash('sha256').update((await material()).shared);
  for (const collection of [...new Set(collections)].sort()) hash.update(`${collection}\0${await frontmatterDigest(collection)}\n`);
  return hash.update(JSON.stringify(shown)).digest('hex').slice(0, 32);
}

type ListedCollection = 'documents' | 'exemplars' | 'units' | 'awards';

const frontmatterDigests = new Map<ListedCollection, Promise<string>>();

function frontmatterDigest(collection: ListedCollection): Promise<string> {
  let digest = frontmatterDigests.get(collection);
  if (!digest) {
    digest = (async () => {
      const hash = createHash('sha256');
      for (const entry of (await getPublished(collection)) as KeyedEntry[]) {
        const data = collection === 'exemplars' ? withoutDescription(entry.data) : entry.data;
        hash.update(`${entry.id}\0${JSON.stringify(data)}\n`);
      }
      return hash.digest('hex');
    })();
    frontmatterDigests.set(collection, digest);
  }
  return digest;
}

/** The parts of a sharded build are built without Astro's incremental build (tools/shards/astro.shard.config.mjs). */
function keyed(): boolean {
  return buildPart() === 'whole';
}

/** The documents a value quotes: every `{ document, quote }` in it. */
export function quotedDocuments(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) quotedDocuments(item, found);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.document === 'string' && typeof record.quote === 'string') found.add(record.document);
    for (const item of Object.values(record)) quotedDocuments(item, found);
  }
  return found;
}

/** The province folder an entry's file is in, for the entries whose id does not say it (exemplars). */
export function entryFolder(collection: keyof typeof provinceCollections, entry: KeyedEntry): string {
  return entryProvince(contentPath(provinceCollections[collection]), entry);
}

/** The province folder of a unit, document or award id ("quang-ngai/pho-van" → "quang-ngai"). */
export function provinceOfId(id: string): string {
  return id.split('/')[0];
}

const material = once(async () => {
  const shared = createHash('sha256');
  hashCode(shared);
  const values = settings();
  for (const name of pageShapingSettings) shared.update(`${name}=${values[name]}\n`);
  for (const collection of sharedCollections) {
    for (const entry of (await getPublished(collection)) as KeyedEntry[]) shared.update(entryLine(collection, entry));
  }
  hashTree(shared, contentPath('stories'), (file) => !/\.mdx?$/.test(file));
  // One digest per province folder, so that a page's key hashes a few digests, not every entry again.
  const lines = new Map<string, string[]>();
  const add = (province: string, line: string) => lines.set(province, [...(lines.get(province) ?? []), line]);
  const exemplarProvince = new Map<string, string>();
  for (const [collection, folder] of Object.entries(provinceCollections) as [CollectionKey, string][]) {
    const base = contentPath(folder);
    for (const entry of (await getPublished(collection)) as KeyedEntry[]) {
      const province = entryProvince(base, entry);
      if (collection === 'exemplars') exemplarProvince.set(entry.id, province);
      add(province, collection === 'exemplars' ? exemplarLine(entry) : entryLine(collection, entry));
    }
  }
  for (const story of await getPublished('stories')) {
    for (const province of storyProvinces(story.data, exemplarProvince)) add(province, storyLine(story));
  }
  const byProvince = new Map<string, string>();
  for (const [province, list] of lines) {
    const hash = createHash('sha256');
    for (const line of list) hash.update(line);
    hashSourceNames(hash, province);
    byProvince.set(province, hash.digest('hex'));
  }
  return { shared: shared.digest('hex'), byProvince };
});

/**
 * A keyed page shows a story only as a card (title, date, author, summary, cover: components/stories/StoryCard.astro),
 * on the page of a unit or an exemplar it is about: its frontmatter counts, in the provinces of those units and
 * exemplars; its body does not (the story's own page, the lists and the feeds have no key).
 */
function storyLine(story: KeyedEntry): string {
  return `stories\0${story.id}\0${JSON.stringify(story.data)}\n`;
}

function storyProvinces(data: { units?: string[]; exemplars?: string[] }, exemplarProvince: Map<string, string>): Set<string> {
  const provinces = new Set((data.units ?? []).map(provinceOfId));
  for (const exemplar of data.exemplars ?? []) provinces.add(exemplarProvince.get(exemplar) ?? provinceOfId(exemplar));
  return provinces;
}

/**
 * An exemplar as the pages of its province see it: its data without its description, which is shown on its own page
 * only (pages/dien-hinh/[slug].astro adds it to that page's key) and in the open data (keyed by its records).
 */
function exemplarLine(entry: KeyedEntry): string {
  return `exemplars\0${entry.id}\0${JSON.stringify(withoutDescription(entry.data))}\0${entry.filePath ?? ''}\n`;
}

function withoutDescription(data: unknown): unknown {
  if (!data || typeof data !== 'object') return data;
  const { description: _shownOnItsOwnPage, ...rest } = data as Record<string, unknown>;
  return rest;
}

/** An entry as its key sees it: the digest of its file, or its data when its loader keeps no digest. */
function entryLine(collection: string, entry: KeyedEntry): string {
  return `${collection}\0${entry.id}\0${entry.digest ?? JSON.stringify(entry.data)}\0${entry.filePath ?? ''}\n`;
}

/** The first folder of an entry's file under its collection folder; exemplars' ids are bare file names. */
function entryProvince(base: string, entry: KeyedEntry): string {
  if (!entry.filePath) return provinceOfId(entry.id);
  return path.relative(base, path.resolve(entry.filePath)).split(path.sep)[0];
}

function hashCode(hash: Hash): void {
  for (const input of codeInputs) hashTree(hash, path.resolve(input), () => true);
}

/** Paths and bytes of the files of a folder (or one file), length-prefixed so no two trees hash alike. */
function hashTree(hash: Hash, root: string, wanted: (file: string) => boolean): void {
  if (!fs.existsSync(root)) return;
  const files = fs.statSync(root).isFile()
    ? [root]
    : filesUnder(root);
  for (const file of files.filter(wanted)) {
    const name = path.relative(root, file);
    const bytes = fs.readFileSync(file);
    hash.update(`${name.length}:${name}${bytes.length}:`);
    hash.update(bytes);
  }
}

/** A document page links its source file only when the file exists: their names are part of the key. */
function hashSourceNames(hash: Hash, province: string): void {
  const dir = contentPath('sources', province);
  if (!fs.existsSync(dir)) return;
  const names = filesUnder(dir).map((file) => path.relative(dir, file));
  hash.update(`sources\0${names.join('\0')}\n`);
}
