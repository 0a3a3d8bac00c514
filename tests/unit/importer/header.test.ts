import { describe, expect, it } from 'vitest';
import { isMottoLine, parseHeader, parseNumberSymbol, parsePlaceDate, parseTypeLine, typeFromSymbol } from '../../../tools/import/header.ts';
import type { SourceLine } from '../../../tools/import/types.ts';

const lines = (text: string): SourceLine[] => text.split('\n').map((t) => ({ text: t }));

describe('number and symbol', () => {
  it.each([
    ['127/BC-UBND', { number: '127', symbol: 'BC-UBND' }],
    [' /BC-UBND', { number: undefined, symbol: 'BC-UBND' }],
    ['/KH-UBND', { number: undefined, symbol: 'KH-UBND' }],
    ['31/BC- UBND', { number: '31', symbol: 'BC-UBND' }],
    ['422/KH – UBND', { number: '422', symbol: 'KH-UBND' }],
    ['12/2023/QĐ-UBND', { number: '12', symbol: 'QĐ-UBND', numberYear: '2023' }],
    ['05a/TB-UBND', { number: '05a', symbol: 'TB-UBND' }],
  ])('reads "Số: %s"', (text, expected) => {
    expect(parseNumberSymbol(text)).toEqual(expected);
  });

  it('gives the type from the symbol prefix', () => {
    expect([typeFromSymbol('BC-UBND'), typeFromSymbol('KH-UBND'), typeFromSymbol('QĐ-UBND'), typeFromSymbol('TB-UBND'), typeFromSymbol('TTr-UBND')]).toEqual([
      'báo cáo',
      'kế hoạch',
      'quyết định',
      'thông báo',
      'tờ trình',
    ]);
  });
});

describe('place and date', () => {
  it.each([
    ['Tân Hoà, ngày 15 tháng 12 năm 2023', { place: 'Tân Hoà', issuedOn: '2023-12-15' }],
    ['Phổ Văn, ngày   tháng 10 năm 2023', { place: 'Phổ Văn', issuedOn: '2023-10' }],
    ['Hòa Thuận, ngày tháng 01 năm 2024', { place: 'Hòa Thuận', issuedOn: '2024-01' }],
    ['Sơn Long, ngày … tháng … năm 2024', { place: 'Sơn Long', issuedOn: '2024' }],
    ['Phổ Minh, ngày 5/2/2024', { place: 'Phổ Minh', issuedOn: '2024-02-05' }],
    ['ngày 05 tháng 3 năm 2024', { place: undefined, issuedOn: '2024-03-05' }],
  ])('reads "%s"', (text, expected) => {
    expect(parsePlaceDate(text)).toEqual(expected);
  });
});

describe('type line', () => {
  it('reads the type alone or followed by the title', () => {
    expect(parseTypeLine('BÁO CÁO')).toEqual({ type: 'báo cáo', kind: 'báo cáo', typeLine: 'BÁO CÁO', rest: '' });
    expect(parseTypeLine('KẾ HOẠCH Phát động phong trào thi đua yêu nước năm 2024')).toEqual({
      type: 'kế hoạch',
      kind: 'kế hoạch',
      typeLine: 'KẾ HOẠCH',
      rest: 'Phát động phong trào thi đua yêu nước năm 2024',
    });
    expect(parseTypeLine('TỜ TRÌNH')?.type).toBe('tờ trình');
    expect(parseTypeLine('Báo cáo về thực trạng')).toBeUndefined();
  });
});

describe('header block', () => {
  it('reads the seeds\' header: number, place and date, type, title, then the body', () => {
    const header = parseHeader(lines('\n\nSố: 127/BC-UBND\n\nTân Hoà, ngày 15 tháng 12 năm 2023\n\nBÁO CÁO\n\nTổng kết công tác thi đua khen thưởng năm 2023\n\nPhần I\n'));
    expect(header).toMatchObject({ number: '127', symbol: 'BC-UBND', place: 'Tân Hoà', issuedOn: '2023-12-15', type: 'báo cáo' });
    expect(header.title).toBe('Tổng kết công tác thi đua khen thưởng năm 2023');
    expect(header.bodyStart).toBe(9);
  });

  it('reads a header table read cell by cell: issuer, number, motto, date', () => {
    const header = parseHeader(
      lines(
        '**UBND HUYỆN PHÚ BÌNH**\n**UBND XÃ TÂN HÒA**\n\nSố: 215/QĐ-UBND\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**\n\n*Tân Hòa, ngày 20 tháng 12 năm 2023*\n\n**QUYẾT ĐỊNH**\n\n**Về việc khen thưởng các cá nhân có thành tích xuất sắc**\n\n**trong phong trào thi đua yêu nước năm 2023**\n\n**CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN HÒA**',
      ),
    );
    expect(header).toMatchObject({
      issuer: ['UBND HUYỆN PHÚ BÌNH', 'UBND XÃ TÂN HÒA'],
      number: '215',
      symbol: 'QĐ-UBND',
      place: 'Tân Hòa',
      issuedOn: '2023-12-20',
      type: 'quyết định',
      title: 'Về việc khen thưởng các cá nhân có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2023',
    });
  });

  it('reads a header in another order with the date split over two lines and the place alone', () => {
    const header = parseHeader(lines('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nỦY BAN NHÂN DÂN\nPHƯỜNG PHỔ VĂN\nPhổ Văn,\nngày 05 tháng 3\nnăm 2024\nSố:\n07/KH-UBND\nKẾ HOẠCH\nPhát động phong trào thi đua\nCăn cứ Luật Thi đua, khen thưởng;'));
    expect(header).toMatchObject({ issuer: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG PHỔ VĂN'], place: 'Phổ Văn', issuedOn: '2024-03-05', number: '7'.padStart(2, '0'), symbol: 'KH-UBND' });
    expect(header.title).toBe('Phát động phong trào thi đua');
    expect(header.leftover).toEqual([]);
  });

  it('takes a "V/v" line as the title of a letter with no type line', () => {
    const header = parseHeader(lines('UBND XÃ SƠN LONG\nSố: 12/UBND\nV/v báo cáo kết quả thi đua năm 2024\nSơn Long, ngày 3 tháng 11 năm 2024\n\nKính gửi: UBND huyện Sơn Tây'));
    expect(header).toMatchObject({ title: 'V/v báo cáo kết quả thi đua năm 2024', kind: 'công văn', type: 'công văn', number: '12', symbol: 'UBND' });
    expect(header.bodyStart).toBe(5);
  });

  it('leaves what it cannot find undefined', () => {
    const header = parseHeader(lines('BÁO CÁO\nKết quả năm 2024\n\nNội dung báo cáo.'));
    expect([header.number, header.symbol, header.place, header.issuedOn]).toEqual([undefined, undefined, undefined, undefined]);
    expect(header).toMatchObject({ issuer: [], type: 'báo cáo', title: 'Kết quả năm 2024' });
  });
});

describe('the motto', () => {
  it('is the motto wrapped anywhere by a narrow cell, and nothing more', () => {
    expect(isMottoLine('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc')).toBe(true);
    expect(isMottoLine('lập - Tự do - Hạnh phúc')).toBe(true);
    expect(isMottoLine('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc')).toBe(true);
    expect(isMottoLine('BỘ LAO ĐỘNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe(false);
    expect(isMottoLine('Hạnh phúc Độc lập')).toBe(false);
  });
});
