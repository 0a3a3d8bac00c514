/**
 * The national search bundle indexed while a shard's stories' pages are built alone (entry-pages.ts), when that is
 * all a run builds. Pagefind indexes a bundle on one thread: after the stories' pages, the shard's bundles and the
 * national one, indexed one after the other on two cores, left one core idle for seconds, and every page of the
 * national bundle but the stories can be sent before the stories' pages exist.
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
import { bundleKey, keepBundle } from '../../src/search/bundle-cache.ts';
import { readPrepared } from '../../src/search/prepared-cache.ts';
import { bundleKind, inIndexOrder, nationalPrepared } from '../../src/search/write-index.ts';
import { closePagefind, writeBundle } from '../../src/search/write-bundle.ts';
import { settings } from '../../src/settings.ts';
import { mergedFacts } from './part-build.ts';

export interface Prewarm {
  /** Every searchable page of the site as its parts recorded it, the stories' pages as they were. */
  facts: PageFacts[];
  /** The stories' pages being built again, relative to `site`: the only pages read from disk. */
  changed: string[];
  /** Their records once built and placed, or undefined when the run builds the shard whole after all. */
  rebuilt: Promise<PageFacts[] | undefined>;
  /** Where the changed pages are: the shard's output. */
  site: string;
  /** The national bundle's cache (the runner's `national-search/`). */
  cacheDir: string;
  /** A folder to index into, removed afterwards. */
  scratch: string;
}

/**
 * Indexes the national bundle into its cache; returns what it did. Every page but the changed ones is sent to
 * Pagefind at once, from the texts kept by the last national run (src/search/prepared-cache.ts): the national bundle
 * holds its stories last (src/search/bundles.ts), so only they wait for the stories' pages to be built. Nothing is
 * indexed when another page would have to be read (the merged site is not yet what it will be).
 */
export async function prewarmNationalBundle({ facts, changed, rebuilt, site, cacheDir, scratch }: Prewarm): Promise<string> {
  // As the national run sorts and plans them (src/search/write-index.ts, buildSearchIndex with facts).
  const marked = inIndexOrder(facts);
  const files = planBundles(marked, settings().SEARCH_BUNDLE_BYTES, 'always').files.get(nationalBundlePath);
  if (!files?.length) return 'no national bundle';
  const digests = new Map(marked.map((page) => [page.file, page.digest]));
  if (files.some((file) => !digests.get(file))) return 'a page has no digest';
  const kind = bundleKind('national', nationalBundlePath);
  const pageDigests = files.map((file) => digests.get(file)!);
  const prepared = nationalPrepared(cacheDir, kind, pageDigests);
  const kept = await readPrepared(prepared);
  const waiting = new Set(changed);
  const unread = files.filter((file, i) => !kept.has(pageDigests[i]) && !waiting.has(file)).length;
  if (unread) return `not indexed: ${unread} pages have no kept text`;
  let abandoned = false;
  void rebuilt.then((pages) => (abandoned = !pages));
  // The first batch holding a changed page waits for it, then reads it with its new digest.
  const untilBuilt = async (batch: string[]) => {
    if (abandoned) throw new Error('the shard is built whole');
    if (!waiting.size || !batch.some((file) => waiting.has(file))) return;
    const pages = await rebuilt;
    if (!pages) throw new Error('the shard is built whole');
    for (const page of pages) {
      const at = files.indexOf(page.file);
      if (at < 0 || !page.digest) throw new Error(`${page.file} is not a page of the bundle as planned`);
      pageDigests[at] = page.digest;
      waiting.delete(page.file);
    }
    if (waiting.size) throw new Error(`${[...waiting][0]} was not built again`);
  };
  await rm(scratch, { recursive: true, force: true });
  try {
    await writeBundle({ site, files, outputPath: scratch, regional: true, national: true, prepared }, untilBuilt);
    if (waiting.size) await untilBuilt(files);
    const key = bundleKey(nationalBundlePath, kind, files.map((file, i) => ({ file, digest: pageDigests[i] })));
    await keepBundle(cacheDir, nationalBundlePath, key!, scratch, []);
  } finally {
    await closePagefind();
    await rm(scratch, { recursive: true, force: true });
  }
  return `${files.length} pages indexed`;
}

/**
 * The national bundle indexed while a shard's stories' pages are built alone and its bundles indexed again, from every
 * part's record (the stories' pages awaited: `rebuilt`); logs what it did. Never fails the run: the national run then
 * indexes the bundle as ever.
 */
export async function prewarmBesideShard(parts: Array<{ name: string; dir: string }>, shard: { name: string; dir: string }, ids: string[], rebuilt: Promise<PageFacts[] | undefined>, work: string, log: (text: string) => void): Promise<void> {
  const started = performance.now();
  const all = await mergedFacts(parts, log);
  const folders = ids.map((id) => `${path.join('bai-viet', id)}${path.sep}`);
  const ofStories = (page: PageFacts) => folders.some((folder) => page.file.startsWith(folder));
  const changed = (all ?? []).filter(ofStories).map((page) => page.file);
  const outcome = all
    ? await prewarmNationalBundle({ facts: all, changed, rebuilt: rebuilt.then((pages) => pages?.filter(ofStories)), site: path.join(shard.dir, 'dist'), cacheDir: path.join(work, 'national-search'), scratch: path.join(work, 'national-prewarm') }).catch((error: Error) => `not indexed (${error.message})`)
    : 'not indexed';
  log(`national search bundle, beside ${shard.name}: ${outcome} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
