import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closePagefind, writeBundle, type BundleJob } from '../../src/search/write-bundle.ts';
import { readPrepared, type PreparedCache } from '../../src/search/prepared-cache.ts';
import { fileHashes } from '../dist/file-hashes.ts';

/**
 * The national bundle keeps each page's prepared text by the digest of its HTML (src/search/prepared-cache.ts): a
 * rebuild prepares only the pages that changed, and writes the bundle indexing every page from scratch would write.
 */
describe('the prepared texts of the national bundle, kept between builds', () => {
  const site = mkdtempSync(path.join(os.tmpdir(), 'bv-prepared-'));
  afterAll(async () => {
    await closePagefind();
    rmSync(site, { recursive: true, force: true });
  });
  const unitPage = (name: string, extra = '') => `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${name}</title></head><body><main data-pagefind-body><h1>${name}</h1><p>Phong trào thi đua yêu nước ở ${name}.${extra}</p><table data-pagefind-ignore><tr><td>Đoàn Thị Đào</td></tr></table></main></body></html>`;
  const files = ['don-vi/a/index.html', 'don-vi/b/index.html', 'bai-viet/c/index.html'];
  const write = (file: string, html: string) => {
    mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    writeFileSync(path.join(site, file), html);
  };
  const job = (out: string, prepared?: PreparedCache): BundleJob => ({ site, files, outputPath: path.join(site, 'out', out), regional: true, national: true, prepared });
  const cache = (digests: string[], key = 'code 1'): PreparedCache => ({ file: path.join(site, 'cache', 'ca-nuoc.json'), key, digests });

  it('keeps a text per page, and writes the same bundle as indexing every page anew', async () => {
    write(files[0], unitPage('Xã Đức Phổ'));
    write(files[1], unitPage('Phường Sa Đéc'));
    write(files[2], unitPage('Đường làng mới'));
    await writeBundle(job('plain'));
    await writeBundle(job('kept-1', cache(['d1', 'd2', 'd3'])));
    expect([...(await readPrepared(cache(['d1', 'd2', 'd3']))).keys()].sort()).toEqual(['d1', 'd2', 'd3']);
    expect(fileHashes(path.join(site, 'out', 'kept-1'))).toEqual(fileHashes(path.join(site, 'out', 'plain')));
  }, 60_000);

  it('reads again only a page whose digest changed', async () => {
    // The first two pages change on disk under their old digests: their kept texts are used, not the files.
    write(files[0], unitPage('Xã Đức Phổ', ' Văn bản mới.'));
    write(files[1], unitPage('Phường Sa Đéc', ' Văn bản mới.'));
    write(files[2], unitPage('Đường làng mới', ' Một đoạn văn được thêm vào bài viết.'));
    await writeBundle(job('kept-2', cache(['d1', 'd2', 'd3-edited'])));
    write(files[0], unitPage('Xã Đức Phổ'));
    write(files[1], unitPage('Phường Sa Đéc'));
    await writeBundle(job('plain-2'));
    expect(fileHashes(path.join(site, 'out', 'kept-2'))).toEqual(fileHashes(path.join(site, 'out', 'plain-2')));
    expect(fileHashes(path.join(site, 'out', 'kept-2'))).not.toEqual(fileHashes(path.join(site, 'out', 'plain')));
    // Only this build's pages are kept.
    expect([...(await readPrepared(cache([]))).keys()].sort()).toEqual(['d1', 'd2', 'd3-edited']);
  }, 60_000);

  it('uses no kept text made by other indexing code', async () => {
    expect((await readPrepared(cache([], 'code 2'))).size).toBe(0);
    writeFileSync(path.join(site, 'cache', 'ca-nuoc.json'), '{"key": "code 1", "pages": {');
    expect((await readPrepared(cache([]))).size).toBe(0);
  });
});
