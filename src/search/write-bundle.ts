import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { prepareHtmlForIndex, searchableHtml, withoutFilter, withoutIgnored } from './index-html.ts';
import { readPrepared, writePrepared, type PreparedCache } from './prepared-cache.ts';

/** One search bundle to index: the site's pages it holds (relative paths, in order) and where it goes. */
export interface BundleJob {
  site: string;
  files: string[];
  outputPath: string;
  /**
   * A regional bundle keeps only its index files: the search code and its wasm come from the primary bundle
   * (Pagefind's mergeIndex loads no second copy).
   */
  regional: boolean;
  /** The national bundle indexes its pages without their unit filter (see {@link nationalPage}). */
  national: boolean;
  /** Where the pages' prepared texts are kept between builds, when they are (prepared-cache.ts). */
  prepared?: PreparedCache;
}

const batchSize = 32;

/**
 * Called before each batch of pages is read (in the thread that indexes, never across threads): the shard runner
 * holds a batch back until its pages are built, and may then give their digests (tools/shards/national-prewarm.ts).
 */
export type BeforeBatch = (files: string[]) => Promise<void>;

/**
 * Indexes one bundle. Pages go a batch at a time, which Pagefind parses in parallel (23 s → 15 s for 4,240
 * pages compared with one by one), each batch in file order with no wait between them, so the index is
 * byte-identical from one build to the next.
 */
export async function writeBundle({ site, files, outputPath, regional, national, prepared }: BundleJob, beforeBatch?: BeforeBatch): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const adapt = national ? nationalPage : (html: string) => html;
  const kept = prepared ? await readPrepared(prepared) : new Map<string, string>();
  const texts = new Map<string, string>();
  const textOf = async (file: string, digest: string | undefined): Promise<string> => {
    const text = (digest && kept.get(digest)) ?? prepareHtmlForIndex(adapt(withoutIgnored(searchableHtml(await readFile(path.join(site, file), 'utf8')))));
    if (digest) texts.set(digest, text);
    return text;
  };
  for (let start = 0; start < files.length; start += batchSize) {
    const batch = files.slice(start, start + batchSize);
    await beforeBatch?.(batch);
    // Read first, then sent in file order: Pagefind numbers pages in the order they arrive.
    const contents = await Promise.all(batch.map((file, i) => textOf(file, prepared?.digests[start + i])));
    const added = await Promise.all(contents.map((content, i) => index.addHTMLFile({ sourcePath: batch[i].split(path.sep).join('/'), content })));
    added.forEach((result, i) => {
      if (result.errors.length) throw new Error(`Pagefind (${batch[i]}): ${result.errors.join('; ')}`);
    });
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  if (prepared) await writePrepared(prepared, texts);
  await index.deleteIndex();
  if (regional) await removeSearchCode(outputPath);
}

/** Stops this thread's Pagefind process. */
export async function closePagefind(): Promise<void> {
  await pagefind.close();
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
