import type { DocumentData } from '../schemas/document.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { Unit } from '../schemas/unit.ts';
import { compareVietnamese, formatDateLong } from '../utils/vietnamese.ts';
import type { SiteData } from './types.ts';

/** Lookups shared by every dataset: units, published documents and the indicator registry, by id. */
export interface Catalog {
  units: Map<string, Unit>;
  documents: Map<string, DocumentData>;
  indicators: Map<string, Indicator>;
  /** Registry order of indicator keys, so lists follow content/indicators.yaml. */
  indicatorOrder: Map<string, number>;
}

export function buildCatalog(data: SiteData): Catalog {
  return {
    units: new Map(data.units.map((e) => [e.id, e.data])),
    documents: new Map(data.documents.map((e) => [e.id, e.data])),
    indicators: new Map(data.indicators.map((e) => [e.id, e.data])),
    indicatorOrder: new Map(data.indicators.map((e, i) => [e.id, i])),
  };
}

/** "phường Phổ Văn"; the id itself when the unit has no file (the content check reports that). */
export function unitName(catalog: Catalog, unitId: string): string {
  const unit = catalog.units.get(unitId);
  return unit ? `${unit.kind} ${unit.name}` : unitId;
}

/** "Quảng Ngãi"; empty when unknown. */
export function unitProvince(catalog: Catalog, unitId: string): string {
  return catalog.units.get(unitId)?.province ?? '';
}

/** Orders unit ids by province, then unit name, the Vietnamese way. */
export function compareUnits(catalog: Catalog, a: string, b: string): number {
  return (
    compareVietnamese(unitProvince(catalog, a), unitProvince(catalog, b)) ||
    compareVietnamese(catalog.units.get(a)?.name ?? a, catalog.units.get(b)?.name ?? b) ||
    a.localeCompare(b)
  );
}

/** "Báo cáo số 127/BC-UBND", or "Kế hoạch tháng 1 năm 2024" when the number was left blank. */
export function documentLabel(document: DocumentData | undefined, id: string): string {
  if (!document) return id;
  const type = document.type.charAt(0).toUpperCase() + document.type.slice(1);
  if (document.number) return `${type} số ${document.number}${document.symbol ? `/${document.symbol}` : ''}`;
  return document.issuedOn ? `${type} ${formatDateLong(document.issuedOn)}` : type;
}
