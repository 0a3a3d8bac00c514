import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv } from './build-env.ts';
import { fileHashes } from './file-hashes.ts';

/**
 * The same content and the same pinned BUILD_DATE give a byte-identical site: two builds into two output
 * folders, each with its own empty cache, are compared file by file (SHA-256). When they differ, the message
 * shows where, so the cause (a timestamp, an order, a random id) can be found.
 */
const SKIP = process.env.SKIP_SLOW_BUILDS === '1';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bang-vang-reproducible-'));
const content = path.join(work, 'content');

function build(name: string): string {
  const outDir = path.join(work, name);
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: buildEnv({ CONTENT_DIR: content, OUT_DIR: outDir, CACHE_DIR: `${outDir}-cache`, BUILD_DATE: '2026-11-22' }),
    timeout: 600_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`astro build failed (${result.status}):\n${(result.stdout + result.stderr).slice(-4000)}`);
  return outDir;
}

/** The first difference between two versions of a file, with some context (gunzipped when gzip). */
function firstDifference(a: string, b: string): string {
  const read = (file: string) => {
    const bytes = fs.readFileSync(file);
    return bytes[0] === 0x1f && bytes[1] === 0x8b ? zlib.gunzipSync(bytes) : bytes;
  };
  const x = read(a);
  const y = read(b);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const show = (buffer: Buffer) => JSON.stringify(buffer.subarray(Math.max(0, i - 40), i + 40).toString('latin1'));
  return `byte ${i}: ${show(x)} ≠ ${show(y)}`;
}

describe.skipIf(SKIP)('reproducible builds', () => {
  // SAFETY_KEEP=1 keeps the builds for a look after a failure.
  afterAll(() => {
    if (process.env.SAFETY_KEEP !== '1') fs.rmSync(work, { recursive: true, force: true });
  });

  it('gives byte-identical output for the same content and build date', () => {
    fs.cpSync(path.resolve('content'), content, { recursive: true });
    const first = build('a');
    const second = build('b');
    const a = fileHashes(first);
    const b = fileHashes(second);
    const differences: string[] = [];
    for (const file of new Set([...a.keys(), ...b.keys()])) {
      if (!a.has(file) || !b.has(file)) differences.push(`${file}: only in ${a.has(file) ? 'the first' : 'the second'} build`);
      else if (a.get(file) !== b.get(file)) differences.push(`${file}: ${firstDifference(path.join(first, file), path.join(second, file))}`);
    }
    expect(differences.sort()).toEqual([]);
    expect(a.size).toBeGreaterThan(10);
  }, 1_200_000);
});
