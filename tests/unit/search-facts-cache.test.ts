import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { factsWithCache, type CachedFacts } from '../../src/search/facts-cache.ts';

/** The built pages' facts kept between builds (src/search/facts-cache.ts): only pages written again are read. */
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bang-vang-facts-cache-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the search facts cache', () => {
  it('reads a page again only when its file was written again, and forgets pages that are gone', async () => {
    const site = path.join(work, 'dist');
    const cache = path.join(work, 'cache');
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
      fs.writeFileSync(path.join(site, file), text);
    };
    write('a/index.html', 'a');
    write('b/index.html', 'b');
    const asked: string[][] = [];
    const read = async (files: string[]) => {
      asked.push(files);
      return new Map<string, CachedFacts>(files.map((file) => [file, file.startsWith('a') ? { weight: 1, digest: fs.readFileSync(path.join(site, file), 'utf8') } : null]));
    };
    const files = ['a/index.html', 'b/index.html'];
    const first = await factsWithCache(site, files, cache, read);
    expect(first.get('a/index.html')).toEqual({ weight: 1, digest: 'a' });
    expect(first.get('b/index.html')).toBeNull();
    expect(await factsWithCache(site, files, cache, read)).toEqual(first);
    await new Promise((resolve) => setTimeout(resolve, 20));
    write('a/index.html', 'a, again');
    const again = await factsWithCache(site, files, cache, read);
    expect(again.get('a/index.html')).toEqual({ weight: 1, digest: 'a, again' });
    expect(asked).toEqual([files, [], ['a/index.html']]);
    // Another site with the same cache: everything is read.
    fs.cpSync(site, path.join(work, 'other'), { recursive: true });
    await factsWithCache(path.join(work, 'other'), files, cache, read);
    expect(asked.at(-1)).toEqual(files);
  });
});
