/** One run of the shard runner: its parts prepared, built side by side, merged, and the national search index. */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mergeOutputs, mergeShard, mergeShared, type MergedFiles } from './merge.ts';
import { mergeChanged, partFiles, recordedFiles, removeRunnerFiles, saveMergeRecord, takeMergeRecord, type MergedPart, type MergeRecord } from './merge-state.ts';
import { pool, type Job } from './pool.ts';
import { codeFingerprint, contentState, FileDigests, hasStamp, isUpToDate, planFingerprint, writeStamp } from './fingerprint.ts';
import { makePartRoot } from './part-root.ts';
import { keepsRoute, shardOutputFolders } from './routes.ts';
import { writeSitemap } from './sitemap.ts';
import { globalContentPlan, shardContentPlan, writeContent, type ContentPlan } from './split.ts';
import { CorpusListing } from './corpus-listing.ts';
import { ChildProcesses, type JobResult } from './child-processes.ts';
import siteConfig from '../../astro.config.mjs';
import { buildDate, settings } from '../../src/settings.ts';
import { buildSearchIndex, readFactsFile } from '../../src/search/write-index.ts';
import type { PageFacts } from '../../src/search/bundles.ts';

export interface RunnerOptions {
  /** The project's root, whose code every part builds with. */
  repo: string;
  content: string;
  out: string;
  work: string;
  parallel: number;
  search: boolean;
  /** Build this part alone (one CI job per part), without merging. */
  only?: string;
  /** With `only`: the folder its output and records are copied to, as a CI artifact (`<partOut>/<part>/`). */
  partOut?: string;
  fresh: boolean;
}

/** The shared part (`global`) or a shard: the provinces it builds, their documents' bytes, its work folder. */
export interface Part {
  name: string;
  provinces: string[];
  bytes: number;
  dir: string;
}

interface PreparedPart extends Part {
  contentDir: string;
  plan: ContentPlan;
  fingerprintOf: () => string;
  indexPart: 'none' | 'facts' | 'regional';
  /** Known before the build when the part has a finished build to compare with; else taken while it builds. */
  fingerprint?: string;
  upToDate: boolean;
}

/** Resolves once the jobs the pool starts in the same turn have started (pool.ts starts them synchronously). */
const afterPartsStart = () => new Promise<void>((resolve) => setImmediate(resolve));

const log = (text: string) => process.stderr.write(`[shards] ${text}\n`);
const since = (started: number) => ((performance.now() - started) / 1000).toFixed(1);

/** Where a part records its searchable pages (beside its output, not in it: the merged site does not serve it). */
const factsFile = (part: Part): string => path.join(part.dir, 'search-facts.json');

/** A built part as a CI job uploads it: its pages (dist/) and its record of searchable pages, and nothing else. */
function copyPartArtifact(part: Part, partOut: string): void {
  const target = path.join(partOut, part.name);
  rmSync(target, { recursive: true, force: true });
  cpSync(path.join(part.dir, 'dist'), path.join(target, 'dist'), { recursive: true });
  if (existsSync(factsFile(part))) cpSync(factsFile(part), factsFile({ ...part, dir: target }));
  log(`${part.name}: output copied to ${target}`);
}

export class ShardRunner {
  private readonly processes = new ChildProcesses();
  private readonly merged: MergedFiles = new Set();
  private mergedFiles = 0;
  /** The merged site of the last finished run, kept: only the parts built again are merged (merge-state.ts). */
  private kept?: MergeRecord;
  /** Settled once the runner knows whether the merged site is kept, and has merged the unchanged parts. */
  private mergeable: Promise<void> = Promise.resolve();
  /** The merges of the parts built in this run, each waiting for {@link mergeable}. */
  private readonly merges: Array<Promise<void>> = [];
  /** Every part as it is merged, with the files it gives the site, for the next run's record. */
  private readonly mergedParts: MergedPart[] = [];
  private readonly siteCode: string;
  /** The corpus files' digests, kept between runs: an unchanged part is known without reading its files. */
  private readonly digests: FileDigests;
  /** The corpus's files, listed once per run for every part's plan and the check's stamp. */
  private listing?: CorpusListing;
  private readonly options: RunnerOptions;
  private readonly parts: Part[];

  constructor(options: RunnerOptions, parts: Part[]) {
    this.options = options;
    this.parts = parts;
    this.siteCode = codeFingerprint(options.repo, buildDate());
    this.digests = new FileDigests(path.join(options.work, 'file-digests.tsv'));
  }

  /**
   * Builds the selected parts, at most `parallel` at a time, the whole content folder checked once beside them, and
   * merges each as soon as it is built. Returns false when a part or the check failed.
   */
  async buildParts(selected: Part[]): Promise<boolean> {
    const { only, parallel, out } = this.options;
    log(`${this.parts.length - 1} shards + shared part, ${parallel} at a time, work folder ${this.options.work}`);
    // A part built on its own (--only, e.g. one CI job per part) checks its own content.
    const checked = !only;
    // The merged site of the last run is listed on another thread while the parts are planned.
    const kept = only || this.options.fresh ? undefined : takeMergeRecord(this.options.work, out);
    // The shared part holds every entry: nationally 3.8 GB at its peak against 1.3–1.6 GB for a shard, so it takes
    // two places when three or more parts run at a time (beside two shards it would come within a GB of 8 GB).
    const weightOf = (part: Part) => (part.name === 'global' && parallel >= 3 ? 2 : 1);
    // Largest first: the last to start are the shortest, so the cores stay busy to the end.
    const largestFirst = [...selected].sort((a, b) => b.bytes - a.bytes || this.parts.indexOf(a) - this.parts.indexOf(b));
    const started = performance.now();
    this.listing = new CorpusListing(this.options.content);
    const prepared = largestFirst.map((part) => this.preparePart(part));
    const toBuild = prepared.filter((part) => !part.upToDate);
    log(`${prepared.length} parts planned in ${since(started)} s: ${toBuild.length} to build`);
    // The parts build meanwhile: only merging needs to know whether the merged site is kept.
    this.mergeable = (async () => {
      if (!only) {
        this.kept = await kept;
        if (this.kept) log(`merged site of the last run kept in ${out}: only the parts built again are merged`);
        else rmSync(out, { recursive: true, force: true });
      }
      for (const part of prepared.filter((p) => p.upToDate)) {
        log(`${part.name} (${part.provinces.length || 'all'} provinces): unchanged, output reused`);
        this.merge(part);
      }
    })();
    // A part built alone (a rebuild after one edit) gets what a single build has: four pages rendered at a time and
    // two Pagefind processes; side by side, one of each.
    const alone = toBuild.length === 1;
    // The check runs in its own process beside the parts (and takes a place until it ends). It starts once the parts
    // that fit beside it have started: its stamp lists the whole corpus, which a rebuild's one part need not wait for.
    const jobs: Array<Job<JobResult>> = [
      ...(checked ? [{ weight: 1, run: () => afterPartsStart().then(() => this.checkContent()) }] : []),
      ...toBuild.map((part) => ({ weight: weightOf(part), run: () => this.buildPart(part, checked, alone) })),
    ];
    const results = await pool(jobs, parallel);
    await this.mergeable;
    await Promise.all(this.merges);
    const ok = results.every((r) => r.code === 0);
    if (ok) this.digests.save();
    if (ok && this.kept) {
      const started = performance.now();
      const placed = mergeChanged(out, this.kept, this.mergedParts);
      this.mergedFiles = placed;
      log(`${placed} files of the parts built again placed in the kept site in ${since(started)} s`);
    }
    if (ok && this.options.partOut) for (const part of selected) copyPartArtifact(part, this.options.partOut);
    return ok;
  }

  /** Merges parts built earlier (--merge-only: e.g. downloaded from separate CI jobs). */
  mergeBuilt(): void {
    const shards = this.parts.filter((p) => p.name !== 'global');
    const global = this.parts.find((p) => p.name === 'global');
    if (!global) throw new Error('the plan has no shared part');
    rmSync(path.join(this.options.work, 'merged.json'), { force: true });
    this.mergedFiles = mergeOutputs(this.options.out, path.join(global.dir, 'dist'), shards.map((s) => ({ dist: path.join(s.dir, 'dist') })), this.merged).files;
  }

  /** The sitemap and the national search bundle, written once for the merged site. */
  async finish(started: number): Promise<void> {
    const { out, work } = this.options;
    removeRunnerFiles(out);
    const sitemap = writeSitemap(out, this.merged, siteConfig.site ?? 'https://localhost', siteConfig.base);
    log(`merged ${this.mergedFiles} files into ${out}, sitemap of ${sitemap.urls} pages, at ${since(started)} s`);
    if (!this.options.search) return;
    const indexStarted = performance.now();
    // Kept in the work folder: when no page of the national bundle changed, a rebuild copies it.
    const { pages, manifest, reused } = await buildSearchIndex(out, 'national', undefined, { facts: await this.mergedFacts(), cacheDir: path.join(work, 'national-search') });
    // The runner's bundles are the primary one (the home page) and the national one (pages of no province's
    // bundle); each is copied when none of its pages changed, else indexed again.
    log(`Pagefind: primary and national bundles, ${reused} copied unchanged, the others indexed (${manifest.primaryPages} primary pages; ${pages} searchable pages in ${manifest.bundles.length + 1} bundles) in ${since(indexStarted)} s`);
  }

  /** Records the merged site for the next run, once it is finished (sitemap and search written). */
  recordMerge(): void {
    if (this.mergedParts.length === this.parts.length) saveMergeRecord(this.options.work, this.options.out, this.mergedParts);
  }

  /**
   * Checks the whole content folder once (tools/check/cli.ts), so that the parts need not: the shared part would check
   * every entry again and each shard its own, and only the whole folder shows a reference from one province's entry
   * to another's. Skipped when the folder (every file's path, size and modification time) and the code are as they
   * were when it last passed (the identities of the files the planning asked for are not asked again); it runs
   * beside the parts.
   */
  private checkContent(): Promise<JobResult> {
    const { content, work, repo, fresh } = this.options;
    const stamp = path.join(work, 'check-fingerprint.txt');
    const fingerprint = contentState(content, this.siteCode, (file) => this.digests.stat(file), this.listing);
    if (!fresh && existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) {
      log('content check: content unchanged since it passed, not checked again');
      return Promise.resolve({ name: 'check', ms: 0, code: 0 });
    }
    rmSync(stamp, { force: true });
    // Each file's findings are kept (src/checks/check-cache.ts): after an edit, only the files that changed are checked.
    return this.processes.run('check', [path.join(repo, 'tools/check/cli.ts'), content, '--cache', path.join(work, 'check-cache')], { cwd: repo, env: process.env, keep: Infinity }, (code, output, seconds) => {
      const summary = output.filter((l) => l.trim()).at(-1) ?? '';
      log(`content check: ${code === 0 ? 'ok' : 'FAILED'} in ${seconds} s: ${summary.trim()}`);
      if (code === 0) writeFileSync(stamp, fingerprint);
      // Problems (warnings pass) are printed as the check wrote them, every one; a clean check prints only its summary.
      if (output.filter((l) => l.trim()).length > 1) process.stderr.write(`${output.join('\n')}\n`);
      if (code !== 0) this.processes.abort();
    });
  }

  /**
   * Plans a part's content folder and tells whether its last finished output was built from the same inputs; the
   * folder is written only when the part is built (a rebuild after one edit writes one shard's, not 138,000 files).
   */
  private preparePart(part: Part): PreparedPart {
    const contentDir = path.join(part.dir, 'content');
    const plan = part.name === 'global' ? globalContentPlan(this.options.content, this.listing) : shardContentPlan(this.options.content, part.provinces, this.listing);
    // A shard indexes its provinces' search bundles as it builds; the shared part owns no page that is indexed there.
    // Both record their searchable pages, so the national run reads only its own bundles' pages.
    const indexPart = !this.options.search ? 'none' : part.name === 'global' ? 'facts' : 'regional';
    const fingerprintOf = () => planFingerprint(plan, `${this.siteCode}\nsearch index: ${indexPart} ${settings().SEARCH_BUNDLE_BYTES}`, this.digests);
    // A part with no finished build to compare with is built whatever its fingerprint: it is taken while the part
    // builds (buildPart), not before every part of a cold build starts (reading the whole corpus: 36 s nationally).
    if (this.options.fresh || !hasStamp(part.dir)) return { ...part, contentDir, plan, indexPart, fingerprintOf, upToDate: false };
    const fingerprint = fingerprintOf();
    return { ...part, contentDir, plan, indexPart, fingerprint, fingerprintOf, upToDate: isUpToDate(part.dir, fingerprint) };
  }

  /** Runs one part's `astro build` with the shard configuration (its search part only), then merges it. */
  private buildPart(part: PreparedPart, checked: boolean, alone: boolean): Promise<JobResult> {
    if (this.processes.aborted) return Promise.resolve({ name: part.name, ms: 0, code: 1 });
    const provinces = part.provinces.length || 'all';
    writeStamp(part.dir, undefined);
    writeContent(part.plan, part.contentDir);
    const kind = part.name === 'global' ? 'shared' : 'shard';
    const root = makePartRoot(this.options.repo, path.join(part.dir, 'root'), (route) => keepsRoute(kind, route));
    const args = [path.join(this.options.repo, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root, '--config', 'tools/shards/astro.shard.config.mjs'];
    // One Pagefind process per part: parts already build side by side, and two per shard made the national shards
    // slower in total (3 parts at a time on 2 cores).
    const env = {
      SEARCH_INDEXERS: alone ? '2' : '1', PART_RENDER_CONCURRENCY: alone ? '4' : '1', ...process.env, CONTENT_DIR: part.contentDir, OUT_DIR: path.join(part.dir, 'dist'), CACHE_DIR: path.join(part.dir, 'cache'), BUILD_PART: kind,
      SEARCH_INDEX_PART: part.indexPart, SEARCH_FACTS_FILE: factsFile(part), ASTRO_TELEMETRY_DISABLED: '1', ...(checked ? { CONTENT_CHECK: 'off' } : {}),
    };
    const built = this.processes.run(part.name, args, { cwd: root, env }, (code, output, seconds) => {
      if (this.processes.aborted && code !== 0) return log(`${part.name}: stopped`);
      log(`${part.name} (${provinces} provinces): ${code === 0 ? 'ok' : `FAILED (${code})`} in ${seconds} s`);
      if (code !== 0) {
        process.stderr.write(output.slice(-40).filter((l) => !/MODULE_LEVEL|│|╭|╰|───/.test(l)).join('\n') + '\n');
        return this.processes.abort();
      }
      writeStamp(part.dir, part.fingerprint);
      this.merges.push(this.mergeable.then(() => this.merge(part)));
    });
    // While it builds, from the same files its content folder links.
    part.fingerprint ??= part.fingerprintOf();
    return built;
  }

  /**
   * Each part is merged as soon as it is built, while the others build (in any order). Into a kept site, the parts
   * built again are placed once all are built (mergeChanged); an unchanged part's files are already there.
   */
  private merge(part: PreparedPart): void {
    if (this.options.only) return;
    const fingerprint = part.fingerprint ?? part.fingerprintOf();
    const dist = path.join(part.dir, 'dist');
    const shared = part.name === 'global';
    const files = (this.kept && recordedFiles(this.kept, part.name, fingerprint)) || (this.kept ? partFiles(dist, shared) : undefined);
    if (files) {
      for (const file of files) this.merged.add(file);
      this.mergedParts.push({ name: part.name, dist, fingerprint, files });
      return;
    }
    const placed: MergedFiles = new Set();
    this.mergedFiles += shared ? mergeShared(this.options.out, dist, placed) : mergeShard(this.options.out, dist, placed);
    for (const file of placed) this.merged.add(file);
    this.mergedParts.push({ name: part.name, dist, fingerprint, files: [...placed] });
  }

  /**
   * The searchable pages of the merged site, from its parts' records: the shared part's, then each shard's pages of the
   * folders it owns (a story built by both is the shard's in the merged site, see merge.ts).
   */
  private async mergedFacts(): Promise<PageFacts[] | undefined> {
    const missing = this.parts.filter((part) => !existsSync(factsFile(part)));
    if (missing.length) {
      log(`no record of searchable pages for ${missing.map((p) => p.name).join(', ')} (built before they were kept): reading every page of the merged site`);
      return undefined;
    }
    const byFile = new Map<string, PageFacts>();
    for (const part of this.parts) {
      const owned = (file: string) => part.name === 'global' || shardOutputFolders.some((folder) => file.startsWith(`${folder}${path.sep}`));
      for (const facts of await readFactsFile(factsFile(part))) if (owned(facts.file)) byFile.set(facts.file, facts);
    }
    return [...byFile.values()];
  }
}
