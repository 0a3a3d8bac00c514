/**
 * Builds a large content folder in parts, each a separate `astro build` process, and merges them:
 *
 *   npm run build:shards -- --content <dir> --out <dist> [--shards n|auto] [--parallel n] [--work <dir>] [--no-search] [--fresh]
 *     [--plan [--json]] [--plan-file <file>] [--only <part> [--part-out <dir>]] [--merge-only [--parts <dir>]]
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
 * runners, sharing nothing but the repository, the content and the plan (docs/ci.md):
 *   --plan --json [--plan-file plan.json]            the parts as a CI matrix (`{"include":[{"part":…},…]}`)
 *   --only <part> --plan-file plan.json --part-out <dir>   one job: builds one part into <dir>/<part>/ (its artifact)
 *   --merge-only --plan-file plan.json --parts <dir>       the merge job: the downloaded part folders → --out
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { autoShardCount, loadOrPlanShards, provinceWeights } from './plan.ts';
import { ShardRunner, type Part, type RunnerOptions } from './runner.ts';

const log = (text: string) => process.stderr.write(`[shards] ${text}\n`);

function fail(message: string): never {
  log(message);
  process.exit(2);
}

/** The command line, checked: a bad value stops the runner before any part is prepared. */
function readOptions(): RunnerOptions & { shards: string; mergeOnly: boolean; plan: boolean; json: boolean; planFile: string; parts?: string } {
  const { values } = parseArgs({
    options: {
      content: { type: 'string', default: 'content' }, out: { type: 'string', default: 'dist' }, shards: { type: 'string', default: 'auto' },
      parallel: { type: 'string', default: os.availableParallelism() > 1 ? '3' : '1' }, work: { type: 'string' }, 'no-search': { type: 'boolean', default: false },
      only: { type: 'string' }, 'merge-only': { type: 'boolean', default: false }, plan: { type: 'boolean', default: false },
      fresh: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, 'plan-file': { type: 'string' },
      'part-out': { type: 'string' }, parts: { type: 'string' },
    },
  });
  const parallel = Number(values.parallel);
  if (!Number.isInteger(parallel) || parallel < 1) fail(`--parallel phải là số nguyên dương, không phải "${values.parallel}" (--parallel must be a whole number ≥ 1)`);
  const work = path.resolve(values.work ?? path.join(os.tmpdir(), 'bang-vang-shards'));
  if (values['part-out'] && !values.only) fail('--part-out cần --only <part> (--part-out needs --only <part>)');
  if (values.parts && !values['merge-only']) fail('--parts cần --merge-only (--parts needs --merge-only)');
  return {
    repo: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..'),
    content: path.resolve(values.content),
    out: path.resolve(values.out),
    work,
    parallel,
    search: !values['no-search'],
    only: values.only,
    fresh: values.fresh,
    shards: values.shards,
    mergeOnly: values['merge-only'],
    plan: values.plan,
    json: values.json,
    planFile: path.resolve(values['plan-file'] ?? path.join(work, 'plan.json')),
    partOut: values['part-out'] && path.resolve(values['part-out']),
    parts: values.parts && path.resolve(values.parts),
  };
}

/** The parts to build, for a person or, with --json, as the matrix a CI engine takes (`include`: one job per part). */
function printPlan(parts: Part[], json: boolean): void {
  const rows = parts.map((part) => ({
    part: part.name,
    provinces: part.provinces.length ? part.provinces.join(' ') : 'all',
    contentBytes: Number.isFinite(part.bytes) ? part.bytes : null,
    // The shared part holds every entry: it weighs as two shards (memory and time).
    weight: part.name === 'global' ? 2 : 1,
  }));
  if (json) console.log(JSON.stringify({ include: rows }));
  else for (const row of rows) console.log(`${row.part}\t${row.weight}\t${row.contentBytes ?? ''}\t${row.provinces}`);
}

async function main(): Promise<void> {
  const started = performance.now();
  const options = readOptions();
  const weights = provinceWeights(options.content);
  const shardCount = options.shards === 'auto' ? autoShardCount(weights) : Number(options.shards);
  if (!Number.isInteger(shardCount) || shardCount < 1) fail(`--shards phải là số nguyên dương hoặc "auto", không phải "${options.shards}" (--shards must be a whole number or "auto")`);
  const shards = loadOrPlanShards(options.planFile, weights, shardCount);
  // Merging parts built elsewhere: each part's folder is the one downloaded into --parts.
  const partsRoot = options.parts ?? options.work;
  const parts: Part[] = [
    { name: 'global', provinces: [], bytes: Infinity, dir: path.join(partsRoot, 'global') },
    ...shards.map((s) => ({ name: `shard-${s.index}`, provinces: s.provinces, bytes: s.bytes, dir: path.join(partsRoot, `shard-${s.index}`) })),
  ];
  if (options.plan) return printPlan(parts, options.json);
  const runner = new ShardRunner(options, parts);
  if (options.mergeOnly) {
    runner.mergeBuilt();
  } else {
    // A part by name, or by its index in the plan (0 is the shared part), as a Kubernetes Indexed Job numbers its pods.
    const selected = options.only ? parts.filter((p, index) => p.name === options.only || String(index) === options.only) : parts;
    if (selected.length === 0) fail(`no part named "${options.only}": ${parts.map((p) => p.name).join(', ')}`);
    if (!(await runner.buildParts(selected))) process.exit(1);
    if (options.only) return;
  }
  await runner.finish(started);
  runner.recordMerge();
  log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

await main();
