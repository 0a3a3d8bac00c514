import { buildCatalog } from './catalog.ts';
import type { ChartModel } from './chart-model.ts';
import { awardsPageCharts, unitAwardCharts } from './award-charts.ts';
import { indicatorCharts, unitIndicatorCharts } from './indicator-charts.ts';
import type { SiteData } from './types.ts';

/**
 * Every chart the site shows, built by the same functions as the pages, so each chart's CSV
 * (/du-lieu/bieu-do/<id>.csv) holds exactly the figures of its table.
 */
export function allCharts(data: SiteData): ChartModel[] {
  const catalog = buildCatalog(data);
  return [
    ...data.indicators.flatMap((i) => indicatorCharts(data, i.id, catalog)),
    ...awardsPageCharts(data, catalog),
    ...data.units.flatMap((u) => [...unitIndicatorCharts(data, u.id, catalog), ...unitAwardCharts(data, u.id, catalog)]),
  ];
}
