import type { Indicator } from '../schemas/indicator.ts';
import { buildCatalog, type Catalog } from './catalog.ts';
import type { ChartModel } from './chart-model.ts';
import { indicatorIndex, yearFigures, type YearFigure } from './indicators.ts';
import { hasHistory, latestPerUnit, recordsOf, yearsChart } from './indicator-charts.ts';
import { sourcesOf } from './sources.ts';
import type { SiteData, SourceRef } from './types.ts';

/** History charts a unit page shows at most; every other figure is in its table, every history on the indicator's page. */
export const maxUnitHistoryCharts = 3;

/** What a unit page shows of its indicators: the history of a few of them, and every latest figure in a table. */
export interface UnitIndicatorView {
  charts: ChartModel[];
  /** Every indicator's figures at its latest year, in registry order. */
  others: { indicator: Indicator; figure: YearFigure; source: SourceRef }[];
}

/**
 * The indicators of a unit page. A chart of one unit compares nothing, and the unit's rates of unrelated things
 * on one axis (online files beside poor households) invite a comparison that means nothing: so the page charts the
 * history of the indicators the unit reports over two years or more (the same charts, and CSVs, as the indicator
 * pages'), and gives every figure at its latest year in a table.
 */
export function unitIndicatorView(data: SiteData, unit: string, catalog: Catalog = buildCatalog(data)): UnitIndicatorView {
  const records = indicatorIndex(data, catalog).byUnit.get(unit) ?? [];
  const keys = [...new Set(records.map((r) => r.indicator))].sort(
    (a, b) => (catalog.indicatorOrder.get(a) ?? 0) - (catalog.indicatorOrder.get(b) ?? 0),
  );
  const perIndicator = keys.map((key) => ({
    indicator: catalog.indicators.get(key)!,
    figures: yearFigures(records.filter((r) => r.indicator === key)),
  }));
  const charts = perIndicator
    .filter((x) => hasHistory(x.figures))
    .sort((a, b) => new Set(b.figures.map((f) => f.year)).size - new Set(a.figures.map((f) => f.year)).size)
    .slice(0, maxUnitHistoryCharts)
    .map((x) => yearsChart(x.indicator, unit, x.figures, catalog));
  const others = perIndicator.flatMap((x) =>
    latestPerUnit(x.figures).map((figure) => ({ indicator: x.indicator, figure, source: sourcesOf(catalog, recordsOf([figure]))[0] })),
  );
  return { charts, others };
}

/** The charts of a unit page (see unitIndicatorView). */
export function unitIndicatorCharts(data: SiteData, unit: string, catalog: Catalog = buildCatalog(data)): ChartModel[] {
  return unitIndicatorView(data, unit, catalog).charts;
}
