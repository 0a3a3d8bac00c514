import { groupBy } from '../utils/group-by.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { buildCatalog, type Catalog, unitName, unitOrder, unitProvince } from './catalog.ts';
import type { SiteData } from './types.ts';

/** Columns of /du-lieu/chi-so.csv, in order. */
export const indicatorColumns = [
  'unit',
  'unit_name',
  'province',
  'year',
  'indicator',
  'label',
  'value',
  'unit_of_measure',
  'kind',
  'target',
  'note',
  'source_document',
  'source_quote',
] as const;

/** One value of one indicator for one unit and year: a row of /du-lieu/chi-so.csv. */
export interface IndicatorRecord {
  unit: string;
  unit_name: string;
  province: string;
  year: number;
  indicator: string;
  label: string;
  value: number;
  unit_of_measure: string;
  kind: 'actual' | 'estimate' | 'target';
  target: number | null;
  note: string | null;
  source_document: string;
  source_quote: string;
}

/** The indicator records of a build, sorted once, with the same records grouped by unit and by indicator. */
export interface IndicatorIndex {
  /** Every record, ordered by province, unit name, year and registry order. */
  records: readonly IndicatorRecord[];
  /** The records of each unit, in the same order. */
  byUnit: ReadonlyMap<string, readonly IndicatorRecord[]>;
  /** The records of each indicator key, in the same order. */
  byIndicator: ReadonlyMap<string, readonly IndicatorRecord[]>;
}

const indexes = new WeakMap<SiteData, { catalog: Catalog; values: SiteData['indicatorValues']; count: number; index: IndicatorIndex }>();

function buildRecords(data: SiteData, catalog: Catalog): IndicatorRecord[] {
  const records: IndicatorRecord[] = [];
  for (const { data: entry } of data.indicatorValues) {
    if (!catalog.documents.has(entry.document)) continue;
    for (const value of entry.values) {
      const indicator = catalog.indicators.get(value.indicator);
      if (!indicator) continue;
      records.push({
        unit: entry.unit,
        unit_name: unitName(catalog, entry.unit),
        province: unitProvince(catalog, entry.unit),
        year: entry.year,
        indicator: value.indicator,
        label: indicator.label,
        value: value.value,
        unit_of_measure: indicator.unit,
        kind: value.kind,
        target: value.target ?? null,
        note: value.note ?? null,
        source_document: entry.document,
        source_quote: value.quote,
      });
    }
  }
  // Sort keys are computed once per record: a unit rank instead of collating names in every comparison.
  const order = unitOrder(catalog);
  const keyed = records.map((r) => ({ r, order: catalog.indicatorOrder.get(r.indicator) ?? 0 }));
  keyed.sort((a, b) => order(a.r.unit, b.r.unit) || a.r.year - b.r.year || a.order - b.order);
  return keyed.map((k) => k.r);
}

/**
 * Every published indicator value, sorted and indexed by unit and by indicator. Built once per SiteData (and
 * catalog) and shared by every page, chart and download of the build: the lists must not be changed.
 */
export function indicatorIndex(data: SiteData, catalog: Catalog = buildCatalog(data)): IndicatorIndex {
  const cached = indexes.get(data);
  if (cached && cached.catalog === catalog && cached.values === data.indicatorValues && cached.count === data.indicatorValues.length) {
    return cached.index;
  }
  const records = Object.freeze(buildRecords(data, catalog));
  const index: IndicatorIndex = {
    records,
    byUnit: groupBy(records, (r) => r.unit),
    byIndicator: groupBy(records, (r) => r.indicator),
  };
  indexes.set(data, { catalog, values: data.indicatorValues, count: data.indicatorValues.length, index });
  return index;
}

/**
 * Every published indicator value, one record each. A value is left out when its document is not published
 * (a draft, embargoed or missing), so no figure reaches the site ahead of the document that states it, and
 * when its indicator is not in the registry (the content check reports that). The list is shared (see
 * indicatorIndex) and frozen.
 */
export function indicatorRecords(data: SiteData, catalog: Catalog = buildCatalog(data)): readonly IndicatorRecord[] {
  return indicatorIndex(data, catalog).records;
}

/** An indicator of the registry with the records that give it figures. */
export interface IndicatorWithData {
  indicator: Indicator;
  records: readonly IndicatorRecord[];
}

/** The indicators that have at least one published value, in registry order. */
export function indicatorsWithData(data: SiteData, catalog: Catalog = buildCatalog(data)): IndicatorWithData[] {
  const { byIndicator } = indicatorIndex(data, catalog);
  return data.indicators
    .map((e) => ({ indicator: e.data, records: byIndicator.get(e.id) ?? [] }))
    .filter((x) => x.records.length > 0);
}

/** One result (or estimate) of a unit for one year, with the plan it is measured against; or a plan alone. */
export interface YearFigure {
  unit: string;
  year: number;
  /** The result: an actual value or an estimate; null for a plan with no result yet. */
  result: IndicatorRecord | null;
  /** The plan or target: the `target` the result sentence states, else a value of kind "target" for that year. */
  target: { value: number; record: IndicatorRecord } | null;
  /**
   * What tells this figure apart when the unit has several for the same year (e.g. "tính đến ngày 30/11/2023"
   * next to "ước thực hiện cả năm 2023"); null when it is the only one.
   */
  qualifier: string | null;
}

/**
 * Turns the records of one indicator into figures: one per result, each with its plan. When a document gives
 * several results for one year (a count to date and an estimate for the whole year), each is kept and labelled
 * by its note rather than one being picked silently.
 */
export function yearFigures(records: readonly IndicatorRecord[]): YearFigure[] {
  const groups = new Map<string, IndicatorRecord[]>();
  for (const record of records) {
    const key = `${record.unit}|${record.year}`;
    const group = groups.get(key);
    if (group) group.push(record);
    else groups.set(key, [record]);
  }
  const figures: YearFigure[] = [];
  for (const group of groups.values()) {
    const results = group.filter((r) => r.kind !== 'target');
    const plans = group.filter((r) => r.kind === 'target');
    const own = results.map((result) => ({
      result,
      target:
        result.target != null ? { value: result.target, record: result } : plans[0] ? { value: plans[0].value, record: plans[0] } : null,
    }));
    const made = own.length ? own : plans.map((plan) => ({ result: null, target: { value: plan.value, record: plan } }));
    made.forEach((f, i) => {
      const record = f.result ?? f.target!.record;
      const qualifier = made.length > 1 ? (record.note ?? (record.kind === 'estimate' ? 'ước đạt' : `số liệu ${i + 1}`)) : null;
      figures.push({ unit: record.unit, year: record.year, ...f, qualifier });
    });
  }
  return figures;
}
