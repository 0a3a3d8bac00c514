import type { CollectionEntry } from 'astro:content';
import { getPublished } from './published.ts';
import { groupBy } from '../utils/group-by.ts';
import { once } from '../utils/once.ts';

export type AwardEntry = CollectionEntry<'awards'>;

/** Award tallies per unit, oldest year first, loaded once per build. */
export const getAwardsByUnit = once(async (): Promise<Map<string, AwardEntry[]>> => {
  const list = [...(await getPublished('awards'))].sort((a, b) => a.data.year - b.data.year || a.id.localeCompare(b.id));
  return groupBy(list, (a) => a.data.unit);
});
