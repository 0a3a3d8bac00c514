import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ScriptableContext } from 'chart.js';
import { categoryLabels, commonOptions, type DrawOptions } from './chart-common.ts';
import { mutedColor, seriesColors } from './palette.ts';
import type { TableData } from './read-table.ts';

// Only what a line chart needs.
Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

/**
 * Draws one line per series over the years. Plans are dashed with square points; estimates get a triangle
 * point and a dotted segment leading to them, so neither depends on color.
 */
export function drawLine(canvas: HTMLCanvasElement, data: TableData, options: DrawOptions): Chart<'line'> {
  const ctx = canvas.getContext('2d')!;
  const datasets = data.series.map((s, i) => {
    const color = s.muted ? mutedColor : seriesColors[i % seriesColors.length];
    const plan = s.look === 'outline';
    return {
      label: s.label,
      data: s.values,
      borderColor: color,
      backgroundColor: color,
      borderWidth: 3,
      borderDash: plan ? [8, 5] : [],
      pointRadius: 6,
      pointStyle: (c: ScriptableContext<'line'>) => (c.type === 'data' && s.estimates[c.dataIndex] ? 'triangle' : plan ? 'rect' : 'circle'),
      spanGaps: true,
      segment: {
        borderDash: (c: { p0DataIndex: number; p1DataIndex: number }) =>
          s.estimates[c.p0DataIndex] || s.estimates[c.p1DataIndex] ? [2, 4] : undefined,
      },
    };
  });
  return new Chart(canvas, {
    type: 'line',
    data: { labels: categoryLabels(data), datasets },
    options: commonOptions<'line'>(data, options, 'y', ctx),
  });
}
