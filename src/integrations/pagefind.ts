import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../search/write-index.ts';

/**
 * Builds the Pagefind search index into <outDir>/pagefind/ at the end of every `astro build`: a primary bundle
 * and, on a large site, regional bundles (src/search/bundles.ts). Each page goes through prepareHtmlForIndex
 * first, so `đ` is indexed in a form that `d` also matches (src/search/d-stroke.ts); the served HTML is not changed.
 *
 * The shard runner sets `SEARCH_INDEX_PART`: `regional` for a shard (its provinces' bundles only), `none` for the
 * shared part; it indexes the national bundle of the merged site itself.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'bang-vang:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const part = process.env.SEARCH_INDEX_PART ?? 'whole';
        if (part === 'none') return;
        if (part !== 'whole' && part !== 'regional') throw new Error(`SEARCH_INDEX_PART: expected "regional" or "none", found "${part}"`);
        const { pages, manifest } = await buildSearchIndex(fileURLToPath(dir), part);
        const split = manifest.bundles.length ? `, ${manifest.bundles.length + (part === 'whole' ? 1 : 0)} bundles` : '';
        logger.info(`Pagefind đã lập chỉ mục ${pages} trang (indexed ${pages} pages${split})`);
      },
    },
  };
}
