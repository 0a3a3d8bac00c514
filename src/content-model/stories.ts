import type { CollectionEntry } from 'astro:content';
import { getPublished } from './published.ts';
import { groupBy } from '../utils/group-by.ts';
import { once } from '../utils/once.ts';

export type StoryEntry = CollectionEntry<'stories'>;

/** All public stories, newest first, indexed once per build. */
export const getStories = once(async () => {
  const list = [...(await getPublished('stories'))].sort(
    (a, b) => b.data.publishedOn.localeCompare(a.data.publishedOn) || a.id.localeCompare(b.id),
  );
  return {
    list,
    byId: new Map(list.map((s) => [s.id, s])),
    byExemplar: groupBy(list, (s) => s.data.exemplars),
    byUnit: groupBy(list, (s) => s.data.units),
  };
});

/** A story's cover with its image typed: the schema's image() helper is typed loosely in the shared schema. */
export function coverOf(story: StoryEntry): { src: ImageMetadata; alt: string; credit?: string } | undefined {
  const cover = story.data.cover;
  return cover ? { src: cover.src as ImageMetadata, alt: cover.alt, credit: cover.credit } : undefined;
}
