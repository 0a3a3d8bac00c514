import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tree } from './file-tree.ts';
import { changedStoryBodies, placeStoryPages, readInputs, saveInputs, withStoryFacts, type PartInputs } from '../../tools/shards/story-pages.ts';

/**
 * A shard rebuilt for its stories' bodies alone (tools/shards/story-pages.ts): taken only when nothing but the bodies
 * of stories changed, and its pages placed without touching the files the merged site links. The whole path, built
 * and compared byte for byte with a site built from nothing, is in tests/dist/shards-separate-machines.test.ts.
 */
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bang-vang-story-pages-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const story = 'stories/dan-van-kheo-ra-manh-son-long.mdx';
const inputs = (files: Record<string, string>, frontmatter: Record<string, string>, code = 'code'): PartInputs => ({
  code,
  files: new Map(Object.entries(files)),
  frontmatter: new Map(Object.entries(frontmatter)),
});
const before = inputs(
  { 'documents/quang-ngai/a.md': 'file\0d1', [story]: 'file\0s1', 'stories/khac.md': 'file\0k1', 'movements/m.yaml': 'text\0m1', 'stories/anh/bia.jpg': 'file\0i1' },
  { [story]: 'h1', 'stories/khac.md': 'hk' },
);
const edited = (change: Record<string, string>, heads: Record<string, string> = {}, code = 'code') =>
  inputs({ ...Object.fromEntries(before.files), ...change }, { ...Object.fromEntries(before.frontmatter), ...heads }, code);

describe("a shard's stories rebuilt alone", () => {
  it('is taken when only stories changed, each in its body alone', () => {
    expect(changedStoryBodies(before, edited({ [story]: 'file\0s2' }))).toEqual(['dan-van-kheo-ra-manh-son-long']);
    expect(changedStoryBodies(before, edited({ [story]: 'file\0s2', 'stories/khac.md': 'file\0k2' }))).toEqual(['dan-van-kheo-ra-manh-son-long', 'khac']);
  });

  it('is not taken when anything else changed, or nothing did', () => {
    expect(changedStoryBodies(before, edited({}))).toBeUndefined();
    // The frontmatter is shown on the pages of the story's units and exemplars.
    expect(changedStoryBodies(before, edited({ [story]: 'file\0s2' }, { [story]: 'h2' }))).toBeUndefined();
    expect(changedStoryBodies(before, edited({ [story]: 'file\0s2', 'documents/quang-ngai/a.md': 'file\0d2' }))).toBeUndefined();
    expect(changedStoryBodies(before, edited({ [story]: 'file\0s2', 'stories/anh/bia.jpg': 'file\0i2' }))).toBeUndefined();
    expect(changedStoryBodies(before, edited({ [story]: 'file\0s2', 'movements/m.yaml': 'text\0m2' }))).toBeUndefined();
    expect(changedStoryBodies(before, edited({ [story]: 'file\0s2' }, {}, 'other code'))).toBeUndefined();
    expect(changedStoryBodies(before, edited({ 'stories/moi.md': 'file\0n1' }, { 'stories/moi.md': 'hn' }))).toBeUndefined();
    const removed = edited({});
    removed.files.delete('stories/khac.md');
    expect(changedStoryBodies(before, removed)).toBeUndefined();
  });

  it('records what a part was built from and reads it back', () => {
    const dir = path.join(work, 'record');
    fs.mkdirSync(dir, { recursive: true });
    const recorded = inputs(Object.fromEntries(before.files), Object.fromEntries(before.frontmatter), 'code\nsearch index: regional 1');
    saveInputs(dir, recorded, 'fingerprint-1');
    expect(readInputs(dir, 'fingerprint-1')).toEqual(recorded);
    // A record of another build than the one the stamp names (a runner that keeps none built the part since).
    expect(readInputs(dir, 'fingerprint-2')).toBeUndefined();
    expect(readInputs(dir, undefined)).toBeUndefined();
    expect(readInputs(path.join(work, 'none'), 'fingerprint-1')).toBeUndefined();
  });

  it("places the stories' pages as new files, removes those they no longer have, and leaves the others", () => {
    const dist = path.join(work, 'dist');
    const built = path.join(work, 'built');
    tree(dist, {
      'bai-viet/a/index.html': '<link href="/_astro/s.css">old a',
      'bai-viet/a/cu.txt': 'gone',
      'bai-viet/b/index.html': 'b',
      'don-vi/x/index.html': 'unit',
      '_astro/s.css': 'css',
    });
    tree(built, { 'bai-viet/a/index.html': '<link href="/_astro/s.css">new a', '_astro/s.css': 'css', '_astro/other.png': 'png' });
    const merged = path.join(work, 'merged.html');
    fs.linkSync(path.join(dist, 'bai-viet/a/index.html'), merged);
    expect(placeStoryPages(built, dist, ['a'])).toEqual(['bai-viet/a/index.html']);
    expect(fs.readFileSync(path.join(dist, 'bai-viet/a/index.html'), 'utf8')).toBe('<link href="/_astro/s.css">new a');
    // The merged site's link still holds the old page until the merge places the new one.
    expect(fs.readFileSync(merged, 'utf8')).toBe('<link href="/_astro/s.css">old a');
    expect(fs.existsSync(path.join(dist, 'bai-viet/a/cu.txt'))).toBe(false);
    expect(fs.readFileSync(path.join(dist, 'bai-viet/b/index.html'), 'utf8')).toBe('b');
    expect(fs.existsSync(path.join(dist, '_astro/other.png'))).toBe(false);
  });

  it('places nothing when a page now uses other images than before', () => {
    const dist = path.join(work, 'dist-images');
    const built = path.join(work, 'built-images');
    tree(dist, { 'bai-viet/a/index.html': '<img src="/_astro/one.webp">', '_astro/one.webp': '1' });
    tree(built, { 'bai-viet/a/index.html': '<img src="/_astro/one.webp"><img src="/_astro/two.webp">', '_astro/two.webp': '2' });
    expect(placeStoryPages(built, dist, ['a'])).toBeUndefined();
    expect(fs.readFileSync(path.join(dist, 'bai-viet/a/index.html'), 'utf8')).toBe('<img src="/_astro/one.webp">');
  });

  it("replaces the stories' searchable pages and keeps the shard's others in order", () => {
    const shard = [{ file: 'bai-viet/a/index.html', weight: 1, digest: 'old' }, { file: 'bai-viet/ab/index.html', weight: 2 }, { file: 'van-ban/x/index.html', weight: 3 }];
    expect(withStoryFacts(shard, [{ file: 'bai-viet/a/index.html', weight: 5, digest: 'new' }], ['a'])).toEqual([
      { file: 'bai-viet/a/index.html', weight: 5, digest: 'new' },
      { file: 'bai-viet/ab/index.html', weight: 2 },
      { file: 'van-ban/x/index.html', weight: 3 },
    ]);
  });
});
