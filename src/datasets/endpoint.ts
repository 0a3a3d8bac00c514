import { withBase } from '../utils/url.ts';
import { loadSiteData } from '../content-model/site-data.ts';
import { buildCatalog } from './catalog.ts';
import { datasetCsv, datasetJson } from './open-data.ts';

/** The static file of a dataset, for the endpoints of /du-lieu/. */
export async function datasetResponse(slug: string, format: 'csv' | 'json'): Promise<Response> {
  const data = await loadSiteData();
  const catalog = buildCatalog(data);
  const body = format === 'csv' ? datasetCsv(slug, data, catalog, withBase()) : datasetJson(slug, data, catalog, withBase());
  return new Response(body, {
    headers: { 'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8' },
  });
}
