/**
 * The benchmark: generates a corpus, builds it with the real site and with the plain-Astro floor, and measures
 * time by phase, peak memory, sizes, page weights, search bytes in Chromium, importer speed and the rebuilds after
 * one edit of a document, a story and an exemplar.
 *
 *   npm run bench                       # preset 100 (≈ 100 documents, a few minutes)
 *   npm run bench -- --preset 1000
 *   npm run bench -- --units 50 --years 2 [--seed s] [--skip floor,search,import,rebuild,sharded] [--verbose]
 *
 * Prints a table and writes bench/results/<label>.json. Work files go to bench/work/ (gitignored).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseGenerateArgs, writeCorpus } from '../tools/corpus/cli.ts';
import { measureBuild, type BuildMeasure } from './lib/build.ts';
import { afterEachEdit, editKinds, editOf } from './lib/edits.ts';
import { measureImport } from './lib/importer.ts';
import { presets } from './lib/presets.ts';
import { measureSearch, searchQueries } from './lib/search.ts';
import { measureShardedBuild, type ShardedMeasure } from './lib/sharded.ts';
import { folderSize, pageWeight, samplePages } from './lib/sizes.ts';
import { formatReport, type RebuildMeasure, type ShardedRebuild } from './lib/report.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  options: {
    preset: { type: 'string' }, units: { type: 'string' }, years: { type: 'string' }, seed: { type: 'string', default: 'bench' },
    skip: { type: 'string', default: '' }, verbose: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false },
    label: { type: 'string' },
  },
});
const preset = values.units ? undefined : (values.preset ?? '100');
if (preset && !presets[preset]) {
  console.error(`Không có preset "${preset}" (unknown preset): ${Object.keys(presets).join(', ')}`);
  process.exit(2);
}
const units = preset ? presets[preset].units : Number(values.units);
const years = preset ? presets[preset].years : Number(values.years ?? 3);
const label = values.label ?? (preset ? `preset-${preset}` : `units${units}-years${years}`);
const skip = new Set(values.skip!.split(',').filter(Boolean));
const work = path.join(repo, 'bench/work', label);
const step = (text: string) => process.stderr.write(`▸ ${text}\n`);

const machine = {
  cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version, platform: `${os.type()} ${os.release()}`, loadAverageAtStart: os.loadavg().map((n) => Math.round(n * 100) / 100),
  astro: JSON.parse(fs.readFileSync(path.join(repo, 'node_modules/astro/package.json'), 'utf8')).version as string,
  pagefind: JSON.parse(fs.readFileSync(path.join(repo, 'node_modules/pagefind/package.json'), 'utf8')).version as string,
};

step(`corpus: ${units} units × ${years} years → ${path.relative(repo, work)}/content`);
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(work, { recursive: true });
const content = path.join(work, 'content');
const generatedAt = performance.now();
const corpus = writeCorpus(parseGenerateArgs(['--units', String(units), '--years', String(years), '--seed', values.seed!, '--out', content]));
const corpusMs = performance.now() - generatedAt;
const documents = ['report', 'plan', 'decision'].reduce((n, k) => n + (corpus[k]?.files ?? 0), 0);
const contentBytes = Object.values(corpus).reduce((n, s) => n + s.bytes, 0);

step('site: cold build');
const siteDist = path.join(work, 'dist');
const site = await measureBuild({ repo, root: repo, content, out: siteDist, cache: path.join(work, 'cache'), compileCache: path.join(work, 'compile-cache'), cold: true, verbose: values.verbose });
if (!site.ok) step(`site build failed:\n${site.errorTail?.join('\n')}`);

let floor: BuildMeasure | undefined;
if (!skip.has('floor')) {
  step('floor: cold build of the same documents with plain Astro');
  floor = await measureBuild({ repo, root: path.join(repo, 'bench/floor'), content, out: path.join(work, 'floor-dist'), cache: path.join(work, 'floor-cache'), compileCache: path.join(work, 'floor-compile-cache'), cold: true, verbose: values.verbose });
  if (!floor.ok) step(`floor build failed:\n${floor.errorTail?.join('\n')}`);
}

const sizes = site.ok ? { dist: folderSize(siteDist), pagefind: folderSize(path.join(siteDist, 'pagefind')) } : undefined;

// One page of each type, using the corpus's first entries where the type has one.
const first = (dir: string, depth: number) => {
  let p = path.join(content, dir);
  const parts: string[] = [];
  for (let i = 0; i < depth && fs.existsSync(p); i++) {
    const next = fs.readdirSync(p).sort()[0];
    if (!next) break;
    parts.push(next.replace(/\.(ya?ml|mdx?)$/, ''));
    p = path.join(p, next);
  }
  return parts.join('/');
};
const known = { document: `/van-ban/${first('documents', 3)}/`, unit: `/don-vi/${first('units', 2)}/`, exemplar: `/dien-hinh/${first('exemplars', 2).split('/')[1]}/`, story: `/bai-viet/${first('stories', 1)}/` };
const weights = site.ok ? samplePages(siteDist, '/', known).map(({ type, url }) => pageWeight(siteDist, type, url)) : [];

let search: Awaited<ReturnType<typeof measureSearch>> | undefined;
let searchError: string | undefined;
if (site.ok && !skip.has('search')) {
  step('search: first and later queries in Chromium');
  try {
    search = await measureSearch(siteDist, searchQueries(content));
  } catch (error) {
    searchError = error instanceof Error ? error.message.split('\n')[0] : String(error);
    step(`search measurement failed: ${searchError}`);
  }
}

let importSpeed: Awaited<ReturnType<typeof measureImport>>;
if (!skip.has('import')) {
  step('importer: generated .txt originals → Markdown');
  importSpeed = await measureImport(repo, content, work);
}

// The edits the rebuilds measure (bench/lib/edits.ts): a document, a story and an exemplar, one after the other.
const edits = editKinds.map((kind) => editOf(content, kind));

let rebuilds: RebuildMeasure[] | undefined;
if (site.ok && !skip.has('rebuild')) {
  const measured = await afterEachEdit(content, edits, (edit) => {
    step(`site: rebuild after editing one ${edit.kind} (${edit.file}; same caches)`);
    return measureBuild({ repo, root: repo, content, out: siteDist, cache: path.join(work, 'cache'), compileCache: path.join(work, 'compile-cache'), cold: false, verbose: values.verbose });
  });
  rebuilds = measured.map(({ edit, result }) => ({ edit: edit.kind, file: edit.file, ...strip(result), ratioToCold: round2(result.ms / site.ms) }));
}

let sharded: { shards: number; parallel: number; full: ShardedMeasure; rebuild?: ShardedMeasure; rebuilds?: ShardedRebuild[] } | undefined;
if (!skip.has('sharded')) {
  const [shards, parallel] = [4, 2];
  const shardOptions = { repo, content, out: path.join(work, 'sharded-dist'), work: path.join(work, 'sharded-parts'), compileCache: path.join(work, 'sharded-compile-cache'), shards, parallel, echo: values.verbose };
  step(`sharded: cold build in ${shards} parts, ${parallel} at a time, then a rebuild after each edit`);
  const full = await measureShardedBuild({ ...shardOptions, fresh: true });
  const measured = full.ok ? await afterEachEdit(content, edits, () => measureShardedBuild({ ...shardOptions, fresh: false })) : [];
  const shardedRebuilds = measured.map(({ edit, result }) => ({ edit: edit.kind, file: edit.file, ...roundSharded(result), ratioToCold: round2(result.ms / full.ms) }));
  sharded = { shards, parallel, full, rebuild: shardedRebuilds[0], rebuilds: shardedRebuilds };
}

const result = {
  label, preset, seed: values.seed, measuredAt: new Date().toISOString(), machine,
  corpus: { units, years, documents, files: Object.values(corpus).reduce((n, s) => n + s.files, 0), bytes: contentBytes, generateMs: Math.round(corpusMs), byKind: corpus },
  site: strip(site), floor: floor && strip(floor),
  ratioToFloor: floor?.ok && site.ok ? round2(site.ms / floor.ms) : undefined,
  ratioToFloorWithoutSearchIndex: floor?.ok && site.ok ? round2((site.ms - site.phases.searchIndex) / floor.ms) : undefined,
  pagesPerSecond: site.ok && site.pages ? round2(site.pages / (site.ms / 1000)) : undefined,
  sizes, pageWeights: weights, search, searchError, importer: importSpeed, rebuild: rebuilds?.[0], rebuilds,
  sharded: sharded && { ...sharded, full: roundSharded(sharded.full) },
  machineLoadAtEnd: os.loadavg().map((n) => Math.round(n * 100) / 100),
};
fs.mkdirSync(path.join(repo, 'bench/results'), { recursive: true });
const outFile = path.join(repo, 'bench/results', `${label}.json`);
fs.writeFileSync(outFile, `${JSON.stringify(result, null, 2)}\n`);
console.log(formatReport(result));
console.log(`\nJSON: ${path.relative(repo, outFile)}`);
if (!values.keep) for (const dir of ['dist', 'floor-dist', 'cache', 'floor-cache', 'compile-cache', 'floor-compile-cache', 'import-in', 'import-out', 'sharded-dist', 'sharded-parts', 'sharded-compile-cache']) fs.rmSync(path.join(work, dir), { recursive: true, force: true });
process.exit(site.ok ? 0 : 1);

function strip(build: BuildMeasure & { run?: unknown }): BuildMeasure {
  const { run: _run, ...rest } = build;
  const phases = { ...rest.phases };
  for (const key of Object.keys(phases) as Array<keyof typeof phases>) phases[key] = Math.round(phases[key]);
  return { ...rest, ms: Math.round(rest.ms), phases };
}
function roundSharded(measure: ShardedMeasure): ShardedMeasure {
  return { ...measure, ms: Math.round(measure.ms) };
}
function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
