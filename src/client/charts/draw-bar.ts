import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ScriptableContext } from 'chart.js';
import { categoryLabels, commonOptions, type DrawOptions } from './chart-common.ts';
import { mutedColor, seriesColors } from './palette.ts';
import { fillFor } from './patterns.ts';
import type { TableData } from './read-table.ts';

// Only what a bar chart needs, so the bundle stays small (chart.js/auto would pull in every chart type).
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

/**
 * Draws horizontal bars (unit names are long; they read better down the side). Results are solid, plans are
 * outlined, estimates are striped, and categories of awards get a pattern each.
 */
export function drawBar(canvas: HTMLCanvasElement, data: TableData, options: DrawOptions): Chart<'bar'> {
  const ctx = canvas.getContext('2d')!;
  const legendFills: (string | CanvasPattern)[] = [];
  const datasets = data.series.map((s, i) => {
    const color = s.muted ? mutedColor : seriesColors[i % seriesColors.length];
    const base = fillFor(s.look, color, ctx);
    const estimate = fillFor(s.look === 'stripes' ? 'dots' : 'stripes', color, ctx);
    legendFills.push(base);
    return {
      label: s.label,
      data: s.values,
      backgroundColor: (c: ScriptableContext<'bar'>) => (c.type === 'data' && s.estimates[c.dataIndex] ? estimate : base),
      borderColor: color,
      borderWidth: 2,
    };
  });
  return new Chart(canvas, {
    type: 'bar',
    data: { labels: categoryLabels(data), datasets },
    options: { ...commonOptions<'bar'>(data, options, 'x', ctx, legendFills), indexAxis: 'y' },
  });
}
