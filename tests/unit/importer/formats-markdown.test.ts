/**
 * Markdown left by web-to-Markdown converters, line by line: what goes (marks, link targets, images), what
 * stays (every word, the text exports' emphasis), and how table leftovers become table lines or header cells.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeMarkdown, readMarkdown } from '../../../tools/import/formats/markdown.ts';
import { seedFiles } from '../../seeds.ts';

const texts = (markdown: string) => readMarkdown(markdown).lines.map((line) => (line.table ? { table: line.table } : line.text));

describe('Markdown leftovers', () => {
  it('drops "#" heading marks and keeps the words, "**bold**" headings as they are', () => {
    expect(texts('# Về việc khen thưởng\n\n## **I. MỤC ĐÍCH** ##\n\n**1. Mục đích**')).toEqual(['Về việc khen thưởng', '', '**I. MỤC ĐÍCH**', '', '**1. Mục đích**']);
  });

  it('keeps a link\'s text, not its address, and drops images and link definitions with a warning', () => {
    const read = readMarkdown('Xem [Kế hoạch số 14/KH-UBND](https://example.vn/kh-14 "tải về") và <https://example.vn>.\n![Quốc huy](/qh.png)\n[1]: https://example.vn/a');
    expect(read.lines.map((l) => l.text)).toEqual(['Xem Kế hoạch số 14/KH-UBND và https://example.vn.', '']);
    expect(read.warnings).toEqual(['bỏ 1 ảnh trong văn bản (images dropped)']);
  });

  it('takes off the escapes converters add, so "1\\." is a numbered line again', () => {
    expect(texts('1\\. Mục đích\n\\- Lưu: VT\\.\n\\*Ghi chú\\*')).toEqual(['1. Mục đích', '- Lưu: VT.', '*Ghi chú*']);
  });

  it('writes underscore emphasis as the text exports do, leaving snake_case alone', () => {
    expect(texts('__Điều 1.__ Tặng _Giấy khen_ cho ma_so_thue')).toEqual(['**Điều 1.** Tặng *Giấy khen* cho ma_so_thue']);
  });

  it('leaves hard-wrapped lines to the paragraph step, but mends a bold run the wrap cut in two', () => {
    expect(texts('**UỶ BAN NHÂN\nDÂN**\nThực hiện Quyết định số\n2138/QĐ-TTg ngày 27 tháng 9 năm 2025')).toEqual([
      '**UỶ BAN NHÂN DÂN**',
      'Thực hiện Quyết định số',
      '2138/QĐ-TTg ngày 27 tháng 9 năm 2025',
    ]);
  });

  it('turns a GFM data table into a table line, cells and <br> kept', () => {
    expect(texts('| STT | Nội dung |\n|---|---|\n| 1 | Thu ngân sách<br>đạt 100% |\n| 2 | Giảm 02 hộ nghèo |').filter(Boolean)).toEqual([
      { table: [['STT', 'Nội dung'], ['1', 'Thu ngân sách\nđạt 100%'], ['2', 'Giảm 02 hộ nghèo']] },
    ]);
  });

  it('reads a GFM header table cell by cell, as a .docx header table', () => {
    const markdown = '| ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| Số: 518/QĐ-UBND | Bình Định, ngày 23 tháng 02 năm 2023 |';
    expect(texts(markdown).filter(Boolean)).toEqual(['ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 518/QĐ-UBND', 'Bình Định, ngày 23 tháng 02 năm 2023']);
  });

  it('reads the cells between lone "|" lines, two bars in a row ending a row', () => {
    const markdown = '|\n**UỶ BAN NHÂN\nDÂN**\nTỈNH LAI CHÂU\n|\n**CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM**\n|\n|\nSố:\n7360/KH-UBND\n|\n*Lai Châu, ngày\n19 tháng 11 năm 2025*\n|\n\n**KẾ HOẠCH**';
    expect(texts(markdown).filter(Boolean)).toEqual([
      '**UỶ BAN NHÂN DÂN**',
      'TỈNH LAI CHÂU',
      '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**',
      'Số:',
      '7360/KH-UBND',
      '*Lai Châu, ngày 19 tháng 11 năm 2025*',
      '**KẾ HOẠCH**',
    ]);
  });

  it('keeps a data table between lone bars as a table line', () => {
    expect(texts('|\nTT\n|\nHọ và tên\n|\n|\n1\n|\nNguyễn Văn An\n|\n\nHết.').filter(Boolean)).toEqual([{ table: [['TT', 'Họ và tên'], ['1', 'Nguyễn Văn An']] }, 'Hết.']);
  });

  it('turns GFM footnotes into "[1]" marks with their notes apart, a note\'s wrapped lines included', () => {
    const read = readMarkdown('Hoàn thành các chỉ tiêu[^1].\n\n[^1]: Thu ngân sách đạt 100%;\ngiảm 02 hộ nghèo.\n\nHết.');
    expect(read.lines.map((l) => l.text)).toEqual(['Hoàn thành các chỉ tiêu[1].', '', '', 'Hết.']);
    expect(read.notes.map((l) => l.text)).toEqual(['[1] Thu ngân sách đạt 100%; giảm 02 hộ nghèo.', '']);
  });
});

describe('telling Markdown from a text export', () => {
  it('does not take the seeds, with their **bold** and "-------" rules, for Markdown', () => {
    for (const file of seedFiles.values()) expect(looksLikeMarkdown(readFileSync(file, 'utf8')), file).toBe(false);
  });

  it('takes a converted page, with a heading and a link or table bars, for Markdown', () => {
    expect(looksLikeMarkdown('# Quyết định 518\n\n*Source: [thuvienphapluat.vn](https://thuvienphapluat.vn/a)*\n\nĐiều 1.')).toBe(true);
    expect(looksLikeMarkdown('|\nỦY BAN NHÂN DÂN\n|\nCỘNG HÒA\n|\n|\nSố: 1\n|\nngày 2\n|\n|\nx\n|')).toBe(true);
  });
});
