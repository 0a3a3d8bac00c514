/**
 * Shapes of real documents the importer must keep whole and in order: emphasis marks inside a word of a
 * crawled date, a letter's subject in the same cell as its number under a crawler's repeated heading, a
 * signer's second title written under the name, a name cut at the end of a signature line, a distribution
 * list written on a few long lines, and the PDF layouts of Word/LibreOffice tables (stretched gaps, narrow
 * columns, a Nơi nhận list longer than the signature beside it).
 */
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../tools/import/import-document.ts';
import { readSource } from '../../../tools/import/read-source.ts';
import { parseTail } from '../../../tools/import/tail.ts';
import { addRecipientLine, recipientsOf } from '../../../tools/import/recipients.ts';
import { wordsOf } from '../../../tools/import/text.ts';
import { layoutLines } from '../../../tools/import/formats/pdf-layout.ts';
import { pageLines, type Line, type TextItem } from '../../../tools/import/formats/pdf-lines.ts';
import type { SourceLine } from '../../../tools/import/types.ts';
import { seedUnits } from './helpers.ts';

const lines = (text: string): SourceLine[] => text.split('\n').map((t) => ({ text: t }));
const UNIT = 'thai-nguyen/tan-hoa-phu-binh';
const importText = (text: string, fileName = 'van-ban.txt') => importDocument({ fileName, lines: lines(text) }, { units: seedUnits, unit: UNIT });
const importMarkdown = async (text: string) => {
  const source = await readSource(new TextEncoder().encode(text), 'trang.md');
  return importDocument({ fileName: 'trang.md', lines: source.lines, notes: source.notes }, { units: seedUnits, unit: UNIT });
};
const bodyOf = (markdown = '') => markdown.slice(markdown.indexOf('\n---\n') + 5);

describe('emphasis marks inside a word', () => {
  it('do not part the word: Markdown draws "202**5*" as 2025 and "K**ý**" as Ký', () => {
    expect(wordsOf('*Hà Nội, ngày **24** tháng 11 năm 202**5*')).toEqual(['hà', 'nội', 'ngày', '24', 'tháng', '11', 'năm', '2025']);
    expect(wordsOf('(K**ý** tên, đóng dấu)')).toEqual(['ký', 'tên', 'đóng', 'dấu']);
    expect(wordsOf('**Điều 1.**** **Ban hành')).toEqual(['điều', '1', 'ban', 'hành']);
  });

  it('a date whose last digit was bolded is read whole and stands once, in the frontmatter', () => {
    const result = importText(
      '**ỦY BAN NHÂN DÂN XÃ TÂN HÒA**\nSố: 18/QĐ-UBND\n*Tân Hòa, ngày **09** tháng 3 năm 202**6*\n**QUYẾT ĐỊNH**\nVề việc khen thưởng phong trào thi đua năm 2025\nCăn cứ Luật Thi đua, Khen thưởng năm 2022;\n**Điều 1.** Tặng Giấy khen cho 5 tập thể.\nNơi nhận:\n- Như Điều 1;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Hùng',
    );
    expect(result.errors).toEqual([]);
    expect(result.frontmatter?.issuedOn).toBe('2026-03-09');
    expect(bodyOf(result.markdown)).not.toContain('ngày');
    expect(result.fidelity).toMatchObject({ ok: true, moved: 0 });
  });
});

describe('a letter (công văn) crawled from a portal', () => {
  const page = [
    '*Source: https://example.vn/cong-van/215-ubnd-vp*',
    '',
    '# V/v tổ chức Lễ phát động thi đua năm 2026',
    '',
    '| ỦY BAN NHÂN DÂN XÃ TÂN HÒA ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |',
    '|---|---|',
    '| Số: 215/UBND-VP V/v tổ chức Lễ phát động thi đua năm 2026 | Tân Hòa, ngày 05 tháng 01 năm 2026 |',
    '',
    'Kính gửi: Các thôn, xóm trên địa bàn xã.',
    '',
    'Để phát động phong trào thi đua năm 2026, Ủy ban nhân dân xã đề nghị các thôn, xóm chuẩn bị',
    'lực lượng tham dự Lễ phát động vào ngày 15 tháng 01 năm 2026.',
    '',
    '| Nơi nhận: - Như trên; - Lưu: VT. | TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Đỗ Thị Lan |',
  ].join('\n');

  it('keeps the subject sharing the number\'s cell as the title, the date before it, and every word in order', async () => {
    const result = await importMarkdown(page);
    expect(result.errors).toEqual([]);
    expect(result.frontmatter).toMatchObject({ type: 'công văn', number: '215', symbol: 'UBND-VP', issuedOn: '2026-01-05', title: 'V/v tổ chức Lễ phát động thi đua năm 2026' });
    expect(result.fidelity).toMatchObject({ ok: true, moved: 0 });
  });

  it('keeps the crawler\'s heading repeating the subject as a line of the body, and joins a hard-wrapped paragraph', async () => {
    const body = bodyOf((await importMarkdown(page)).markdown);
    expect(body).toContain('V/v tổ chức Lễ phát động thi đua năm 2026\n');
    expect(body).toContain('các thôn, xóm chuẩn bị lực lượng tham dự');
  });
});

describe('the signature', () => {
  const text = (signature: string) =>
    `UBND XÃ TÂN HÒA\nBAN CHỈ ĐẠO\nSố: 03/KH-BCĐ\nTân Hòa, ngày 12 tháng 12 năm 2025\nKẾ HOẠCH\nTuyên truyền cuộc bầu cử năm 2026\nBan Chỉ đạo xây dựng kế hoạch như sau:\nNơi nhận:\n- Thường trực Đảng ủy (b/c);\n- Lưu: VT.\n${signature}`;

  it('takes a title written under the name into the signer\'s title, and counts it where the frontmatter has it', () => {
    const result = importText(text('TM. BAN CHỈ ĐẠO\n\nTRƯỞNG BAN\n\nLê Thị Hồng\n\nPHÓ BÍ THƯ ĐẢNG ỦY XÃ'));
    expect(result.errors).toEqual([]);
    expect(result.frontmatter?.signer).toEqual({ capacity: 'TM. BAN CHỈ ĐẠO', title: 'TRƯỞNG BAN', name: 'Lê Thị Hồng', after: ['PHÓ BÍ THƯ ĐẢNG ỦY XÃ'] });
    expect(result.fidelity).toMatchObject({ ok: true, moved: 0 });
  });

  it('joins a name cut after its first word at the end of the title\'s line', () => {
    const tail = parseTail(lines('Đề nghị các đơn vị thực hiện./.\nTL. GIÁM ĐỐC\nTRƯỞNG PHÒNG KẾ HOẠCH - TÀI CHÍNH Trần\nVăn Bình'), 0);
    expect(tail.signer).toMatchObject({ capacity: 'TL. GIÁM ĐỐC', name: 'Trần Văn Bình' });
  });
});

describe('a distribution list written on a few long lines', () => {
  it('splits the items a wrapped line carries after the one it finishes', () => {
    const items: string[] = [];
    addRecipientLine(items, '- Như trên; - Văn phòng UBND tỉnh; - Ông Trần');
    addRecipientLine(items, 'Văn Bình (để b/c); - Lưu: VT, KHTC.');
    expect(recipientsOf(items)).toEqual(['Như trên', 'Văn phòng UBND tỉnh', 'Ông Trần Văn Bình (để b/c)', 'Lưu: VT, KHTC']);
  });
});

/** A page's lines from (text, x, y) items in 12-point type, 6 units a character. */
const page = (...items: [string, number, number][]): Line[] => pageLines(items.map(([text, x, y]): TextItem => ({ text, x, y, width: text.length * 6, size: 12 })));
const segments = (page: Line[]) => page.map((line) => line.segments.map((s) => s.text));
const laidOut = (pages: Line[][]) => layoutLines(pages).map((line) => line.text).filter(Boolean);

describe('PDF tables drawn by Word and LibreOffice', () => {
  it('joins a syllable a justified line stretched apart ("Ph    ạm"), and still parts columns between words', () => {
    expect(segments(page(['TRƯỞNG PHÒNG Ph', 300, 500], ['ạm', 420, 500]))).toEqual([['TRƯỞNG PHÒNG Phạm']]);
    expect(segments(page(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 60, 500], ['lập - Tự do - Hạnh phúc', 300, 500]))).toEqual([['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'lập - Tự do - Hạnh phúc']]);
  });

  it('parts two cells filled to their edge where a line nearby has its column at that place', () => {
    const lines = page(['Nơi nhận: - Như trên; - UBND tỉnh;', 60, 500], ['TL. CHỦ TỊCH', 280, 500], ['- Lưu: VT, VP.', 60, 485], ['CHÁNH VĂN PHÒNG', 280, 485]);
    expect(segments(lines)).toEqual([
      ['Nơi nhận: - Như trên; - UBND tỉnh;', 'TL. CHỦ TỊCH'],
      ['- Lưu: VT, VP.', 'CHÁNH VĂN PHÒNG'],
    ]);
    expect(segments(page(['Ủy ban nhân dân xã Tân Hòa báo cáo kết quả', 60, 500], ['thực hiện năm 2025.', 330, 500]))).toEqual([['Ủy ban nhân dân xã Tân Hòa báo cáo kết quả thực hiện năm 2025.']]);
  });

  it('reads a Nơi nhận list longer than the signature beside it whole, before the signature, the name far below', () => {
    const lines = page(
      ['Nơi nhận:', 60, 400],
      ['TM. ỦY BAN NHÂN DÂN', 330, 400],
      ['CHỦ TỊCH', 363, 386],
      ['- Như trên;', 70, 372],
      ['- UBND các thôn;', 70, 358],
      ['- Lưu: VT.', 70, 344],
      ['Nguyễn Văn An', 348, 344],
    );
    expect(laidOut([lines])).toEqual(['Nơi nhận:', '- Như trên;', '- UBND các thôn;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn An']);
  });

  it('gives back the lines under a signature table set further apart than its rows (an annex\'s heading)', () => {
    const lines = page(
      ['Nơi nhận:', 60, 400],
      ['TL. GIÁM ĐỐC', 330, 400],
      ['- Lưu: VT.', 60, 386],
      ['Trần Văn Bình', 330, 386],
      ['PHỤ LỤC', 60, 360],
      ['Danh sách tập thể.', 60, 346],
    );
    const out = layoutLines([lines]);
    expect(out.map((line) => line.text).filter(Boolean)).toEqual(['Nơi nhận:', '- Lưu: VT.', 'TL. GIÁM ĐỐC', 'Trần Văn Bình', 'PHỤ LỤC', 'Danh sách tập thể.']);
  });
});
