import { describe, expect, it } from 'vitest';
import { parseHeader, parsePlaceDate } from '../../../tools/import/header.ts';
import { readSource } from '../../../tools/import/read-source.ts';
import type { SourceLine } from '../../../tools/import/types.ts';

const lines = (text: string): SourceLine[] => text.split('\n').map((t) => ({ text: t }));

/** What every layout below must read. */
const expected = { issuer: ['UBND HUYỆN PHÚ BÌNH', 'UBND XÃ TÂN HÒA'], number: '127', symbol: 'BC-UBND', place: 'Tân Hòa', issuedOn: '2023-12-15', kind: 'báo cáo', title: 'Tổng kết công tác thi đua, khen thưởng năm 2023' };
const typeAndTitle = '\nBÁO CÁO\nTổng kết công tác thi đua, khen thưởng năm 2023\nPhần I\nKẾT QUẢ THỰC HIỆN';

describe('header cells in any layout', () => {
  it.each([
    ['one column, the seeds’ order', 'UBND HUYỆN PHÚ BÌNH\nUBND XÃ TÂN HÒA\nSố: 127/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTân Hòa, ngày 15 tháng 12 năm 2023'],
    ['the motto first, the number last', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n______________\nUBND HUYỆN PHÚ BÌNH\nUBND XÃ TÂN HÒA\nTân Hòa, ngày 15 tháng 12 năm 2023\nSố: 127/BC-UBND'],
    ['two columns far apart', 'UBND HUYỆN PHÚ BÌNH              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nUBND XÃ TÂN HÒA                  Độc lập - Tự do - Hạnh phúc\n                                  ----------------------\nSố: 127/BC-UBND          Tân Hòa, ngày 15 tháng 12 năm 2023'],
    ['two columns a tab apart', 'UBND HUYỆN PHÚ BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nUBND XÃ TÂN HÒA\tĐộc lập — Tự do — Hạnh phúc\nSố: 127/BC-UBND\tTân Hòa, ngày 15 tháng 12 năm 2023'],
    ['two columns a no-break space apart', 'UBND HUYỆN PHÚ BÌNH\u00a0CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nUBND XÃ TÂN HÒA\u00a0\u00a0Độc lập Tự do Hạnh phúc\nSố: 127/BC-UBND\u00a0\u00a0\u00a0Tân Hòa, ngày 15 tháng 12 năm 2023'],
    ['a Markdown table left by a crawler', '| **UBND HUYỆN PHÚ BÌNH** **UBND XÃ TÂN HÒA** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** Độc lập - Tự do - Hạnh phúc |\n|---|---|\n| Số: 127/BC-UBND | *Tân Hòa, ngày 15 tháng 12 năm 2023* |'],
    ['cells between pipe lines, bold runs wrapped', '|\n**UBND HUYỆN PHÚ\nBÌNH**\nUBND XÃ TÂN HÒA\n--------\n|\n**CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n|\nSố:\n127/BC-UBND\n|\n*Tân Hòa, ngày\n15 tháng 12 năm 2023*\n|'],
    ['the place alone on its line', 'UBND HUYỆN PHÚ BÌNH\nUBND XÃ TÂN HÒA\nSố: 127/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n_Độc lập - Tự do - Hạnh phúc_\nTân Hòa,\nngày 15 tháng 12 năm 2023'],
    ['the date as digits', 'UBND HUYỆN PHÚ BÌNH\nUBND XÃ TÂN HÒA\nSố: 127/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTân Hòa, 15/12/2023'],
  ])('reads %s', (_, head) => {
    const read = parseHeader(lines(head + typeAndTitle));
    expect(read).toMatchObject({ ...expected, leftover: [] });
    expect(lines(head + typeAndTitle)[read.bodyStart].text).toBe('Phần I');
  });

  it('reads a header table from a .docx, cells split into their paragraphs', () => {
    const table: SourceLine = { text: '', table: [['UBND HUYỆN PHÚ BÌNH\nUBND XÃ TÂN HÒA\nSố: 127/BC-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTân Hòa, ngày 15 tháng 12 năm 2023']] };
    const read = parseHeader([table, ...lines(typeAndTitle.slice(1))]);
    expect(read).toMatchObject({ ...expected, leftover: [], start: 0, bodyStart: 3 });
  });

  it('reads text exported with tabs and no-break spaces the way the reader hands it over', async () => {
    const text = 'UBND HUYỆN PHÚ BÌNH\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nUBND XÃ TÂN HÒA\t\tĐộc lập - Tự do - Hạnh phúc\nSố: 127/BC-UBND\t\t\u00a0Tân Hòa, ngày 15 tháng 12 năm 2023' + typeAndTitle;
    const source = await readSource(new TextEncoder().encode(text), 'bao-cao.txt');
    expect(parseHeader(source.lines)).toMatchObject(expected);
  });

  it('keeps the lines before a header that starts further down (a saved page’s chrome) in the body', () => {
    const read = parseHeader(lines('Bản dịch này thuộc quyền sở hữu của THƯ VIỆN PHÁP LUẬT.\n**Ngày ban hành:**\n15/12/2023\nUBND HUYỆN PHÚ BÌNH\nUBND XÃ TÂN HÒA\nSố: 127/BC-UBND\nTân Hòa, ngày 15 tháng 12 năm 2023' + typeAndTitle));
    expect(read).toMatchObject({ ...expected, start: 3 });
  });

  it('finds no header in a document that starts with its body', () => {
    const read = parseHeader(lines('Kính gửi: Ủy ban nhân dân các xã, phường\nCăn cứ Kế hoạch số 13-KH/TU ngày 17 tháng 11 năm 2025 của Ban Thường vụ Thành ủy;\nỦy ban nhân dân Thành phố đề nghị như sau:'));
    expect(read).toEqual({ issuer: [], leftover: [], start: 0, bodyStart: 0 });
  });
});

describe('place and date', () => {
  it.each([
    ['Tân Hoà, ngày 15 tháng 12 năm 2023', { place: 'Tân Hoà', issuedOn: '2023-12-15' }],
    ['Tân Hòa, ngày   tháng 12 năm 2023', { place: 'Tân Hòa', issuedOn: '2023-12' }],
    ['Sơn Long, ngày … tháng … năm 2024', { place: 'Sơn Long', issuedOn: '2024' }],
    ['Tân Hòa, 15/12/2023', { place: 'Tân Hòa', issuedOn: '2023-12-15' }],
    ['Phổ Minh, ngày 5/2/2024', { place: 'Phổ Minh', issuedOn: '2024-02-05' }],
    ['Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025', { place: 'Thành phố Hồ Chí Minh', issuedOn: '2025-11-28' }],
    ['Tân Hòa, ngày 30 tháng 02 năm 2024', { place: 'Tân Hòa', issuedOn: '2024-02' }],
    ['ngày 05 tháng 3 năm 2024', { place: undefined, issuedOn: '2024-03-05' }],
  ])('reads "%s"', (text, result) => {
    expect(parsePlaceDate(text)).toEqual(result);
  });

  it('does not take a sentence citing a date, or a bare date, for the date of issue', () => {
    expect(parsePlaceDate('Căn cứ Kế hoạch số 14/KH-UBND ngày 11 tháng 01 năm 2024 của UBND thành phố')).toBeUndefined();
    expect(parsePlaceDate('28/11/2025')).toBeUndefined();
  });
});
