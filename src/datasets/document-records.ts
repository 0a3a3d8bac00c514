import { buildCatalog, type Catalog, unitName, unitOrder, unitProvince } from './catalog.ts';
import type { SiteData } from './types.ts';

/** Fields of each record of /du-lieu/van-ban.json, in order. */
export const documentColumns = [
  'id',
  'unit',
  'unit_name',
  'province',
  'type',
  'number',
  'symbol',
  'issued_on',
  'title',
  'period_from',
  'period_to',
  'url',
] as const;

/** One published document: a record of /du-lieu/van-ban.json. */
export interface DocumentRecord {
  id: string;
  unit: string;
  unit_name: string;
  province: string;
  type: string;
  number: string | null;
  symbol: string | null;
  /** "2023-12-15", or partial ("2023-10") when the document leaves the day blank. */
  issued_on: string | null;
  title: string;
  period_from: number | null;
  period_to: number | null;
  /** Path of its page on this site, from the site root, e.g. "/van-ban/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127/". */
  url: string;
}

/** Every published document, by province, unit and date of issue. */
export function documentRecords(data: SiteData, base = '/', catalog: Catalog = buildCatalog(data)): DocumentRecord[] {
  const order = unitOrder(catalog);
  return data.documents
    .map(({ id, data: d }) => ({
      id,
      unit: d.unit,
      unit_name: unitName(catalog, d.unit),
      province: unitProvince(catalog, d.unit),
      type: d.type,
      number: d.number ?? null,
      symbol: d.symbol ?? null,
      issued_on: d.issuedOn ?? null,
      title: d.title,
      period_from: d.period?.from ?? null,
      period_to: d.period?.to ?? null,
      url: `${base}van-ban/${id}/`,
    }))
    .sort((a, b) => order(a.unit, b.unit) || (a.issued_on ?? '').localeCompare(b.issued_on ?? '') || a.id.localeCompare(b.id));
}
