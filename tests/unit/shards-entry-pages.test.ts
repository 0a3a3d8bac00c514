import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tree } from './file-tree.ts';
import { changedEntries, entryFolders, entryHeads, entryPagesDone, exemplarHead, placeEntryPages, readInputs, saveInputs, withEntryFacts, type ChangedEntries, type PartInputs } from '../../tools/shards/entry-pages.ts';
import type { ContentPlan } from '../../tools/shards/split.ts';

/**
 * A part rebuilt for its stories' bodies or its exemplars' descriptions alone (tools/shards/entry-pages.ts): taken
 * only when nothing else changed, and its pages placed without touching the files the merged site links. The whole
 * path, built and compared byte for byte with a site built from nothing, is in
 * tests/dist/shards-separate-machines.test.ts.
 */
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bang-vang-entry-pages-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const story = 'stories/dan-van-kheo-ra-manh-son-long.mdx';
const exemplar = 'exemplars/quang-ngai/ong-ho-van-tu.yaml';
const inputs = (files: Record<string, string>, heads: Record<string, string>, code = 'code'): PartInputs => ({
  code,
  files: new Map(Object.entries(files)),
  heads: new Map(Object.entries(heads)),
});
const before = inputs(
  {
    'documents/quang-ngai/a.md': 'file\0d1', [story]: 'file\0s1', 'stories/khac.md': 'file\0k1', 'movements/m.yaml': 'text\0m1', 'stories/anh/bia.jpg': 'file\0i1',
    [exemplar]: 'file\0e1', 'units/quang-ngai/pho-van.yaml': 'file\0u1',
  },
  { [story]: 'h1', 'stories/khac.md': 'hk', [exemplar]: 'he' },
);
const edited = (change: Record<string, string>, heads: Record<string, string> = {}, code = 'code') =>
  inputs({ ...Object.fromEntries(before.files), ...change }, { ...Object.fromEntries(before.heads), ...heads }, code);
const changed = (now: PartInputs, part: 'shard' | 'shared' = 'shard'): ChangedEntries | undefined => changedEntries(before, now, (name) => now.heads.get(name), part);

describe("a part's stories and exemplars rebuilt alone", () => {
  it('is taken when only stories changed, each in its body alone, or exemplars, each in its description alone', () => {
    expect(changed(edited({ [story]: 'file\0s2' }))).toEqual({ stories: ['dan-van-kheo-ra-manh-son-long'], exemplars: [] });
    expect(changed(edited({ [story]: 'file\0s2', 'stories/khac.md': 'file\0k2' }))).toEqual({ stories: ['dan-van-kheo-ra-manh-son-long', 'khac'], exemplars: [] });
    expect(changed(edited({ [exemplar]: 'file\0e2' }))).toEqual({ stories: [], exemplars: ['ong-ho-van-tu'] });
    expect(changed(edited({ [exemplar]: 'file\0e2', [story]: 'file\0s2' }))).toEqual({ stories: ['dan-van-kheo-ra-manh-son-long'], exemplars: ['ong-ho-van-tu'] });
    // The shared part builds the pages of the stories about no unit only: a story changed there builds it whole.
    expect(changed(edited({ [exemplar]: 'file\0e2' }), 'shared')).toEqual({ stories: [], exemplars: ['ong-ho-van-tu'] });
    expect(changed(edited({ [story]: 'file\0s2' }), 'shared')).toBeUndefined();
  });

  it('is not taken when anything else changed, or nothing did', () => {
    expect(changed(edited({}))).toBeUndefined();
    // The frontmatter is shown on the pages of the story's units and exemplars.
    expect(changed(edited({ [story]: 'file\0s2' }, { [story]: 'h2' }))).toBeUndefined();
    // An exemplar's other fields are shown on its unit's page and in the lists.
    expect(changed(edited({ [exemplar]: 'file\0e2' }, { [exemplar]: 'he2' }))).toBeUndefined();
    expect(changed(edited({ [story]: 'file\0s2', 'documents/quang-ngai/a.md': 'file\0d2' }))).toBeUndefined();
    expect(changed(edited({ [exemplar]: 'file\0e2', 'units/quang-ngai/pho-van.yaml': 'file\0u2' }))).toBeUndefined();
    expect(changed(edited({ [story]: 'file\0s2', 'stories/anh/bia.jpg': 'file\0i2' }))).toBeUndefined();
    expect(changed(edited({ [story]: 'file\0s2', 'movements/m.yaml': 'text\0m2' }))).toBeUndefined();
    expect(changed(edited({ [story]: 'file\0s2' }, {}, 'other code'))).toBeUndefined();
    expect(changed(edited({ 'stories/moi.md': 'file\0n1' }, { 'stories/moi.md': 'hn' }))).toBeUndefined();
    expect(changed(edited({ 'exemplars/quang-ngai/moi.yaml': 'file\0n1' }, { 'exemplars/quang-ngai/moi.yaml': 'hn' }))).toBeUndefined();
    const removed = edited({});
    removed.files.delete('stories/khac.md');
    expect(changed(removed)).toBeUndefined();
  });

  it("tells an exemplar's description from its other fields, however its YAML is written", () => {
    const file = (name: string, text: string) => {
      fs.writeFileSync(path.join(work, name), text);
      return exemplarHead(path.join(work, name));
    };
    const fields = 'name: Ông Hồ Văn Tư\nkind: person\nunit: quang-ngai/pho-van\n';
    const head = file('a.yaml', `${fields}description: Nông dân sản xuất giỏi.\n`);
    expect(file('b.yaml', `${fields}description: >-\n  Nông dân sản xuất giỏi,\n  nuôi tôm thẻ chân trắng.\n`)).toBe(head);
    expect(file('c.yaml', fields)).toBe(head);
    expect(file('d.yaml', `description: "Khác hẳn"\n${fields}`)).toBe(head);
    expect(file('e.yaml', `${fields.replace('Tư', 'Tứ')}description: Nông dân sản xuất giỏi.\n`)).not.toBe(head);
    expect(file('f.yaml', `${fields}year: 2024\ndescription: Nông dân sản xuất giỏi.\n`)).not.toBe(head);
    // Not YAML: any edit counts.
    expect(file('g.yaml', `${fields}description: [không đóng`)).not.toBe(file('h.yaml', `${fields}description: [không đóng nữa`));
  });

  it("records each exemplar's head, read again only when its bytes changed", () => {
    const dir = path.join(work, 'heads');
    fs.mkdirSync(dir, { recursive: true });
    const name = (file: string) => path.join('exemplars', 'quang-ngai', file);
    fs.writeFileSync(path.join(dir, 'x.yaml'), 'name: X\ndescription: một\n');
    fs.writeFileSync(path.join(dir, 's.md'), '---\ntitle: S\n---\nThân bài.\n');
    const plan: ContentPlan = new Map([[name('x.yaml'), { from: path.join(dir, 'x.yaml') }], ['stories/s.md', { from: path.join(dir, 's.md') }], ['indicators.yaml', { text: 'a: 1' }]]);
    const files = new Map([[name('x.yaml'), 'file\0x1'], ['stories/s.md', 'file\0s1'], ['indicators.yaml', 'text\0i1']]);
    const heads = entryHeads(plan, files, () => 'story head');
    expect([...heads.keys()].sort()).toEqual([name('x.yaml'), 'stories/s.md']);
    expect(heads.get(name('x.yaml'))).toBe(exemplarHead(path.join(dir, 'x.yaml')));
    const recorded = { code: 'c', files, heads: new Map([[name('x.yaml'), 'kept'], ['stories/s.md', 'kept']]) };
    expect(entryHeads(plan, files, () => 'story head', recorded).get(name('x.yaml'))).toBe('kept');
    expect(entryHeads(plan, new Map([...files, [name('x.yaml'), 'file\0x2']]), () => 'story head', recorded).get(name('x.yaml'))).toBe(heads.get(name('x.yaml')));
  });

  it('records what a part was built from and reads it back', () => {
    const dir = path.join(work, 'record');
    fs.mkdirSync(dir, { recursive: true });
    const recorded = inputs(Object.fromEntries(before.files), Object.fromEntries(before.heads), 'code\nsearch index: regional 1');
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
    expect(placeEntryPages(built, dist, entryFolders('shard', { stories: ['a'], exemplars: [] }))).toEqual(['bai-viet/a/index.html']);
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
    expect(placeEntryPages(built, dist, entryFolders('shard', { stories: ['a'], exemplars: [] }))).toBeUndefined();
    expect(fs.readFileSync(path.join(dist, 'bai-viet/a/index.html'), 'utf8')).toBe('<img src="/_astro/one.webp">');
  });

  it("places an exemplar's page in its folder, and the shared part's open data over the files it had", () => {
    const dist = path.join(work, 'dist-exemplar');
    const built = path.join(work, 'built-exemplar');
    tree(dist, { 'dien-hinh/x/index.html': 'old x', 'dien-hinh/xy/index.html': 'xy', 'du-lieu/index.html': 'open data', 'du-lieu/dien-hinh.csv': 'old', 'du-lieu/chi-so.csv': 'figures' });
    tree(built, { 'dien-hinh/x/index.html': 'new x', 'du-lieu/dien-hinh.csv': 'new', 'du-lieu/dien-hinh.xlsx': 'new xlsx', 'favicon.svg': 'public' });
    expect(placeEntryPages(built, dist, entryFolders('shard', { stories: [], exemplars: ['x'] }))).toEqual(['dien-hinh/x/index.html']);
    expect(placeEntryPages(built, dist, entryFolders('shared', { stories: [], exemplars: ['x'] }))).toEqual(['du-lieu/dien-hinh.csv', 'du-lieu/dien-hinh.xlsx']);
    expect(fs.readFileSync(path.join(dist, 'dien-hinh/x/index.html'), 'utf8')).toBe('new x');
    expect(fs.readFileSync(path.join(dist, 'du-lieu/dien-hinh.csv'), 'utf8')).toBe('new');
    // What the part did not build again stays: the other exemplar, the open data's page and its other datasets.
    for (const [file, text] of [['dien-hinh/xy/index.html', 'xy'], ['du-lieu/index.html', 'open data'], ['du-lieu/chi-so.csv', 'figures']]) expect(fs.readFileSync(path.join(dist, file), 'utf8')).toBe(text);
    expect(fs.existsSync(path.join(dist, 'favicon.svg'))).toBe(false);
  });

  it("replaces the entries' searchable pages and keeps the shard's others in order", () => {
    const shard = [{ file: 'bai-viet/a/index.html', weight: 1, digest: 'old' }, { file: 'bai-viet/ab/index.html', weight: 2 }, { file: 'dien-hinh/x/index.html', weight: 4, digest: 'old' }, { file: 'van-ban/x/index.html', weight: 3 }];
    const rebuilt = [{ file: 'bai-viet/a/index.html', weight: 5, digest: 'new' }, { file: 'dien-hinh/x/index.html', weight: 6, digest: 'new' }];
    expect(withEntryFacts(shard, rebuilt, entryFolders('shard', { stories: ['a'], exemplars: ['x'] }))).toEqual([
      { file: 'bai-viet/a/index.html', weight: 5, digest: 'new' },
      { file: 'bai-viet/ab/index.html', weight: 2 },
      { file: 'dien-hinh/x/index.html', weight: 6, digest: 'new' },
      { file: 'van-ban/x/index.html', weight: 3 },
    ]);
  });

  it('says what was built alone', () => {
    expect(entryPagesDone({ stories: ['a'], exemplars: [] }, 'shard')).toBe("1 story's body alone changed, its page built alone");
    expect(entryPagesDone({ stories: ['a', 'b'], exemplars: ['x'] }, 'shard')).toBe("2 stories' bodies and 1 exemplar's description alone changed, their pages built alone");
    expect(entryPagesDone({ stories: [], exemplars: ['x'] }, 'shared')).toBe("1 exemplar's description alone changed, the open data of exemplars built alone");
  });
});
