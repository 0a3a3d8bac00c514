import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusListing } from '../../tools/shards/corpus-listing.ts';

/** One listing of a content folder answers every part's "which files are under this folder" (tools/shards/corpus-listing.ts). */
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bang-vang-listing-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const files = ['units/an-giang/long-xuyen.yaml', 'units/an-giang-moi/a.yaml', 'units/an-giang/sub/b.yaml', 'units/bac-ninh/c.yaml', 'indicators.yaml', 'stories/đường-làng.md', 'stories/anh/ảnh.jpg'];
for (const file of files) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), file);
}
fs.mkdirSync(path.join(root, 'documents/empty'), { recursive: true });
const at = (...names: string[]) => names.map((name) => path.join(root, name));

describe('a listing of the content folder', () => {
  const listing = new CorpusListing(root);

  it("gives a folder's files, nested ones too, and not those of a sibling whose name starts the same", () => {
    expect(listing.under(path.join(root, 'units/an-giang'))).toEqual(at('units/an-giang/long-xuyen.yaml', 'units/an-giang/sub/b.yaml'));
    expect(listing.under(path.join(root, 'units'))).toEqual(at('units/an-giang-moi/a.yaml', 'units/an-giang/long-xuyen.yaml', 'units/an-giang/sub/b.yaml', 'units/bac-ninh/c.yaml').sort());
  });

  it('gives a file as itself, and nothing for a missing path or an empty folder', () => {
    expect(listing.under(path.join(root, 'indicators.yaml'))).toEqual(at('indicators.yaml'));
    expect(listing.under(path.join(root, 'movements'))).toEqual([]);
    expect(listing.under(path.join(root, 'documents'))).toEqual([]);
  });

  it('gives every file for the folder it lists, as a walk of the disk does', () => {
    const walked = (fs.readdirSync(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();
    expect(listing.under(root)).toEqual(walked);
    expect(listing.under(root)).toHaveLength(files.length);
  });

  it('lists a folder outside it on its own', () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'bang-vang-listing-other-'));
    fs.writeFileSync(path.join(other, 'a.md'), 'a');
    expect(listing.under(other)).toEqual([path.join(other, 'a.md')]);
    fs.rmSync(other, { recursive: true });
  });
});
