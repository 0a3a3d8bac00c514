// @ts-check
// The site's own configuration for one part of a sharded build: the same site, without the search index
// integration (the shard runner indexes the merged output once). Used with `astro build --config`.
import config from '../../astro.config.mjs';

export default {
  ...config,
  integrations: (config.integrations ?? []).filter((integration) => !integration || integration.name !== 'bang-vang:pagefind'),
};
