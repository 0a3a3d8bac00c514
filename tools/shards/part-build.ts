/** What every build of one part of a sharded build starts with, and what it leaves beside its output. */
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { writeStamp } from './fingerprint.ts';
import { makePartRoot } from './part-root.ts';
import { keepsRoute, shardOutputFolders } from './routes.ts';
import type { PageFacts } from '../../src/search/bundles.ts';
import { readFactsFile } from '../../src/search/write-index.ts';
import { writeContent, type ContentPlan } from './split.ts';
import { dropInputs } from './entry-pages.ts';

/** A part as it is built: its name, its work folder, and its content folder with the plan it is written from. */
export interface PartToBuild {
  name: string;
  dir: string;
  contentDir: string;
  plan: ContentPlan;
}

/** Where a part records its searchable pages (beside its output, not in it: the merged site does not serve it). */
export const factsFile = (part: { dir: string }): string => path.join(part.dir, 'search-facts.json');

/**
 * Starts a part's build: its records removed (an interrupted build is never reused), its content folder written and
 * a project root of its own made. Returns the `astro build` command and the environment every build of the part has.
 * `checked`: the runner checks the whole content folder itself. `alone`: no other part builds beside it. `entriesOnly`:
 * the part is rebuilt for the bodies of stories or the descriptions of exemplars alone (entry-pages.ts).
 */
export function startPartBuild(repo: string, part: PartToBuild, { checked, alone, entriesOnly = false }: { checked: boolean; alone: boolean; entriesOnly?: boolean }): { args: string[]; root: string; env: NodeJS.ProcessEnv } {
  writeStamp(part.dir, undefined);
  dropInputs(part.dir);
  writeContent(part.plan, part.contentDir);
  const kind = part.name === 'global' ? 'shared' : 'shard';
  const root = makePartRoot(repo, path.join(part.dir, 'root'), (route) => keepsRoute(kind, route, entriesOnly));
  const args = [path.join(repo, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root, '--config', 'tools/shards/astro.shard.config.mjs'];
  // One Pagefind process per part: parts already build side by side, and two per shard made the national shards
  // slower in total (3 parts at a time on 2 cores).
  const env = {
    SEARCH_INDEXERS: alone ? '2' : '1', PART_RENDER_CONCURRENCY: alone ? '4' : '1', ...process.env, CONTENT_DIR: part.contentDir, CACHE_DIR: path.join(part.dir, 'cache'), BUILD_PART: kind,
    ASTRO_TELEMETRY_DISABLED: '1', ...(checked ? { CONTENT_CHECK: 'off' } : {}),
  };
  return { args, root, env };
}

/** The end of a failed part's output, without the framework's boxes and module warnings. */
export function printFailure(output: string[]): void {
  process.stderr.write(output.slice(-40).filter((l) => !/MODULE_LEVEL|│|╭|╰|───/.test(l)).join('\n') + '\n');
}

/** A built part as a CI job uploads it: its pages (dist/) and its record of searchable pages, and nothing else. */
export function copyPartArtifact(part: { name: string; dir: string }, partOut: string): string {
  const target = path.join(partOut, part.name);
  rmSync(target, { recursive: true, force: true });
  cpSync(path.join(part.dir, 'dist'), path.join(target, 'dist'), { recursive: true });
  if (existsSync(factsFile(part))) cpSync(factsFile(part), factsFile({ dir: target }));
  return target;
}

/**
 * The searchable pages of the merged site, from its parts' records: the shared part's, then each shard's pages of the
 * folders it owns (a story built by both is the shard's in the merged site, see merge.ts); `replaced`: a part's pages
 * known before its record is written. Undefined when a part has no record: the national run then reads every page of
 * the merged site.
 */
export async function mergedFacts(parts: Array<{ name: string; dir: string }>, log: (text: string) => void, replaced = new Map<string, PageFacts[]>()): Promise<PageFacts[] | undefined> {
  const missing = parts.filter((part) => !existsSync(factsFile(part)));
  if (missing.length) {
    log(`no record of searchable pages for ${missing.map((p) => p.name).join(', ')} (built before they were kept): reading every page of the merged site`);
    return undefined;
  }
  const byFile = new Map<string, PageFacts>();
  for (const part of parts) {
    const owned = (file: string) => part.name === 'global' || shardOutputFolders.some((folder) => file.startsWith(`${folder}${path.sep}`));
    for (const facts of replaced.get(part.name) ?? (await readFactsFile(factsFile(part)))) if (owned(facts.file)) byFile.set(facts.file, facts);
  }
  return [...byFile.values()];
}
