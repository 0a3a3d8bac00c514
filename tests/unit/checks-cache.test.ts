import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runContentCheck } from '../../src/checks/index.ts';

/**
 * The content check's cache (src/checks/check-cache.ts): a file whose bytes have not changed is not checked again, its
 * findings are replayed. Every mistake of the catalogue is found the same with the cache as without it — when the
 * mistake is the one file that changed since the cached run, and when every file comes from the cache — so the
 * checks that need every file (ids, duplicates, references, indicator series, sources' personal data) still see
 * every file.
 */
const fixtures = path.resolve('tests/fixtures/bad-content');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bang-vang-check-cache-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const cases = fs.readdirSync(fixtures).filter((name) => name !== 'valid').sort();
const check = (dir: string, cacheDir?: string) => runContentCheck({ dir, buildDate: '2025-01-01', cacheDir });

describe('the content check cache', () => {
  it.each(cases)('finds the same problems with a cache as without: %s', (name) => {
    const dir = path.join(work, name);
    const cache = path.join(work, `${name}-cache`);
    fs.cpSync(path.join(fixtures, 'valid'), dir, { recursive: true });
    // A run of the valid content fills the cache; then the case's files are laid over it.
    expect(check(dir, cache).problems).toEqual([]);
    fs.cpSync(path.join(fixtures, name), dir, { recursive: true });
    const uncached = check(dir);
    expect(uncached.problems.length).toBeGreaterThan(0);
    const changed = check(dir, cache);
    expect(changed.problems).toEqual(uncached.problems);
    expect(changed.reused).toBeGreaterThan(0);
    const unchanged = check(dir, cache);
    expect(unchanged.problems).toEqual(uncached.problems);
    expect(unchanged.reused).toBeGreaterThan(changed.reused);
  });

  it('checks a story again when its cover image disappears, and drops the cache for another build date', () => {
    const dir = path.join(work, 'cover');
    const cache = path.join(work, 'cover-cache');
    fs.cpSync(path.join(fixtures, 'valid'), dir, { recursive: true });
    const first = check(dir, cache);
    expect(first.reused).toBe(0);
    const again = check(dir, cache);
    expect(again.problems).toEqual([]);
    // Every file read but indicators.yaml (always read: every value is checked against it).
    expect(again.reused).toBe(again.files - 1);
    fs.rmSync(path.join(dir, 'stories', 'gung-se.png'));
    const missing = check(dir, cache);
    expect(missing.problems.map((p) => `${p.rule} ${p.file}`)).toContain('image/missing stories/gung-se-son-long.mdx');
    expect(missing.reused).toBe(again.reused - 1);
    expect(runContentCheck({ dir, buildDate: '2025-06-01', cacheDir: cache }).reused).toBe(0);
  });

  it('does not read a file whose identity on disk is as recorded, and reads one written again', () => {
    const dir = path.join(work, 'identity');
    const cache = path.join(work, 'identity-cache');
    fs.cpSync(path.join(fixtures, 'valid'), dir, { recursive: true });
    // Files written an hour before the cache: their identity can be trusted (a file written in the same instant as
    // the cache is always read again, as git does).
    const hourAgo = new Date(Date.now() - 3_600_000);
    const files = (fs.readdirSync(dir, { recursive: true }) as string[]).map((f) => path.join(dir, f)).filter((f) => fs.statSync(f).isFile());
    for (const file of files) fs.utimesSync(file, hourAgo, hourAgo);
    expect(check(dir, cache).problems).toEqual([]);
    const read = vi.spyOn(fs, 'readFileSync');
    const readInDir = () => read.mock.calls.map(([f]) => String(f)).filter((f) => f.startsWith(`${dir}${path.sep}`)).map((f) => path.relative(dir, f));
    try {
      const again = check(dir, cache);
      expect(again.problems).toEqual([]);
      expect(again.reused).toBe(again.files - 1);
      expect(readInDir()).toEqual(['indicators.yaml']);
      // A link made to a file changes its change time, not its identity: still not read.
      const unit = files.find((f) => f.includes(`${path.sep}units${path.sep}`))!;
      fs.linkSync(unit, path.join(work, 'identity-link.yaml'));
      read.mockClear();
      expect(check(dir, cache).reused).toBe(again.reused);
      expect(readInDir()).toEqual(['indicators.yaml']);
      // The same number of bytes, another letter, written half an hour before the cache: its time tells.
      const text = fs.readFileSync(unit, 'utf8');
      expect(text).toMatch(/^name: .*n/m);
      fs.writeFileSync(unit, text.replace(/^(name: [^\n]*?)n/m, '$1m'));
      const halfHourAgo = new Date(Date.now() - 1_800_000);
      fs.utimesSync(unit, halfHourAgo, halfHourAgo);
      read.mockClear();
      const edited = check(dir, cache);
      expect(readInDir()).toContain(path.relative(dir, unit));
      expect(edited.reused).toBe(again.reused - 1);
    } finally {
      read.mockRestore();
    }
  });
});
