import { describe, expect, it } from 'vitest';
import { parseTail } from '../../../tools/import/tail.ts';
import { splitCapacityTitle } from '../../../tools/import/signer.ts';
import type { SourceLine } from '../../../tools/import/types.ts';

const lines = (text: string): SourceLine[] => text.split('\n').map((t) => ({ text: t }));
const body = 'Trên đây là báo cáo tổng kết công tác thi đua, khen thưởng năm 2023 của UBND xã Tân Hòa./.\n';
const list = 'Nơi nhận:\n- UBND huyện Phú Bình;\n- Lưu: VT.\n';

describe('signature blocks', () => {
  it.each([
    ['TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đã ký)\nĐào Văn Trung', { capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Đào Văn Trung' }],
    ['TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(đã ký và đóng dấu)\nNguyễn Thị Hằng', { capacity: 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Thị Hằng' }],
    ['Q. CHỦ TỊCH\n(Ký tên, đóng dấu)\nLê Văn Hùng', { capacity: 'Q. CHỦ TỊCH', name: 'Lê Văn Hùng' }],
    ['TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\n\n\nHoàng Thị Lan', { capacity: 'TL. CHỦ TỊCH', title: 'CHÁNH VĂN PHÒNG', name: 'Hoàng Thị Lan' }],
    ['TUQ. CHỦ TỊCH\nTRƯỞNG PHÒNG NỘI VỤ\nTrần Văn Bình', { capacity: 'TUQ. CHỦ TỊCH', title: 'TRƯỞNG PHÒNG NỘI VỤ', name: 'Trần Văn Bình' }],
    ['TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\nLan Thị Vân', { capacity: 'TM. BAN THƯỜNG TRỰC', title: 'CHỦ TỊCH', name: 'Lan Thị Vân' }],
    ['TM. ĐẢNG ỦY\nBÍ THƯ\nNông Văn Hòa', { capacity: 'TM. ĐẢNG ỦY', title: 'BÍ THƯ', name: 'Nông Văn Hòa' }],
    ['T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nVũ Thị Mai', { capacity: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ', name: 'Vũ Thị Mai' }],
    ['TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG\nCHỦ TỊCH\nĐào Văn Trung', { capacity: 'TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', title: 'CHỦ TỊCH', name: 'Đào Văn Trung' }],
    ['**TM. ỦY BAN NHÂN\nDÂN**\nKT. CHỦ TỊCH\n**PHÓ CHỦ TỊCH**\n**Dương\nĐức Tuấn**', { capacity: 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Dương Đức Tuấn' }],
    ['K/T TRƯỞNG\nBAN\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\nHoàng Đăng Quang', { capacity: 'K/T TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN THƯỜNG TRỰC', name: 'Hoàng Đăng Quang' }],
    ['CHỦ TỊCH\n\n\n\nĐào Văn Trung', { title: 'CHỦ TỊCH', name: 'Đào Văn Trung' }],
  ])('reads %j after Nơi nhận', (signature, signer) => {
    const tail = parseTail(lines(body + list + signature), 0);
    expect(tail.signer).toEqual({ capacity: undefined, title: undefined, ...signer });
    expect(tail.recipients).toEqual(['UBND huyện Phú Bình', 'Lưu: VT']);
    expect(tail.bodyEnd).toBe(1);
  });

  it('keeps the placeholders for signature and seal in the body, in their order', () => {
    const tail = parseTail(lines(`${body}${list}TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đã ký)\n(Đã đóng dấu)\nĐào Văn Trung`), 0);
    expect(tail.leftover).toEqual(['(Đã ký)', '(Đã đóng dấu)']);
  });

  it('reads a signature standing before Nơi nhận', () => {
    const tail = parseTail(lines(`${body}\nTM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\n\nLan Thị Vân\n\n${list}`), 0);
    expect(tail).toMatchObject({ bodyEnd: 2, recipients: ['UBND huyện Phú Bình', 'Lưu: VT'], signer: { capacity: 'TM. BAN THƯỜNG TRỰC', title: 'CHỦ TỊCH', name: 'Lan Thị Vân' } });
  });

  it('reads Nơi nhận beside the signature, both columns on one line far apart', () => {
    const tail = parseTail(lines(`${body}Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN\n- UBND huyện Phú Bình;                       KT. CHỦ TỊCH\n- Đảng ủy, HĐND xã;                          PHÓ CHỦ TỊCH\n- Lưu: VT.\n                                             Nguyễn Văn Hải`), 0);
    expect(tail).toMatchObject({ bodyEnd: 1, recipients: ['UBND huyện Phú Bình', 'Đảng ủy, HĐND xã', 'Lưu: VT'], signer: { capacity: 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn Hải' } });
  });

  it('reads the two columns of a tail a tab apart, once read as one space', () => {
    const tail = parseTail(lines(`${body}Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- UBND huyện Phú Bình; CHỦ TỊCH\n- Lưu: VT. (Đã ký)\nĐào Văn Trung`), 0);
    expect(tail).toMatchObject({ recipients: ['UBND huyện Phú Bình', 'Lưu: VT'], signer: { capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Đào Văn Trung' }, leftover: ['(Đã ký)'] });
  });

  it('reads a crawled table row holding the list and the whole signature', () => {
    const tail = parseTail(lines(`${body}| Nơi nhận: - Như Điều 3; - Chủ tịch, các PCT UBND tỉnh; - Bộ Lao động - TB và XH; (báo cáo) - Lưu: VT, K1. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lâm Hải Giang |\n|---|---|`), 0);
    expect(tail).toMatchObject({
      recipients: ['Như Điều 3', 'Chủ tịch, các PCT UBND tỉnh', 'Bộ Lao động - TB và XH; (báo cáo)', 'Lưu: VT, K1'],
      signer: { capacity: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Lâm Hải Giang' },
    });
  });

  it('joins Nơi nhận items wrapped over lines, and keeps a clerk’s code between the list and the signature', () => {
    const tail = parseTail(lines(`${body}Nơi nhận:\n- Ủy ban Kiểm tra Đảng ủy, Ban xây dựng Đảng,\nVP Đảng ủy;\n- Bí thư Chi bộ, Trưởng thôn, Ban công\ntác MT thôn;\n- Lưu: VT.\nHP_VP11_QĐ\nTM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\nLan Thị Vân`), 0);
    expect(tail.recipients).toEqual(['Ủy ban Kiểm tra Đảng ủy, Ban xây dựng Đảng, VP Đảng ủy', 'Bí thư Chi bộ, Trưởng thôn, Ban công tác MT thôn', 'Lưu: VT']);
    expect(tail.leftover).toEqual(['HP_VP11_QĐ']);
    expect(tail.signer.name).toBe('Lan Thị Vân');
  });

  it('reads a signature with no Nơi nhận', () => {
    const tail = parseTail(lines(`${body}\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nĐào Văn Trung`), 0);
    expect(tail).toMatchObject({ bodyEnd: 2, after: 5, recipients: [], signer: { capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Đào Văn Trung' } });
  });
});

describe('capacity and title', () => {
  it.each([
    ['TM. ỦY BAN NHÂN DÂN TỈNH CHỦ TỊCH', { capacity: 'TM. ỦY BAN NHÂN DÂN TỈNH', title: 'CHỦ TỊCH' }],
    ['KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM', { capacity: 'KT. BỘ TRƯỞNG, CHỦ NHIỆM', title: 'PHÓ CHỦ NHIỆM' }],
    ['TL. TỔNG CỤC TRƯỞNG KT. VỤ TRƯỞNG VỤ CHÍNH SÁCH PHÓ VỤ TRƯỞNG', { capacity: 'TL. TỔNG CỤC TRƯỞNG / KT. VỤ TRƯỞNG VỤ CHÍNH SÁCH', title: 'PHÓ VỤ TRƯỞNG' }],
    ['TL. BỘ TRƯỞNG VỤ TRƯỞNG VỤ KẾ HOẠCH - TÀI CHÍNH', { capacity: 'TL. BỘ TRƯỞNG', title: 'VỤ TRƯỞNG VỤ KẾ HOẠCH - TÀI CHÍNH' }],
    ['TRƯỞNG BAN PHÓ THỦ TƯỚNG', { capacity: undefined, title: 'TRƯỞNG BAN / PHÓ THỦ TƯỚNG' }],
    ['TM. ĐOÀN CHỦ TỊCH CHỦ TỊCH', { capacity: 'TM. ĐOÀN CHỦ TỊCH', title: 'CHỦ TỊCH' }],
    ['KT GIÁM ĐỐC PHÓ GIÁM ĐỐC', { capacity: 'KT GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC' }],
  ])('splits "%s"', (text, expected) => {
    expect(splitCapacityTitle(text)).toEqual(expected);
  });
});
