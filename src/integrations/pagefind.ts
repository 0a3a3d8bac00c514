import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../search/write-index.ts';

/**
 * Builds the Pagefind search index into <outDir>/pagefind/ at the end of every `astro build`: a primary bundle
 * and, on a large site, regional bundles (src/search/bundles.ts). Each page goes through prepareHtmlForIndex
 * first, so `đ` is indexed in a form that `d` also matches (src/search/d-stroke.ts); the served HTML is not changed.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'bang-vang:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, manifest } = await buildSearchIndex(fileURLToPath(dir));
        const split = manifest.bundles.length ? `, ${manifest.bundles.length + 1} bundles` : '';
        logger.info(`Pagefind đã lập chỉ mục ${pages} trang (indexed ${pages} pages${split})`);
      },
    },
  };
}
