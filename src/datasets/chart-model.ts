import { toCsv, type CsvValue } from './csv.ts';
import { formatNumber } from '../utils/vietnamese.ts';
import type { SourceRef } from './types.ts';

/** One figure of a chart table. */
export interface ChartCell {
  /** The raw number from the content file. */
  value: number;
  /** An estimate (ước đạt), not a result: marked in words in the table and by a pattern in the chart. */
  estimate: boolean;
}

/** A row of a chart table: one bar group or one point on the x axis. */
export interface ChartRow {
  /** Text of the row header, e.g. "xã Tân Hoà (2023)" or "2023". */
  label: string;
  /** One cell per series; null when the documents give no figure. */
  cells: (ChartCell | null)[];
}

/** A column of a chart table: one dataset of the chart. */
export interface ChartSeries {
  /** Column header and legend text. */
  label: string;
  /**
   * How the series is told apart without color: "solid" result bars, "outline" plan/target bars,
   * or a fill pattern for one of several categories.
   */
  look: 'solid' | 'outline' | 'stripes' | 'dots' | 'cross' | 'zigzag';
  /** An unknown category ("Không nêu cấp"): always the last column, drawn in grey, never called the largest. */
  muted?: boolean;
}

/** Everything a chart shows, as data: the table, the chart and the CSV are all rendered from this. */
export interface ChartModel {
  /** Unique path-like id, e.g. "chi-so/online-files-rate/don-vi"; the CSV lives at du-lieu/bieu-do/<id>.csv. */
  id: string;
  /** bar compares categories; line follows years. */
  type: 'bar' | 'line';
  /** Heading above the chart. */
  title: string;
  /** Table caption: what the figures are, with the unit of measure. */
  caption: string;
  /** Unit of measure of every figure, e.g. "%", "triệu đồng", "lượt". */
  unitOfMeasure: string;
  /** Header of the row-label column, e.g. "Đơn vị", "Năm". */
  categoryLabel: string;
  series: ChartSeries[];
  rows: ChartRow[];
  /** One sentence that says what the chart shows, for everyone and for screen readers first. */
  summary: string;
  /** Sentences of the documents the figures come from. */
  sources: SourceRef[];
  /** Axis starts at zero and stops at 100 for percentages that cannot exceed it. */
  maxHundred?: boolean;
}

/**
 * What makes a chart say nothing, by the site's rules (tests/dist/chart-rules.test.ts checks every built chart):
 * a single figure, a single row (one unit, one year: nothing to compare), or an unknown category placed before a
 * known one. Empty when the chart is fine.
 */
export function chartProblems(chart: Pick<ChartModel, 'rows' | 'series'>): string[] {
  const problems: string[] = [];
  const figures = chart.rows.reduce((n, r) => n + r.cells.filter((c) => c !== null).length, 0);
  if (figures < 2) problems.push('một con số');
  if (chart.rows.length < 2) problems.push('một dòng, không có gì để so sánh');
  const firstMuted = chart.series.findIndex((s) => s.muted);
  if (firstMuted >= 0 && chart.series.slice(firstMuted).some((s) => !s.muted)) problems.push('loại không rõ đứng trước loại đã biết');
  return problems;
}

/** The looks given in turn to categories that have no natural look (award levels, recipients). */
export const categoryLooks: ChartSeries['look'][] = ['solid', 'stripes', 'dots', 'cross', 'zigzag', 'outline'];

/** "93,8%" or "8.210 triệu đồng". */
export function formatQuantity(value: number, unitOfMeasure: string): string {
  const number = formatNumber(value);
  if (!unitOfMeasure) return number;
  return unitOfMeasure === '%' ? `${number}%` : `${number} ${unitOfMeasure}`;
}

/** Where a chart's CSV is published, relative to the site base. */
export function chartCsvPath(chart: Pick<ChartModel, 'id'>): string {
  return `du-lieu/bieu-do/${chart.id}.csv`;
}

/** Text of the "estimate" column: which series of the row are estimates. */
function estimateNote(chart: ChartModel, row: ChartRow): string {
  return chart.series
    .filter((_, i) => row.cells[i]?.estimate)
    .map((s) => s.label)
    .join('; ');
}

/** Whether any figure of the chart is an estimate (then the table and CSV get a note column). */
export function hasEstimates(chart: ChartModel): boolean {
  return chart.rows.some((row) => row.cells.some((cell) => cell?.estimate));
}

/** Column header of a series in the CSV: the label with its unit, "Kết quả (%)". */
export function seriesHeader(chart: ChartModel, series: ChartSeries): string {
  return chart.unitOfMeasure ? `${series.label} (${chart.unitOfMeasure})` : series.label;
}

/** The CSV of exactly the figures of the chart table: one line per row, raw numbers. */
export function chartToCsv(chart: ChartModel): string {
  const estimateColumn = 'Ước đạt (chưa phải số chính thức)';
  const columns = [chart.categoryLabel, ...chart.series.map((s) => seriesHeader(chart, s))];
  if (hasEstimates(chart)) columns.push(estimateColumn);
  const records = chart.rows.map((row) => {
    const record: Record<string, CsvValue> = { [chart.categoryLabel]: row.label };
    chart.series.forEach((s, i) => (record[seriesHeader(chart, s)] = row.cells[i]?.value ?? null));
    if (hasEstimates(chart)) record[estimateColumn] = estimateNote(chart, row);
    return record;
  });
  return toCsv(columns, records);
}
