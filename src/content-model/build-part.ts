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
 * The stories whose pages alone this build writes, when the shard runner rebuilds a shard for the bodies of its
 * stories (tools/shards/story-pages.ts): a body is shown on its story's page only, so the shard's other pages are
 * kept from its last build. Undefined for every other build, which writes all its pages.
 */
export function storiesOnly(env: Record<string, string | undefined> = process.env): ReadonlySet<string> | undefined {
  const ids = settings(env).PART_STORIES;
  return ids === undefined ? undefined : new Set(ids.split(',').filter(Boolean));
}

/** Whether this build writes the pages of a route other than the stories' (none, when it writes stories alone). */
export function writesOtherPages(env: Record<string, string | undefined> = process.env): boolean {
  return storiesOnly(env) === undefined;
}
