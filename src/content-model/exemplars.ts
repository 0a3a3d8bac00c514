import type { CollectionEntry } from 'astro:content';
import { getPublished } from './published.ts';
import { groupBy } from '../utils/group-by.ts';
import { once } from '../utils/once.ts';
import { compareVietnamese } from '../utils/vietnamese.ts';

export type ExemplarEntry = CollectionEntry<'exemplars'>;

/** All public exemplars, indexed once per build. */
export interface ExemplarIndex {
  byId: Map<string, ExemplarEntry>;
  /** Sorted by name with Vietnamese collation. */
  list: ExemplarEntry[];
  byUnit: Map<string, ExemplarEntry[]>;
  byMovement: Map<string, ExemplarEntry[]>;
  byDocument: Map<string, ExemplarEntry[]>;
}

/** The exemplar index, loaded once per build. */
export const getExemplars = once(async (): Promise<ExemplarIndex> => {
  const list = [...(await getPublished('exemplars'))].sort((a, b) => compareVietnamese(a.data.name, b.data.name));
  return {
    byId: new Map(list.map((e) => [e.id, e])),
    list,
    byUnit: groupBy(list, (e) => e.data.unit),
    byMovement: groupBy(list, (e) => e.data.movements),
    byDocument: groupBy(list, (e) => e.data.source.document),
  };
});
