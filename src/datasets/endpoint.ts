import { withBase } from '../utils/url.ts';
import { loadSiteData } from '../content-model/site-data.ts';
import { dataCacheKey } from '../content-model/page-cache-keys.ts';
import { exemplarsOnly, writesOtherPages } from '../content-model/build-part.ts';
import { buildCatalog } from './catalog.ts';
import { datasets, recordsCsv, recordsJson } from './open-data.ts';
import { recordsXlsx } from './xlsx.ts';

export type DatasetFormat = 'csv' | 'json' | 'xlsx';

/** What one file of /du-lieu/ prints: its dataset and that dataset's records (a type, not an interface: Astro's props). */
export type DatasetFile = {
  slug: string;
  records: readonly object[];
};

/**
 * The files of one format, for the getStaticPaths of `src/pages/du-lieu/[dataset].<format>.ts`: one per dataset
 * published in that format, with the records it prints. A file prints its records and nothing else the code does not
 * fix (title, columns, headers): its cache key is those records, the format and the base of the site's addresses, on
 * top of what every key holds (the site's code, its settings: src/content-model/page-cache-keys.ts). An edit that
 * leaves a dataset's records alone leaves its files to be copied — an .xlsx takes 1.4–1.6 s to write at 1,000
 * documents — and an edit that changes one record renders the dataset's files again.
 */
export async function datasetPaths(format: DatasetFormat) {
  const data = await loadSiteData();
  const catalog = buildCatalog(data);
  const base = withBase();
  // A part rebuilt for exemplars' descriptions alone writes the files that print them, and no other.
  const written = writesOtherPages() ? datasets : exemplarsOnly()?.size ? datasets.filter((d) => d.exemplarDescriptions) : [];
  return Promise.all(written.filter((d) => d.formats.includes(format)).map(async (d) => {
    const records = d.records(data, catalog, base);
    const props: DatasetFile = { slug: d.slug, records };
    return { params: { dataset: d.slug }, props, cacheKey: await dataCacheKey({ format, base, ...props }, []) };
  }));
}

/** The Excel file of a dataset (Vietnamese headers), for /du-lieu/<slug>.xlsx. */
export async function datasetXlsxResponse({ slug, records }: DatasetFile): Promise<Response> {
  const body = await recordsXlsx(slug, records);
  return new Response(body, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
}

/** The CSV or JSON file of a dataset, for /du-lieu/<slug>.csv and /du-lieu/<slug>.json. */
export function datasetResponse({ slug, records }: DatasetFile, format: 'csv' | 'json'): Response {
  const body = format === 'csv' ? recordsCsv(slug, records) : recordsJson(records);
  return new Response(body, {
    headers: { 'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8' },
  });
}
