import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { buildSearchIndex } from '../../src/search/write-index.ts';
import { filterValue, type BundleManifest } from '../../src/search/bundles.ts';
import { splitDist } from './split-dist.ts';

/**
 * A sharded build indexes in parts: each shard its provinces' regional bundles, then the merged site's national
 * bundle (scripts/build-shards.ts). Run here with real Pagefind on a copy of the split build's pages, cut in two
 * "shards" by province, the parts must give the same bundles and pages as indexing the site in one go.
 */
const built = existsSync(path.join(splitDist, 'pagefind', 'bundles.json'));

function urlsOf(bundle: string): string[] {
  const dir = path.join(bundle, 'fragment');
  return readdirSync(dir).map((f) => (JSON.parse(gunzipSync(readFileSync(path.join(dir, f))).subarray(12).toString('utf8')) as { url: string }).url).sort();
}

describe.skipIf(!built)('indexing a sharded build in parts', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'bv-index-parts-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const whole = JSON.parse(readFileSync(path.join(splitDist, 'pagefind', 'bundles.json'), 'utf8')) as BundleManifest;
  const copyPages = (to: string, keep: (file: string) => boolean) =>
    cpSync(splitDist, to, { recursive: true, filter: (src) => !src.includes(`${path.sep}pagefind`) && (!src.endsWith('.html') || keep(path.relative(splitDist, src))) });

  it('gives the same bundles, with the same pages, as one index of the whole site', async () => {
    // Shards hold whole provinces, as the shard runner's plan does.
    const ofQuangNgai = (file: string) => filterValue(readFileSync(path.join(splitDist, file), 'utf8'), 'tinh') === 'Quảng Ngãi';
    const shardA = path.join(work, 'a');
    const shardB = path.join(work, 'b');
    copyPages(shardA, ofQuangNgai);
    copyPages(shardB, (f) => !ofQuangNgai(f));
    const a = await buildSearchIndex(shardA, 'regional', 1);
    const b = await buildSearchIndex(shardB, 'regional', 1);
    expect(existsSync(path.join(shardA, 'pagefind', 'bundles.json'))).toBe(false);
    expect(a.manifest.bundles.length + b.manifest.bundles.length).toBeGreaterThan(0);

    const merged = path.join(work, 'merged');
    copyPages(merged, () => true);
    for (const shard of [shardA, shardB]) {
      if (existsSync(path.join(shard, 'pagefind', 'vung'))) cpSync(path.join(shard, 'pagefind', 'vung'), path.join(merged, 'pagefind', 'vung'), { recursive: true });
    }
    const national = await buildSearchIndex(merged, 'national', 1);
    const byPath = (m: BundleManifest) => [...m.bundles].sort((x, y) => x.path.localeCompare(y.path));
    expect(byPath(national.manifest)).toEqual(byPath(whole));
    expect(national.manifest.primaryPages).toBe(whole.primaryPages);
    expect(national.manifest.national).toEqual(whole.national);
    expect(JSON.parse(readFileSync(path.join(merged, 'pagefind', 'bundles.json'), 'utf8'))).toEqual(national.manifest);
    for (const bundle of ['', 'ca-nuoc/', ...whole.bundles.map((x) => x.path)]) {
      expect(urlsOf(path.join(merged, 'pagefind', bundle)), bundle || 'national').toEqual(urlsOf(path.join(splitDist, 'pagefind', bundle)));
    }
  }, 120_000);
});
