import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** Runs `node tools/check/cli.ts` the way `npm run check` does, on a copy of fixture folders. */
const fixtures = path.resolve('tests/fixtures/bad-content');
const temporary: string[] = [];

function contentWith(caseName?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bang-vang-cli-'));
  temporary.push(dir);
  fs.cpSync(path.join(fixtures, 'valid'), dir, { recursive: true });
  if (caseName) fs.cpSync(path.join(fixtures, caseName), dir, { recursive: true });
  return dir;
}

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['tools/check/cli.ts', ...args], { encoding: 'utf8', env: { ...process.env, BUILD_DATE: '2025-01-01' } });
  return { status: result.status, output: result.stdout + result.stderr };
}

afterAll(() => {
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm run check (tools/check/cli.ts)', () => {
  it('exits 0 on valid content', () => {
    expect(run(contentWith()).status).toBe(0);
  });

  it('exits 1 on a phone number and names the file, the line and the reason', () => {
    const { status, output } = run(contentWith('privacy'));
    expect(status).toBe(1);
    expect(output).toContain('documents/quang-ngai/son-long-son-tay/2024-thong-bao-5.mdx');
    expect(output).toContain('dòng 12 (line 12)');
    expect(output).toContain('số điện thoại (a phone number): "0983 456 789"');
  });

  it('exits 0 on warnings only, and --fix rewrites non-NFC files to NFC', () => {
    const dir = contentWith('not-nfc');
    expect(run(dir).status).toBe(0);
    const file = path.join(dir, 'movements/nong-thon-moi.yaml');
    expect(fs.readFileSync(file, 'utf8').normalize('NFC')).not.toBe(fs.readFileSync(file, 'utf8'));
    const fixed = run(dir, '--fix');
    expect(fixed.output).toContain('movements/nong-thon-moi.yaml');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toBe(text.normalize('NFC'));
    expect(run(dir).output).not.toContain('text/not-nfc');
  });
});
