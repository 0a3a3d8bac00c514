import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expandInputs } from '../../../tools/import/cli/inputs.ts';
import { reasonOf, type Outcome } from '../../../tools/import/cli/outcome.ts';
import { closingLine, summarize, summaryTable } from '../../../tools/import/cli/report.ts';
import { duration } from '../../../tools/import/cli/progress.ts';
import { writeFilesAtomic } from '../../../tools/import/write-atomic.ts';
import type * as ImportModule from '../../../tools/import/import-document.ts';
import { seedPath, seedUnits } from './helpers.ts';

// One file of the batch makes importDocument throw, as a bug would: the batch must go on.
vi.mock('../../../tools/import/import-document.ts', async (original) => {
  const actual = await original<typeof ImportModule>();
  return {
    ...actual,
    importDocument: (input: Parameters<typeof actual.importDocument>[0], options: Parameters<typeof actual.importDocument>[1]) => {
      if (input.fileName === 'hong-bo-nhap.txt') throw new RangeError('Maximum call stack size exceeded');
      return actual.importDocument(input, options);
    },
  };
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'import-batch-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const failed = (input: string, message: string): Outcome => ({ input, format: 'txt', warnings: [], failure: { message, reason: reasonOf(message) } });

describe('the reasons a file failed', () => {
  it('are its message without "Lỗi:", the file name and the details after the English gloss', () => {
    expect(reasonOf('Lỗi: tệp rỗng (empty file): a.txt')).toBe('tệp rỗng (empty file)');
    expect(reasonOf('Lỗi: bao-cao.docx: mất chữ so với bản gốc (words lost): 3 từ, đoạn đầu tiên: … [x] …')).toBe('mất chữ so với bản gốc (words lost)');
    expect(reasonOf('Lỗi: b.txt: frontmatter không hợp lệ (invalid frontmatter): title: không được để trống (must not be empty)')).toBe('frontmatter không hợp lệ (invalid frontmatter)');
    expect(reasonOf('Lỗi: tệp .docx hỏng, không đọc được (corrupt .docx): hong.docx')).toBe('tệp .docx hỏng, không đọc được (corrupt .docx)');
  });
});

describe('the summary of a batch', () => {
  const imported = (input: string, warnings: string[] = []): Outcome => ({ input, format: 'txt', warnings });
  const outcomes = [
    imported('in/a.txt'),
    imported('in/b.txt', ['không thấy nơi nhận (recipients not found)']),
    failed('in/c.txt', 'Lỗi: tệp rỗng (empty file): c.txt'),
    failed('in/d.txt', 'Lỗi: d.txt: mất chữ so với bản gốc (words lost): 2 từ'),
    failed('in/e.txt', 'Lỗi: tệp rỗng (empty file): e.txt'),
  ];

  it('counts imported, with warnings and failed files, and groups the failed ones by reason, the most frequent first', () => {
    const summary = summarize(outcomes, false);
    expect(summary).toMatchObject({ files: 5, imported: 2, withWarnings: 1, failed: 3, failures: [{ reason: 'tệp rỗng (empty file)', files: ['in/c.txt', 'in/e.txt'] }, { reason: 'mất chữ so với bản gốc (words lost)', files: ['in/d.txt'] }] });
    expect(summaryTable(summary).join('\n')).toBe(`Tổng kết (summary):
  đã nhập (imported)                           2
    trong đó có cảnh báo (with warnings)       1
  lỗi, không nhập (failed)                     3
  tổng số tệp (files)                          5
Lỗi theo lý do (failed, by reason):
  tệp rỗng (empty file) — 2 tệp:
    in/c.txt
    in/e.txt
  mất chữ so với bản gốc (words lost) — 1 tệp:
    in/d.txt`);
    expect(closingLine(summary)).toBe('Xong (done): đã ghi 2 văn bản (documents written); 3 tệp lỗi, không nhập (failed, not imported).');
    expect(closingLine(summarize(outcomes, true))).toBe('Thử (dry run): 2 văn bản, 3 tệp lỗi (failed), không ghi gì (nothing written).');
    expect(closingLine(summarize(outcomes.slice(2), false))).toBe('Dừng (stopped): 3 lỗi trên 3 tệp, không ghi tệp nào (errors: nothing written).');
  });

  it('says the time left in minutes and seconds', () => {
    expect([duration(12.4), duration(125), duration(Infinity)]).toEqual(['12 giây', '2 phút 05 giây', '…']);
  });
});

describe('the files of a folder', () => {
  it('are every document format, each once, without lock files, hidden files and hidden folders', () => {
    for (const name of ['a.docx', 'b.DOC', 'c.odt', 'd.pdf', 'e.txt', 'f.md', 'g.html', 'h.htm', '~$a.docx', '.b.txt', 'x.xlsx', '.git/i.txt', 'con/j.txt']) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), '');
    }
    mkdirSync(path.join(dir, 'thu-muc.txt'));
    const { files, missing } = expandInputs([dir, path.join(dir, 'e.txt'), path.join(dir, 'khong-co.txt')]);
    expect(files.map((f) => path.relative(dir, f))).toEqual(['a.docx', 'b.DOC', 'c.odt', 'con/j.txt', 'd.pdf', 'e.txt', 'f.md', 'g.html', 'h.htm']);
    expect(missing.map((m) => m.failure?.reason)).toEqual(['không tìm thấy tệp (file not found)']);
  });
});

describe('writing a document with its source copy', () => {
  it('writes all the files of a group, or none of them when one cannot be staged', () => {
    const ok = [{ file: path.join(dir, 'sources/a.txt'), data: 'nguồn' }, { file: path.join(dir, 'documents/a.md'), data: '---\n---\n' }];
    writeFilesAtomic(ok);
    expect(readFileSync(ok[1].file, 'utf8')).toBe('---\n---\n');
    writeFileSync(path.join(dir, 'chan'), 'một tệp đứng chỗ thư mục');
    const bad = [{ file: path.join(dir, 'sources/b.txt'), data: 'nguồn' }, { file: path.join(dir, 'chan/b.md'), data: 'x' }];
    expect(() => writeFilesAtomic(bad)).toThrow();
    expect(readdirSync(path.join(dir, 'sources'))).toEqual(['a.txt']);
  });

  it('puts back the files already renamed when a later rename fails', () => {
    const first = path.join(dir, 'sources/a.txt');
    mkdirSync(path.dirname(first), { recursive: true });
    writeFileSync(first, 'bản cũ');
    // A folder where the document should go: its rename fails after the source copy's succeeded.
    mkdirSync(path.join(dir, 'documents/a.md'), { recursive: true });
    writeFileSync(path.join(dir, 'documents/a.md/x'), '');
    expect(() => writeFilesAtomic([{ file: first, data: 'bản mới' }, { file: path.join(dir, 'documents/a.md'), data: 'x' }])).toThrow();
    expect(readFileSync(first, 'utf8')).toBe('bản cũ');
    expect(readdirSync(path.dirname(first))).toEqual(['a.txt']);
    expect(readdirSync(path.join(dir, 'documents'))).toEqual(['a.md']);
  });
});

describe('a batch', () => {
  it('turns an exception nobody expected into that file’s error and goes on with the others', async () => {
    const { runBatch } = await import('../../../tools/import/cli/batch.ts');
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in/hong-bo-nhap.txt'), readFileSync(seedPath('001_918d6d172b288aa9.txt')));
    writeFileSync(path.join(dir, 'in/tot.txt'), readFileSync(seedPath('001_918d6d172b288aa9.txt')));
    const lines: string[] = [];
    const out = new Writable({ write: (chunk, _, done) => (lines.push(String(chunk)), done()) }) as unknown as NodeJS.WriteStream;
    const root = path.join(dir, 'content');
    const outcomes = await runBatch({ inputs: [path.join(dir, 'in')], root, unitsDir: path.join(root, 'units'), units: seedUnits, force: false, dryRun: false, out });
    const bad = path.join(dir, 'in/hong-bo-nhap.txt');
    expect(outcomes.map((o) => o.failure?.message ?? 'ok')).toEqual([`Lỗi không lường trước khi đọc ${bad}: Maximum call stack size exceeded`, 'ok']);
    expect(summarize(outcomes, false).failures).toEqual([{ reason: 'lỗi không lường trước (unexpected error)', files: [bad] }]);
    expect(readdirSync(path.join(root, 'documents/thai-nguyen/tan-hoa-phu-binh'))).toEqual(['2023-bao-cao-127.md']);
    expect(lines.join('')).not.toMatch(/\n\s+at /u);
  });
});
