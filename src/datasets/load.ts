import { getPublished } from '../data/published.ts';
import type { SiteData } from './types.ts';

let cached: Promise<SiteData> | undefined;

/**
 * The public content every dataset is built from, loaded once per build through getPublished so drafts and
 * embargoed entries never reach a table, a chart or a download.
 */
export function loadSiteData(): Promise<SiteData> {
  cached ??= (async () => {
    const [units, documents, indicators, indicatorValues, awards, exemplars] = await Promise.all([
      getPublished('units'),
      getPublished('documents'),
      getPublished('indicators'),
      getPublished('indicatorValues'),
      getPublished('awards'),
      getPublished('exemplars'),
    ]);
    return { units, documents, indicators, indicatorValues, awards, exemplars };
  })();
  return cached;
}
