import { formatNumber } from '../utils/vietnamese.ts';
import { buildCatalog, type Catalog, unitName, unitOrder } from './catalog.ts';
import { categoryLooks, type ChartModel, type ChartSeries } from './chart-model.ts';
import { awardIndex, type AwardRecord } from './awards.ts';
import { sourcesOf } from './sources.ts';
import type { SiteData } from './types.ts';

/** A way to split award counts into columns: its values in display order, with their column labels. */
interface Breakdown {
  key: string;
  title: string;
  /** What is counted, completing "Số khen thưởng …". */
  caption: string;
  /** Only these records are counted (e.g. awards given, not proposals). */
  include: (r: AwardRecord) => boolean;
  value: (r: AwardRecord) => string | null;
  columns: { value: string | null; label: string }[];
}

const awarded = (r: AwardRecord) => r.status === 'awarded';

/** The four breakdowns of /khen-thuong/. */
export const breakdowns: Breakdown[] = [
  {
    key: 'cap',
    title: 'Theo cấp khen thưởng',
    caption: 'đã trao, theo cấp khen thưởng',
    include: awarded,
    value: (r) => r.level,
    columns: [
      { value: 'Trung ương', label: 'Trung ương' },
      { value: 'tỉnh', label: 'Cấp tỉnh' },
      { value: 'huyện', label: 'Cấp huyện' },
      { value: 'xã', label: 'Cấp xã' },
      { value: null, label: 'Không nêu cấp' },
    ],
  },
  {
    key: 'loai',
    title: 'Danh hiệu thi đua và hình thức khen thưởng',
    caption: 'đã trao, chia theo danh hiệu thi đua và hình thức khen thưởng',
    include: awarded,
    value: (r) => r.category,
    columns: [
      { value: 'danh hiệu', label: 'Danh hiệu thi đua' },
      { value: 'hình thức', label: 'Hình thức khen thưởng' },
      { value: null, label: 'Không nêu rõ' },
    ],
  },
  {
    key: 'doi-tuong',
    title: 'Tập thể và cá nhân',
    caption: 'đã trao, chia theo đối tượng được khen',
    include: awarded,
    value: (r) => r.recipient,
    columns: [
      { value: 'tập thể', label: 'Tập thể' },
      { value: 'cá nhân', label: 'Cá nhân' },
      { value: 'hộ gia đình', label: 'Hộ gia đình' },
      { value: null, label: 'Không nêu rõ' },
    ],
  },
  {
    key: 'trang-thai',
    title: 'Đã khen thưởng và đề nghị cấp trên',
    caption: 'đã trao và số đề nghị cấp trên khen thưởng',
    include: () => true,
    value: (r) => r.status,
    columns: [
      { value: 'awarded', label: 'Đã khen thưởng' },
      { value: 'proposed', label: 'Đề nghị cấp trên' },
    ],
  },
];

/** A group of records that makes one table row, e.g. one unit in one year. */
interface RowGroup {
  label: string;
  records: AwardRecord[];
}

/**
 * A bar chart of award counts: one row per group, one column per value of the breakdown that occurs.
 * Counts are sums of the documents' figures; a missing combination is 0, since the documents list what was given.
 */
export function awardChart(id: string, breakdown: Breakdown, groups: readonly RowGroup[], catalog: Catalog, whose: string): ChartModel | null {
  const counted = groups.map((g) => ({ ...g, records: g.records.filter(breakdown.include) }));
  const all = counted.flatMap((g) => g.records);
  if (all.length === 0) return null;
  const columns = breakdown.columns.filter((c) => all.some((r) => breakdown.value(r) === c.value));
  const series: ChartSeries[] = columns.map((c, i) => ({ label: c.label, look: categoryLooks[i % categoryLooks.length] }));
  const totals = columns.map((c) => all.filter((r) => breakdown.value(r) === c.value).reduce((n, r) => n + r.count, 0));
  const total = totals.reduce((a, b) => a + b, 0);
  const largest = totals.indexOf(Math.max(...totals));
  const parts = columns.map((c, i) => `${c.label.toLocaleLowerCase('vi')} ${formatNumber(totals[i])}`).join(', ');
  return {
    id,
    type: 'bar',
    title: breakdown.title,
    caption: `Số lượt khen thưởng ${breakdown.caption}${whose} (đơn vị tính: lượt)`,
    unitOfMeasure: 'lượt',
    categoryLabel: groups.every((g) => /^\d{4}$/.test(g.label)) ? 'Năm' : 'Đơn vị (năm)',
    series,
    rows: counted
      .filter((g) => g.records.length > 0)
      .map((g) => ({
        label: g.label,
        cells: columns.map((c) => ({
          value: g.records.filter((r) => breakdown.value(r) === c.value).reduce((n, r) => n + r.count, 0),
          estimate: false,
        })),
      })),
    summary: `Tổng cộng ${formatNumber(total)} lượt${whose}: ${parts}; nhiều nhất là ${columns[largest].label.toLocaleLowerCase('vi')}.`,
    sources: sourcesOf(catalog, all),
  };
}

/** The records grouped by unit and year, ordered by province, unit name and year. */
function unitYearGroups(records: readonly AwardRecord[], catalog: Catalog): RowGroup[] {
  const groups = new Map<string, AwardRecord[]>();
  for (const r of records) {
    const key = `${r.unit}|${r.year}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  const order = unitOrder(catalog);
  return [...groups.values()]
    .sort((a, b) => order(a[0].unit, b[0].unit) || a[0].year - b[0].year)
    .map((rs) => ({ label: `${unitName(catalog, rs[0].unit)} (${rs[0].year})`, records: rs }));
}

/** The charts of /khen-thuong/: every breakdown, one row per unit and year. */
export function awardsPageCharts(data: SiteData, catalog: Catalog = buildCatalog(data)): ChartModel[] {
  const groups = unitYearGroups(awardIndex(data, catalog).records, catalog);
  return breakdowns
    .map((b) => awardChart(`khen-thuong/${b.key}`, b, groups, catalog, ''))
    .filter((c): c is ChartModel => c !== null);
}

/** Small charts for a unit page: its awards by level, and given against proposed, one row per year. */
export function unitAwardCharts(data: SiteData, unit: string, catalog: Catalog = buildCatalog(data)): ChartModel[] {
  const records = awardIndex(data, catalog).byUnit.get(unit) ?? [];
  const years = [...new Set(records.map((r) => r.year))].sort((a, b) => a - b);
  const groups = years.map((y) => ({ label: String(y), records: records.filter((r) => r.year === y) }));
  const whose = ` của ${unitName(catalog, unit)}`;
  return breakdowns
    .filter((b) => b.key === 'cap' || b.key === 'trang-thai')
    .map((b) => awardChart(`don-vi/${unit}/khen-thuong-${b.key}`, b, groups, catalog, whose))
    .filter((c): c is ChartModel => c !== null);
}
