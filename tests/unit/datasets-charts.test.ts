import { describe, expect, it } from 'vitest';
import { indicatorCharts } from '../../src/datasets/indicator-charts.ts';
import { unitIndicatorView } from '../../src/datasets/unit-indicator-charts.ts';
import { awardsPageCharts, unitAwardCharts } from '../../src/datasets/award-charts.ts';
import { allCharts } from '../../src/datasets/all-charts.ts';
import { chartCsvPath, chartProblems, chartToCsv } from '../../src/datasets/chart-model.ts';
import { parseCsv } from '../../src/datasets/csv.ts';
import { backgrounds, contrastRatio, mutedColor, seriesColors } from '../../src/client/charts/palette.ts';
import { fixture } from '../fixtures/site-data.ts';

describe('indicator charts', () => {
  it('compares units at their latest year, highest first, with estimates flagged', () => {
    const [units] = indicatorCharts(fixture(), 'budget-revenue');
    expect(units.type).toBe('bar');
    expect(units.series.map((s) => s.label)).toEqual(['Kết quả', 'Kế hoạch, chỉ tiêu']);
    expect(units.rows).toEqual([
      { label: 'phường Phổ Văn (2023)', cells: [{ value: 8210, estimate: true }, { value: 8000, estimate: false }] },
      { label: 'xã Tân Hoà (2023)', cells: [{ value: 276, estimate: true }, null] },
    ]);
    expect(units.summary).toBe(
      'Thu ngân sách của 2 đơn vị có số liệu: cao nhất là phường Phổ Văn năm 2023 với 8.210 triệu đồng, ước đạt, thấp nhất là xã Tân Hoà năm 2023 với 276 triệu đồng, ước đạt; cao gấp 29,7 lần; 1 đơn vị có kế hoạch, chỉ tiêu để so sánh.',
    );
  });

  it('adds a line chart for each unit with several years, says by how much it moved, and none for a single year', () => {
    const charts = indicatorCharts(fixture(), 'online-files-rate');
    const line = charts.find((c) => c.type === 'line')!;
    expect(charts.filter((c) => c.type === 'line').map((c) => c.id)).toEqual(['chi-so/online-files-rate/theo-nam/quang-ngai/pho-van-duc-pho']);
    expect(line.rows.map((r) => r.label)).toEqual(['2022', '2023']);
    expect(line.summary).toBe('Tỷ lệ hồ sơ trực tuyến của phường Phổ Văn tăng từ 61,5% năm 2022 lên 78,7% năm 2023 (+17,2 điểm phần trăm).');
  });

  it('compares no single unit with itself: one unit with results gets its history or no chart', () => {
    for (const chart of indicatorCharts(fixture(), 'online-files-rate')) {
      if (chart.type === 'bar') expect(new Set(chart.rows.map((r) => r.label.replace(/ \(.*$/, ''))).size).toBeGreaterThanOrEqual(2);
    }
  });

  it('charts a unit page\'s history, not its unrelated rates on one axis, and lists every latest figure in a table', () => {
    const view = unitIndicatorView(fixture(), 'quang-ngai/pho-van-duc-pho');
    expect(view.charts.map((c) => c.id)).toEqual(['chi-so/online-files-rate/theo-nam/quang-ngai/pho-van-duc-pho']);
    expect(view.others.map((o) => [o.indicator.id, o.figure.year, o.figure.result?.value])).toEqual([['online-files-rate', 2023, 78.7], ['budget-revenue', 2023, 8210]]);
  });

  it('cites each distinct document sentence once', () => {
    const [units] = indicatorCharts(fixture(), 'online-files-rate');
    expect(units.sources.map((s) => s.documentLabel)).toEqual(['Báo cáo số 127/BC-UBND', 'Báo cáo tháng 10 năm 2023']);
  });
});

describe('award charts', () => {
  it('counts awards given by level, leaving proposals to their own chart, the unknown level last, muted, never the largest', () => {
    const [byLevel, , , byStatus] = awardsPageCharts(fixture());
    expect(byLevel.series.map((s) => [s.label, !!s.muted])).toEqual([['Cấp tỉnh', false], ['Cấp xã', false], ['Không nêu cấp', true]]);
    expect(byLevel.rows.map((r) => [r.label, r.cells.map((c) => c?.value)])).toEqual([['xã Tân Hoà (2022)', [2, 0, 5]], ['xã Tân Hoà (2023)', [1, 31, 0]]]);
    expect(byStatus.rows[1].cells.map((c) => c?.value)).toEqual([32, 1]);
    expect(byLevel.summary).toBe('Tổng cộng 39 lượt: cấp xã 31 (79%), cấp tỉnh 3; 5 lượt không nêu cấp.');
  });

  it('gives every category series its own pattern so color is not the only cue', () => {
    const looks = awardsPageCharts(fixture()).flatMap((c) => c.series.map((s) => s.look));
    expect(new Set(awardsPageCharts(fixture())[0].series.map((s) => s.look)).size).toBe(3);
    expect(looks.every(Boolean)).toBe(true);
  });

  it('draws no chart of a single figure or a single row', () => {
    expect(chartProblems({ series: [{ label: 'Kết quả', look: 'solid' }], rows: [{ label: 'xã A', cells: [{ value: 1, estimate: false }] }] })).toEqual(['một con số', 'một dòng, không có gì để so sánh']);
    for (const chart of allCharts(fixture())) expect(chartProblems(chart), chart.id).toEqual([]);
  });

  it('shows nothing for a unit without awards', () => {
    expect(unitAwardCharts(fixture(), 'quang-ngai/pho-van-duc-pho')).toEqual([]);
    expect(unitAwardCharts(fixture(), 'thai-nguyen/tan-hoa-phu-binh').map((c) => c.categoryLabel)).toEqual(['Năm', 'Năm']);
  });
});

describe('chart CSV', () => {
  it('holds exactly the figures of the table, raw, with a note on estimates', () => {
    const [units] = indicatorCharts(fixture(), 'budget-revenue');
    expect(parseCsv(chartToCsv(units))).toEqual([
      ['Đơn vị (năm)', 'Kết quả (triệu đồng)', 'Kế hoạch, chỉ tiêu (triệu đồng)', 'Ước đạt (chưa phải số chính thức)'],
      ['phường Phổ Văn (2023)', '8210', '8000', 'Kết quả'],
      ['xã Tân Hoà (2023)', '276', '', 'Kết quả'],
    ]);
  });

  it('gives every chart of the site its own CSV address', () => {
    const paths = allCharts(fixture()).map(chartCsvPath);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain('du-lieu/bieu-do/khen-thuong/cap.csv');
  });
});

describe('chart colors', () => {
  it('have at least 3:1 contrast against the light and the dark page background', () => {
    for (const color of [...seriesColors, mutedColor]) {
      expect(contrastRatio(color, backgrounds.light), `${color} on light`).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(color, backgrounds.dark), `${color} on dark`).toBeGreaterThanOrEqual(3);
    }
  });
});
