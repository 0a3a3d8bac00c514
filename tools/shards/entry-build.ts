/**
 * The build of a part whose stories' bodies or exemplars' descriptions alone changed (entry-pages.ts): their pages
 * built alone, placed in the part's kept output, and a shard's search bundles indexed again; for exemplars alone, the
 * shared part's open data written again from its kept records instead (exemplar-open-data.ts).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { dropInputs, entryFolders, entryPagesDone, exemplarId, indexEntryBundles, isExemplarData, placeEntryPages, withEntryFacts, type ChangedEntries } from './entry-pages.ts';
import { writeExemplarOpenData } from './exemplar-open-data.ts';
import { writeStamp } from './fingerprint.ts';
import { prewarmBesideShard } from './national-prewarm.ts';
import { factsFile, printFailure, startPartBuild, type PartToBuild } from './part-build.ts';
import type { ChildProcesses, JobResult } from './child-processes.ts';
import type { PageFacts } from '../../src/search/bundles.ts';
import { readFactsFile } from '../../src/search/write-index.ts';

export interface EntryBuild {
  repo: string;
  work: string;
  /** Every part of the plan: the national bundle is indexed from their records. */
  parts: Array<{ name: string; dir: string }>;
  processes: ChildProcesses;
  log: (text: string) => void;
  /** The part is all this run builds, and its pages are merged: the national bundle can be indexed meanwhile. */
  nationalBeside: boolean;
  checked: boolean;
  alone: boolean;
  /** Builds the part whole, when its entries' pages cannot be placed alone (which stamps and merges it). */
  buildWhole: () => Promise<JobResult>;
  /** Stamps and merges the part once its entries' pages are placed. */
  finish: () => void;
}

const since = (started: number) => ((performance.now() - started) / 1000).toFixed(1);

/**
 * Builds the pages of the changed entries alone into a folder of their own, places them in the part's output, then
 * stamps and merges the part (`finish`). Builds the part whole when a page now uses other hashed assets than it did.
 */
export async function buildEntryPages(part: PartToBuild & { provinces: string[]; indexPart: string }, changed: ChangedEntries, build: EntryBuild): Promise<JobResult> {
  const { processes, log } = build;
  const kind = part.name === 'global' ? 'shared' : 'shard';
  const dist = path.join(part.dir, 'dist');
  const out = path.join(part.dir, 'entry-pages');
  if (kind === 'shared' && changed.stories.length === 0) {
    const written = await openDataAlone(part, changed, dist, out, log);
    if (written) {
      build.finish();
      return written;
    }
  }
  const builtFacts = path.join(part.dir, 'entry-pages-facts.json');
  const { args, root, env } = startPartBuild(build.repo, part, { checked: build.checked, alone: build.alone, entriesOnly: true });
  // A shard's pages are searchable: their records go to a file of their own, its bundles are indexed once placed. The
  // shared part's open data is not: its record of searchable pages stays as it is.
  const indexed = part.indexPart === 'regional';
  // Alone in this run, the national bundle is indexed meanwhile (national-prewarm.ts), its stories' pages awaited.
  let built: (pages: PageFacts[] | undefined) => void = () => {};
  const national = indexed && build.nationalBeside && changed.stories.length
    ? prewarmBesideShard(build.parts, part, changed.stories, new Promise((resolve) => (built = resolve)), build.work, log)
    : undefined;
  const ids = { PART_STORIES: changed.stories.join(','), PART_EXEMPLARS: changed.exemplars.join(',') };
  const search = indexed ? { SEARCH_INDEX_PART: 'facts', SEARCH_FACTS_FILE: builtFacts } : { SEARCH_INDEX_PART: 'none' };
  const result = await processes.run(part.name, args, { cwd: root, env: { ...env, OUT_DIR: out, ...ids, ...search } }, (code, output, seconds) => {
    if (processes.aborted && code !== 0) return log(`${part.name}: stopped`);
    log(`${part.name} (${part.provinces.length || 'all'} provinces): ${entryPagesDone(changed, kind)}: ${code === 0 ? 'ok' : `FAILED (${code})`} in ${seconds} s`);
    if (code !== 0) {
      printFailure(output);
      processes.abort();
    }
  });
  const folders = entryFolders(kind, changed);
  const placed = result.code === 0 ? placeEntryPages(out, dist, folders) : undefined;
  const started = performance.now();
  rmSync(out, { recursive: true, force: true });
  if (!placed) {
    built(undefined);
    await national;
    if (result.code !== 0) return result;
    log(`${part.name}: its entries' pages use other images than before: the whole part is built`);
    const whole = await build.buildWhole();
    return { ...whole, ms: whole.ms + result.ms };
  }
  if (indexed) {
    const pages = await readFactsFile(builtFacts);
    built(pages);
    const facts = withEntryFacts(await readFactsFile(factsFile(part)), pages, folders);
    const reindexed = await indexEntryBundles(dist, facts, factsFile(part), path.join(part.dir, 'cache')).catch((error: Error) => error);
    await national;
    rmSync(builtFacts, { force: true });
    if (reindexed instanceof Error) {
      log(`${part.name}: its search bundles FAILED (it stays unstamped: the next run builds it whole): ${reindexed.message}`);
      processes.abort();
      return { ...result, code: 1 };
    }
    log(`${part.name}: ${placed.length} files placed, ${reindexed.indexed} of its ${reindexed.bundles} search bundles indexed again in ${since(started)} s`);
  } else log(`${part.name}: ${placed.length} files placed in ${since(started)} s`);
  build.finish();
  return { ...result, ms: result.ms + performance.now() - started };
}

/**
 * The shared part rebuilt for exemplars' descriptions alone: the open data of exemplars written again from its kept
 * records (exemplar-open-data.ts) and placed in its output. Undefined, the output untouched, when it cannot be: the
 * part's pages are then built by Astro.
 */
async function openDataAlone(part: PartToBuild, changed: ChangedEntries, dist: string, out: string, log: (text: string) => void): Promise<JobResult | undefined> {
  const started = performance.now();
  // Unstamped while its output changes, as a build would leave it: an interrupted run builds the part whole next time.
  writeStamp(part.dir, undefined);
  dropInputs(part.dir);
  const wanted = new Set(changed.exemplars);
  const files = new Map([...part.plan].flatMap(([name, file]) => (isExemplarData(name) && 'from' in file && wanted.has(exemplarId(name)) ? [[exemplarId(name), file.from] as const] : [])));
  rmSync(out, { recursive: true, force: true });
  const written = files.size === wanted.size ? await writeExemplarOpenData(dist, out, files).catch(() => undefined) : undefined;
  const placed = written && placeEntryPages(out, dist, entryFolders('shared', changed));
  rmSync(out, { recursive: true, force: true });
  if (!placed) {
    log(`${part.name}: the open data of exemplars cannot be written from its kept records: it is built`);
    return undefined;
  }
  log(`${part.name} (all provinces): ${entryPagesDone(changed, 'shared', 'the open data of exemplars written again from its kept records')}: ok in ${since(started)} s`);
  log(`${part.name}: ${placed.length} files placed`);
  return { name: part.name, ms: performance.now() - started, code: 0 };
}
