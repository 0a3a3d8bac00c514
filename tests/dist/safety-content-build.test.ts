import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv } from './build-env.ts';

/**
 * The content check runs inside `astro build` (src/integrations/content-check.ts): content with a phone number
 * does not build, and the output says which file and line. The check runs before any page is rendered,
 * so this build stops within seconds.
 */
const fixtures = path.resolve('tests/fixtures/bad-content');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bang-vang-content-build-'));

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('astro build with bad content', () => {
  it('does not build a page with a phone number, and names the file and line', () => {
    const content = path.join(work, 'content');
    fs.cpSync(path.join(fixtures, 'valid'), content, { recursive: true });
    fs.cpSync(path.join(fixtures, 'privacy'), content, { recursive: true });
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      encoding: 'utf8',
      env: buildEnv({ CONTENT_DIR: content, OUT_DIR: path.join(work, 'dist'), CACHE_DIR: path.join(work, 'cache'), BUILD_DATE: '2025-01-01' }),
      timeout: 120_000,
    });
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toContain('2024-thong-bao-5.mdx');
    expect(output).toContain('dòng 12 (line 12)');
    expect(output).toContain('"0983 456 789"');
    expect(output).toContain('content check failed');
    expect(fs.existsSync(path.join(work, 'dist', 'index.html'))).toBe(false);
  }, 120_000);
});
