// @ts-check
// The site's own configuration for one part of a sharded build: the same site, without the search index
// integration (the shard runner indexes the merged output once). Used with `astro build --config`.
import config from '../../astro.config.mjs';

/** @param {unknown} integration */
const isSearchIndex = (integration) =>
  typeof integration === 'object' && integration !== null && 'name' in integration && integration.name === 'bang-vang:pagefind';

export default {
  ...config,
  integrations: (config.integrations ?? []).filter((integration) => !isSearchIndex(integration)),
};
