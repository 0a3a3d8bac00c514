// @ts-check
// The site's own configuration for one part of a sharded build: the same site, without the search index and the
// sitemap (each part sees only its pages; the shard runner writes both for the merged output). Used with
// `astro build --config`.
import config from '../../astro.config.mjs';

const mergedLater = new Set(['bang-vang:pagefind', '@astrojs/sitemap']);

/** @param {unknown} integration */
const isMergedLater = (integration) =>
  typeof integration === 'object' && integration !== null && 'name' in integration && mergedLater.has(String(integration.name));

export default {
  ...config,
  integrations: (config.integrations ?? []).filter((integration) => !isMergedLater(integration)),
};
