import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { prepareOutput, pruneOutput } from '../../src/integrations/keep-output.ts';

/** The output folder kept between builds (src/integrations/keep-output.ts), without Astro: a build is simulated. */
let work = '';
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

function setup(): { out: string; cache: string } {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'bang-vang-keep-output-'));
  return { out: path.join(work, 'dist'), cache: path.join(work, 'cache') };
}

function write(dir: string, name: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  fs.writeFileSync(path.join(dir, name), text);
}

/** Astro's incremental manifest listing the pages it kept or wrote. */
function manifest(cache: string, outputs: string[]): void {
  const paths = Object.fromEntries(outputs.map((o) => [`/${o}`, { cacheKey: 'k', outputFile: o }]));
  write(cache, 'incremental-build.json', JSON.stringify({ routes: { 'src/pages/x.astro': { dependencyHash: 'd', paths } } }));
}

const files = (dir: string) => (fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort());

describe('keep-output', () => {
  it('keeps cached pages and what the build wrote, removes the rest, and empties a folder it cannot trust', async () => {
    const { out, cache } = setup();
    // First build: nothing to keep.
    expect(prepareOutput(out, cache).files.size).toBe(0);
    for (const name of ['a/index.html', 'b/index.html', 'list/index.html', 'list/2/index.html', 'pagefind/x.pf', 'sitemap-0.xml']) write(out, name, name);
    manifest(cache, ['a/index.html', 'b/index.html']);
    expect(pruneOutput(out, cache, new Map())).toBe(0);

    // Second build: a/ is kept by Astro, b/ is no longer a page, list/ is rendered again with one page fewer.
    const before = prepareOutput(out, cache);
    expect(before.emptied).toBeUndefined();
    expect([...before.files.keys()].sort()).toEqual(['a/index.html', 'b/index.html', 'list/2/index.html', 'list/index.html', 'sitemap-0.xml']);
    // The search index is removed before the build: its bundles may be hard links into the cache.
    expect(fs.existsSync(path.join(out, 'pagefind'))).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    write(out, 'list/index.html', 'list, again');
    write(out, 'sitemap-0.xml', 'sitemap, again');
    write(out, 'pagefind/y.pf', 'y');
    manifest(cache, ['a/index.html']);
    expect(pruneOutput(out, cache, before.files)).toBe(2);
    expect(files(out)).toEqual(['a/index.html', 'list/index.html', 'pagefind/y.pf', 'sitemap-0.xml'].map((f) => f.split('/').join(path.sep)));

    // A file changed by anyone but the build: the folder is emptied, as Astro empties it.
    fs.appendFileSync(path.join(out, 'a/index.html'), 'edited by hand');
    const untrusted = prepareOutput(out, cache);
    expect(untrusted.emptied).toBe('not as the last build left it');
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('empties the folder when the last build did not finish', () => {
    const { out, cache } = setup();
    write(out, 'a/index.html', 'a');
    pruneOutput(out, cache, new Map());
    // A build starts (its record is removed) and stops before it finishes.
    prepareOutput(out, cache);
    expect(prepareOutput(out, cache).emptied).toBe('no record of the last build');
  });
});
