import { settings, type Settings } from '../settings.ts';

/**
 * Which part of a sharded build is running (tools/shards/cli.ts sets BUILD_PART): `shared` builds lists, facets
 * and aggregates from every entry, a `shard` the pages of its provinces' entries; a plain `astro build` is `whole`.
 */
export type BuildPart = Settings['BUILD_PART'];

export function buildPart(env: Record<string, string | undefined> = process.env): BuildPart {
  return settings(env).BUILD_PART;
}

/**
 * Whether this build writes the page of a story about these units. A story about a unit belongs to the shard of
 * its first unit's province (tools/shards/split.ts), which holds the documents its quotes link into; the shared
 * part writes only the stories about no unit, instead of every story a second time.
 */
export function writesStoryPage(units: readonly string[], part: BuildPart = buildPart()): boolean {
  return part !== 'shared' || units.length === 0;
}

/**
 * The stories whose pages alone this build writes, when the shard runner rebuilds a part for the bodies of stories or
 * the descriptions of exemplars (tools/shards/entry-pages.ts): a story's body and an exemplar's description are shown
 * on their own pages only (and a description in the open data), so the part's other pages are kept from its last
 * build. Undefined for every other build, which writes all its pages.
 */
export function storiesOnly(env: Record<string, string | undefined> = process.env): ReadonlySet<string> | undefined {
  return entriesOnly(env)?.stories;
}

/** The exemplars whose pages (and open data) alone this build writes, as {@link storiesOnly}. */
export function exemplarsOnly(env: Record<string, string | undefined> = process.env): ReadonlySet<string> | undefined {
  return entriesOnly(env)?.exemplars;
}

/** Whether this build writes the pages of a route other than those of the entries named (none, when it names any). */
export function writesOtherPages(env: Record<string, string | undefined> = process.env): boolean {
  return entriesOnly(env) === undefined;
}

function entriesOnly(env: Record<string, string | undefined>): { stories: ReadonlySet<string>; exemplars: ReadonlySet<string> } | undefined {
  const { PART_STORIES, PART_EXEMPLARS } = settings(env);
  if (PART_STORIES === undefined && PART_EXEMPLARS === undefined) return undefined;
  const ids = (list = '') => new Set(list.split(',').filter(Boolean));
  return { stories: ids(PART_STORIES), exemplars: ids(PART_EXEMPLARS) };
}
