import { withBase } from '../utils/url.ts';
import { loadSiteData } from '../content-model/site-data.ts';
import { buildCatalog } from './catalog.ts';
import { datasetCsv, datasetJson } from './open-data.ts';
import { datasetXlsx } from './xlsx.ts';

/** The Excel file of a dataset (Vietnamese headers), for /du-lieu/<slug>.xlsx. */
export async function datasetXlsxResponse(slug: string): Promise<Response> {
  const data = await loadSiteData();
  const body = await datasetXlsx(slug, data, buildCatalog(data), withBase());
  return new Response(body, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
}

/** The static file of a dataset, for the endpoints of /du-lieu/. */
export async function datasetResponse(slug: string, format: 'csv' | 'json'): Promise<Response> {
  const data = await loadSiteData();
  const catalog = buildCatalog(data);
  const body = format === 'csv' ? datasetCsv(slug, data, catalog, withBase()) : datasetJson(slug, data, catalog, withBase());
  return new Response(body, {
    headers: { 'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8' },
  });
}
