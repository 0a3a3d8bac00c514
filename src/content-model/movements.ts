import type { CollectionEntry } from 'astro:content';
import { getPublished } from './published.ts';
import { once } from '../utils/once.ts';
import { compareVietnamese } from '../utils/vietnamese.ts';

export type MovementEntry = CollectionEntry<'movements'>;

/** All movements, sorted by name, indexed once per build. */
export const getMovements = once(async () => {
  const list = [...(await getPublished('movements'))].sort((a, b) => compareVietnamese(a.data.name, b.data.name));
  return { list, byId: new Map(list.map((m) => [m.id, m])) };
});
