import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { temporaryPath, writeFileAtomic } from '../../../tools/import/write-atomic.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'write-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('atomic writes', () => {
  it('puts the temporary file in the target folder, hidden and not named like content', () => {
    const target = path.join(dir, 'a/b/2023-bao-cao-127.md');
    const temporary = temporaryPath(target);
    expect(path.dirname(temporary)).toBe(path.dirname(target));
    expect(path.basename(temporary)).toMatch(/^\.2023-bao-cao-127\.md\.\d+-[0-9a-f]{8}\.tmp$/u);
    expect(temporaryPath(target)).not.toBe(temporary);
  });

  it('creates the folder, writes the text and leaves only the target behind', () => {
    const target = path.join(dir, 'documents/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127.md');
    writeFileAtomic(target, '---\ntitle: Báo cáo\n---\n\nNội dung.\n');
    expect(readFileSync(target, 'utf8')).toBe('---\ntitle: Báo cáo\n---\n\nNội dung.\n');
    expect(readdirSync(path.dirname(target))).toEqual(['2023-bao-cao-127.md']);
  });

  it('writes bytes as they are', () => {
    const target = path.join(dir, 'nguon.txt');
    const bytes = Uint8Array.from([0xff, 0xfe, 0x54, 0x00, 0xe2, 0x00]);
    writeFileAtomic(target, bytes);
    expect(new Uint8Array(readFileSync(target))).toEqual(bytes);
  });

  it('replaces an existing file whole', () => {
    const target = path.join(dir, 'van-ban.md');
    writeFileSync(target, 'bản cũ, dài hơn bản mới rất nhiều chữ');
    writeFileAtomic(target, 'bản mới');
    expect(readFileSync(target, 'utf8')).toBe('bản mới');
    expect(readdirSync(dir)).toEqual(['van-ban.md']);
  });

  it('leaves what was there and no temporary file when the write fails', () => {
    // A folder stands where the file should go: the rename fails after the data was written.
    const target = path.join(dir, 'van-ban.md');
    mkdirSync(target);
    writeFileSync(path.join(target, 'giu-nguyen.txt'), 'x');
    expect(() => writeFileAtomic(target, 'bản mới')).toThrow();
    expect(readdirSync(dir)).toEqual(['van-ban.md']);
    expect(readdirSync(target)).toEqual(['giu-nguyen.txt']);
  });
});
