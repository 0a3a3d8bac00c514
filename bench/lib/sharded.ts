import fs from 'node:fs';
import path from 'node:path';
import { runMeasured } from './process-tree.ts';

/** A measured run of the shard runner. */
export interface ShardedMeasure {
  ok: boolean;
  ms: number;
  peakRssBytes: number;
  peakProcessRssBytes: number;
  /** Parts built, and parts whose earlier output was reused because their inputs had not changed. */
  built: string[];
  reused: string[];
  /** The runner's own lines, with the milliseconds since it started. */
  log: Array<{ atMs: number; text: string }>;
}

export interface ShardedOptions {
  repo: string;
  content: string;
  out: string;
  /** The runner's work folder; parts found there with unchanged inputs are reused unless `fresh`. */
  work: string;
  compileCache: string;
  shards: number;
  parallel: number;
  fresh: boolean;
  echo?: boolean;
  /** More options for the runner, e.g. ["--no-search"]. */
  extraArgs?: string[];
}

/** Runs `tools/shards/cli.ts` under the benchmark's Node and measures it like a single build. */
export async function measureShardedBuild(options: ShardedOptions): Promise<ShardedMeasure> {
  if (options.fresh) for (const dir of [options.work, options.compileCache]) fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(options.compileCache, { recursive: true });
  const args = [
    path.join(options.repo, 'tools/shards/cli.ts'), '--content', options.content, '--out', options.out, '--work', options.work,
    '--shards', String(options.shards), '--parallel', String(options.parallel), ...(options.extraArgs ?? []),
  ];
  const run = await runMeasured(process.execPath, args, {
    cwd: options.repo,
    env: { ...process.env, NODE_COMPILE_CACHE: options.compileCache, BUILD_DATE: process.env.BUILD_DATE ?? '2026-01-01', FORCE_COLOR: '0' },
    echo: (line) => { if (options.echo && line.startsWith('[shards]')) process.stderr.write(`    ${line}\n`); },
  });
  const log = run.lines.filter((l) => l.text.startsWith('[shards]')).map((l) => ({ atMs: Math.round(l.ms), text: l.text }));
  // The runner prints one line per part: "[shards] shard-2 (9 provinces): ok in 15.4 s" or "…: unchanged, output reused".
  const partOf = (outcome: RegExp) => log.flatMap((l) => {
    const part = /^\[shards\] (\S+) \(/.exec(l.text)?.[1];
    return part && outcome.test(l.text) ? [part] : [];
  });
  return {
    ok: run.code === 0, ms: run.ms, peakRssBytes: run.peakRssBytes, peakProcessRssBytes: run.peakProcessRssBytes,
    built: partOf(/: ok in /), reused: partOf(/unchanged, output reused/), log,
  };
}
