// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { markdownOptions } from './src/utils/markdown.ts';
import contentCheck from './src/integrations/content-check.ts';
import pagefind from './src/integrations/pagefind.ts';
import dataStoreFile from './src/integrations/data-store-file.ts';
import noPrebundlingInBuild from './src/integrations/no-prebundling-in-build.ts';
import keepOutput from './src/integrations/keep-output.ts';
import { settings } from './src/settings.ts';
import { isMovedPage, movedIndicatorKeys } from './src/integrations/moved-pages.ts';
import decapCms, { isAdminPage } from './src/integrations/decap-cms.ts';

// Every environment variable is checked here, before anything is built: all bad values are named at once.
const { SITE, BASE, OUT_DIR, CACHE_DIR } = settings();
// Old addresses that only forward to new ones stay out of the sitemap, and so does the editor at /admin/.
const moved = movedIndicatorKeys();

// SITE and BASE let the site live on any host and under a sub-path; OUT_DIR and CACHE_DIR let
// several builds (a benchmark corpus, a test fixture) run side by side without sharing state.
export default defineConfig({
  site: SITE,
  base: BASE,
  trailingSlash: 'always',
  outDir: OUT_DIR,
  cacheDir: CACHE_DIR,
  // A strict Content-Security-Policy allows no inline styles or scripts: ship them as files. Four pages render at
  // once: one at a time, the main thread waited on file writes half of the page-rendering phase (1,000 documents,
  // 7,756 pages: 23.8–32.9 s → 15.0–16.8 s, the same bytes).
  build: { inlineStylesheets: 'never', format: 'directory', concurrency: 4 },
  // Astro inlines a small script that imports nothing (the share bar's); the CSP forbids inline scripts: always a file.
  vite: { build: { assetsInlineLimit: 0 } },
  // Heading anchors and Vietnamese footnote labels for documents and stories (MDX uses the same processor).
  markdown: { processor: satteri(markdownOptions()) },
  integrations: [noPrebundlingInBuild(), dataStoreFile(), contentCheck(), mdx(), sitemap({ filter: (page) => !isMovedPage(page, moved) && !isAdminPage(page) }), pagefind(), decapCms(), keepOutput()],
  // A rebuild copies the pages of unchanged provinces from the previous build (their cache keys:
  // src/content-model/page-cache-keys.ts) and the search bundles whose pages are unchanged (src/search/bundle-cache.ts).
  // keepOutput (last: it removes what the other integrations did not write) leaves those pages where they are instead.
  experimental: { incrementalBuild: true },
});
