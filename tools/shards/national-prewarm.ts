/**
 * The national search bundle indexed beside a shard's own bundles, when a run builds the pages of a shard's stories
 * alone (story-pages.ts) and nothing else. Pagefind indexes a bundle on one thread, so the shard's bundles and the
 * national one, indexed one after the other on two cores, left one core idle for seconds.
 *
 * The bundle is indexed from what the run will hold once merged (every part's searchable pages, the shard's with its
 * stories' new pages) into the national bundle's cache (src/search/bundle-cache.ts), as the runner's national run
 * would index it. That run then computes the bundle's key from the merged site's records and, when it is this one,
 * copies the bundle instead of indexing it; when anything differs, it indexes it as ever. So this only moves work
 * earlier: it cannot change what the site holds.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { nationalBundlePath, planBundles, type PageFacts } from '../../src/search/bundles.ts';
import { bundleKey, indexingCode, keepBundle } from '../../src/search/bundle-cache.ts';
import { readPrepared } from '../../src/search/prepared-cache.ts';
import { closePagefind, writeBundle } from '../../src/search/write-bundle.ts';
import { settings } from '../../src/settings.ts';
import { mergedFacts } from './part-build.ts';

export interface Prewarm {
  /** Every searchable page of the site as it will be merged. */
  facts: PageFacts[];
  /** The site's pages that changed (the stories' pages), relative to `site`: the only pages read from disk. */
  changed: string[];
  /** Where the changed pages are: the shard's output. */
  site: string;
  /** The national bundle's cache (the runner's `national-search/`). */
  cacheDir: string;
  /** A folder to index into, removed afterwards. */
  scratch: string;
}

/**
 * Indexes the national bundle into its cache; returns what it did. It reads the pages from the texts kept by the
 * last national run (src/search/prepared-cache.ts) and the changed pages from the shard; it does nothing when
 * another page would have to be read (the merged site is not yet what it will be).
 */
export async function prewarmNationalBundle({ facts, changed, site, cacheDir, scratch }: Prewarm): Promise<string> {
  // As the national run sorts and plans them (src/search/write-index.ts, buildSearchIndex with facts).
  const marked = [...facts].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const files = planBundles(marked, settings().SEARCH_BUNDLE_BYTES, 'always').files.get(nationalBundlePath);
  if (!files?.length) return 'no national bundle';
  const digests = new Map(marked.map((page) => [page.file, page.digest]));
  const kind = 'national:national';
  const key = bundleKey(nationalBundlePath, kind, files.map((file) => ({ file, digest: digests.get(file) })));
  if (!key) return 'a page has no digest';
  const pageDigests = files.map((file) => digests.get(file)!);
  const prepared = { file: path.join(cacheDir, 'search-prepared', 'ca-nuoc.json'), key: `${indexingCode()}\n${kind}`, digests: pageDigests };
  const kept = await readPrepared(prepared);
  const readable = new Set(changed);
  const unread = files.filter((file, i) => !kept.has(pageDigests[i]) && !readable.has(file)).length;
  if (unread) return `not indexed: ${unread} pages have no kept text`;
  await rm(scratch, { recursive: true, force: true });
  try {
    await writeBundle({ site, files, outputPath: scratch, regional: true, national: true, prepared });
    await keepBundle(cacheDir, nationalBundlePath, key, scratch, []);
  } finally {
    await closePagefind();
    await rm(scratch, { recursive: true, force: true });
  }
  return `${files.length} pages indexed`;
}

/**
 * The national bundle indexed beside a shard whose stories' pages alone were built, from every part's record with the
 * shard's pages as they now are (`facts`); logs what it did. Never fails the run: the national run indexes as ever.
 */
export async function prewarmBesideShard(parts: Array<{ name: string; dir: string }>, shard: { name: string; dir: string }, facts: PageFacts[], ids: string[], work: string, log: (text: string) => void): Promise<void> {
  const started = performance.now();
  const all = await mergedFacts(parts, log, new Map([[shard.name, facts]]));
  const folders = ids.map((id) => `${path.join('bai-viet', id)}${path.sep}`);
  const changed = facts.filter((page) => folders.some((folder) => page.file.startsWith(folder))).map((page) => page.file);
  const outcome = all
    ? await prewarmNationalBundle({ facts: all, changed, site: path.join(shard.dir, 'dist'), cacheDir: path.join(work, 'national-search'), scratch: path.join(work, 'national-prewarm') }).catch((error: Error) => `failed (${error.message})`)
    : 'not indexed';
  log(`national search bundle, beside ${shard.name}'s: ${outcome} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
