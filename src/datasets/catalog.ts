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

/** The collections a catalog was built from, to notice when a SiteData object was changed since. */
function sourcesOfCatalog(data: SiteData): unknown[] {
  return [data.units, data.units.length, data.documents, data.documents.length, data.indicators, data.indicators.length];
}

const catalogs = new WeakMap<SiteData, { sources: unknown[]; catalog: Catalog }>();

/**
 * The lookups of a SiteData object. Built once per object and reused: every page and endpoint of a build asks
 * for it, and the datasets memoized on it (records, unit order) then are too. Rebuilt if the object's
 * collections were replaced or grew since (tests change fixtures that way).
 */
export function buildCatalog(data: SiteData): Catalog {
  const sources = sourcesOfCatalog(data);
  const cached = catalogs.get(data);
  if (cached && cached.sources.every((s, i) => s === sources[i])) return cached.catalog;
  const catalog: Catalog = {
    units: new Map(data.units.map((e) => [e.id, e.data])),
    documents: new Map(data.documents.map((e) => [e.id, e.data])),
    indicators: new Map(data.indicators.map((e) => [e.id, e.data])),
    indicatorOrder: new Map(data.indicators.map((e, i) => [e.id, i])),
  };
  catalogs.set(data, { sources, catalog });
  return catalog;
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

const unitRanks = new WeakMap<Catalog, Map<string, number>>();

/**
 * The position of each unit of the catalog in compareUnits order (units that compare equal share a rank).
 * Computed once per catalog so that sorts over thousands of records compare numbers, not collated strings.
 */
export function unitRank(catalog: Catalog): ReadonlyMap<string, number> {
  let ranks = unitRanks.get(catalog);
  if (!ranks) {
    const ids = [...catalog.units.keys()].sort((a, b) => compareUnits(catalog, a, b));
    ranks = new Map();
    for (let i = 0; i < ids.length; i++) {
      const tied = i > 0 && compareUnits(catalog, ids[i - 1], ids[i]) === 0;
      ranks.set(ids[i], tied ? ranks.get(ids[i - 1])! : i);
    }
    unitRanks.set(catalog, ranks);
  }
  return ranks;
}

/**
 * A comparator giving the same order as compareUnits, by precomputed rank; ids without a unit file (which the
 * content check reports) fall back to compareUnits itself.
 */
export function unitOrder(catalog: Catalog): (a: string, b: string) => number {
  const ranks = unitRank(catalog);
  return (a, b) => {
    if (a === b) return 0;
    const ra = ranks.get(a);
    const rb = ranks.get(b);
    return ra !== undefined && rb !== undefined ? ra - rb : compareUnits(catalog, a, b);
  };
}

/** "Báo cáo số 127/BC-UBND", or "Kế hoạch tháng 1 năm 2024" when the number was left blank. */
export function documentLabel(document: DocumentData | undefined, id: string): string {
  if (!document) return id;
  const type = document.type.charAt(0).toUpperCase() + document.type.slice(1);
  if (document.number) return `${type} số ${document.number}${document.symbol ? `/${document.symbol}` : ''}`;
  return document.issuedOn ? `${type} ${formatDateLong(document.issuedOn)}` : type;
}
