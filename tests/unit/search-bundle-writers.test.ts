import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BundleWriters, indexerCount } from '../../src/search/bundle-writers.ts';

describe('BundleWriters (one Pagefind process per thread)', () => {
  const site = mkdtempSync(path.join(os.tmpdir(), 'bv-writers-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  const page = (title: string) => `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>Phong trào thi đua yêu nước ở ${title}.</p></main></body></html>`;

  it('indexes bundles side by side and says which page Pagefind could not read', async () => {
    for (const name of ['a', 'b', 'c']) {
      mkdirSync(path.join(site, name), { recursive: true });
      writeFileSync(path.join(site, name, 'index.html'), page(`Xã Đức ${name.toUpperCase()}`));
    }
    const writers = new BundleWriters(2);
    try {
      await Promise.all(['a', 'b', 'c'].map((name) => writers.write({ site, files: [`${name}/index.html`], outputPath: path.join(site, 'pagefind', name), regional: name !== 'a', national: false })));
      for (const name of ['a', 'b', 'c']) expect(readdirSync(path.join(site, 'pagefind', name))).toContain('pagefind-entry.json');
      // The primary bundle keeps Pagefind's code; a regional one loads it from there.
      expect(readdirSync(path.join(site, 'pagefind', 'a')).some((f) => f.startsWith('pagefind') && f.endsWith('.js'))).toBe(true);
      expect(readdirSync(path.join(site, 'pagefind', 'b')).some((f) => f.startsWith('pagefind') && f.endsWith('.js'))).toBe(false);
      await expect(writers.write({ site, files: ['khong-co/index.html'], outputPath: path.join(site, 'pagefind', 'x'), regional: true, national: false })).rejects.toThrow(/khong-co/);
      expect(existsSync(path.join(site, 'pagefind', 'x'))).toBe(false);
    } finally {
      await writers.close();
    }
  }, 60_000);

  it('takes SEARCH_INDEXERS, else one process per core', () => {
    const before = process.env.SEARCH_INDEXERS;
    try {
      delete process.env.SEARCH_INDEXERS;
      expect(indexerCount(2)).toBe(2);
      expect(indexerCount(1)).toBe(1);
      process.env.SEARCH_INDEXERS = '3';
      expect(indexerCount(2)).toBe(3);
      process.env.SEARCH_INDEXERS = 'hai';
      expect(() => indexerCount(2)).toThrow('SEARCH_INDEXERS="hai": cần một số nguyên ≥ 1 (expected a whole number ≥ 1)');
    } finally {
      if (before === undefined) delete process.env.SEARCH_INDEXERS;
      else process.env.SEARCH_INDEXERS = before;
    }
  });
});
