import { getCollection, type CollectionKey, type CollectionEntry } from 'astro:content';
import { buildDate, showDrafts } from './build-date.ts';

interface Publishable {
  draft?: boolean;
  publishedOn?: string;
}

/** An entry is public when it is not a draft and its publication date has come. */
export function isPublished(data: Publishable, today = buildDate()): boolean {
  if (showDrafts()) return true;
  if (data.draft) return false;
  if (data.publishedOn && data.publishedOn > today) return false;
  return true;
}

const cache = new Map<CollectionKey, Promise<unknown[]>>();

/**
 * Every public entry of a collection, loaded once per build: pages call this instead of getCollection
 * so that drafts and embargoed entries can reach no output.
 */
export function getPublished<C extends CollectionKey>(collection: C): Promise<CollectionEntry<C>[]> {
  let entries = cache.get(collection);
  if (!entries) {
    entries = getCollection(collection, (entry) => isPublished(entry.data as Publishable));
    cache.set(collection, entries);
  }
  return entries as Promise<CollectionEntry<C>[]>;
}
