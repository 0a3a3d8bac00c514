/**
 * Builds a large content folder in parts, each a separate `astro build` process, and merges them:
 *
 *   npm run build:shards -- --content <dir> --out <dist> [--shards n|auto] [--parallel n] [--work <dir>] [--no-search] [--fresh]
 *
 * `--shards auto` (the default) sizes shards at ≈ 20 MB of documents each; `--parallel` defaults to 3 (or 1 on one
 * core), the shared part taking two of the places: nationally 1,008–1,040 s and 5.1–5.3 GB at the peak, the cores busy
 * (two at a time: 1,149 s; a shard's own process waits while Pagefind's indexes, so two leave the cores idle at times).
 *
 * - the shared part builds lists, facets, aggregates, data files and feeds from all entries, with documents reduced
 *   to their frontmatter (they need the metadata of every document, never its body);
 * - each shard builds, for a group of provinces, only the pages that need document bodies: documents, units,
 *   exemplars (their quotes link to the heading above them) and the stories of its units (see shards/routes.ts);
 * - the whole content folder is checked once (tools/check/cli.ts), beside the first parts, and the parts skip their own
 *   check (CONTENT_CHECK=off); a failed check stops every part and prints every problem;
 * - the merge takes the shared output and each shard's pages and assets;
 * - each shard indexes its provinces' search bundles; the sitemap and the national search bundle are written once for
 *   the merged site, from the pages its parts recorded as searchable (search-facts.json in each part's folder).
 * A part whose inputs (its content, the site's code, SITE, BASE, the build date) are those of its last finished
 * build in the work folder is not built again, so a rebuild after editing one document builds one shard (and the
 * shared part only when the document's frontmatter changed); `--fresh` builds every part.
 * Parts are plain processes with their own CONTENT_DIR, OUT_DIR and CACHE_DIR, so they can also run on separate CI
 * runners (build with --only <part>, then merge with --merge-only).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { mergeOutputs, mergeShard, mergeShared, type MergedFiles } from './merge.ts';
import { pool, type Job } from './pool.ts';
import { autoShardCount, loadOrPlanShards, provinceWeights } from './plan.ts';
import { codeFingerprint, contentState, isUpToDate, partFingerprint, writeStamp } from './fingerprint.ts';
import { buildDate } from '../../src/settings.ts';
import { makePartRoot } from './part-root.ts';
import { keepsRoute, shardOutputFolders } from './routes.ts';
import { writeSitemap } from './sitemap.ts';
import siteConfig from '../../astro.config.mjs';
import { makeGlobalContent, makeShardContent } from './split.ts';
import { buildSearchIndex, readFactsFile } from '../../src/search/write-index.ts';
import type { PageFacts } from '../../src/search/bundles.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' }, out: { type: 'string', default: 'dist' }, shards: { type: 'string', default: 'auto' },
    parallel: { type: 'string', default: os.availableParallelism() > 1 ? '3' : '1' }, work: { type: 'string' }, 'no-search': { type: 'boolean', default: false },
    only: { type: 'string' }, 'merge-only': { type: 'boolean', default: false }, plan: { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
  },
});
const content = path.resolve(values.content!);
const out = path.resolve(values.out!);
const work = path.resolve(values.work ?? path.join(os.tmpdir(), 'bang-vang-shards'));
const log = (text: string) => process.stderr.write(`[shards] ${text}\n`);
const weights = provinceWeights(content);
const shardCount = values.shards === 'auto' ? autoShardCount(weights) : Number(values.shards);
if (!Number.isInteger(shardCount) || shardCount < 1) {
  log(`--shards phải là số nguyên dương hoặc "auto", không phải "${values.shards}" (--shards must be a whole number or "auto")`);
  process.exit(2);
}
const parallel = Math.max(1, Number(values.parallel));

const shards = loadOrPlanShards(path.join(work, 'plan.json'), weights, shardCount);
const parts = [
  { name: 'global', provinces: [] as string[], bytes: Infinity, dir: path.join(work, 'global') },
  ...shards.map((s) => ({ name: `shard-${s.index}`, provinces: s.provinces, bytes: s.bytes, dir: path.join(work, `shard-${s.index}`) })),
];
if (values.plan) {
  console.log(JSON.stringify(shards.map((s) => ({ shard: s.index, mb: Math.round(s.bytes / 2 ** 20), provinces: s.provinces })), null, 2));
  process.exit(0);
}

type Part = (typeof parts)[number];
interface PreparedPart extends Part {
  contentDir: string;
  indexPart: 'none' | 'facts' | 'regional';
  fingerprint: string;
  upToDate: boolean;
}
interface JobResult { name: string; ms: number; code: number }

/** Writes a part's content folder and tells whether its last finished output was built from the same inputs. */
function preparePart(part: Part): PreparedPart {
  const contentDir = path.join(part.dir, 'content');
  if (part.name === 'global') makeGlobalContent(content, contentDir);
  else makeShardContent(content, contentDir, part.provinces);
  // A shard indexes its provinces' search bundles as it builds; the shared part owns no page that is indexed there.
  // Both record their searchable pages, so the national run reads only its own bundles' pages.
  const indexPart = values['no-search'] ? 'none' : part.name === 'global' ? 'facts' : 'regional';
  const fingerprint = partFingerprint(contentDir, `${siteCode}\nsearch index: ${indexPart} ${process.env.SEARCH_BUNDLE_BYTES ?? ''}`);
  return { ...part, contentDir, indexPart, fingerprint, upToDate: !values.fresh && isUpToDate(part.dir, fingerprint) };
}

const children = new Set<ReturnType<typeof spawn>>();
let aborted = false;

/** Runs a child process, keeping the last `keep` lines of its output (400 by default) for its report. */
function run(name: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; keep?: number }, report: (code: number, output: string[], seconds: string) => void): Promise<JobResult> {
  const started = performance.now();
  const keep = options.keep ?? 400;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    const output: string[] = [];
    for (const stream of [child.stdout!, child.stderr!]) stream.on('data', (chunk: Buffer) => { output.push(...chunk.toString().split('\n')); if (output.length > keep) output.splice(0, output.length - keep); });
    child.on('close', (code) => {
      children.delete(child);
      const ms = performance.now() - started;
      report(code ?? 1, output, (ms / 1000).toFixed(1));
      resolve({ name, ms, code: code ?? 1 });
    });
  });
}

/** Stops every running part: one failure fails the build, and the others' output would not be used. */
function abort(): void {
  aborted = true;
  for (const child of children) child.kill('SIGTERM');
}

/**
 * Checks the whole content folder once (tools/check/cli.ts), so that the parts need not: the shared part would check
 * every entry again and each shard its own, and only the whole folder shows a reference from one province's entry
 * to another's. Skipped when the folder (every file's path, size and modification time) and the code are as they
 * were when it last passed; it runs beside the parts, which prepare their own content meanwhile.
 */
function checkContent(): Promise<JobResult> {
  const stamp = path.join(work, 'check-fingerprint.txt');
  const fingerprint = contentState(content, siteCode);
  if (!values.fresh && existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) {
    log('content check: content unchanged since it passed, not checked again');
    return Promise.resolve({ name: 'check', ms: 0, code: 0 });
  }
  rmSync(stamp, { force: true });
  return run('check', [path.join(repo, 'tools/check/cli.ts'), content], { cwd: repo, env: process.env, keep: Infinity }, (code, output, seconds) => {
    const summary = output.filter((l) => l.trim()).at(-1) ?? '';
    log(`content check: ${code === 0 ? 'ok' : 'FAILED'} in ${seconds} s: ${summary.trim()}`);
    if (code === 0) writeFileSync(stamp, fingerprint);
    // Problems (warnings pass) are printed as the check wrote them, every one; a clean check prints only its summary.
    if (output.filter((l) => l.trim()).length > 1) process.stderr.write(`${output.join('\n')}\n`);
    if (code !== 0) abort();
  });
}

/** Runs one part's `astro build` with the shard configuration (its search part only). */
function buildPart(unprepared: Part, checked: boolean, merge: (part: Part) => void): Promise<JobResult> {
  if (aborted) return Promise.resolve({ name: unprepared.name, ms: 0, code: 1 });
  const part = preparePart(unprepared);
  if (part.upToDate) {
    log(`${part.name} (${part.provinces.length || 'all'} provinces): unchanged, output reused`);
    merge(part);
    return Promise.resolve({ name: part.name, ms: 0, code: 0 });
  }
  writeStamp(part.dir, undefined);
  const kind = part.name === 'global' ? 'shared' : 'shard';
  const root = makePartRoot(repo, path.join(part.dir, 'root'), (route) => keepsRoute(kind, route));
  const args = [path.join(repo, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root, '--config', 'tools/shards/astro.shard.config.mjs'];
  // One Pagefind process per part: parts already build side by side, and two per shard made the national shards 6.5 %
  // slower in total (1,388 s against 1,303 s of shard time, 3 parts at a time on 2 cores).
  const env = {
    SEARCH_INDEXERS: '1', ...process.env, CONTENT_DIR: part.contentDir, OUT_DIR: path.join(part.dir, 'dist'), CACHE_DIR: path.join(part.dir, 'cache'), BUILD_PART: kind,
    SEARCH_INDEX_PART: part.indexPart, SEARCH_FACTS_FILE: factsFile(part), ASTRO_TELEMETRY_DISABLED: '1', ...(checked ? { CONTENT_CHECK: 'off' } : {}),
  };
  return run(part.name, args, { cwd: root, env }, (code, output, seconds) => {
    if (aborted && code !== 0) return log(`${part.name}: stopped`);
    log(`${part.name} (${part.provinces.length || 'all'} provinces): ${code === 0 ? 'ok' : `FAILED (${code})`} in ${seconds} s`);
    if (code !== 0) process.stderr.write(output.slice(-40).filter((l) => !/MODULE_LEVEL|│|╭|╰|───/.test(l)).join('\n') + '\n');
    else writeStamp(part.dir, part.fingerprint);
    if (code !== 0) abort();
    else merge(part);
  });
}

/** Where a part records its searchable pages (beside its output, not in it: the merged site does not serve it). */
function factsFile(part: Part): string {
  return path.join(part.dir, 'search-facts.json');
}

/**
 * The searchable pages of the merged site, from its parts' records: the shared part's, then each shard's pages of the
 * folders it owns (a story built by both is the shard's in the merged site, see shards/merge.ts).
 */
async function mergedFacts(): Promise<PageFacts[] | undefined> {
  const missing = parts.filter((part) => !existsSync(factsFile(part)));
  if (missing.length) {
    log(`no record of searchable pages for ${missing.map((p) => p.name).join(', ')} (built before they were kept): reading every page of the merged site`);
    return undefined;
  }
  const byFile = new Map<string, PageFacts>();
  for (const part of parts) {
    const owned = (file: string) => part.name === 'global' || shardOutputFolders.some((folder) => file.startsWith(`${folder}${path.sep}`));
    for (const facts of await readFactsFile(factsFile(part))) if (owned(facts.file)) byFile.set(facts.file, facts);
  }
  return [...byFile.values()];
}

const started = performance.now();
const siteCode = codeFingerprint(repo, buildDate());
const selected = values.only ? parts.filter((p) => p.name === values.only) : parts;
let mergedFiles = 0;
const merged: MergedFiles = new Set();
if (!values['merge-only']) {
  if (selected.length === 0) {
    log(`no part named "${values.only}": ${parts.map((p) => p.name).join(', ')}`);
    process.exit(2);
  }
  log(`${shards.length} shards + shared part, ${parallel} at a time, work folder ${work}`);
  // A part built on its own (--only, e.g. one CI job per part) checks its own content.
  const checked = !values.only;
  // Each part is merged as soon as it is built, while the others build (mergeShared/mergeShard: in any order).
  if (!values.only) rmSync(out, { recursive: true, force: true });
  const merge = (part: Part) => {
    if (values.only) return;
    const dist = path.join(part.dir, 'dist');
    mergedFiles += part.name === 'global' ? mergeShared(out, dist, merged) : mergeShard(out, dist, merged);
  };
  // The shared part holds every entry: nationally 3.8 GB at its peak against 1.3–1.6 GB for a shard, so it takes
  // two places when three or more parts run at a time (beside two shards it would come within a GB of 8 GB).
  const weightOf = (part: Part) => (part.name === 'global' && parallel >= 3 ? 2 : 1);
  // Largest first (the shared part, then shards by their documents' bytes): the last to start are the shortest,
  // so the cores stay busy to the end instead of waiting on one large shard started last.
  const largestFirst = [...selected].sort((a, b) => b.bytes - a.bytes || parts.indexOf(a) - parts.indexOf(b));
  const jobs: Array<Job<JobResult>> = [...(checked ? [{ weight: 1, run: checkContent }] : []), ...largestFirst.map((part) => ({ weight: weightOf(part), run: () => buildPart(part, checked, merge) }))];
  const results = await pool(jobs, parallel);
  if (results.some((r) => r.code !== 0)) process.exit(1);
  if (values.only) process.exit(0);
} else {
  mergedFiles = mergeOutputs(out, path.join(work, 'global', 'dist'), shards.map((s) => ({ dist: path.join(work, `shard-${s.index}`, 'dist') })), merged).files;
}
const sitemap = writeSitemap(out, merged, siteConfig.site ?? 'https://localhost', siteConfig.base);
log(`merged ${mergedFiles} files into ${out}, sitemap of ${sitemap.urls} pages, at ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (!values['no-search']) {
  const indexStarted = performance.now();
  // Kept in the work folder: when no page of the national bundle changed, a rebuild copies it.
  const { pages, manifest, reused } = await buildSearchIndex(out, 'national', undefined, { facts: await mergedFacts(), cacheDir: path.join(work, 'national-search') });
  log(`Pagefind ${reused ? 'copied the unchanged' : 'indexed the'} national bundle (${manifest.primaryPages} pages; ${pages} searchable pages in ${manifest.bundles.length + 1} bundles) in ${((performance.now() - indexStarted) / 1000).toFixed(1)} s`);
}
log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
