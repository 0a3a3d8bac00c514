import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { prepareHtmlForIndex, searchableHtml, withoutFilter, withoutIgnored } from './index-html.ts';
import { manifestFile } from './manifest-file.ts';
import { bundleKey, keepBundle, pageDigest, restoreBundle } from './bundle-cache.ts';
import { defaultBundleWeight, isProvinceBundle, nationalBundlePath, pageFacts, planBundles, type BundleManifest, type PageFacts, type RegionalBundle } from './bundles.ts';


export interface SearchIndexResult {
  pages: number;
  manifest: BundleManifest;
  /** Bundles copied from the previous build instead of indexed (see bundle-cache.ts). */
  reused: number;
}

/**
 * What one run indexes. `whole`: a site built in one go. A sharded build (scripts/build-shards.ts) indexes in
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

/**
 * Indexes the pages of a built site into <site>/pagefind/ (the primary bundle) and, on a split site,
 * <site>/pagefind/ca-nuoc/ (national) and <site>/pagefind/vung/…/ (regional bundles, see bundles.ts), and writes
 * the bundle list beside them. One bundle is indexed at a time
 * and dropped from Pagefind's memory once written, so memory follows the largest bundle, not the site.
 *
 * As soon as one page marks its content with `data-pagefind-body`, Pagefind leaves out every page without it
 * (lists, facets, the search page). Those pages are not sent at all: at 1,000 documents they include the
 * largest pages of the site, which Pagefind would parse only to drop.
 *
 * `SEARCH_BUNDLE_BYTES` overrides the HTML bytes one regional bundle may hold (tests use it to split a small site).
 */
export async function buildSearchIndex(site: string, part: IndexPart = 'whole', maxWeight = bundleWeightFromEnv(), options: IndexOptions = {}): Promise<SearchIndexResult> {
  const marked = options.facts?.length ? [...options.facts].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) : await searchablePages(site);
  if (options.factsOut) await writeFile(options.factsOut, `${JSON.stringify(marked)}\n`);
  if (part === 'facts') return { pages: marked.length, manifest: { version: 1, primaryPages: 0, bundles: [] }, reused: 0 };
  const plan = planBundles(marked, maxWeight, part === 'whole' ? 'auto' : 'always');
  if (part !== 'regional' && plan.files.get('')?.length === 0) throw new Error('Pagefind: no page for the primary search bundle (the home page, or any page of no province)');
  const root = path.join(site, 'pagefind');
  const wanted = ([bundle]: [string, string[]]) => (part === 'whole' ? true : part === 'regional' ? isProvinceBundle(bundle) : !isProvinceBundle(bundle));
  const digests = new Map(marked.map((page) => [page.file, page.digest]));
  let reused = 0;
  try {
    for (const [bundle, bundleFiles] of [...plan.files].filter(wanted)) {
      const outputPath = path.join(root, bundle);
      const kind = `${part}:${bundle === '' ? 'primary' : bundle === nationalBundlePath ? 'national' : 'regional'}`;
      const key = options.cacheDir ? bundleKey(bundle, kind, bundleFiles.map((file) => ({ file, digest: digests.get(file) }))) : undefined;
      if (key && (await restoreBundle(options.cacheDir!, bundle, key, outputPath))) {
        reused++;
        continue;
      }
      await writeBundle(site, bundleFiles, outputPath, bundle !== '', bundle === nationalBundlePath ? nationalPage : (html) => html);
      // The primary bundle's folder holds the others' folders, which are not part of it.
      if (key) await keepBundle(options.cacheDir!, bundle, key, outputPath, bundle === '' ? ['vung', nationalBundlePath] : []);
    }
  } finally {
    await pagefind.close();
  }
  for (const entry of part === 'national' ? [] : plan.manifest.bundles) {
    await writeFile(path.join(root, entry.path, bundleEntryFile), `${JSON.stringify(entry)}\n`);
  }
  if (part === 'regional') return { pages: plan.manifest.bundles.reduce((n, b) => n + b.pages, 0), manifest: plan.manifest, reused };
  const manifest = part === 'national' ? { ...plan.manifest, bundles: await listedBundles(root) } : plan.manifest;
  await writeFile(path.join(root, manifestFile), `${JSON.stringify(manifest)}\n`);
  return { pages: marked.length, manifest, reused };
}

/** The facts of every page Pagefind would index (every page, when none marks its content with data-pagefind-body). */
async function searchablePages(site: string): Promise<PageFacts[]> {
  const files = await htmlFiles(site);
  const marked = await readFacts(site, files, (html) => html.includes('data-pagefind-body'));
  // No page marks its content: Pagefind indexes every page whole, and so do we.
  return marked.length ? marked : readFacts(site, files, () => true);
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
  const raw = process.env.SEARCH_BUNDLE_BYTES;
  if (!raw) return defaultBundleWeight;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`SEARCH_BUNDLE_BYTES: expected a number of bytes ≥ 0, found "${raw}"`);
  return value;
}

const batchSize = 32;

/** Reads every file once to learn which pages are searchable and where they belong; keeps no HTML. */
async function readFacts(site: string, files: string[], wanted: (html: string) => boolean): Promise<PageFacts[]> {
  const facts: PageFacts[] = [];
  for (let start = 0; start < files.length; start += batchSize) {
    const read = await Promise.all(files.slice(start, start + batchSize).map(async (file) => ({ file, html: await readFile(path.join(site, file), 'utf8') })));
    for (const { file, html } of read) if (wanted(html)) facts.push({ ...pageFacts(file, html), digest: pageDigest(html) });
  }
  return facts;
}

/**
 * Indexes one bundle. Pages go a batch at a time, which Pagefind parses in parallel (23 s → 15 s for 4,240
 * pages compared with one by one), each batch in file order with no wait between them, so the index is
 * byte-identical from one build to the next. A regional bundle keeps only its index files: the search code
 * and its wasm come from the primary bundle (Pagefind's mergeIndex loads no second copy).
 */
async function writeBundle(site: string, files: string[], outputPath: string, regional: boolean, adapt: (html: string) => string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  for (let start = 0; start < files.length; start += batchSize) {
    const batch = files.slice(start, start + batchSize);
    // Read first, then sent in file order: Pagefind numbers pages in the order they arrive.
    const pages = await Promise.all(batch.map((file) => readFile(path.join(site, file), 'utf8')));
    const added = await Promise.all(pages.map((html, i) => index.addHTMLFile({ sourcePath: batch[i].split(path.sep).join('/'), content: prepareHtmlForIndex(adapt(withoutIgnored(searchableHtml(html)))) })));
    added.forEach((result, i) => {
      if (result.errors.length) throw new Error(`Pagefind (${batch[i]}): ${result.errors.join('; ')}`);
    });
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  if (regional) await removeSearchCode(outputPath);
}

/**
 * A page as the national bundle indexes it: without its unit filter. Searched without a province, the unit filter
 * would list every unit of the country (3,321 nationally) and its index alone would cost the first query
 * ≈ 18 KB; a unit is chosen once its province is, where the province's bundles carry the filter.
 */
function nationalPage(html: string): string {
  return withoutFilter(html, 'don-vi');
}

async function removeSearchCode(bundle: string): Promise<void> {
  const entries = await readdir(bundle);
  await Promise.all(entries.filter((name) => /^(?:pagefind[\w-]*\.(?:js|css)|wasm\..*\.pagefind)$/.test(name)).map((name) => rm(path.join(bundle, name))));
}

/** Every .html file under the site, relative to it, except Pagefind's own output. */
async function htmlFiles(site: string): Promise<string[]> {
  const entries = await readdir(site, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(site, path.join(e.parentPath, e.name)))
    .filter((file) => !file.startsWith(`pagefind${path.sep}`))
    .sort();
}
