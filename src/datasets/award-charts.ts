import { groupBy } from '../utils/group-by.ts';
import { formatNumber } from '../utils/vietnamese.ts';
import { buildCatalog, type Catalog, unitName, unitOrder } from './catalog.ts';
import { categoryLooks, chartProblems, type ChartModel, type ChartSeries } from './chart-model.ts';
import { awardIndex, type AwardRecord } from './award-records.ts';
import { sourcesOf } from './sources.ts';
import { byProvince, chartRowLimit, type ProvinceGroup } from './provinces.ts';
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
export function awardChart(id: string, breakdown: Breakdown, groups: readonly RowGroup[], catalog: Catalog, whose: string, categoryLabel = defaultCategory(groups)): ChartModel | null {
  const counted = groups.map((g) => ({ ...g, records: g.records.filter(breakdown.include) }));
  const all = counted.flatMap((g) => g.records);
  if (all.length === 0) return null;
  const columns = breakdown.columns.filter((c) => all.some((r) => breakdown.value(r) === c.value));
  const series: ChartSeries[] = columns.map((c, i) => ({ label: c.label, look: categoryLooks[i % categoryLooks.length], ...(c.value === null ? { muted: true } : {}) }));
  const totals = columns.map((c) => all.filter((r) => breakdown.value(r) === c.value).reduce((n, r) => n + r.count, 0));
  const rows = counted
    .filter((g) => g.records.length > 0)
    .map((g) => ({
      label: g.label,
      cells: columns.map((c) => ({
        value: g.records.filter((r) => breakdown.value(r) === c.value).reduce((n, r) => n + r.count, 0),
        estimate: false,
      })),
    }));
  if (chartProblems({ rows, series }).length > 0) return null;
  return {
    id,
    type: 'bar',
    title: breakdown.title,
    caption: `Số lượt khen thưởng ${breakdown.caption}${whose} (đơn vị tính: lượt)`,
    unitOfMeasure: 'lượt',
    categoryLabel,
    series,
    rows,
    summary: awardSummary(columns, totals, whose),
    sources: sourcesOf(catalog, all),
  };
}

/**
 * "Tổng cộng 32 lượt: cấp xã 31 (97%), cấp tỉnh 1; 3 lượt không nêu cấp.": the known categories, largest first with
 * its share, then what the documents leave unstated, which is never called the largest.
 */
function awardSummary(columns: Breakdown['columns'], totals: number[], whose: string): string {
  const total = totals.reduce((a, b) => a + b, 0);
  const known = columns.map((c, i) => ({ c, n: totals[i] })).filter((x) => x.c.value !== null && x.n > 0).sort((a, b) => b.n - a.n);
  const unknown = columns.map((c, i) => ({ c, n: totals[i] })).filter((x) => x.c.value === null && x.n > 0);
  const share = (n: number) => `${formatNumber(Math.round((n / total) * 100))}%`;
  const parts = known.map((x, i) => `${x.c.label.toLocaleLowerCase('vi')} ${formatNumber(x.n)}${i === 0 && known.length > 1 ? ` (${share(x.n)})` : ''}`).join(', ');
  const rest = unknown.map((x) => `; ${formatNumber(x.n)} lượt ${x.c.label.toLocaleLowerCase('vi')}`).join('');
  return `Tổng cộng ${formatNumber(total)} lượt${whose}: ${parts || 'chưa rõ loại'}${rest}.`;
}

function defaultCategory(groups: readonly RowGroup[]): string {
  return groups.every((g) => /^\d{4}$/.test(g.label)) ? 'Năm' : 'Đơn vị (năm)';
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

/** The records grouped by unit (all years together), in unit order. */
function unitGroups(records: readonly AwardRecord[], catalog: Catalog): RowGroup[] {
  const order = unitOrder(catalog);
  return [...groupBy(records, (r) => r.unit).entries()].sort(([a], [b]) => order(a, b)).map(([unit, rs]) => ({ label: unitName(catalog, unit), records: rs }));
}

/** Rows of units in years while they fit a chart (chartRowLimit), else one row per unit. */
function unitRows(records: readonly AwardRecord[], catalog: Catalog): { groups: RowGroup[]; category: string } {
  const byYear = unitYearGroups(records, catalog);
  return byYear.length <= chartRowLimit() ? { groups: byYear, category: defaultCategory(byYear) } : { groups: unitGroups(records, catalog), category: 'Đơn vị' };
}

/**
 * The provinces /khen-thuong/ compares when its units in years do not fit one chart and come from several
 * provinces; each then has its page /khen-thuong/<province>/. Empty when the page compares units.
 */
export function awardProvinces(data: SiteData, catalog: Catalog = buildCatalog(data)): ProvinceGroup<AwardRecord>[] {
  const { records } = awardIndex(data, catalog);
  if (unitYearGroups(records, catalog).length <= chartRowLimit()) return [];
  const provinces = byProvince(records, (r) => r.unit, catalog);
  return provinces.length > 1 ? provinces : [];
}

/** The charts of /khen-thuong/: every breakdown, one row per unit and year, per unit, or per province at scale. */
export function awardsPageCharts(data: SiteData, catalog: Catalog = buildCatalog(data)): ChartModel[] {
  const provinces = awardProvinces(data, catalog);
  const { groups, category } = provinces.length > 0
    ? { groups: provinces.map((p) => ({ label: p.name, records: p.items })), category: 'Tỉnh, thành phố' }
    : unitRows(awardIndex(data, catalog).records, catalog);
  return breakdowns
    .map((b) => awardChart(`khen-thuong/${b.key}`, b, groups, catalog, '', category))
    .filter((c): c is ChartModel => c !== null);
}

/** The charts of /khen-thuong/<province>/: every breakdown for the units of one province. */
export function provinceAwardCharts(province: ProvinceGroup<AwardRecord>, catalog: Catalog): ChartModel[] {
  const { groups, category } = unitRows(province.items, catalog);
  return breakdowns
    .map((b) => awardChart(`khen-thuong/${province.slug}/${b.key}`, b, groups, catalog, ` của các đơn vị thuộc ${province.name}`, category))
    .filter((c): c is ChartModel => c !== null);
}

/**
 * Small charts for a unit page: its awards by level, and given against proposed, one row per year, once the unit has
 * two years or more to compare (a single year is in the unit's award tables already).
 */
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
