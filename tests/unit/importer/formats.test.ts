/**
 * Every format staff have, read from real files (tests/fixtures/importer/formats/, made by build.ts there from
 * seed 003): the words come out all and in order, the header's two columns as separate lines, footnotes as notes,
 * and each reader follows the .docx conventions (emphasis marks, table lines).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTextFidelity } from '../../../tools/import/fidelity.ts';
import { readSource, type Source } from '../../../tools/import/read-source.ts';
import type { SourceLine } from '../../../tools/import/types.ts';
import { splitDocument } from '../../../tools/import/fidelity.ts';
import { fixturesDir, importFile } from './helpers.ts';

const dir = path.join(fixturesDir, 'formats');
const read = (name: string, as = name) => readSource(readFileSync(path.join(dir, name)), as);
const reference = (name: string) => readFileSync(path.join(dir, name), 'utf8');
const textOf = (lines: SourceLine[]) => lines.map((line) => (line.table ? line.table.flat().join('\n') : line.text)).join('\n');
/** A line without its emphasis marks, as the header parser sees it. */
const plain = (line: SourceLine) => line.text.replace(/\*/g, '').trim();
const tables = (source: Source) => source.lines.filter((line) => line.table).map((line) => line.table!.map((row) => row.map((cell) => cell.replace(/\*/g, ''))));

const PLAN_FILES: [file: string, format: Source['format']][] = [
  ['ke-hoach-hoa-thuan.docx', 'docx'],
  ['ke-hoach-hoa-thuan.odt', 'odt'],
  ['ke-hoach-hoa-thuan.doc', 'doc'],
  ['ke-hoach-hoa-thuan.pdf', 'pdf'],
  ['cong-thong-tin.html', 'html'],
  ['word-web.htm', 'html'],
  ['ban-web.md', 'markdown'],
];

describe('every format of the same plan', () => {
  it.each(PLAN_FILES)('%s: every word of the plan comes out, in order, and every word of its footnotes', async (file, format) => {
    const source = await read(file);
    expect(source.format).toBe(format);
    const out = `${textOf(source.lines)}\n${textOf(source.notes)}`;
    const body = checkTextFidelity(reference('ke-hoach-hoa-thuan.txt'), out);
    expect(body.firstMissing).toBeUndefined();
    expect(body.retention).toBe(1);
    expect(checkTextFidelity(reference('ke-hoach-hoa-thuan.notes.txt'), out).retention).toBe(1);
  });

  it.each(PLAN_FILES)('%s: the two header columns are separate lines, the left column first', async (file) => {
    const lines = (await read(file)).lines.map(plain);
    const at = (text: string) => lines.indexOf(text);
    for (const text of ['UBND PHƯỜNG HÒA THUẬN', 'Số: /KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hòa Thuận, ngày tháng 01 năm 2024']) {
      expect(at(text), text).toBeGreaterThanOrEqual(0);
    }
    expect(at('Số: /KH-UBND')).toBeLessThan(at('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
    expect(at('Hòa Thuận, ngày tháng 01 năm 2024')).toBeLessThan(at('KẾ HOẠCH'));
  });

  it.each(PLAN_FILES)('%s: the data table is a table line with every cell', async (file) => {
    expect(tables(await read(file))).toContainEqual([
      ['Chỉ tiêu', 'Năm 2023', 'Kế hoạch 2024'],
      ['Thu ngân sách', '100%', '100%'],
      ['Bảo hiểm y tế', '95,2%', '97,5%'],
      ['Cơ sở sản xuất mới', '8', '10'],
    ]);
  });

  it.each(PLAN_FILES.filter(([file]) => !file.endsWith('.pdf')))('%s: the signature block keeps its lines apart from Nơi nhận', async (file) => {
    const lines = (await read(file)).lines.map(plain).filter(Boolean);
    expect(lines.indexOf('- Lưu: VT.')).toBeLessThan(lines.indexOf('TM. ỦY BAN NHÂN DÂN'));
    expect(lines.indexOf('CHỦ TỊCH')).toBe(lines.indexOf('TM. ỦY BAN NHÂN DÂN') + 1);
    expect(lines.indexOf('Ngô Hữu Phước')).toBe(lines.indexOf('CHỦ TỊCH') + 1);
  });
});

describe('imported', () => {
  it.each(PLAN_FILES)('%s: imports with every word and the same metadata as the .docx', async (file) => {
    const docx = (await importFile(path.join(dir, 'ke-hoach-hoa-thuan.docx'))).result;
    const { result } = await importFile(path.join(dir, file));
    expect(result.errors).toEqual([]);
    expect(result.fidelity?.retention).toBe(1);
    expect({ ...result.frontmatter, sourceFile: undefined }).toEqual({ ...docx.frontmatter, sourceFile: undefined });
  });

  const body = async (name: string) => splitDocument((await importFile(path.join(dir, name))).result.markdown!).body;

  it.each(['ke-hoach-hoa-thuan.odt', 'ke-hoach-hoa-thuan.pdf'])('%s: gives the very Markdown body of the .docx', async (file) => {
    expect(await body(file)).toBe(await body('ke-hoach-hoa-thuan.docx'));
  });

  it('a .doc gives the Markdown body of the .docx but its emphasis (word-extractor reads none)', async () => {
    const unmarked = (markdown: string) => markdown.replace(/\*/g, '');
    expect(unmarked(await body('ke-hoach-hoa-thuan.doc'))).toBe(unmarked(await body('ke-hoach-hoa-thuan.docx')));
  });

  it('a PDF report of eight pages gives the very Markdown body of its .docx', async () => {
    expect(await body('bao-cao-tan-hoa.pdf')).toBe(await body('bao-cao-tan-hoa.docx'));
  });
});

describe('.odt', () => {
  it('reads to the very lines of the .docx it was converted from: emphasis, tables, footnotes', async () => {
    const docx = await read('ke-hoach-hoa-thuan.docx');
    const odt = await read('ke-hoach-hoa-thuan.odt');
    expect(odt.lines).toEqual(docx.lines);
    expect(odt.notes).toEqual(docx.notes);
    expect(odt.lines.map((l) => l.text)).toContain('**I. MỤC ĐÍCH, YÊU CẦU**');
    expect(odt.lines.map((l) => l.text)).toContain('*Hòa Thuận, ngày tháng 01 năm 2024*');
  });

  it('leaves out the page header and footer, which live in styles.xml', async () => {
    expect(textOf((await read('ke-hoach-hoa-thuan.odt')).lines)).not.toContain('bản lưu hành nội bộ');
  });
});

describe('.doc (Word 97–2003)', () => {
  it('keeps footnote marks where they stood, with the notes apart', async () => {
    const source = await read('ke-hoach-hoa-thuan.doc');
    expect(source.encoding).toBe('doc');
    expect(source.lines.map((l) => l.text)).toContain('4. Thi đua Chương trình, mục tiêu phát triển kinh tế - xã hội[2] (13 nội dung) trong năm 2024.');
    const notes = source.notes.filter((l) => l.text).map((l) => l.text);
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/^\[1\] \(1\) Tỷ lệ giải ngân vốn đầu tư công/u);
    expect(notes[1]).toMatch(/^\[2\] \(1\) Phân đầu vận động phát triển/u);
  });

  it('drops the page header and footer', async () => {
    const text = textOf((await read('ke-hoach-hoa-thuan.doc')).lines);
    expect(text).not.toContain('bản lưu hành nội bộ');
    expect((await read('ke-hoach-hoa-thuan.doc')).lines.some((l) => /^\d+$/u.test(l.text))).toBe(false);
  });

  it('reads a long report whole', async () => {
    const source = await read('bao-cao-tan-hoa.doc');
    expect(checkTextFidelity(reference('bao-cao-tan-hoa.txt'), textOf(source.lines)).retention).toBe(1);
  });
});

describe('web pages', () => {
  it('keep the article and drop the portal around it: menus, sidebar, share links, footer, scripts', async () => {
    const source = await read('cong-thong-tin.html');
    const text = textOf(source.lines);
    for (const chrome of ['Trang chủ', 'Tin mới', 'Ra quân vệ sinh', 'Chia sẻ', 'Bản quyền thuộc', 'dataLayer', 'noopener', 'display:flex']) expect(text).not.toContain(chrome);
    expect(source.warnings).toContain('bỏ 6 phần của trang web (menu, đầu trang, chân trang, mã lệnh) (page chrome dropped)');
  });

  it('decode the declared windows-1258 charset (tone marks as separate characters) to NFC', async () => {
    const source = await read('cong-thong-tin.html');
    const text = textOf(source.lines);
    expect(text).toContain('Phát động phong trào thi đua yêu nước năm 2024');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('write <b>/<strong> and <i>/<em> as the text exports do, and superscript footnote numbers as ¹ ²', async () => {
    const lines = (await read('cong-thong-tin.html')).lines.map((l) => l.text);
    expect(lines).toContain('**KẾ HOẠCH**');
    expect(lines).toContain('*Một số chỉ tiêu chủ yếu năm 2024:*');
    expect(lines.find((l) => l.startsWith('3. Thi đua quyết tâm'))).toContain('hành động¹ năm 2024');
    expect(lines.some((l) => l.startsWith('¹ (1) Tỷ lệ giải ngân'))).toBe(true);
  });

  it("take Word's footnotes (a page saved as web page) as notes", async () => {
    const source = await read('word-web.htm');
    expect(source.lines.map((l) => l.text)).toContain('4. Thi đua Chương trình, mục tiêu phát triển kinh tế - xã hội[2] (13 nội dung) trong năm 2024.');
    expect(source.notes[0].text).toMatch(/^\[1\] \(1\) Tỷ lệ giải ngân vốn/u);
  });
});

describe('Markdown from a web page', () => {
  it('drops heading marks, link targets and images (with a warning) and keeps their words', async () => {
    const source = await read('ban-web.md');
    const text = textOf(source.lines);
    expect(text).not.toMatch(/^#/mu);
    expect(text).not.toContain('https://');
    expect(text).toContain('Nguồn: Cổng thông tin điện tử phường Hòa Thuận');
    expect(source.lines[0].text).toBe('Kế hoạch phát động phong trào thi đua yêu nước năm 2024');
    expect(source.warnings).toEqual(['bỏ 1 ảnh trong văn bản (images dropped)']);
  });

  it('puts back on one line a bold run cut by the converter\'s hard wrap', async () => {
    const lines = (await read('ban-web.md')).lines.map((l) => l.text);
    expect(lines).toContain('**UBND PHƯỜNG HÒA THUẬN**');
    expect(lines).toContain('**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**');
  });

  it('turns GFM footnotes into marks and notes', async () => {
    const source = await read('ban-web.md');
    expect(textOf(source.lines)).toMatch(/hành động\[1\]\s+năm\s+2024/u);
    expect(source.notes[0].text).toMatch(/^\[1\] \(1\) Tỷ lệ giải ngân vốn đầu tư công đạt 100%;/u);
  });

  it('is recognised by its content in a .txt file too', async () => {
    expect((await read('ban-web.md', 'ban-web.txt')).format).toBe('markdown');
  });
});

describe('.txt', () => {
  it('reads a seed as before: lines as they are, the encoding as the format tag', async () => {
    const seed = path.join(fixturesDir, '../../../content/sources/dong-thap/hoa-thuan-cao-lanh/003_4a4cdb79b3415bc2.txt');
    const source = await readSource(readFileSync(seed), '003_4a4cdb79b3415bc2.txt');
    expect(source).toMatchObject({ format: 'txt', encoding: 'utf-8', notes: [], warnings: [] });
    expect(source.lines.map((l) => l.text)).toEqual(readFileSync(seed, 'utf8').split('\n'));
  });
});
