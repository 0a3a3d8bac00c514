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
function readOptions(): RunnerOptions & { shards: string; mergeOnly: boolean; plan: boolean } {
  const { values } = parseArgs({
    options: {
      content: { type: 'string', default: 'content' }, out: { type: 'string', default: 'dist' }, shards: { type: 'string', default: 'auto' },
      parallel: { type: 'string', default: os.availableParallelism() > 1 ? '3' : '1' }, work: { type: 'string' }, 'no-search': { type: 'boolean', default: false },
      only: { type: 'string' }, 'merge-only': { type: 'boolean', default: false }, plan: { type: 'boolean', default: false },
      fresh: { type: 'boolean', default: false },
    },
  });
  const parallel = Number(values.parallel);
  if (!Number.isInteger(parallel) || parallel < 1) fail(`--parallel phải là số nguyên dương, không phải "${values.parallel}" (--parallel must be a whole number ≥ 1)`);
  return {
    repo: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..'),
    content: path.resolve(values.content),
    out: path.resolve(values.out),
    work: path.resolve(values.work ?? path.join(os.tmpdir(), 'bang-vang-shards')),
    parallel,
    search: !values['no-search'],
    only: values.only,
    fresh: values.fresh,
    shards: values.shards,
    mergeOnly: values['merge-only'],
    plan: values.plan,
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const options = readOptions();
  const weights = provinceWeights(options.content);
  const shardCount = options.shards === 'auto' ? autoShardCount(weights) : Number(options.shards);
  if (!Number.isInteger(shardCount) || shardCount < 1) fail(`--shards phải là số nguyên dương hoặc "auto", không phải "${options.shards}" (--shards must be a whole number or "auto")`);
  const shards = loadOrPlanShards(path.join(options.work, 'plan.json'), weights, shardCount);
  if (options.plan) {
    console.log(JSON.stringify(shards.map((s) => ({ shard: s.index, mb: Math.round(s.bytes / 2 ** 20), provinces: s.provinces })), null, 2));
    return;
  }
  const parts: Part[] = [
    { name: 'global', provinces: [], bytes: Infinity, dir: path.join(options.work, 'global') },
    ...shards.map((s) => ({ name: `shard-${s.index}`, provinces: s.provinces, bytes: s.bytes, dir: path.join(options.work, `shard-${s.index}`) })),
  ];
  const runner = new ShardRunner(options, parts);
  if (options.mergeOnly) {
    runner.mergeBuilt();
  } else {
    const selected = options.only ? parts.filter((p) => p.name === options.only) : parts;
    if (selected.length === 0) fail(`no part named "${options.only}": ${parts.map((p) => p.name).join(', ')}`);
    if (!(await runner.buildParts(selected))) process.exit(1);
    if (options.only) return;
  }
  await runner.finish(started);
  log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

await main();
