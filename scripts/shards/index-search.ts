import { buildSearchIndex } from '../../src/integrations/pagefind.ts';

/**
 * Builds one Pagefind index over a merged site exactly as the site's integration does at the end of a normal
 * build (same language, same `đ` preparation), so a sharded site searches like a single build.
 */
export async function indexSite(site: string): Promise<{ pages: number }> {
  return { pages: await buildSearchIndex(site) };
}
