import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tree } from './file-tree.ts';
import { mergeOutputs } from '../../tools/shards/merge.ts';
import { mergeChanged, partFiles, recordedFiles, saveMergeRecord, takeMergeRecord, type MergedPart } from '../../tools/shards/merge-state.ts';
import { fileHashes } from '../dist/file-hashes.ts';

/**
 * A kept merged site (tools/shards/merge-state.ts): after parts are built again, placing only their files gives the
 * site a merge of every part from nothing gives — pages added, changed and removed, a shard's page over the shared
 * part's, a page the shard no longer builds falling back to the shared part's — and a site changed since is not kept.
 */
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bang-vang-merge-state-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const global = path.join(work, 'global');
const shards = [path.join(work, 'shard-0'), path.join(work, 'shard-1')];
const parts = (fingerprints: string[], record?: Parameters<typeof recordedFiles>[0]): MergedPart[] =>
  [global, ...shards].map((dist, i) => {
    const name = i === 0 ? 'global' : `shard-${i - 1}`;
    const files = (record && recordedFiles(record, name, fingerprints[i])) || partFiles(dist, i === 0);
    return { name, dist, fingerprint: fingerprints[i], files };
  });

describe('a kept merged site', () => {
  it('places only the files of the parts built again and gives the site of a merge from nothing', async () => {
    const out = path.join(work, 'out');
    tree(global, { 'index.html': 'home', 'dien-hinh/index.html': 'roll', 'van-ban/a/b/index.html': 'stub a', 'van-ban/x/y/index.html': 'stub x', '_astro/s.css': 'css' });
    tree(shards[0], { 'van-ban/a/b/index.html': 'doc a', 'van-ban/a/c/index.html': 'doc c', '_astro/s.css': 'css', 'pagefind/vung/a/f.pf': 'a1', 'index.html': 'shard home' });
    tree(shards[1], { 'van-ban/x/y/index.html': 'doc x', 'pagefind/vung/x/f.pf': 'x1' });
    mergeOutputs(out, global, shards.map((dist) => ({ dist })));
    // What the runner writes itself once the parts are merged: the sitemap and the primary and national bundles.
    tree(path.join(out, 'pagefind'), { 'pagefind.js': 'code', 'ca-nuoc/pagefind-entry.json': '{}', 'vung/a/f.pf': 'a1', 'vung/x/f.pf': 'x1' });
    fs.writeFileSync(path.join(out, 'sitemap-0.xml'), '<urlset/>');
    saveMergeRecord(work, out, parts(['g1', 's1', 't1']));

    // shard-0 is built again: one page changed, one page gone (the shared part's stub shows again), one new, its bundle.
    tree(shards[0], { 'van-ban/a/b/index.html': 'doc a, edited', 'van-ban/a/d/index.html': 'doc d', '_astro/s.css': 'css', 'pagefind/vung/a/g.pf': 'a2' });
    tree(global, { 'index.html': 'home', 'dien-hinh/index.html': 'roll', 'van-ban/a/b/index.html': 'stub a', 'van-ban/a/c/index.html': 'stub c', 'van-ban/x/y/index.html': 'stub x', '_astro/s.css': 'css' });
    const record = await takeMergeRecord(work, out);
    expect(record).toBeDefined();
    expect(await takeMergeRecord(work, out)).toBeUndefined();
    const placed = mergeChanged(out, record!, parts(['g2', 's2', 't1'], record));
    expect(placed).toBeGreaterThan(0);
    expect(placed).toBeLessThan(12);

    const fresh = path.join(work, 'fresh');
    mergeOutputs(fresh, global, shards.map((dist) => ({ dist })));
    for (const runnerFile of ['pagefind/pagefind.js', 'pagefind/ca-nuoc/pagefind-entry.json', 'sitemap-0.xml']) fs.rmSync(path.join(out, runnerFile));
    expect([...fileHashes(out)]).toEqual([...fileHashes(fresh)]);
    expect(fs.readFileSync(path.join(out, 'van-ban/a/c/index.html'), 'utf8')).toBe('stub c');

    // The shared part built again with one file written aside and renamed (its entries' pages alone): that file alone
    // is placed, its other files are already the site's.
    saveMergeRecord(work, out, parts(['g2', 's2', 't1'], record));
    const kept = await takeMergeRecord(work, out);
    fs.writeFileSync(path.join(global, 'dien-hinh/index.html.tmp'), 'roll, edited');
    fs.renameSync(path.join(global, 'dien-hinh/index.html.tmp'), path.join(global, 'dien-hinh/index.html'));
    expect(mergeChanged(out, kept!, parts(['g3', 's2', 't1'], kept))).toBe(1);
    expect(fs.readFileSync(path.join(out, 'dien-hinh/index.html'), 'utf8')).toBe('roll, edited');
  });

  it('is not kept when a file of the site was added or removed since', async () => {
    const out = path.join(work, 'out-2');
    tree(out, { 'index.html': 'home', 'van-ban/a/index.html': 'doc a' });
    const home: MergedPart = { name: 'global', dist: global, fingerprint: 'g', files: ['index.html', 'van-ban/a/index.html'] };
    saveMergeRecord(work, out, [home]);
    expect(await takeMergeRecord(work, out)).toBeDefined();
    saveMergeRecord(work, out, [home]);
    fs.writeFileSync(path.join(out, 'extra.html'), 'added by hand');
    expect(await takeMergeRecord(work, out)).toBeUndefined();
    fs.rmSync(path.join(out, 'extra.html'));
    saveMergeRecord(work, out, [home]);
    fs.rmSync(path.join(out, 'van-ban/a/index.html'));
    expect(await takeMergeRecord(work, out)).toBeUndefined();
    saveMergeRecord(work, out, [home]);
    expect(await takeMergeRecord(work, path.join(work, 'elsewhere'))).toBeUndefined();
  });

  it('is not kept when a part gave the site other files than it recorded', async () => {
    const out = path.join(work, 'out-3');
    tree(out, { 'index.html': 'home' });
    saveMergeRecord(work, out, [{ name: 'global', dist: global, fingerprint: 'g', files: ['index.html', 'lost.html'] }]);
    expect(await takeMergeRecord(work, out)).toBeUndefined();
  });
});
