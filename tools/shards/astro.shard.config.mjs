// @ts-check
// The site's own configuration for one part of a sharded build: the same site without the sitemap (each part sees
// only its pages; the shard runner writes it for the merged output). The search index is indexed in parts: the
// runner tells each part what to index with SEARCH_INDEX_PART (src/integrations/pagefind.ts). Used with
// `astro build --config`.
import config from '../../astro.config.mjs';

const mergedLater = new Set(['@astrojs/sitemap']);

/** @param {unknown} integration */
const isMergedLater = (integration) =>
  typeof integration === 'object' && integration !== null && 'name' in integration && mergedLater.has(String(integration.name));

export default {
  ...config,
  integrations: (config.integrations ?? []).filter((integration) => !isMergedLater(integration)),
  // A part is rebuilt whole or not at all (its fingerprint): keeping a second copy of every page for Astro's
  // incremental build would only add writes to the national build.
  experimental: { ...config.experimental, incrementalBuild: false },
  // Parts build side by side and keep the cores busy: pages rendering four at a time in each would only hold more
  // of them in memory at once. A part built alone (the runner sets PART_RENDER_CONCURRENCY) renders as a single
  // build does.
  build: { ...config.build, concurrency: Number(process.env.PART_RENDER_CONCURRENCY) || 1 },
};
