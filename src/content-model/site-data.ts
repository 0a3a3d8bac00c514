import { getPublished } from './published.ts';
import type { SiteData } from '../datasets/types.ts';
import { once } from '../utils/once.ts';

/**
 * The public content every dataset is built from, loaded once per build through getPublished so drafts and
 * embargoed entries never reach a table, a chart or a download.
 */
export const loadSiteData = once(async (): Promise<SiteData> => {
  const [units, documents, indicators, indicatorValues, awards, exemplars] = await Promise.all([
    getPublished('units'),
    getPublished('documents'),
    getPublished('indicators'),
    getPublished('indicatorValues'),
    getPublished('awards'),
    getPublished('exemplars'),
  ]);
  return { units, documents, indicators, indicatorValues, awards, exemplars };
});
