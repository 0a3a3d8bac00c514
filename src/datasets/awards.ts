import { buildCatalog, compareUnits, type Catalog, unitName, unitProvince } from './catalog.ts';
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

/** Every published award count; counts whose document is not published are left out. */
export function awardRecords(data: SiteData, catalog: Catalog = buildCatalog(data)): AwardRecord[] {
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
  return records.sort((a, b) => compareUnits(catalog, a.unit, b.unit) || a.year - b.year);
}
