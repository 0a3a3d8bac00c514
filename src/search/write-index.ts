import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BundleWriters, indexerCount } from './bundle-writers.ts';
import { manifestFile } from './manifest-file.ts';
import { bundleKey, indexingCode, keepBundle, pageDigest, restoreBundle } from './bundle-cache.ts';
import { factsWithCache, type CachedFacts } from './facts-cache.ts';
import { settings } from '../settings.ts';
import { walkDir } from '../utils/walk-dir.ts';
import { isProvinceBundle, nationalBundlePath, pageFacts, planBundles, type BundleManifest, type PageFacts, type RegionalBundle } from './bundles.ts';


export interface SearchIndexResult {
  pages: number;
  manifest: BundleManifest;
  /** Bundles copied from the previous build instead of indexed (see bundle-cache.ts). */
  reused: number;
}

/**
 * What one run indexes. `whole`: a site built in one go. A sharded build (tools/shards/cli.ts) indexes in
 * parts: each shard its own provinces' `regional` bundles as it builds, then the merged site's `national`
 * bundle, whose manifest lists the regional bundles found beside it. `facts` indexes nothing: the shared part
 * only records which of its pages are searchable, for the national run.
 */
export type IndexPart = 'whole' | 'regional' | 'national' | 'facts';

export interface IndexOptions {
  /** Where to write the facts of the run's searchable pages (JSON), for a later `national` run. */
  factsOut?: string;
  /**
   * The searchable pages of the merged site, as its parts recorded them: the `national` run then reads only the
   * pages of its own bundles, not all of the site (nationally 117,000 files, 4.4 GB, ≈ 80 s).
   */
  facts?: PageFacts[];
  /** Where bundles are kept between builds; unchanged bundles are copied from there instead of indexed. */
  cacheDir?: string;
}

/** Each regional bundle's folder holds its manifest entry, so bundles indexed apart can be listed after a merge. */
const bundleEntryFile = 'bundle.json';

/** Searchable pages in the order the index plans them in bundles: by file. */
export function inIndexOrder(pages: readonly PageFacts[]): PageFacts[] {
  return [...pages].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** What a bundle is to its cache key and its kept texts: the part of the site indexed and the bundle's role. */
export function bundleKind(part: IndexPart, bundle: string): string {
  return `${part}:${bundle === '' ? 'primary' : bundle === nationalBundlePath ? 'national' : 'regional'}`;
}

/**
 * Where the national bundle's prepared texts are kept in a search cache (src/search/prepared-cache.ts), and their key:
 * the indexing code and the bundle's kind; `digests`, its pages' in order.
 */
export function nationalPrepared(cacheDir: string, kind: string, digests: string[]): { file: string; key: string; digests: string[] } {
  return { file: path.join(cacheDir, 'search-prepared', 'ca-nuoc.json'), key: `${indexingCode()}\n${kind}`, digests };
}

/**
 * Indexes the pages of a built site into <site>/pagefind/ (the primary bundle) and, on a split site,
 * <site>/pagefind/ca-nuoc/ (national) and <site>/pagefind/vung/…/ (regional bundles, see bundles.ts), and writes
 * the bundle list beside them. Bundles are indexed side by side, one per core, each by its own Pagefind process (bundle-writers.ts),
 * and dropped from Pagefind's memory once written, so memory follows the largest bundles, not the site.
 *
 * As soon as one page marks its content with `data-pagefind-body`, Pagefind leaves out every page without it
 * (lists, facets, the search page). Those pages are not sent at all: at 1,000 documents they include the
 * largest pages of the site, which Pagefind would parse only to drop.
 *
 * `SEARCH_BUNDLE_BYTES` overrides the HTML bytes one regional bundle may hold (tests use it to split a small site).
 */
export async function buildSearchIndex(site: string, part: IndexPart = 'whole', maxWeight = bundleWeightFromEnv(), options: IndexOptions = {}): Promise<SearchIndexResult> {
  const marked = options.facts?.length ? inIndexOrder(options.facts) : await searchablePages(site, options.cacheDir);
  if (options.factsOut) await writeFile(options.factsOut, `${JSON.stringify(marked)}\n`);
  if (part === 'facts') return { pages: marked.length, manifest: { version: 1, primaryPages: 0, bundles: [] }, reused: 0 };
  const plan = planBundles(marked, maxWeight, part === 'whole' ? 'auto' : 'always');
  if (part !== 'regional' && plan.files.get('')?.length === 0) throw new Error('Pagefind: no page for the primary search bundle (the home page, or any page of no province)');
  const root = path.join(site, 'pagefind');
  const wanted = ([bundle]: [string, string[]]) => (part === 'whole' ? true : part === 'regional' ? isProvinceBundle(bundle) : !isProvinceBundle(bundle));
  const digests = new Map(marked.map((page) => [page.file, page.digest]));
  let reused = 0;
  const bundles = [...plan.files].filter(wanted);
  const primary = bundles.find(([bundle]) => bundle === '');
  const others = bundles.filter((entry) => entry !== primary);
  const writers = new BundleWriters(Math.min(indexerCount(availableParallelism()), Math.max(1, others.length)));
  const indexOne = async ([bundle, bundleFiles]: [string, string[]]) => {
    const outputPath = path.join(root, bundle);
    const kind = bundleKind(part, bundle);
    const key = options.cacheDir ? bundleKey(bundle, kind, bundleFiles.map((file) => ({ file, digest: digests.get(file) }))) : undefined;
    if (key && (await restoreBundle(options.cacheDir!, bundle, key, outputPath))) {
      reused++;
      return;
    }
    const national = bundle === nationalBundlePath;
    const pageDigests = bundleFiles.map((file) => digests.get(file));
    const prepared = national && options.cacheDir && pageDigests.every(Boolean) ? nationalPrepared(options.cacheDir, kind, pageDigests as string[]) : undefined;
    await writers.write({ site, files: bundleFiles, outputPath, regional: bundle !== '', national, prepared });
    // The primary bundle's folder holds the others' folders, which are not part of it.
    if (key) await keepBundle(options.cacheDir!, bundle, key, outputPath, bundle === '' ? ['vung', nationalBundlePath] : []);
  };
  try {
    // The primary bundle goes first and alone: the others are written inside its folder.
    if (primary) await indexOne(primary);
    await Promise.all(others.map(indexOne));
  } finally {
    await writers.close();
  }
  for (const entry of part === 'national' ? [] : plan.manifest.bundles) {
    await writeFile(path.join(root, entry.path, bundleEntryFile), `${JSON.stringify(entry)}\n`);
  }
  if (part === 'regional') return { pages: plan.manifest.bundles.reduce((n, b) => n + b.pages, 0), manifest: plan.manifest, reused };
  const manifest = part === 'national' ? { ...plan.manifest, bundles: await listedBundles(root) } : plan.manifest;
  await writeFile(path.join(root, manifestFile), `${JSON.stringify(manifest)}\n`);
  return { pages: marked.length, manifest, reused };
}

/**
 * The facts of every page Pagefind would index (every page, when none marks its content with data-pagefind-body).
 * With a cache folder, a page unchanged since the last build is not read again (facts-cache.ts).
 */
async function searchablePages(site: string, cacheDir?: string): Promise<PageFacts[]> {
  const files = htmlFiles(site);
  const marked = (list: string[]) => readFacts(site, list, (html) => html.includes('data-pagefind-body'));
  const found = cacheDir ? await factsWithCache(site, files, cacheDir, marked) : await marked(files);
  const facts = files.flatMap((file) => {
    const known = found.get(file);
    return known ? [{ file, ...known }] : [];
  });
  if (facts.length) return facts;
  // No page marks its content: Pagefind indexes every page whole, and so do we.
  const every = await readFacts(site, files, () => true);
  return files.map((file) => ({ file, ...every.get(file)! }));
}

/** Facts written by {@link buildSearchIndex}'s `factsOut`. */
export async function readFactsFile(file: string): Promise<PageFacts[]> {
  return JSON.parse(await readFile(file, 'utf8')) as PageFacts[];
}

/** The regional bundles indexed beside a primary bundle, in path order. */
async function listedBundles(root: string): Promise<RegionalBundle[]> {
  const dir = path.join(root, 'vung');
  if (!existsSync(dir)) return [];
  const names = (await readdir(dir)).sort();
  return Promise.all(names.map(async (name) => JSON.parse(await readFile(path.join(dir, name, bundleEntryFile), 'utf8')) as RegionalBundle));
}

function bundleWeightFromEnv(): number {
  return settings().SEARCH_BUNDLE_BYTES;
}

const batchSize = 32;

/** Reads every file once to learn which pages are searchable and where they belong; keeps no HTML. */
async function readFacts(site: string, files: string[], wanted: (html: string) => boolean): Promise<Map<string, CachedFacts>> {
  const facts = new Map<string, CachedFacts>();
  for (let start = 0; start < files.length; start += batchSize) {
    const read = await Promise.all(files.slice(start, start + batchSize).map(async (file) => ({ file, html: await readFile(path.join(site, file), 'utf8') })));
    for (const { file, html } of read) {
      if (!wanted(html)) facts.set(file, null);
      else {
        const { file: _file, ...rest } = pageFacts(file, html);
        facts.set(file, { ...rest, digest: pageDigest(html) });
      }
    }
  }
  return facts;
}

/** Every .html file under the site, relative to it, except Pagefind's own output. */
function htmlFiles(site: string): string[] {
  return walkDir(site)
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(site, path.join(e.parentPath, e.name)))
    .filter((file) => !file.startsWith(`pagefind${path.sep}`))
    .sort();
}
