import type { ChartOptions, ChartType, LegendItem, Chart } from 'chart.js';
import { formatNumber } from '../../utils/vietnamese.ts';
import { fillFor } from './patterns.ts';
import type { TableData } from './read-table.ts';

/** What the element tells the drawing code besides the table. */
export interface DrawOptions {
  /** Unit of measure of every figure, e.g. "%". */
  unit: string;
  /** Percentages that cannot exceed 100: the value axis stops there. */
  maxHundred: boolean;
  /** prefers-reduced-motion: no animation at all. */
  reducedMotion: boolean;
  /** Text color and font of the page around the chart, so labels follow the color scheme. */
  textColor: string;
  fontFamily: string;
}

/** Text after a figure or category that is an estimate, in the chart as in the table. */
export const estimateText = 'ước đạt';

/** Splits a long label into lines of about `width` characters at spaces, so axis labels are never cut off. */
export function wrapLabel(label: string, width = 32): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Category labels, wrapped, with the estimate mark on rows that hold an estimate, so it shows without color. */
export function categoryLabels(data: TableData): string[][] {
  return data.labels.map((label, row) => wrapLabel(data.series.some((s) => s.estimates[row]) ? `${label} (${estimateText})` : label));
}

function quantity(value: number, unit: string): string {
  return unit === '%' ? `${formatNumber(value)}%` : `${formatNumber(value)} ${unit}`;
}

/** Whether any figure of the table is an estimate. */
export function hasEstimates(data: TableData): boolean {
  return data.series.some((s) => s.estimates.some(Boolean));
}

/**
 * Options every chart shares: no animation under reduced motion, page colors and font, Vietnamese numbers in
 * ticks and tooltips, and a legend entry that explains the estimate pattern.
 */
export function commonOptions<T extends ChartType>(
  data: TableData,
  options: DrawOptions,
  valueAxis: 'x' | 'y',
  ctx: CanvasRenderingContext2D,
  /** The fill of each series in the legend: its look, not the fill of its first bar (which may be an estimate). */
  legendFills: (string | CanvasPattern)[] = [],
): ChartOptions<T> {
  const grid = { color: 'rgba(128, 128, 128, 0.35)' };
  const ticks = { color: options.textColor, font: { family: options.fontFamily, size: 13 } };
  const valueScale = {
    beginAtZero: true,
    ...(options.maxHundred ? { max: 100 } : {}),
    grid,
    // Percent signs fit on each tick; longer units ("triệu đồng") go once in the axis title.
    ticks: { ...ticks, callback: (value: number | string) => (options.unit === '%' ? `${formatNumber(Number(value))}%` : formatNumber(Number(value))) },
    title: { display: options.unit !== '%' && options.unit !== '', text: options.unit, color: options.textColor, font: ticks.font },
  };
  const categoryScale = { offset: true, grid: { display: false }, ticks: { ...ticks, autoSkip: false } };
  const estimateItem: LegendItem = {
    text: `Gạch chéo, nét đứt, tam giác: ${estimateText}`,
    fillStyle: fillFor('stripes', options.textColor, ctx),
    strokeStyle: options.textColor,
    lineWidth: 1,
    hidden: false,
    fontColor: options.textColor,
    datasetIndex: undefined,
  };
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: options.reducedMotion ? false : { duration: 400 },
    scales: valueAxis === 'x' ? { x: valueScale, y: categoryScale } : { x: categoryScale, y: valueScale },
    plugins: {
      legend: {
        display: data.series.length > 1 || hasEstimates(data),
        position: 'bottom',
        labels: {
          color: options.textColor,
          font: { family: options.fontFamily, size: 13 },
          generateLabels: (chart: Chart) => {
            const items = (chart.constructor as typeof Chart).defaults.plugins.legend.labels
              .generateLabels(chart)
              .map((item) => (item.datasetIndex !== undefined && legendFills[item.datasetIndex] ? { ...item, fillStyle: legendFills[item.datasetIndex] } : item));
            return hasEstimates(data) ? [...items, estimateItem] : items;
          },
        },
        onClick: (_event, item, legend) => {
          // The estimate entry explains a pattern; it has no dataset to hide.
          if (item.datasetIndex === undefined) return;
          const chart = legend.chart;
          chart.setDatasetVisibility(item.datasetIndex, !chart.isDatasetVisible(item.datasetIndex));
          chart.update();
        },
      },
      tooltip: {
        callbacks: {
          label: (item) => {
            const series = data.series[item.datasetIndex];
            const estimate = series?.estimates[item.dataIndex] ? ` (${estimateText})` : '';
            return `${series?.label ?? ''}: ${quantity(Number(item.raw), options.unit)}${estimate}`;
          },
        },
      },
    },
  } as ChartOptions<T>;
}
