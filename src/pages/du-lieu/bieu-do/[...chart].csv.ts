import type { APIRoute, GetStaticPaths } from 'astro';
import { allCharts } from '../../../datasets/all-charts.ts';
import { chartToCsv, type ChartModel } from '../../../datasets/chart-model.ts';
import { loadSiteData } from '../../../content-model/site-data.ts';
import { dataCacheKey } from '../../../content-model/page-cache-keys.ts';

/** One CSV per chart of the site, /du-lieu/bieu-do/<chart id>.csv: exactly the figures of its table. */
export const getStaticPaths = (async () => {
  const charts = allCharts(await loadSiteData());
  // A CSV is its chart's figures: unchanged figures, the same file (src/content-model/page-cache-keys.ts).
  return Promise.all(charts.map(async (chart) => ({ params: { chart: chart.id }, props: { chart }, cacheKey: await dataCacheKey(chart, []) })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: ChartModel }> = ({ props }) =>
  new Response(chartToCsv(props.chart), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
