/**
 * Which page files of `src/pages/` each part of a sharded build keeps.
 *
 * A shard builds only the pages that need document bodies (documents, units and exemplars, whose quotes link
 * to the heading above them; stories of its units); the shared part builds everything else from frontmatter.
 * Each part's project root is a copy of the code, so a part simply does not have the page files it must not build.
 */
export const shardRoutes = [
  'van-ban/[...id].astro',
  'don-vi/[province]/[unit]/index.astro',
  'don-vi/[province]/[unit]/rss.xml.ts',
  'dien-hinh/[slug].astro',
  'bai-viet/[slug].astro',
] as const;

/** Shard routes the shared part drops: every document, unit and exemplar belongs to a province, hence to a shard. */
export const sharedDrops: readonly string[] = shardRoutes.filter((route) => route !== 'bai-viet/[slug].astro');

/**
 * Output folders that come from the shards: with the routes above, everything a shard writes there is its own
 * (the shared part writes only lists, facets and stories without a province in them).
 */
export const shardOutputFolders = ['van-ban', 'don-vi', 'dien-hinh', 'bai-viet'] as const;

/**
 * The shared part's page files that show an exemplar's description: the open data of exemplars (the datasets' routes
 * write only those files then, src/datasets/endpoint.ts). All the shared part builds when exemplars' descriptions
 * alone changed (tools/shards/entry-pages.ts).
 */
export const exemplarDataRoutes: readonly string[] = ['du-lieu/[dataset].csv.ts', 'du-lieu/[dataset].json.ts', 'du-lieu/[dataset].xlsx.ts'];

/**
 * Whether a page file (path under src/pages, with `/`) is built by a part of this kind; `entriesOnly`: by a part
 * rebuilt for the bodies of stories or the descriptions of exemplars alone.
 */
export function keepsRoute(part: 'shared' | 'shard', route: string, entriesOnly = false): boolean {
  if (part === 'shard') return (shardRoutes as readonly string[]).includes(route);
  return entriesOnly ? exemplarDataRoutes.includes(route) : !sharedDrops.includes(route);
}
