/**
 * PDFs with a text layer, made by LibreOffice from the seeds (tests/fixtures/importer/formats/build.ts): lines
 * rebuilt from positioned text, running headers, footers and page numbers gone, the two-column header and the
 * signature block read column by column, footnote marks kept as ¹ ².
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTextFidelity } from '../../../tools/import/fidelity.ts';
import { readSource } from '../../../tools/import/read-source.ts';
import { dropRunningLines } from '../../../tools/import/formats/pdf-layout.ts';
import { pageLines, type Line, type TextItem } from '../../../tools/import/formats/pdf-lines.ts';
import type { SourceLine } from '../../../tools/import/types.ts';
import { fixturesDir } from './helpers.ts';

const dir = path.join(fixturesDir, 'formats');
const read = (name: string) => readSource(readFileSync(path.join(dir, name)), name);
/** Lines without their emphasis marks (the PDF's bold and italic fonts give them). */
const plainLines = async (name: string) => (await read(name)).lines.map((l) => l.text.replace(/\*/g, '')).filter(Boolean);
const textOf = (lines: SourceLine[]) => lines.map((line) => (line.table ? line.table.flat().join('\n') : line.text)).join('\n');

describe('a PDF report of eight pages', () => {
  it('keeps every word, in order, across the page breaks', async () => {
    const source = await read('bao-cao-tan-hoa.pdf');
    const fidelity = checkTextFidelity(readFileSync(path.join(dir, 'bao-cao-tan-hoa.txt'), 'utf8'), textOf(source.lines));
    expect(fidelity.firstMissing).toBeUndefined();
    expect(fidelity.retention).toBe(1);
  });

  it('drops the running header and the "Trang N/8" footer of every page, and says so', async () => {
    const source = await read('bao-cao-tan-hoa.pdf');
    const text = textOf(source.lines);
    expect(text).not.toContain('Báo cáo tổng kết công tác thi đua năm 2023');
    expect(text).not.toMatch(/Trang \d\/8/u);
    expect(source.warnings).toEqual(['bỏ 16 dòng đầu trang, chân trang và số trang (running headers, footers and page numbers dropped)']);
  });

  it('joins the lines of a paragraph, and a sentence a page break cut, from where the lines end', async () => {
    const lines = (await read('bao-cao-tan-hoa.pdf')).lines.map((l) => l.text);
    // Page 1 ends in "(11/6/1948-"; page 2 goes on with "11/6/2023) đã được…".
    expect(lines.some((l) => l.includes('ra lời kêu gọi thi đua ái quốc (11/6/1948-11/6/2023) đã được các tổ chức'))).toBe(true);
    expect(lines).toContain('**I. Công tác tổ chức triển khai công tác thi đua, khen thưởng**');
    expect(lines.filter((l) => l.startsWith('Thực hiện Luật Thi đua, Khen thưởng'))[0]).toMatch(/của khối thi đua số 2 cụ thể:$/u);
  });
});

describe('a PDF plan with a header table, footnotes and a signature table', () => {
  it('drops the page numbers at the top of pages 2–4 and the footer repeated on them', async () => {
    const source = await read('ke-hoach-hoa-thuan.pdf');
    expect(source.lines.filter((l) => /^\s*\d+\s*$/u.test(l.text))).toEqual([]);
    expect(textOf(source.lines)).not.toContain('bản lưu hành nội bộ');
  });

  it('reads the header column by column: issuing body and number, then motto and date', async () => {
    const lines = await plainLines('ke-hoach-hoa-thuan.pdf');
    expect(lines.slice(0, 8)).toEqual([
      'UBND TP. CAO LÃNH',
      'UBND PHƯỜNG HÒA THUẬN',
      'Số: /KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hòa Thuận, ngày tháng 01 năm 2024',
      'KẾ HOẠCH',
      'Phát động phong trào thi đua yêu nước năm 2024',
    ]);
  });

  it('reads Nơi nhận and the signature as two columns, a wrapped recipient on one line', async () => {
    const lines = await plainLines('ke-hoach-hoa-thuan.pdf');
    const from = lines.indexOf('Nơi nhận:');
    expect(lines.slice(from, from + 11)).toEqual([
      'Nơi nhận:',
      '- Phòng Nội vụ Thành phố;',
      '- TT/ĐU, TT/HĐND phường;',
      '- Chủ tịch, các Phó Chủ tịch UBND phường;',
      '- Ủy ban MTTQVN và các tổ chức chính trị - xã hội phường;',
      '- Công chức chuyên môn và NNHĐKCT UBND phường;',
      '- Ban nhân dân 5 khóm;',
      '- Lưu: VT.',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Ngô Hữu Phước',
    ]);
  });

  it('writes superscript footnote marks as ¹ ², at the mark and at the note, each note on one line', async () => {
    const lines = (await read('ke-hoach-hoa-thuan.pdf')).lines.map((l) => l.text);
    expect(lines.some((l) => l.includes('cam kết hành động¹ năm 2024'))).toBe(true);
    expect(lines.find((l) => l.startsWith('¹(1) Tỷ lệ giải ngân vốn đầu tư công'))).toMatch(/giao trên phần mềm giao việc\.$/u);
    expect(lines.find((l) => l.startsWith('²(1) Phân đầu vận động'))).toMatch(/Tỷ lệ hòa giải thành trên 90%\.$/u);
  });
});

/** A page's lines from (text, x, y) items in 12-point type. */
const page = (...items: [string, number, number][]): Line[] => pageLines(items.map(([text, x, y]): TextItem => ({ text, x, y, width: text.length * 6, size: 12 })));
const texts = (pages: Line[][]) => pages.map((p) => p.map((l) => l.segments.map((s) => s.text).join(' | ')));

describe('bold and italic', () => {
  it('come from the fonts\' names and are written as the text exports write them', async () => {
    const lines = (await read('ke-hoach-hoa-thuan.pdf')).lines.map((l) => l.text);
    expect(lines).toContain('**I. MỤC ĐÍCH, YÊU CẦU**');
    expect(lines).toContain('*Hòa Thuận, ngày tháng 01 năm 2024*');
    expect(lines).toContain('***Nơi nhận:***');
    expect(lines.find((l) => l.startsWith('*Căn cứ Kế hoạch số 14/KH-UBND'))).toMatch(/năm 2024\.\*$/u);
  });
});

describe('running lines', () => {
  it('drops page numbers written "1", "- 2 -", "Trang 3" and "4/9", and keeps the body', () => {
    const pages = [
      page(['Nội dung trang một.', 72, 700], ['1', 300, 40]),
      page(['- 2 -', 290, 800], ['Nội dung trang hai.', 72, 700]),
      page(['Nội dung trang ba.', 72, 700], ['Trang 3', 280, 40]),
      page(['Nội dung trang bốn.', 72, 700], ['4/9', 300, 40]),
    ];
    expect(dropRunningLines(pages)).toBe(4);
    expect(texts(pages)).toEqual([['Nội dung trang một.'], ['Nội dung trang hai.'], ['Nội dung trang ba.'], ['Nội dung trang bốn.']]);
  });

  it('drops a line repeated at the same place on most pages, not the same words elsewhere on the page', () => {
    const pages = ['một', 'hai', 'ba'].map((n, i) =>
      page(['UBND xã Sơn Long – Báo cáo năm 2024', 72, 800], ['Thực hiện kế hoạch.', 72, 760 - i * 40], [`Nội dung trang ${n}.`, 72, 500], [`Dòng cuối trang ${n}.`, 72, 100]),
    );
    expect(dropRunningLines(pages)).toBe(3);
    expect(texts(pages)).toEqual(['một', 'hai', 'ba'].map((n) => ['Thực hiện kế hoạch.', `Nội dung trang ${n}.`, `Dòng cuối trang ${n}.`]));
  });

  it('keeps the only line of a one-page document that is not a page number', () => {
    const pages = [page(['BÁO CÁO', 280, 700])];
    expect(dropRunningLines(pages)).toBe(0);
  });
});

describe('lines from text items', () => {
  it('joins items on one baseline in x order, and splits at a gap wider than two font sizes', () => {
    const lines = page(['CỘNG HÒA XÃ HỘI', 300, 800], ['UBND XÃ', 72, 800], ['CHỦ NGHĨA VIỆT NAM', 396, 800]);
    expect(lines.map((l) => l.segments.map((s) => s.text))).toEqual([['UBND XÃ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']]);
  });

  it('reads a small raised number as a footnote mark of the line it sits on', () => {
    const lines = pageLines([
      { text: 'hành động', x: 72, y: 700, width: 54, size: 12 },
      { text: '1', x: 126, y: 705, width: 4, size: 7 },
      { text: ' năm 2024', x: 130, y: 700, width: 54, size: 12 },
    ]);
    expect(lines.map((l) => l.segments.map((s) => s.text))).toEqual([['hành động¹ năm 2024']]);
  });

  // LibreOffice draws a letter typed decomposed ("Ô" + U+0323) as one glyph whose text holds the mark; pdf.js measures
  // such a glyph 0 wide (in an item of its own, or inside one, which falls short by it) while the PDF advances past it.
  it('gives back the width pdf.js drops for a letter with combining marks, so "HỘI" and "XÃ HỘI" read as written', () => {
    const bold = { size: 13, font: 'g_d0_f1' };
    const lines = pageLines([
      { text: 'BINH V A\u0300 X A\u0303 H', x: 102.7, y: 784.89, width: 78.22, ...bold },
      { text: 'O\u0302\u0323', x: 199.8, y: 784.89, width: 0, ...bold },
      { text: ' ', x: 180.92, y: 784.89, width: 28.98, ...bold },
      { text: 'I', x: 209.9, y: 784.89, width: 5.06, ...bold },
      { text: 'NG HÒA X', x: 285.4, y: 760, width: 64.95, ...bold },
      { text: 'A\u0303', x: 350.4, y: 760, width: 0, ...bold },
      { text: 'H', x: 363, y: 760, width: 10.1, ...bold },
      { text: 'O\u0302\u0323', x: 373.1, y: 760, width: 0, ...bold },
      { text: 'I CHỦ NGHĨA', x: 383.2, y: 760, width: 80, ...bold },
    ]);
    expect(lines.map((l) => l.segments.map((s) => s.text.normalize('NFC')))).toEqual([['BINH V À X Ã HỘI'], ['NG HÒA XÃ HỘI CHỦ NGHĨA']]);
  });

  it('keeps the widths of a font that draws its marks as glyphs of their own', () => {
    // A mark drawn alone is 0 wide in the PDF too: the letter before it was measured, nothing is added.
    const lines = pageLines([
      { text: 'XA\u0303', x: 72, y: 700, width: 18, size: 12, font: 'f1' },
      { text: 'HO\u0302\u0323I', x: 93, y: 700, width: 25, size: 12, font: 'f1' },
      { text: '\u0323', x: 130, y: 690, width: 0, size: 12, font: 'f1' },
    ]);
    expect(lines[0].segments.map((s) => s.text.normalize('NFC'))).toEqual(['XÃ HỘI']);
  });
});
