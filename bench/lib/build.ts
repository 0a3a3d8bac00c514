import fs from 'node:fs';
import path from 'node:path';
import { pagesBuilt, peakByPhase, phasesFromLog, type Phases } from './phases.ts';
import { runMeasured, type RunResult } from './process-tree.ts';

/** A measured `astro build`. */
export interface BuildMeasure {
  ok: boolean;
  ms: number;
  peakRssBytes: number;
  peakProcessRssBytes: number;
  pages?: number;
  phases: Phases;
  /** Peak memory of the process tree within each phase, in bytes. */
  peakRssByPhase: Phases;
  /** The last lines of output when the build failed. */
  errorTail?: string[];
}

export interface BuildOptions {
  repo: string;
  /** Project root (the repository for the site, bench/floor for the floor). */
  root: string;
  content: string;
  out: string;
  cache: string;
  /** Node's compile cache folder; a fresh one makes the build cold like a CI run. */
  compileCache: string;
  /** Start from empty caches and output. */
  cold: boolean;
  verbose?: boolean;
  /** Extra Node options, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" or "--max-old-space-size=6144". */
  nodeOptions?: string[];
  /** Extra environment. */
  env?: NodeJS.ProcessEnv;
}

/**
 * Runs `astro build` under the same Node as the benchmark (Node 24), with its own content, output and cache
 * folders, and measures time, memory and phases.
 */
export async function measureBuild(options: BuildOptions): Promise<BuildMeasure & { run: RunResult }> {
  if (options.cold) for (const dir of [options.out, options.cache, options.compileCache]) fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(options.compileCache, { recursive: true });
  const astro = path.join(options.repo, 'node_modules/astro/bin/astro.mjs');
  const args = [...(options.nodeOptions ?? []), astro, 'build', ...(options.root === options.repo ? [] : ['--root', options.root])];
  const run = await runMeasured(process.execPath, args, {
    cwd: options.repo,
    env: {
      ...process.env,
      CONTENT_DIR: options.content, OUT_DIR: options.out, CACHE_DIR: options.cache,
      NODE_COMPILE_CACHE: options.compileCache, ASTRO_TELEMETRY_DISABLED: '1', BUILD_DATE: process.env.BUILD_DATE ?? '2026-01-01',
      FORCE_COLOR: '0', ...options.env,
    },
    echo: options.verbose ? (line) => process.stderr.write(`    ${line}\n`) : undefined,
  });
  const ok = run.code === 0;
  return {
    ok, ms: run.ms, peakRssBytes: run.peakRssBytes, peakProcessRssBytes: run.peakProcessRssBytes, pages: pagesBuilt(run.lines),
    phases: phasesFromLog(run.lines, run.ms), peakRssByPhase: peakByPhase(run.lines, run.ms, run.samples), run,
    ...(ok ? {} : { errorTail: run.lines.slice(-30).map((l) => l.text) }),
  };
}
