import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../tools/import/import-document.ts';
import { splitDocument } from '../../../tools/import/fidelity.ts';
import type { SourceLine } from '../../../tools/import/types.ts';
import { seedUnits } from './helpers.ts';

const lines = (text: string): SourceLine[] => text.split('\n').map((t) => ({ text: t }));
const tail = '\nNơi nhận:\n- UBND huyện Phú Bình;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nĐào Văn Trung';

describe('importing documents that lack parts of a header', () => {
  it('imports a document with no header at all, its body whole, its title from the first sentence', () => {
    const text = 'Kính gửi: Các cơ quan, đơn vị thuộc UBND xã Tân Hòa\n\nThực hiện Kế hoạch số 18/KH-UBND ngày 03/2/2023 của UBND huyện Phú Bình, UBND xã Tân Hòa đề nghị báo cáo kết quả thi đua năm 2023. Báo cáo gửi về Văn phòng trước ngày 10/12/2023.' + tail;
    const result = importDocument({ fileName: 'cong-van.txt', lines: lines(text) }, { units: seedUnits });
    expect(result.errors).toEqual([]);
    expect(result.kind).toBe('công văn');
    expect(result.frontmatter).toMatchObject({
      unit: 'thai-nguyen/tan-hoa-phu-binh',
      type: 'công văn',
      issuer: [],
      title: 'Thực hiện Kế hoạch số 18/KH-UBND ngày 03/2/2023 của UBND huyện Phú Bình, UBND xã Tân Hòa đề nghị báo cáo kết quả thi đua năm 2023',
      signer: { capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Đào Văn Trung' },
    });
    expect(result.frontmatter?.period).toBeUndefined();
    expect(result.slug).toBe('2023-cong-van-thuc-hien-ke-hoach-so-18');
    expect(result.warnings).toEqual([
      'không thấy cơ quan ban hành (issuer not found)',
      'không thấy số, ký hiệu (number and symbol not found)',
      'không thấy địa danh (place not found)',
      'không thấy ngày ban hành (date not found)',
      'năm ban hành lấy theo năm muộn nhất trong văn bản (year taken from the latest year in the text): 2023',
      `không thấy trích yếu (title not found): lấy "${result.frontmatter?.title}" làm tên văn bản (used as the title)`,
    ]);
    expect(splitDocument(result.markdown!).body.trimStart().startsWith('Kính gửi: Các cơ quan, đơn vị thuộc UBND xã Tân Hòa')).toBe(true);
    expect(result.fidelity?.retention).toBe(1);
  });

  it('names a document with a number but no title by its type and number, and says so', () => {
    const text = 'UBND XÃ TÂN HÒA\nSố: 15/TB-UBND\nTân Hòa, ngày 05 tháng 3 năm 2024\nTHÔNG BÁO\n\nNgày 05/3/2024, UBND xã tổ chức họp giao ban công tác thi đua, khen thưởng. Chủ tịch UBND xã kết luận như sau:\n1. Các phong trào thi đua được triển khai tích cực.' + tail;
    const result = importDocument({ fileName: 'tb.txt', lines: lines(text) }, { units: seedUnits });
    expect(result.errors).toEqual([]);
    expect(result.frontmatter).toMatchObject({ type: 'thông báo', number: '15', title: 'Thông báo số 15/TB-UBND', issuedOn: '2024-03-05' });
    expect(result.warnings).toContain('không thấy trích yếu (title not found): lấy "Thông báo số 15/TB-UBND" làm tên văn bản (used as the title)');
    expect(result.slug).toBe('2024-thong-bao-15');
  });

  it('imports a tờ trình as its own type, the type line read into the frontmatter like a report’s', () => {
    const text = 'UBND XÃ TÂN HÒA\nSố: 18/TTr-UBND\nTân Hòa, ngày 02 tháng 12 năm 2023\nTỜ TRÌNH\nVề việc đề nghị tặng Giấy khen năm 2023\nKính gửi: Hội đồng Thi đua - Khen thưởng huyện Phú Bình\nCăn cứ kết quả bình xét thi đua năm 2023 của xã;' + tail;
    const result = importDocument({ fileName: 'ttr.txt', lines: lines(text) }, { units: seedUnits });
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({ type: 'tờ trình', kind: 'tờ trình' });
    expect(result.frontmatter).toMatchObject({ type: 'tờ trình', number: '18', symbol: 'TTr-UBND', title: 'Về việc đề nghị tặng Giấy khen năm 2023' });
    expect(result.warnings.join('\n')).not.toContain('type not in the site schema');
    expect(splitDocument(result.markdown!).body).not.toContain('TỜ TRÌNH');
    expect(result.fidelity?.retention).toBe(1);
  });
});

describe('importing headers of other bodies whole', () => {
  it('imports a Party committee’s plan: the Party’s motto is left out like the national one, every other word kept', () => {
    const text = 'ĐẢNG BỘ HUYỆN PHÚ BÌNH\nĐẢNG ỦY XÃ TÂN HÒA\n*\nSố 12-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nTân Hòa, ngày 05 tháng 01 năm 2024\nKẾ HOẠCH\nThực hiện phong trào thi đua yêu nước năm 2024\nĐảng ủy xã Tân Hòa xây dựng kế hoạch như sau:\nNơi nhận:\n- Ban Thường vụ Huyện ủy;\n- Lưu: VP Đảng ủy.\nT/M ĐẢNG ỦY\nBÍ THƯ\nNông Văn Hòa';
    const result = importDocument({ fileName: 'kh-12.txt', lines: lines(text) }, { units: seedUnits });
    expect(result.errors).toEqual([]);
    expect(result.fidelity?.retention).toBe(1);
    expect(result.frontmatter).toMatchObject({ issuer: ['ĐẢNG BỘ HUYỆN PHÚ BÌNH', 'ĐẢNG ỦY XÃ TÂN HÒA'], number: '12', symbol: 'KH/ĐU', signer: { capacity: 'T/M ĐẢNG ỦY', title: 'BÍ THƯ', name: 'Nông Văn Hòa' } });
    expect(result.markdown).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  });

  it('imports a header laid out as a .docx table, the motto in one of its cells', () => {
    const table: SourceLine = { text: '', table: [['ỦY BAN MTTQ VIỆT NAM\nXÃ TÂN HÒA\nBAN THƯỜNG TRỰC\nSố: 05/KH-MTTQ-BTT', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTân Hòa, ngày 10 tháng 3 năm 2024']] };
    const result = importDocument({ fileName: 'kh-05.docx', lines: [table, ...lines('KẾ HOẠCH\nTổ chức hội nghị hiệp thương lần thứ nhất\nBan Thường trực Ủy ban MTTQ Việt Nam xã Tân Hòa ban hành kế hoạch như sau:' + tail.replace('TM. ỦY BAN NHÂN DÂN', 'TM. BAN THƯỜNG TRỰC'))] }, { units: seedUnits });
    expect(result.errors).toEqual([]);
    expect(result.fidelity?.retention).toBe(1);
    expect(result.frontmatter).toMatchObject({ issuer: ['ỦY BAN MTTQ VIỆT NAM', 'XÃ TÂN HÒA', 'BAN THƯỜNG TRỰC'], type: 'kế hoạch', number: '05', symbol: 'KH-MTTQ-BTT', issuedOn: '2024-03-10', signer: { capacity: 'TM. BAN THƯỜNG TRỰC' } });
  });
});

describe('an issuing unit the site does not know', () => {
  const commune = `UBND HUYỆN PHÚ BÌNH\nỦY BAN NHÂN DÂN XÃ TÂN THÀNH\nSố: 127/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTân Thành, ngày 15 tháng 12 năm 2023\nBÁO CÁO\nTổng kết công tác thi đua, khen thưởng năm 2023\nThực hiện Kế hoạch của UBND huyện Phú Bình, tỉnh Thái Nguyên, UBND xã Tân Thành báo cáo như sau:\nXã Tân Thành có 12 xóm; năm 2023, xã Tân Thành được UBND tỉnh Thái Nguyên tặng Bằng khen.${tail}`;

  it('describes the body read from the header, spelled as the text spells it, and names it in the error', () => {
    const result = importDocument({ fileName: 'bc.txt', lines: lines(commune) }, { units: seedUnits });
    expect(result.errors).toEqual(['không tìm thấy đơn vị ban hành "UBND HUYỆN PHÚ BÌNH / ỦY BAN NHÂN DÂN XÃ TÂN THÀNH" trong content/units (unit not found): dùng --unit <tỉnh>/<đơn-vị>']);
    expect(result.unitMissing).toEqual({ issuer: 'UBND HUYỆN PHÚ BÌNH / ỦY BAN NHÂN DÂN XÃ TÂN THÀNH', kind: 'xã', name: 'Tân Thành', district: 'huyện Phú Bình', province: 'Thái Nguyên' });
  });

  it('describes a Fatherland Front board by its commune, and a ward with no district above it', () => {
    const front = importDocument(
      { fileName: 'kh.txt', lines: lines('ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH\nBAN THƯỜNG TRỰC\nSố: 16/KH-MTTQ-BTT\nLương Minh, ngày 18 tháng 11 năm 2025\nKẾ HOẠCH\nThực hiện công tác bầu cử\nCăn cứ Hướng dẫn của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh;' + tail) },
      { units: seedUnits },
    );
    expect(front.unitMissing).toEqual({ issuer: 'ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH / BAN THƯỜNG TRỰC', kind: 'xã', name: 'Lương Minh', province: 'Quảng Ninh' });
    const ward = importDocument({ fileName: 'kh.txt', lines: lines('UBND PHƯỜNG BẮC CAM RANH\nSố: 02/KH-UBND\nBắc Cam Ranh, ngày 3 tháng 11 năm 2025\nKẾ HOẠCH\nKiểm tra công tác bầu cử' + tail) }, { units: seedUnits });
    expect(ward.unitMissing).toEqual({ issuer: 'UBND PHƯỜNG BẮC CAM RANH', kind: 'phường', name: 'Bắc Cam Ranh' });
  });

  it('keeps the error as it was when the header prints no issuing body, and still describes the unit from the place', () => {
    const text = 'Số: /KH-UBND\nHòa An, ngày tháng 01 năm 2024\nKẾ HOẠCH Phát động phong trào thi đua yêu nước năm 2024\nỦy ban nhân dân phường Hòa An, thành phố Cao Lãnh phát động phong trào thi đua yêu nước năm 2024 trên địa bàn phường Hòa An.' + tail;
    const result = importDocument({ fileName: 'kh.txt', lines: lines(text) }, { units: seedUnits });
    expect(result.errors).toEqual(['không tìm thấy đơn vị ban hành trong content/units (unit not found): dùng --unit <tỉnh>/<đơn-vị>']);
    expect(result.unitMissing).toEqual({ issuer: '', kind: 'phường', name: 'Hòa An', district: 'thành phố Cao Lãnh' });
  });
});
