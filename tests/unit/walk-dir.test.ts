import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder, walkDir } from '../../src/utils/walk-dir.ts';

/** The folder walk that replaces Node's recursive listing (src/utils/walk-dir.ts) lists what it lists. */
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bang-vang-walk-'));
const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'bang-vang-walk-outside-'));
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});

const files = ['van-ban/an-giang/bao-cao/index.html', 'van-ban/an-giang/ke-hoach.html', 'dien-hinh/ông-đỗ-văn-a/index.html', 'index.html', '_astro/a.B1c2.css'];
for (const file of files) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), file);
}
fs.mkdirSync(path.join(root, 'pagefind/vung/empty'), { recursive: true });
fs.writeFileSync(path.join(outside, 'not-ours.html'), 'x');
fs.symlinkSync(outside, path.join(root, 'linked-folder'), 'dir');
fs.symlinkSync(path.join(root, 'index.html'), path.join(root, 'linked-file.html'));

const described = (entries: fs.Dirent[]) =>
  entries.map((e) => `${path.relative(root, path.join(e.parentPath, e.name))} ${e.isFile() ? 'file' : e.isDirectory() ? 'folder' : e.isSymbolicLink() ? 'link' : 'other'}`).sort();

describe('walking a folder', () => {
  it("lists every entry Node's recursive listing lists, of the same kind, a linked folder walked into", () => {
    expect(described(walkDir(root))).toEqual(described(fs.readdirSync(root, { recursive: true, withFileTypes: true })));
    expect(described(walkDir(root))).toEqual(expect.arrayContaining(['linked-folder link', 'linked-folder/not-ours.html file', 'linked-file.html link']));
  });

  it('gives the files alone, as full paths, sorted', () => {
    expect(filesUnder(root)).toEqual([...files, 'linked-folder/not-ours.html'].map((file) => path.join(root, file)).sort());
  });

  it('fails on a folder that does not exist, as the listing it replaces', () => {
    expect(() => walkDir(path.join(root, 'missing'))).toThrow(/ENOENT/);
  });
});
