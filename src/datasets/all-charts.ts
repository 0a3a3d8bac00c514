import { buildCatalog } from './catalog.ts';
import type { ChartModel } from './chart-model.ts';
import { awardProvinces, awardsPageCharts, provinceAwardCharts, unitAwardCharts } from './award-charts.ts';
import { indicatorCharts, indicatorProvinces, provinceIndicatorCharts } from './indicator-charts.ts';
import { unitIndicatorCharts } from './unit-indicator-charts.ts';
import type { SiteData } from './types.ts';

/**
 * Every chart the site shows, built by the same functions as the pages, so each chart's CSV
 * (/du-lieu/bieu-do/<id>.csv) holds exactly the figures of its table.
 */
export function allCharts(data: SiteData): ChartModel[] {
  const catalog = buildCatalog(data);
  const charts = [
    ...data.indicators.flatMap((i) => [
      ...indicatorCharts(data, i.id, catalog),
      ...indicatorProvinces(data, i.id, catalog).flatMap((p) => provinceIndicatorCharts(i.data, p, catalog)),
    ]),
    ...awardsPageCharts(data, catalog),
    ...awardProvinces(data, catalog).flatMap((p) => provinceAwardCharts(p, catalog)),
    ...data.units.flatMap((u) => [...unitIndicatorCharts(data, u.id, catalog), ...unitAwardCharts(data, u.id, catalog)]),
  ];
  // A unit page shows some of its indicator pages' history charts: one CSV each.
  return [...new Map(charts.map((c) => [c.id, c])).values()];
}
