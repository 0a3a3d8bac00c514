import type { Indicator } from '../schemas/indicator.ts';
import { buildCatalog, type Catalog, unitName, unitOrder } from './catalog.ts';
import { formatQuantity, type ChartCell, type ChartModel, type ChartSeries } from './chart-model.ts';
import { indicatorIndex, yearFigures, type IndicatorRecord, type YearFigure } from './indicators.ts';
import { sourcesOf } from './sources.ts';
import { byProvince, chartRowLimit, median, type ProvinceGroup } from './provinces.ts';
import { groupBy } from '../utils/group-by.ts';
import { compareVietnamese, formatNumber } from '../utils/vietnamese.ts';
import type { SiteData } from './types.ts';

const resultSeries: ChartSeries = { label: 'Kết quả', look: 'solid' };
const targetSeries: ChartSeries = { label: 'Kế hoạch, chỉ tiêu', look: 'outline' };

export function resultCell(figure: YearFigure): ChartCell | null {
  return figure.result ? { value: figure.result.value, estimate: figure.result.kind === 'estimate' } : null;
}

function targetCell(figure: YearFigure): ChartCell | null {
  return figure.target ? { value: figure.target.value, estimate: false } : null;
}

export function recordsOf(figures: readonly YearFigure[]): IndicatorRecord[] {
  return figures.flatMap((f) => [f.result, f.target?.record].filter((r): r is IndicatorRecord => r != null));
}

/** The columns a set of figures needs: results always, plans only when some figure has one. */
export function seriesFor(figures: readonly YearFigure[]): ChartSeries[] {
  return figures.some((f) => f.target) ? [resultSeries, targetSeries] : [resultSeries];
}

export function cellsFor(figure: YearFigure, series: readonly ChartSeries[]): (ChartCell | null)[] {
  return series.map((s) => (s === targetSeries ? targetCell(figure) : resultCell(figure)));
}

/** The figures of the latest year each unit has figures for. */
export function latestPerUnit(figures: readonly YearFigure[]): YearFigure[] {
  const latest = new Map<string, number>();
  for (const f of figures) latest.set(f.unit, Math.max(latest.get(f.unit) ?? f.year, f.year));
  return figures.filter((f) => f.year === latest.get(f.unit));
}

/** "2023" or "2023, tính đến ngày 30/11/2023" when the year has several figures. */
export function yearText(f: YearFigure): string {
  return f.qualifier ? `${f.year}, ${f.qualifier}` : String(f.year);
}

/** "; cao gấp 3,2 lần" for amounts, "; chênh 12,5 điểm phần trăm" for rates: how far apart the ends are. */
function gapNote(high: number, low: number, unitOfMeasure: string): string {
  if (unitOfMeasure.startsWith('%')) return high > low ? `; chênh ${formatNumber(high - low)} điểm phần trăm` : '';
  return low > 0 && high / low >= 1.5 ? `; cao gấp ${formatNumber(Math.round((high / low) * 10) / 10)} lần` : '';
}

function unitsSummary(indicator: Indicator, catalog: Catalog, rows: readonly YearFigure[]): string {
  const withResult = rows.filter((f) => f.result);
  const q = (f: YearFigure) => formatQuantity(f.result!.value, indicator.unit);
  const estimateWord = (f: YearFigure) => (f.result!.kind === 'estimate' ? ', ước đạt' : '');
  const name = (f: YearFigure) => `${unitName(catalog, f.unit)} năm ${yearText(f)}`;
  const planned = new Set(rows.filter((f) => f.target).map((f) => f.unit)).size;
  const planNote = planned ? `; ${planned} đơn vị có kế hoạch, chỉ tiêu để so sánh` : '';
  if (withResult.length === 0) return `${indicator.label}: chưa có kết quả, chỉ có kế hoạch, chỉ tiêu của ${rows.length} đơn vị.`;
  const units = new Set(withResult.map((f) => f.unit)).size;
  if (withResult.length === 1) {
    const f = withResult[0];
    return `${indicator.label}: chỉ có số liệu của ${name(f)}, ${q(f)}${estimateWord(f)}${planNote}.`;
  }
  const top = withResult.reduce((a, b) => (b.result!.value > a.result!.value ? b : a));
  const bottom = withResult.reduce((a, b) => (b.result!.value < a.result!.value ? b : a));
  if (units === 1) {
    return `${indicator.label}: chỉ có số liệu của ${unitName(catalog, top.unit)}, từ ${q(bottom)} (năm ${yearText(bottom)}) đến ${q(top)} (năm ${yearText(top)})${planNote}.`;
  }
  return `${indicator.label} của ${units} đơn vị có số liệu: cao nhất là ${name(top)} với ${q(top)}${estimateWord(top)}, thấp nhất là ${name(bottom)} với ${q(bottom)}${estimateWord(bottom)}${gapNote(top.result!.value, bottom.result!.value, indicator.unit)}${planNote}.`;
}

/**
 * Bar chart comparing units, each at the latest year it has a figure for, highest result first; null when fewer
 * than two units have a result (a "comparison" of one commune says nothing: its history is charted instead).
 */
export function unitsChart(indicator: Indicator, figures: readonly YearFigure[], catalog: Catalog, id = `chi-so/${indicator.id}/don-vi`): ChartModel | null {
  const latest = latestPerUnit(figures);
  if (new Set(latest.filter((f) => f.result).map((f) => f.unit)).size < 2) return null;
  // Units ordered by their highest result; a unit's figures stay together in the document's order.
  const best = new Map<string, number>();
  for (const f of latest) if (f.result) best.set(f.unit, Math.max(best.get(f.unit) ?? -Infinity, f.result.value));
  const order = unitOrder(catalog);
  const rows = [...latest].sort(
    (a, b) =>
      (best.has(b.unit) ? 1 : 0) - (best.has(a.unit) ? 1 : 0) ||
      (best.get(b.unit) ?? 0) - (best.get(a.unit) ?? 0) ||
      order(a.unit, b.unit),
  );
  const series = seriesFor(rows);
  return {
    id,
    type: 'bar',
    title: 'So sánh các đơn vị',
    caption: `${indicator.label} theo đơn vị, năm gần nhất có số liệu (đơn vị tính: ${indicator.unit})`,
    unitOfMeasure: indicator.unit,
    categoryLabel: 'Đơn vị (năm)',
    series,
    rows: rows.map((f) => ({ label: `${unitName(catalog, f.unit)} (${yearText(f)})`, cells: cellsFor(f, series) })),
    summary: unitsSummary(indicator, catalog, rows),
    sources: sourcesOf(catalog, recordsOf(rows)),
    maxHundred: indicator.maxHundred,
  };
}

function trendWord(first: number, last: number): string {
  if (last > first) return 'tăng';
  if (last < first) return 'giảm';
  return 'không đổi';
}

/** " (+12,5 điểm phần trăm)" for rates, " (+28%)" for amounts: the size of a change over the years. */
function changeNote(first: number, last: number, unitOfMeasure: string): string {
  if (first === last) return '';
  const sign = last > first ? '+' : '−';
  if (unitOfMeasure.startsWith('%')) return ` (${sign}${formatNumber(Math.abs(last - first))} điểm phần trăm)`;
  return first > 0 ? ` (${sign}${formatNumber(Math.round((Math.abs(last - first) / first) * 100))}%)` : '';
}

/** Whether a unit's figures make a history: results in two years or more. */
export function hasHistory(figures: readonly YearFigure[]): boolean {
  return new Set(figures.filter((f) => f.result).map((f) => f.year)).size >= 2;
}

/** Line chart of one unit's figures over the years; only for units with two years or more. */
export function yearsChart(indicator: Indicator, unit: string, figures: readonly YearFigure[], catalog: Catalog): ChartModel {
  const rows = [...figures].sort((a, b) => a.year - b.year);
  const series = seriesFor(rows);
  const results = rows.filter((f) => f.result);
  const name = unitName(catalog, unit);
  const years = new Set(rows.map((f) => f.year)).size;
  let summary = `${indicator.label} của ${name} qua ${years} năm, từ ${rows[0].year} đến ${rows[rows.length - 1].year}.`;
  if (results.length >= 2) {
    const first = results[0];
    const last = results[results.length - 1];
    const a = `${formatQuantity(first.result!.value, indicator.unit)} năm ${yearText(first)}`;
    const b = `${formatQuantity(last.result!.value, indicator.unit)} năm ${yearText(last)}${last.result!.kind === 'estimate' && !last.qualifier ? ' (ước đạt)' : ''}`;
    const change = trendWord(first.result!.value, last.result!.value);
    const moved = change === 'tăng' ? `tăng từ ${a} lên ${b}` : change === 'giảm' ? `giảm từ ${a} xuống ${b}` : `không đổi: ${a} và ${b}`;
    summary = `${indicator.label} của ${name} ${moved}${changeNote(first.result!.value, last.result!.value, indicator.unit)}.`;
  }
  return {
    id: `chi-so/${indicator.id}/theo-nam/${unit}`,
    type: 'line',
    title: `Qua các năm: ${name}`,
    caption: `${indicator.label} của ${name} theo năm (đơn vị tính: ${indicator.unit})`,
    unitOfMeasure: indicator.unit,
    categoryLabel: 'Năm',
    series,
    rows: rows.map((f) => ({ label: yearText(f), cells: cellsFor(f, series) })),
    summary,
    sources: sourcesOf(catalog, recordsOf(rows)),
    maxHundred: indicator.maxHundred,
  };
}

/**
 * Bar chart comparing provinces by the median of their units' results, each unit at its latest year: the
 * national page of an indicator reported by more units than a chart can compare (see chartRowLimit).
 */
export function provincesChart(indicator: Indicator, provinces: readonly ProvinceGroup<YearFigure>[], catalog: Catalog): ChartModel | null {
  const rows = provinces
    .map((p) => ({ province: p, latest: latestPerUnit(p.items).filter((f) => f.result) }))
    .filter((x) => x.latest.length > 0)
    .map((x) => ({ ...x, units: new Set(x.latest.map((f) => f.unit)).size, median: median(x.latest.map((f) => f.result!.value)) }));
  if (rows.length < 2) return null;
  rows.sort((a, b) => b.median - a.median || compareVietnamese(a.province.name, b.province.name));
  const top = rows[0];
  const bottom = rows[rows.length - 1];
  const units = rows.reduce((n, r) => n + r.units, 0);
  const q = (v: number) => formatQuantity(v, indicator.unit);
  return {
    id: `chi-so/${indicator.id}/tinh`,
    type: 'bar',
    title: 'So sánh các tỉnh, thành phố',
    caption: `${indicator.label}: trung vị các đơn vị của mỗi tỉnh, thành phố, mỗi đơn vị ở năm gần nhất có số liệu (đơn vị tính: ${indicator.unit})`,
    unitOfMeasure: indicator.unit,
    categoryLabel: 'Tỉnh, thành phố (số đơn vị)',
    // A median taken over estimates among results is marked as one: it is not an official figure either.
    series: [{ label: 'Trung vị các đơn vị', look: 'solid' }],
    rows: rows.map((r) => ({ label: `${r.province.name} (${formatNumber(r.units)} đơn vị)`, cells: [{ value: r.median, estimate: r.latest.some((f) => f.result!.kind === 'estimate') }] })),
    summary: `${indicator.label}: ${formatNumber(units)} đơn vị của ${rows.length} tỉnh, thành phố có kết quả; trung vị cao nhất là ${top.province.name} với ${q(top.median)}, thấp nhất là ${bottom.province.name} với ${q(bottom.median)}${gapNote(top.median, bottom.median, indicator.unit)}.`,
    sources: sourcesOf(catalog, rows.flatMap((r) => recordsOf(r.latest))),
    maxHundred: indicator.maxHundred,
  };
}

/** The figures of one indicator, one per unit and year (see yearFigures). */
function figuresOf(data: SiteData, key: string, catalog: Catalog): YearFigure[] {
  return yearFigures(indicatorIndex(data, catalog).byIndicator.get(key) ?? []);
}

/**
 * The provinces an indicator's national page compares when more units report it than a chart can compare and
 * they come from several provinces; each then has its page /chi-so/<key>/<province>/. Empty otherwise.
 */
export function indicatorProvinces(data: SiteData, key: string, catalog: Catalog = buildCatalog(data)): ProvinceGroup<YearFigure>[] {
  const figures = figuresOf(data, key, catalog);
  if (new Set(figures.map((f) => f.unit)).size <= chartRowLimit()) return [];
  const provinces = byProvince(figures, (f) => f.unit, catalog);
  return provinces.length > 1 ? provinces : [];
}

/** The unit comparison, then one line chart per unit with several years while the units fit a chart. */
function unitCharts(indicator: Indicator, figures: readonly YearFigure[], catalog: Catalog, id?: string): ChartModel[] {
  const charts = [unitsChart(indicator, figures, catalog, id)].filter((c): c is ChartModel => c !== null);
  const byUnit = groupBy(figures, (f) => f.unit);
  if (byUnit.size > chartRowLimit()) return charts;
  const units = [...byUnit.keys()].sort(unitOrder(catalog));
  for (const unit of units) {
    const own = byUnit.get(unit)!;
    if (hasHistory(own)) charts.push(yearsChart(indicator, unit, own, catalog));
  }
  return charts;
}

/** All charts of an indicator page: units compared and their years, or at scale the provinces compared. */
export function indicatorCharts(data: SiteData, key: string, catalog: Catalog = buildCatalog(data)): ChartModel[] {
  const indicator = catalog.indicators.get(key);
  if (!indicator) return [];
  const provinces = indicatorProvinces(data, key, catalog);
  if (provinces.length > 0) return [provincesChart(indicator, provinces, catalog)].filter((c): c is ChartModel => c !== null);
  const figures = figuresOf(data, key, catalog);
  return figures.length === 0 ? [] : unitCharts(indicator, figures, catalog);
}

/**
 * The chart of /chi-so/<key>/<province>/: the province's units compared. Their years are in the page's table of
 * every value: a years chart per unit, on one page per indicator and province, made 35,700 charts nationally (each
 * with its table and CSV) that repeated that table.
 */
export function provinceIndicatorCharts(indicator: Indicator, province: ProvinceGroup<YearFigure>, catalog: Catalog): ChartModel[] {
  return [unitsChart(indicator, province.items, catalog, `chi-so/${indicator.id}/${province.slug}/don-vi`)].filter((c): c is ChartModel => c !== null);
}
