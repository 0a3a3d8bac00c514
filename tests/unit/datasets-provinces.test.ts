import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { awardProvinces, awardsPageCharts, provinceAwardCharts } from '../../src/datasets/award-charts.ts';
import { indicatorCharts, indicatorProvinces, provinceIndicatorCharts } from '../../src/datasets/indicator-charts.ts';
import { allCharts } from '../../src/datasets/all-charts.ts';
import { buildCatalog } from '../../src/datasets/catalog.ts';
import { byProvince, chartRowLimit, median } from '../../src/datasets/provinces.ts';
import type { ChartModel } from '../../src/datasets/chart-model.ts';
import { fixture } from '../fixtures/site-data.ts';

/** The fixture with award counts from a unit of a second province. */
function twoProvinces() {
  const data = fixture();
  data.awards.push({
    id: 'pho-van-2023',
    data: {
      unit: 'quang-ngai/pho-van-duc-pho', year: 2023, document: 'quang-ngai/pho-van-duc-pho/2023-bao-cao', privacyAllow: [],
      tallies: [
        { level: 'xã', category: 'hình thức', name: 'Giấy khen', recipient: 'tập thể', status: 'awarded', count: 8, quote: 'tặng giấy khen cho 08 tập thể' },
        { level: 'tỉnh', category: 'hình thức', name: 'Bằng khen', recipient: 'tập thể', status: 'awarded', count: 2, quote: 'tặng Bằng khen cho 02 tập thể' },
      ],
    },
  } as (typeof data.awards)[number]);
  return data;
}

/** Sum of every cell of a chart, column by column. */
const columnTotals = (chart: ChartModel) => chart.series.map((_, i) => chart.rows.reduce((n, r) => n + (r.cells[i]?.value ?? 0), 0));

describe('provinces of a chart', () => {
  it('groups items by the province of their unit, provinces in Vietnamese order (Đ after D)', () => {
    const catalog = buildCatalog(fixture());
    const provinces = ['Quảng Ngãi', 'Điện Biên', 'Đắk Lắk', 'Đà Nẵng', 'An Giang', 'Cà Mau'];
    for (const [i, name] of provinces.entries()) catalog.units.set(`p${i}/x`, { name: 'X', kind: 'xã', province: name } as never);
    const groups = byProvince(provinces.map((_, i) => ({ unit: `p${i}/x` })), (x) => x.unit, catalog);
    expect(groups.map((g) => g.name)).toEqual(['An Giang', 'Cà Mau', 'Đà Nẵng', 'Đắk Lắk', 'Điện Biên', 'Quảng Ngãi']);
  });

  it('takes the median of an odd and an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('compares at most 40 rows unless CHART_ROW_LIMIT says otherwise, and refuses a limit that is not a whole number', () => {
    expect(chartRowLimit({})).toBe(40);
    expect(chartRowLimit({ CHART_ROW_LIMIT: '12' })).toBe(12);
    expect(() => chartRowLimit({ CHART_ROW_LIMIT: 'bốn mươi' })).toThrow('CHART_ROW_LIMIT="bốn mươi": cần một số nguyên ≥ 1');
  });
});

describe('charts of more units than a chart compares', () => {
  // The fixture has one unit in each of two provinces: with a limit of 1 the site is "national".
  beforeEach(() => { process.env.CHART_ROW_LIMIT = '1'; });
  afterEach(() => { delete process.env.CHART_ROW_LIMIT; });

  it('compare provinces by the median of their units’ latest results, estimates still flagged', () => {
    const charts = indicatorCharts(fixture(), 'budget-revenue');
    expect(charts.map((c) => c.id)).toEqual(['chi-so/budget-revenue/tinh']);
    expect(charts[0].categoryLabel).toBe('Tỉnh, thành phố (số đơn vị)');
    expect(charts[0].rows).toEqual([
      { label: 'Quảng Ngãi (1 đơn vị)', cells: [{ value: 8210, estimate: true }] },
      { label: 'Thái Nguyên (1 đơn vị)', cells: [{ value: 276, estimate: true }] },
    ]);
    expect(charts[0].summary).toBe(
      'Thu ngân sách: 2 đơn vị của 2 tỉnh, thành phố có kết quả; trung vị cao nhất là Quảng Ngãi với 8.210 triệu đồng, thấp nhất là Thái Nguyên với 276 triệu đồng; cao gấp 29,7 lần.',
    );
    expect(charts[0].sources.length).toBeGreaterThan(0);
  });

  it('give each province a page comparing its own units only, and no chart where a province has one unit', () => {
    const data = fixture();
    const catalog = buildCatalog(data);
    const provinces = indicatorProvinces(data, 'online-files-rate', catalog);
    expect(provinces.map((p) => p.slug)).toEqual(['quang-ngai', 'thai-nguyen']);
    const charts = provinceIndicatorCharts(catalog.indicators.get('online-files-rate')!, provinces[0], catalog);
    // Phổ Văn is the province's only unit: a "comparison" of one unit says nothing; its values are in the page's table.
    expect(charts).toEqual([]);
  });

  it('sum award counts by province on /khen-thuong/ with the same totals as the units’ rows', () => {
    const data = twoProvinces();
    delete process.env.CHART_ROW_LIMIT;
    const byUnit = awardsPageCharts(data);
    process.env.CHART_ROW_LIMIT = '1';
    const byProvinceCharts = awardsPageCharts(data);
    expect(byProvinceCharts.map((c) => c.id)).toEqual(byUnit.map((c) => c.id));
    for (const [i, chart] of byProvinceCharts.entries()) {
      expect(chart.categoryLabel).toBe('Tỉnh, thành phố');
      expect(chart.rows.map((r) => r.label)).toEqual(['Quảng Ngãi', 'Thái Nguyên']);
      expect(columnTotals(chart)).toEqual(columnTotals(byUnit[i]));
    }
    const provinces = awardProvinces(data);
    // With room for two rows, Thái Nguyên's one unit shows its two years of awards (a history); Quảng Ngãi's one
    // year of one unit makes no chart.
    process.env.CHART_ROW_LIMIT = '2';
    const pages = provinces.map((p) => provinceAwardCharts(p, buildCatalog(data)));
    expect(pages.map((p) => p.length)).toEqual([0, 4]);
    expect(pages[1][0].id).toBe(`khen-thuong/${provinces[1].slug}/cap`);
    expect(pages[1][0].caption).toContain(`của các đơn vị thuộc ${provinces[1].name}`);
  });

  it('publish a CSV for every chart of the province pages too, each id once', () => {
    const ids = allCharts(twoProvinces()).map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('chi-so/budget-revenue/tinh');
    process.env.CHART_ROW_LIMIT = '2';
    const awardIds = allCharts(twoProvinces()).map((c) => c.id);
    expect(awardIds.some((id) => /^khen-thuong\/thai-nguyen\//.test(id))).toBe(true);
  });
});
