import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleKey, keepBundle, pageDigest, restoreBundle } from '../../src/search/bundle-cache.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-cache-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const pages = [
  { file: 'van-ban/quang-ngai/a/index.html', digest: pageDigest('<main>Báo cáo thi đua năm 2024</main>') },
  { file: 'dien-hinh/ba-nguyen-thi-lan/index.html', digest: pageDigest('<main>Bà Nguyễn Thị Lan</main>') },
];

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
}

function read(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out[path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')] = fs.readFileSync(path.join(e.parentPath, e.name), 'utf8');
  }
  return out;
}

describe('the key of a search bundle', () => {
  it('follows every page, their order, the bundle and its kind', () => {
    const key = bundleKey('vung/quang-ngai/', 'whole:regional', pages)!;
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(bundleKey('vung/quang-ngai/', 'whole:regional', pages)).toBe(key);
    expect(bundleKey('vung/quang-ngai/', 'whole:regional', [...pages].reverse())).not.toBe(key);
    expect(bundleKey('vung/quang-ngai/', 'whole:regional', [pages[0], { ...pages[1], digest: pageDigest('<main>Bà Nguyễn Thị Lân</main>') }])).not.toBe(key);
    expect(bundleKey('vung/thai-nguyen/', 'whole:regional', pages)).not.toBe(key);
    expect(bundleKey('vung/quang-ngai/', 'regional:regional', pages)).not.toBe(key);
  });

  it('reads a page digest that follows its bytes', () => {
    expect(pageDigest('<main>thi đua</main>')).toMatch(/^[0-9a-f]{40}$/);
    expect(pageDigest('<main>thi đua</main>')).not.toBe(pageDigest('<main>thi dua</main>'));
  });

  it('is unknown when a page has no digest, so the bundle is indexed', () => {
    expect(bundleKey('', 'whole:primary', [pages[0], { file: 'index.html' }])).toBeUndefined();
  });
});

describe('keeping and restoring a bundle', () => {
  it('copies a kept bundle back only for the same key, without the bundles nested in it', async () => {
    const cache = path.join(work, 'cache');
    const site = path.join(work, 'site', 'pagefind');
    write(site, { 'pagefind.js': 'code', 'fragment/vi_1.pf_fragment': 'Đoàn', 'vung/quang-ngai/index/vi_2.pf_index': 'other bundle' });
    await keepBundle(cache, '', 'key-1', site, ['vung']);

    const next = path.join(work, 'next', 'pagefind');
    expect(await restoreBundle(cache, '', 'key-2', next)).toBe(false);
    expect(fs.existsSync(next)).toBe(false);
    expect(await restoreBundle(cache, '', 'key-1', next)).toBe(true);
    expect(read(next)).toEqual({ 'pagefind.js': 'code', 'fragment/vi_1.pf_fragment': 'Đoàn' });
  });

  it('does not reuse a bundle whose keeping was cut short (no key written)', async () => {
    const cache = path.join(work, 'cache-cut');
    const site = path.join(work, 'site-cut');
    write(site, { 'pagefind.js': 'code' });
    await keepBundle(cache, 'vung/dong-thap/', 'key', site, []);
    fs.rmSync(path.join(cache, 'search-bundles', 'vung/dong-thap/', 'key.txt'));
    expect(await restoreBundle(cache, 'vung/dong-thap/', 'key', path.join(work, 'restored-cut'))).toBe(false);
  });

  it('keeps a new version of a bundle in place of the old one', async () => {
    const cache = path.join(work, 'cache-new');
    const site = path.join(work, 'site-new');
    write(site, { 'a.pf_index': 'old' });
    await keepBundle(cache, 'ca-nuoc/', 'old', site, []);
    fs.rmSync(site, { recursive: true });
    write(site, { 'b.pf_index': 'new' });
    await keepBundle(cache, 'ca-nuoc/', 'new', site, []);
    const out = path.join(work, 'restored-new');
    expect(await restoreBundle(cache, 'ca-nuoc/', 'new', out)).toBe(true);
    expect(read(out)).toEqual({ 'b.pf_index': 'new' });
  });
});

describe('restoring a kept bundle into a kept site', () => {
  it('leaves the files that already are the kept ones, and replaces the others without touching the kept copy', async () => {
    const cache = path.join(work, 'restore-cache');
    const site = path.join(work, 'restore-site', 'pagefind', 'ca-nuoc');
    write(site, { 'pagefind-entry.json': '{"version":"1.6"}', 'index/ca-nuoc_1.pf_index': 'chỉ mục' });
    const key = bundleKey('ca-nuoc', 'national:national', pages)!;
    await keepBundle(cache, 'ca-nuoc', key, site, []);
    const inode = (name: string) => fs.statSync(path.join(site, name)).ino;
    const before = { entry: inode('pagefind-entry.json'), index: inode('index/ca-nuoc_1.pf_index') };
    // One file of the site was written over by something else since: it gets the kept bytes back.
    fs.rmSync(path.join(site, 'pagefind-entry.json'));
    fs.writeFileSync(path.join(site, 'pagefind-entry.json'), 'khác');
    expect(await restoreBundle(cache, 'ca-nuoc', key, site)).toBe(true);
    expect(read(site)).toEqual({ 'pagefind-entry.json': '{"version":"1.6"}', 'index/ca-nuoc_1.pf_index': 'chỉ mục' });
    expect(inode('index/ca-nuoc_1.pf_index')).toBe(before.index);
    expect(inode('pagefind-entry.json')).toBe(before.entry);
    // The kept copy was not written through the site's file.
    const again = path.join(work, 'restore-again');
    expect(await restoreBundle(cache, 'ca-nuoc', key, again)).toBe(true);
    expect(read(again)['pagefind-entry.json']).toBe('{"version":"1.6"}');
  });
});
