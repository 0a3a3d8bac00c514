import { settings } from '../settings.ts';
import { compareVietnamese } from '../utils/vietnamese.ts';
import type { Catalog } from './catalog.ts';

export const defaultChartRowLimit = 40;

/**
 * A chart compares at most this many rows (units, or units in years): CHART_ROW_LIMIT from the environment, else 40.
 * Beyond it a bar chart is unreadable and the page grows with the country (one row per commune: 16,000 rows at
 * national scale), so the page compares provinces and each province gets its own page comparing its units.
 */
export const chartRowLimit = (env: Record<string, string | undefined> = process.env): number => settings(env).CHART_ROW_LIMIT;

/** The province slug of a unit id: "quang-ngai/son-long" → "quang-ngai". */
export const provinceSlug = (unitId: string): string => unitId.split('/')[0];

export interface ProvinceGroup<T> {
  slug: string;
  /** "Quảng Ngãi"; the slug when no unit of the catalog names it. */
  name: string;
  items: T[];
}

/** Items grouped by the province of their unit, provinces in Vietnamese order, items in their own order. */
export function byProvince<T>(items: readonly T[], unitOf: (item: T) => string, catalog: Catalog): ProvinceGroup<T>[] {
  const groups = new Map<string, ProvinceGroup<T>>();
  for (const item of items) {
    const unit = unitOf(item);
    const slug = provinceSlug(unit);
    let group = groups.get(slug);
    if (!group) groups.set(slug, (group = { slug, name: catalog.units.get(unit)?.province ?? slug, items: [] }));
    group.items.push(item);
  }
  return [...groups.values()].sort((a, b) => compareVietnamese(a.name, b.name) || a.slug.localeCompare(b.slug));
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
