import { describe, expect, it } from 'vitest';
import { parseHeader } from '../../../tools/import/header.ts';
import { issuerNames } from '../../../tools/import/issuer.ts';
import type { SourceLine } from '../../../tools/import/types.ts';

const lines = (text: string): SourceLine[] => text.split('\n').map((t) => ({ text: t }));

/** A header in the seeds' shape: the issuing body's lines, then number, motto, place and date, type and title. */
const header = (body: string, number: string, place = 'Tân Hòa') =>
  parseHeader(
    lines(
      `${body}\nSố: ${number}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n${place}, ngày 15 tháng 12 năm 2023\nBÁO CÁO\nTổng kết công tác thi đua, khen thưởng năm 2023\nCăn cứ Luật Thi đua, khen thưởng năm 2022;`,
    ),
  );

describe('issuing bodies', () => {
  it.each([
    ['a commune People’s Committee', 'ỦY BAN NHÂN DÂN\nXÃ TÂN HÒA', ['ỦY BAN NHÂN DÂN', 'XÃ TÂN HÒA'], ['ỦY BAN NHÂN DÂN XÃ TÂN HÒA']],
    ['a ward under its town', 'UBND THỊ XÃ ĐỨC PHỔ\nUBND PHƯỜNG PHỔ VĂN', ['UBND THỊ XÃ ĐỨC PHỔ', 'UBND PHƯỜNG PHỔ VĂN'], ['UBND THỊ XÃ ĐỨC PHỔ', 'UBND PHƯỜNG PHỔ VĂN']],
    ['a district', 'ỦY BAN NHÂN DÂN\nHUYỆN PHÚ BÌNH', ['ỦY BAN NHÂN DÂN', 'HUYỆN PHÚ BÌNH'], ['ỦY BAN NHÂN DÂN HUYỆN PHÚ BÌNH']],
    ['a province', 'ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN', ['ỦY BAN NHÂN DÂN', 'TỈNH THÁI NGUYÊN'], ['ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN']],
    ['a commune committee under its district', 'UBND HUYỆN PHÚ BÌNH\nỦY BAN NHÂN DÂN XÃ TÂN HÒA', ['UBND HUYỆN PHÚ BÌNH', 'ỦY BAN NHÂN DÂN XÃ TÂN HÒA'], ['UBND HUYỆN PHÚ BÌNH', 'ỦY BAN NHÂN DÂN XÃ TÂN HÒA']],
    ['a People’s Council', 'HỘI ĐỒNG NHÂN DÂN\nXÃ TÂN HÒA', ['HỘI ĐỒNG NHÂN DÂN', 'XÃ TÂN HÒA'], ['HỘI ĐỒNG NHÂN DÂN XÃ TÂN HÒA']],
    [
      'the Fatherland Front’s standing board',
      'ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC',
      ['ỦY BAN MTTQ VIỆT NAM', 'XÃ LƯƠNG MINH', 'BAN THƯỜNG TRỰC'],
      ['ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH', 'BAN THƯỜNG TRỰC'],
    ],
    ['an emulation council', 'UBND XÃ TÂN HÒA\nHỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', ['UBND XÃ TÂN HÒA', 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG'], ['UBND XÃ TÂN HÒA', 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG']],
    ['the farmers’ association', 'HỘI NÔNG DÂN VIỆT NAM\nBCH XÃ TÂN HÒA', ['HỘI NÔNG DÂN VIỆT NAM', 'BCH XÃ TÂN HÒA'], ['HỘI NÔNG DÂN VIỆT NAM', 'BCH XÃ TÂN HÒA']],
    ['the women’s union', 'HỘI LHPN XÃ TÂN HÒA', ['HỘI LHPN XÃ TÂN HÒA'], ['HỘI LHPN XÃ TÂN HÒA']],
    ['the youth union', 'ĐOÀN TNCS HỒ CHÍ MINH\nBCH XÃ TÂN HÒA', ['ĐOÀN TNCS HỒ CHÍ MINH', 'BCH XÃ TÂN HÒA'], ['ĐOÀN TNCS HỒ CHÍ MINH', 'BCH XÃ TÂN HÒA']],
    ['the veterans’ association', 'HỘI CỰU CHIẾN BINH\nXÃ TÂN HÒA', ['HỘI CỰU CHIẾN BINH', 'XÃ TÂN HÒA'], ['HỘI CỰU CHIẾN BINH XÃ TÂN HÒA']],
    ['a labour federation', 'LIÊN ĐOÀN LAO ĐỘNG\nHUYỆN PHÚ BÌNH', ['LIÊN ĐOÀN LAO ĐỘNG', 'HUYỆN PHÚ BÌNH'], ['LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ BÌNH']],
    ['the Prime Minister', 'THỦ TƯỚNG CHÍNH PHỦ', ['THỦ TƯỚNG CHÍNH PHỦ'], ['THỦ TƯỚNG CHÍNH PHỦ']],
    ['the Government', 'CHÍNH PHỦ', ['CHÍNH PHỦ'], ['CHÍNH PHỦ']],
    ['a ministry', 'BỘ NỘI VỤ', ['BỘ NỘI VỤ'], ['BỘ NỘI VỤ']],
    ['a provincial department', 'UBND TỈNH THÁI NGUYÊN\nSỞ NỘI VỤ', ['UBND TỈNH THÁI NGUYÊN', 'SỞ NỘI VỤ'], ['UBND TỈNH THÁI NGUYÊN', 'SỞ NỘI VỤ']],
    ['a body of no known kind', 'CÔNG TY TNHH MỘT THÀNH VIÊN\nKHAI THÁC THỦY LỢI', ['CÔNG TY TNHH MỘT THÀNH VIÊN', 'KHAI THÁC THỦY LỢI'], ['CÔNG TY TNHH MỘT THÀNH VIÊN', 'KHAI THÁC THỦY LỢI']],
  ])('reads %s', (_, body, printed, names) => {
    const read = header(body, '127/BC-UBND');
    expect(read.issuer).toEqual(printed);
    expect(issuerNames(read.issuer)).toEqual(names);
    expect(read).toMatchObject({ number: '127', symbol: 'BC-UBND', place: 'Tân Hòa', issuedOn: '2023-12-15', kind: 'báo cáo' });
    expect(read.title).toBe('Tổng kết công tác thi đua, khen thưởng năm 2023');
  });

  it('reads a Party committee under its district Party, with the Party’s motto on the right and a party-style number', () => {
    const read = parseHeader(
      lines('ĐẢNG BỘ HUYỆN PHÚ BÌNH\nĐẢNG ỦY XÃ TÂN HÒA\n*\nSố 12-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nTân Hòa, ngày 05 tháng 01 năm 2024\nKẾ HOẠCH\nThực hiện phong trào thi đua yêu nước năm 2024\nThực hiện Kế hoạch số 45-KH/HU ngày 20/12/2023 của Ban Thường vụ Huyện ủy, Ban Thường vụ Đảng ủy xã xây dựng kế hoạch như sau:'),
    );
    expect(read).toMatchObject({ issuer: ['ĐẢNG BỘ HUYỆN PHÚ BÌNH', 'ĐẢNG ỦY XÃ TÂN HÒA'], number: '12', symbol: 'KH/ĐU', issuedOn: '2024-01-05', kind: 'kế hoạch', leftover: [] });
    expect(read.title).toBe('Thực hiện phong trào thi đua yêu nước năm 2024');
    expect(read.bodyStart).toBe(8);
  });

  it('reads the two columns of a Party header written on one line', () => {
    const read = parseHeader(lines('ĐẢNG BỘ HUYỆN PHÚ BÌNH          ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ TÂN HÒA\nSố 07-BC/ĐU          Tân Hòa, ngày 10 tháng 6 năm 2024\nBÁO CÁO\nSơ kết 6 tháng đầu năm 2024'));
    expect(read).toMatchObject({ issuer: ['ĐẢNG BỘ HUYỆN PHÚ BÌNH', 'ĐẢNG ỦY XÃ TÂN HÒA'], number: '07', symbol: 'BC/ĐU', place: 'Tân Hòa', issuedOn: '2024-06-10', title: 'Sơ kết 6 tháng đầu năm 2024' });
  });

  it('keeps a stray mark before the issuing body out of its name', () => {
    expect(header('/ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC', '/KH-MTTQ-BTT').issuer).toEqual(['ỦY BAN MTTQ VIỆT NAM', 'XÃ LƯƠNG MINH', 'BAN THƯỜNG TRỰC']);
  });
});
