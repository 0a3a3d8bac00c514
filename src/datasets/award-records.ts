import { buildCatalog, type Catalog, unitName, unitOrder, unitProvince } from './catalog.ts';
import type { SiteData } from './types.ts';

/** Columns of /du-lieu/khen-thuong.csv, in order. */
export const awardColumns = [
  'unit',
  'unit_name',
  'province',
  'year',
  'level',
  'category',
  'name',
  'recipient',
  'status',
  'count',
  'source_document',
  'source_quote',
] as const;

/** One count stated by a document: a row of /du-lieu/khen-thuong.csv. */
export interface AwardRecord {
  unit: string;
  unit_name: string;
  province: string;
  year: number;
  /** "Trung ương", "tỉnh", "huyện", "xã"; null when the document does not say. */
  level: string | null;
  /** "danh hiệu" or "hình thức"; null when the document does not say. */
  category: string | null;
  name: string;
  /** "tập thể", "cá nhân", "hộ gia đình"; null when the document does not say. */
  recipient: string | null;
  status: 'awarded' | 'proposed';
  count: number;
  source_document: string;
  source_quote: string;
}

/** The award records of a build, sorted once, with the same records grouped by unit. */
export interface AwardIndex {
  /** Every record, ordered by province, unit name and year, then as the document lists them. */
  records: readonly AwardRecord[];
  /** The records of each unit, in the same order. */
  byUnit: ReadonlyMap<string, readonly AwardRecord[]>;
}

const indexes = new WeakMap<SiteData, { catalog: Catalog; awards: SiteData['awards']; count: number; index: AwardIndex }>();

/**
 * Every published award count, sorted and indexed by unit. Built once per SiteData (and catalog) and shared
 * by every page, chart and download of the build: the lists must not be changed.
 */
export function awardIndex(data: SiteData, catalog: Catalog = buildCatalog(data)): AwardIndex {
  const cached = indexes.get(data);
  if (cached && cached.catalog === catalog && cached.awards === data.awards && cached.count === data.awards.length) return cached.index;
  const records = Object.freeze(buildRecords(data, catalog));
  const byUnit = new Map<string, AwardRecord[]>();
  for (const r of records) {
    const group = byUnit.get(r.unit);
    if (group) group.push(r);
    else byUnit.set(r.unit, [r]);
  }
  const index: AwardIndex = { records, byUnit };
  indexes.set(data, { catalog, awards: data.awards, count: data.awards.length, index });
  return index;
}

/** Every published award count; counts whose document is not published are left out. Shared and frozen (see awardIndex). */
export function awardRecords(data: SiteData, catalog: Catalog = buildCatalog(data)): readonly AwardRecord[] {
  return awardIndex(data, catalog).records;
}

function buildRecords(data: SiteData, catalog: Catalog): AwardRecord[] {
  const records: AwardRecord[] = [];
  for (const { data: entry } of data.awards) {
    if (!catalog.documents.has(entry.document)) continue;
    for (const tally of entry.tallies) {
      records.push({
        unit: entry.unit,
        unit_name: unitName(catalog, entry.unit),
        province: unitProvince(catalog, entry.unit),
        year: entry.year,
        level: tally.level ?? null,
        category: tally.category ?? null,
        name: tally.name,
        recipient: tally.recipient ?? null,
        status: tally.status,
        count: tally.count,
        source_document: entry.document,
        source_quote: tally.quote,
      });
    }
  }
  // Stable sort keeps the document's own order within a unit and year.
  const order = unitOrder(catalog);
  return records.sort((a, b) => order(a.unit, b.unit) || a.year - b.year);
}
