import type { CollectionEntry } from 'astro:content';
import { getPublished } from './published.ts';
import { groupBy } from '../utils/group-by.ts';
import { once } from '../utils/once.ts';

export type DocumentEntry = CollectionEntry<'documents'>;

/** All public documents, indexed once per build. */
export interface DocumentIndex {
  byId: Map<string, DocumentEntry>;
  /** Newest first. */
  list: DocumentEntry[];
  /** Per unit, oldest first (the order of prev/next links). */
  byUnit: Map<string, DocumentEntry[]>;
}

/** Sort key of a document: its (possibly partial) ISO date, then its id for a stable order. */
function dateKey(doc: DocumentEntry): string {
  return `${doc.data.issuedOn ?? doc.data.period?.to ?? '0000'}|${doc.id}`;
}

/** Year a document belongs to: the year of issue, else the last year of its period. */
export function documentYear(doc: DocumentEntry): number | undefined {
  if (doc.data.issuedOn) return Number(doc.data.issuedOn.slice(0, 4));
  return doc.data.period?.to;
}

/** The document index, loaded once per build. */
export const getDocuments = once(async (): Promise<DocumentIndex> => {
  const entries = await getPublished('documents');
  const ascending = [...entries].sort((a, b) => (dateKey(a) < dateKey(b) ? -1 : dateKey(a) > dateKey(b) ? 1 : 0));
  return {
    byId: new Map(ascending.map((d) => [d.id, d])),
    list: [...ascending].reverse(),
    byUnit: groupBy(ascending, (d) => d.data.unit),
  };
});

/** The documents of one unit just before and after this one, by date. */
export async function neighbours(doc: DocumentEntry): Promise<{ prev?: DocumentEntry; next?: DocumentEntry }> {
  const siblings = (await getDocuments()).byUnit.get(doc.data.unit) ?? [];
  const i = siblings.findIndex((d) => d.id === doc.id);
  return { prev: i > 0 ? siblings[i - 1] : undefined, next: i >= 0 ? siblings[i + 1] : undefined };
}
