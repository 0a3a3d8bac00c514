import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../search/write-index.ts';
import { settings } from '../settings.ts';

/**
 * Builds the Pagefind search index into <outDir>/pagefind/ at the end of every `astro build`: a primary bundle
 * and, on a large site, regional bundles (src/search/bundles.ts). Each page goes through prepareHtmlForIndex
 * first, so `đ` is indexed in a form that `d` also matches (src/search/d-stroke.ts); the served HTML is not changed.
 *
 * The shard runner sets `SEARCH_INDEX_PART`: `regional` for a shard (its provinces' bundles only), `facts` for the
 * shared part (no bundle), `none` without search; and `SEARCH_FACTS_FILE`, where a part records its searchable
 * pages. The runner indexes the national bundle of the merged site itself, from those records.
 */
export default function pagefindIntegration(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'bang-vang:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Bundles whose pages did not change are copied from the previous build (src/search/bundle-cache.ts).
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { SEARCH_INDEX_PART: part, SEARCH_FACTS_FILE: factsOut } = settings();
        if (part === 'none') return;
        const { pages, manifest, reused } = await buildSearchIndex(fileURLToPath(dir), part, undefined, { factsOut, cacheDir });
        if (part === 'facts') return logger.info(`Đã ghi nhận ${pages} trang để lập chỉ mục sau khi ghép (recorded ${pages} searchable pages, indexed after the merge)`);
        const split = manifest.bundles.length ? `, ${manifest.bundles.length + (part === 'whole' ? 1 : 0)} bundles` : '';
        const copied = reused ? `; ${reused} bundle không đổi được chép lại (${reused} unchanged bundles copied)` : '';
        logger.info(`Pagefind đã lập chỉ mục ${pages} trang (indexed ${pages} pages${split})${copied}`);
      },
    },
  };
}
