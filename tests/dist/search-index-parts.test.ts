import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { buildSearchIndex, readFactsFile } from '../../src/search/write-index.ts';
import { filterValue, type BundleManifest } from '../../src/search/bundles.ts';
import { splitDist } from './split-dist.ts';
import { fileHashes } from './file-hashes.ts';
import { requireBuiltSite } from './site-html.ts';

/**
 * A sharded build indexes in parts: each shard its provinces' regional bundles, then the merged site's national
 * bundle (tools/shards/cli.ts). Run here with real Pagefind on a copy of the split build's pages, cut in two
 * "shards" by province, the parts must give the same bundles and pages as indexing the site in one go.
 */
requireBuiltSite(splitDist, 'pagefind/bundles.json');

function urlsOf(bundle: string): string[] {
  const dir = path.join(bundle, 'fragment');
  return readdirSync(dir).map((f) => (JSON.parse(gunzipSync(readFileSync(path.join(dir, f))).subarray(12).toString('utf8')) as { url: string }).url).sort();
}

/** A bundle's entry file: its page count and the hashes of its index chunks, which change with any page or order. */
function pagefindEntry(bundle: string): unknown {
  return JSON.parse(readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8'));
}

describe('indexing a sharded build in parts', () => {
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
    const a = await buildSearchIndex(shardA, 'regional', 1, { factsOut: path.join(work, 'a.json') });
    const b = await buildSearchIndex(shardB, 'regional', 1, { factsOut: path.join(work, 'b.json') });
    expect(existsSync(path.join(shardA, 'pagefind', 'bundles.json'))).toBe(false);
    expect(a.manifest.bundles.length + b.manifest.bundles.length).toBeGreaterThan(0);

    const merged = path.join(work, 'merged');
    copyPages(merged, () => true);
    for (const shard of [shardA, shardB]) {
      if (existsSync(path.join(shard, 'pagefind', 'vung'))) cpSync(path.join(shard, 'pagefind', 'vung'), path.join(merged, 'pagefind', 'vung'), { recursive: true });
    }
    // As the shard runner does: the national run places pages by what the parts recorded, not by reading the site.
    const facts = [...(await readFactsFile(path.join(work, 'b.json'))), ...(await readFactsFile(path.join(work, 'a.json')))];
    const national = await buildSearchIndex(merged, 'national', 1, { facts });
    const byPath = (m: BundleManifest) => [...m.bundles].sort((x, y) => x.path.localeCompare(y.path));
    expect(byPath(national.manifest)).toEqual(byPath(whole));
    expect(national.manifest.primaryPages).toBe(whole.primaryPages);
    expect(national.manifest.national).toEqual(whole.national);
    expect(JSON.parse(readFileSync(path.join(merged, 'pagefind', 'bundles.json'), 'utf8'))).toEqual(national.manifest);
    for (const bundle of ['', 'ca-nuoc/', ...whole.bundles.map((x) => x.path)]) {
      expect(urlsOf(path.join(merged, 'pagefind', bundle)), bundle || 'national').toEqual(urlsOf(path.join(splitDist, 'pagefind', bundle)));
    }
    // Same pages in the same order: the national bundle's index files are the whole build's, byte for byte.
    expect(pagefindEntry(path.join(merged, 'pagefind', 'ca-nuoc'))).toEqual(pagefindEntry(path.join(splitDist, 'pagefind', 'ca-nuoc')));
  }, 120_000);

  it('writes the same bytes with one Pagefind process as with several side by side', async () => {
    const indexWith = async (indexers: string) => {
      const site = path.join(work, `indexers-${indexers}`);
      copyPages(site, () => true);
      const before = process.env.SEARCH_INDEXERS;
      process.env.SEARCH_INDEXERS = indexers;
      try {
        await buildSearchIndex(site, 'whole', 1);
      } finally {
        if (before === undefined) delete process.env.SEARCH_INDEXERS;
        else process.env.SEARCH_INDEXERS = before;
      }
      return [...fileHashes(path.join(site, 'pagefind'))].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    };
    const one = await indexWith('1');
    expect(one.length).toBeGreaterThan(whole.bundles.length);
    expect(await indexWith('3')).toEqual(one);
  }, 120_000);

  it('records the searchable pages of a part, and indexes nothing for the shared part', async () => {
    const shared = path.join(work, 'shared');
    copyPages(shared, () => true);
    const recorded = path.join(work, 'shared.json');
    const result = await buildSearchIndex(shared, 'facts', 1, { factsOut: recorded });
    expect(existsSync(path.join(shared, 'pagefind'))).toBe(false);
    const facts = await readFactsFile(recorded);
    expect(facts.length).toBe(result.pages);
    const indexedUrls = new Set(['', 'ca-nuoc/', ...whole.bundles.map((x) => x.path)].flatMap((bundle) => urlsOf(path.join(splitDist, 'pagefind', bundle))));
    expect(new Set(facts.map((f) => `/${f.file.replace(/index\.html$/, '')}`))).toEqual(indexedUrls);
    expect(facts.find((f) => f.kind === 'Văn bản')?.province).toBeTruthy();
  }, 120_000);
});
