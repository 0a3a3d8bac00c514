import { buildCatalog, type Catalog, unitName, unitOrder, unitProvince } from './catalog.ts';
import type { SiteData } from './types.ts';

/** Columns of /du-lieu/dien-hinh.csv, in order. */
export const exemplarColumns = [
  'id',
  'name',
  'kind',
  'unit',
  'unit_name',
  'province',
  'years',
  'movements',
  'recognitions',
  'description',
  'source_document',
  'source_quote',
] as const;

/** One advanced exemplar: a row of /du-lieu/dien-hinh.csv. */
export interface ExemplarRecord {
  id: string;
  name: string;
  kind: string;
  unit: string;
  unit_name: string;
  province: string;
  /** Years it was recognized or reported on (joined with "; " in the CSV). */
  years: number[];
  /** Ids of its movements. */
  movements: string[];
  /** Each recognition as "Bằng khen (hình thức, cấp tỉnh, 2023, đề nghị)". */
  recognitions: string[];
  description: string | null;
  /** Document naming it; null when that document is not published. */
  source_document: string | null;
  source_quote: string | null;
}

/** Every published exemplar, sorted by province, unit and name. */
export function exemplarRecords(data: SiteData, catalog: Catalog = buildCatalog(data)): ExemplarRecord[] {
  const order = unitOrder(catalog);
  return data.exemplars
    .map(({ id, data: e }) => {
      // The quote of an unpublished document must not leak through the exemplar that cites it.
      const sourcePublished = catalog.documents.has(e.source.document);
      return {
        id,
        name: e.name,
        kind: e.kind,
        unit: e.unit,
        unit_name: unitName(catalog, e.unit),
        province: unitProvince(catalog, e.unit),
        years: [...e.years],
        movements: [...e.movements],
        recognitions: e.recognitions.map((r) => {
          const details = [r.category, r.level && `cấp ${r.level}`, r.year, r.status === 'proposed' ? 'đề nghị' : null].filter(Boolean);
          return `${r.name} (${details.join(', ')})`;
        }),
        description: e.description ?? null,
        source_document: sourcePublished ? e.source.document : null,
        source_quote: sourcePublished ? e.source.quote : null,
      };
    })
    .sort((a, b) => order(a.unit, b.unit) || a.name.localeCompare(b.name, 'vi'));
}
