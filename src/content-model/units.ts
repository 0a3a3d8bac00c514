import type { CollectionEntry } from 'astro:content';
import { getPublished } from './published.ts';
import { groupBy } from '../utils/group-by.ts';
import { once } from '../utils/once.ts';
import { compareVietnamese } from '../utils/vietnamese.ts';

export type UnitEntry = CollectionEntry<'units'>;

/** A province (at the time of the documents) and its units. */
export interface ProvinceGroup {
  /** Slug, the first part of unit ids: "thai-nguyen". */
  slug: string;
  name: string;
  units: UnitEntry[];
}

/** All units, indexed once per build. */
export interface UnitIndex {
  byId: Map<string, UnitEntry>;
  /** Sorted by name with Vietnamese collation. */
  list: UnitEntry[];
  /** Provinces sorted by name, units inside sorted by name. */
  provinces: ProvinceGroup[];
}

/** The unit index, loaded once per build. */
export const getUnits = once(async (): Promise<UnitIndex> => {
  const entries = await getPublished('units');
  const list = [...entries].sort(
    (a, b) => compareVietnamese(a.data.name, b.data.name) || compareVietnamese(a.data.district?.name ?? '', b.data.district?.name ?? ''),
  );
  const byProvince = groupBy(list, (u) => u.id.split('/')[0]);
  const provinces = [...byProvince].map(([slug, units]) => ({ slug, name: units[0].data.province, units }))
    .sort((a, b) => compareVietnamese(a.name, b.name));
  return { byId: new Map(list.map((u) => [u.id, u])), list, provinces };
});
