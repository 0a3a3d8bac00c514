import { describe, expect, it } from 'vitest';
import { parseHeader, parseNumberSymbol, parseTypeLine, typeFromSymbol } from '../../../tools/import/header.ts';
import { parseNumberLine } from '../../../tools/import/header-fields.ts';
import type { SourceLine } from '../../../tools/import/types.ts';

const lines = (text: string): SourceLine[] => text.split('\n').map((t) => ({ text: t }));

describe('type lines', () => {
  it.each([
    ['BÁO CÁO', 'báo cáo', 'báo cáo'],
    ['KẾ HOẠCH', 'kế hoạch', 'kế hoạch'],
    ['QUYẾT ĐỊNH', 'quyết định', 'quyết định'],
    ['THÔNG BÁO', 'thông báo', 'thông báo'],
    ['TỜ TRÌNH', 'tờ trình', 'tờ trình'],
    ['CHỈ THỊ', 'chỉ thị', 'chỉ thị'],
    ['NGHỊ QUYẾT', 'nghị quyết', 'nghị quyết'],
    ['HƯỚNG DẪN', 'hướng dẫn', 'hướng dẫn'],
    ['QUY CHẾ', 'quy chế', 'quy chế'],
    ['QUY ĐỊNH', 'quy định', 'quy định'],
    ['DANH SÁCH', 'danh sách', 'danh sách'],
    ['CHƯƠNG TRÌNH', 'chương trình', 'chương trình'],
    ['ĐỀ ÁN', 'đề án', 'đề án'],
    ['BIÊN BẢN', 'biên bản', 'biên bản'],
    ['THÔNG TƯ', 'thông tư', 'thông tư'],
    ['NGHỊ ĐỊNH', 'nghị định', 'nghị định'],
    ['CÔNG ĐIỆN', 'công điện', 'công điện'],
    ['GIẤY MỜI', 'giấy mời', 'giấy mời'],
  ])('reads "%s" as %s (the site\'s type %s)', (line, kind, type) => {
    expect(parseTypeLine(line)).toEqual({ kind, type, typeLine: line, rest: '' });
  });

  it('reads the title written after the type words, and not "QUYẾT ĐỊNH:" opening the articles', () => {
    expect(parseTypeLine('KẾ HOẠCH Phát động phong trào thi đua yêu nước năm 2024')).toMatchObject({ kind: 'kế hoạch', rest: 'Phát động phong trào thi đua yêu nước năm 2024' });
    expect(parseTypeLine('QUYẾT ĐỊNH:')).toBeUndefined();
    expect(parseTypeLine('Báo cáo về thực trạng')).toBeUndefined();
    expect(parseTypeLine('QUY ĐỊNH CHUNG')?.kind).toBe('quy định');
  });

  it('reads a letter with no type line but a "V/v" subject under its number as a công văn', () => {
    const read = parseHeader(lines('UBND XÃ TÂN HÒA\nSố: 215/UBND-VP\nV/v đề nghị khen thưởng tập thể, cá nhân\ncó thành tích năm 2023\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTân Hòa, ngày 20 tháng 12 năm 2023\nKính gửi: UBND huyện Phú Bình'));
    expect(read).toMatchObject({ kind: 'công văn', type: 'công văn', number: '215', symbol: 'UBND-VP' });
    expect(read.typeLine).toBeUndefined();
    expect(read.title).toBe('V/v đề nghị khen thưởng tập thể, cá nhân có thành tích năm 2023');
    expect(read.bodyStart).toBe(7);
  });

  it('gives the kind from the symbol prefix when there is no type line', () => {
    expect([typeFromSymbol('BC-UBND'), typeFromSymbol('KH/ĐU'), typeFromSymbol('TTr-UBND'), typeFromSymbol('UBND-VP')]).toEqual(['báo cáo', 'kế hoạch', 'tờ trình', 'khác']);
    const read = parseHeader(lines('UBND XÃ TÂN HÒA\nSố: 18/TTr-UBND\nTân Hòa, ngày 02 tháng 12 năm 2023\nKính gửi: Hội đồng Thi đua - Khen thưởng huyện'));
    expect(read).toMatchObject({ kind: 'tờ trình', type: 'tờ trình' });
  });
});

describe('numbers', () => {
  it.each([
    ['Số: 01 /BC-HĐTĐKT', { number: '01', symbol: 'BC-HĐTĐKT' }],
    ['Số: 86/2025/QĐ-UBND', { number: '86', symbol: 'QĐ-UBND', numberYear: '2025' }],
    ['Số: 0204/KH-UBND', { number: '0204', symbol: 'KH-UBND' }],
    ['Số:     /BC-UBND', { number: undefined, symbol: 'BC-UBND' }],
    ['Số: 12-KH/ĐU', { number: '12', symbol: 'KH/ĐU' }],
    ['Số 15/TB-UBND', { number: '15', symbol: 'TB-UBND' }],
    ['Số: ......./QĐ-UBND', { number: undefined, symbol: 'QĐ-UBND' }],
    ['Số: 31/BC- UBND', { number: '31', symbol: 'BC-UBND' }],
    ['Số: 422/KH – UBND', { number: '422', symbol: 'KH-UBND' }],
    ['Số: 05a/TB-UBND', { number: '05a', symbol: 'TB-UBND' }],
    ['Số: /2025/QĐ-UBND', { number: undefined, symbol: 'QĐ-UBND', numberYear: '2025' }],
  ])('reads "%s"', (text, expected) => {
    expect(parseNumberLine(text)).toEqual(expected);
  });

  it('leaves what follows the symbol for the caller, and refuses what is not a number line', () => {
    expect(parseNumberSymbol('1414/TCT-CS V/v hỗ trợ người có công')).toEqual({ number: '1414', symbol: 'TCT-CS', rest: 'V/v hỗ trợ người có công' });
    expect(parseNumberLine('Số hiệu:')).toBeUndefined();
    expect(parseNumberLine('Số liệu năm 2023 như sau')).toBeUndefined();
  });

  it('reads a number written on the line after "Số:"', () => {
    const read = parseHeader(lines('ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố:\n86/2025/QĐ-UBND\nBắc Ninh, ngày 03 tháng 12 năm 2025\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH VỀ CÔNG TÁC THI ĐUA, KHEN THƯỞNG\nTỈNH BẮC NINH\nỦY BAN NHÂN DÂN TỈNH BẮC NINH'));
    expect(read).toMatchObject({ number: '86', symbol: 'QĐ-UBND', numberYear: '2025', kind: 'quyết định', title: 'BAN HÀNH QUY ĐỊNH VỀ CÔNG TÁC THI ĐUA, KHEN THƯỞNG TỈNH BẮC NINH' });
    expect(read.bodyStart).toBe(8);
  });
});
