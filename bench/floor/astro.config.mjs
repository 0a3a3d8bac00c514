// @ts-check
// The framework's floor: plain Astro + MDX rendering the same documents with a bare layout, nothing else.
// It reuses the repository's node_modules (Node resolves packages upward from here).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://floor.example',
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  integrations: [mdx()],
});
