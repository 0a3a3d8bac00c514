/** One run of the shard runner: its parts prepared, built side by side, merged, and the national search index. */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { mergeOutputs, mergeShard, mergeShared, type MergedFiles } from './merge.ts';
import { mergeChanged, partFiles, recordedFiles, removeRunnerFiles, saveMergeRecord, takeMergeRecord, type MergedPart, type MergeRecord } from './merge-state.ts';
import { pool, type Job } from './pool.ts';
import { codeFingerprint, FileDigests, hasStamp, inputsFingerprint, isUpToDate, planInputs, readStamp, writeStamp } from './fingerprint.ts';
import { changedEntries, entryHeads, headOf, readInputs, saveInputs, type ChangedEntries, type PartInputs } from './entry-pages.ts';
import { buildEntryPages } from './entry-build.ts';
import { copyPartArtifact, factsFile, mergedFacts, printFailure, startPartBuild } from './part-build.ts';
import { checkContentOnce } from './content-check-job.ts';
import { writeSitemap } from './sitemap.ts';
import { globalContentPlan, shardContentPlan, type ContentPlan } from './split.ts';
import { CorpusListing } from './corpus-listing.ts';
import { ChildProcesses, type JobResult } from './child-processes.ts';
import siteConfig from '../../astro.config.mjs';
import { buildDate, settings } from '../../src/settings.ts';
import { buildSearchIndex } from '../../src/search/write-index.ts';

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
  /** What the part is built from, recorded with its stamp (entry-pages.ts). */
  inputsOf: () => PartInputs;
  /** The stories whose bodies alone and exemplars whose descriptions alone changed: their pages alone are built (entry-pages.ts). */
  entries?: ChangedEntries;
  indexPart: 'none' | 'facts' | 'regional';
  /** Known before the build when the part has a finished build to compare with; else taken while it builds. */
  fingerprint?: string;
  upToDate: boolean;
}

/** Resolves once the jobs the pool starts in the same turn have started (pool.ts starts them synchronously). */
const afterPartsStart = () => new Promise<void>((resolve) => setImmediate(resolve));

const log = (text: string) => process.stderr.write(`[shards] ${text}\n`);
const since = (started: number) => ((performance.now() - started) / 1000).toFixed(1);

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
      this.mergedFiles = mergeChanged(out, this.kept, this.mergedParts);
      log(`${this.mergedFiles} files of the parts built again placed in the kept site in ${since(started)} s`);
    }
    if (ok && this.options.partOut) for (const part of selected) log(`${part.name}: output copied to ${copyPartArtifact(part, this.options.partOut)}`);
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
    // The primary bundle (the home page) and the national one, kept in the work folder: each is copied when none of
    // its pages changed (or it was indexed beside a shard: national-prewarm.ts), else indexed again.
    const { pages, manifest, reused } = await buildSearchIndex(out, 'national', undefined, { facts: await mergedFacts(this.parts, log), cacheDir: path.join(work, 'national-search') });
    log(`Pagefind: primary and national bundles, ${reused} copied unchanged, the others indexed (${manifest.primaryPages} primary pages; ${pages} searchable pages in ${manifest.bundles.length + 1} bundles) in ${since(indexStarted)} s`);
  }

  /** Records the merged site for the next run, once it is finished (sitemap and search written). */
  recordMerge(): void {
    if (this.mergedParts.length === this.parts.length) saveMergeRecord(this.options.work, this.options.out, this.mergedParts);
  }

  /** The content check, once for the whole folder, beside the parts (content-check-job.ts). */
  private checkContent(): Promise<JobResult> {
    const { content, work, repo, fresh } = this.options;
    return checkContentOnce({ content, work, repo, fresh, code: this.siteCode, statOf: (file) => this.digests.stat(file), listing: this.listing, processes: this.processes, log });
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
    const code = `${this.siteCode}\nsearch index: ${indexPart} ${settings().SEARCH_BUNDLE_BYTES}`;
    const stubDigest = (file: string) => this.digests.digest(file, 'stub');
    let files: Map<string, string> | undefined;
    let recorded: PartInputs | undefined;
    const filesOf = () => (files ??= planInputs(plan, this.digests));
    let inputs: PartInputs | undefined;
    const inputsOf = () => (inputs ??= { code, files: filesOf(), heads: entryHeads(plan, filesOf(), stubDigest, recorded) });
    const fingerprintOf = () => inputsFingerprint(filesOf(), code);
    // A part with no finished build to compare with is built whatever its fingerprint: it is taken while the part
    // builds (buildPart), not before every part of a cold build starts (reading the whole corpus: 36 s nationally).
    if (this.options.fresh || !hasStamp(part.dir)) return { ...part, contentDir, plan, indexPart, fingerprintOf, inputsOf, upToDate: false };
    const fingerprint = fingerprintOf();
    const upToDate = isUpToDate(part.dir, fingerprint);
    // A part whose entries alone changed needs the records of its inputs and searchable pages (entry-pages.ts).
    if (!upToDate && (indexPart === 'none' || existsSync(factsFile(part)))) recorded = readInputs(part.dir, readStamp(part.dir));
    const entries = recorded && changedEntries(recorded, { code, files: filesOf() }, (name) => headOf(plan, name, stubDigest), part.name === 'global' ? 'shared' : 'shard');
    return { ...part, contentDir, plan, indexPart, fingerprint, fingerprintOf, inputsOf, entries, upToDate };
  }

  /** Runs one part's `astro build` with the shard configuration (its search part only), then merges it. */
  private buildPart(part: PreparedPart, checked: boolean, alone: boolean): Promise<JobResult> {
    if (this.processes.aborted) return Promise.resolve({ name: part.name, ms: 0, code: 1 });
    if (part.entries) return this.buildEntryPages(part, part.entries, checked, alone);
    const provinces = part.provinces.length || 'all';
    const { args, root, env } = startPartBuild(this.options.repo, part, { checked, alone });
    const built = this.processes.run(part.name, args, { cwd: root, env: { ...env, OUT_DIR: path.join(part.dir, 'dist'), SEARCH_INDEX_PART: part.indexPart, SEARCH_FACTS_FILE: factsFile(part) } }, (code, output, seconds) => {
      if (this.processes.aborted && code !== 0) return log(`${part.name}: stopped`);
      log(`${part.name} (${provinces} provinces): ${code === 0 ? 'ok' : `FAILED (${code})`} in ${seconds} s`);
      if (code !== 0) {
        printFailure(output);
        return this.processes.abort();
      }
      this.finishPart(part);
    });
    // While it builds, from the same files its content folder links.
    part.fingerprint ??= part.fingerprintOf();
    return built;
  }

  /** A finished part: stamped with what it was built from, and merged. */
  private finishPart(part: PreparedPart): void {
    part.fingerprint ??= part.fingerprintOf();
    saveInputs(part.dir, part.inputsOf(), part.fingerprint);
    writeStamp(part.dir, part.fingerprint);
    this.merges.push(this.mergeable.then(() => this.merge(part)));
  }

  /** A part whose stories' bodies or exemplars' descriptions alone changed: their pages built alone (entry-build.ts). */
  private buildEntryPages(part: PreparedPart, entries: ChangedEntries, checked: boolean, alone: boolean): Promise<JobResult> {
    const { repo, work, only } = this.options;
    const buildWhole = () => this.buildPart({ ...part, entries: undefined }, checked, alone);
    return buildEntryPages(part, entries, { repo, work, parts: this.parts, processes: this.processes, log, nationalBeside: alone && !only, checked, alone, buildWhole, finish: () => this.finishPart(part) });
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
}
