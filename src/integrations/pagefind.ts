import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { prepareHtmlForIndex } from '../search/index-html.ts';

/**
 * Builds the Pagefind search index into <outDir>/pagefind/ at the end of every `astro build`.
 * Each page goes through prepareHtmlForIndex first, so `đ` is indexed in a form that `d` also matches
 * (see src/search/d-stroke.ts); the served HTML is not changed.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'bang-vang:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Pagefind đã lập chỉ mục ${pages} trang (indexed ${pages} pages)`);
      },
    },
  };
}

/**
 * Indexes the pages of a built site into <site>/pagefind/ and returns how many pages were indexed.
 * Exported so that a benchmark or a shard build can index a folder the same way the build does.
 *
 * As soon as one page marks its content with `data-pagefind-body`, Pagefind leaves out every page without it
 * (lists, facets, the search page). Those pages are not sent at all: at 1,000 documents they include the
 * largest pages of the site, which Pagefind would parse only to drop.
 */
export async function buildSearchIndex(site: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    const files = await htmlFiles(site);
    const unmarked: string[] = [];
    let pages = await addPages(index, site, files, (html) => html.includes('data-pagefind-body'), unmarked);
    // No page marks its content: Pagefind indexes every page whole, and so do we.
    if (pages === 0) pages = await addPages(index, site, unmarked, () => true, []);
    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return pages;
  } finally {
    await pagefind.close();
  }
}

const batchSize = 32;

/**
 * Sends the pages `wanted` accepts to Pagefind, prepared for the index (see index-html.ts), and puts the others
 * in `skipped`. Pages go a batch at a time, which Pagefind parses in parallel (23 s → 15 s for 4,240 pages
 * compared with one by one), each batch in file order with no wait between them, so the index is byte-identical
 * from one build to the next.
 */
async function addPages(
  index: pagefind.PagefindIndex,
  site: string,
  files: string[],
  wanted: (html: string) => boolean,
  skipped: string[],
): Promise<number> {
  let pages = 0;
  for (let start = 0; start < files.length; start += batchSize) {
    const read = await Promise.all(files.slice(start, start + batchSize).map(async (file) => ({ file, html: await readFile(path.join(site, file), 'utf8') })));
    const batch = read.filter((page) => wanted(page.html));
    skipped.push(...read.filter((page) => !wanted(page.html)).map((page) => page.file));
    const added = await Promise.all(batch.map(({ file, html }) => index.addHTMLFile({ sourcePath: file.split(path.sep).join('/'), content: prepareHtmlForIndex(html) })));
    added.forEach((result, i) => {
      if (result.errors.length) throw new Error(`Pagefind (${batch[i].file}): ${result.errors.join('; ')}`);
    });
    pages += batch.length;
  }
  return pages;
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
