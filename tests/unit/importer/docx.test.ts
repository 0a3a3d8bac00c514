import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitDocument } from '../../../tools/import/fidelity.ts';
import { fixturesDir, importFile, renderedHeadings, renderedText } from './helpers.ts';

const docx = (name: string) => importFile(path.join(fixturesDir, 'docx', name));

describe('.docx import', () => {
  it('reads a decision with its header in a table, a wrapped title and a KT. signature', async () => {
    const { source, result } = await docx('quyet-dinh-khen-thuong.docx');
    expect(source.encoding).toBe('docx');
    expect(result.errors).toEqual([]);
    expect(result.fidelity?.retention).toBe(1);
    expect(result.slug).toBe('2023-quyet-dinh-215');
    expect(result.frontmatter).toEqual({
      unit: 'thai-nguyen/tan-hoa-phu-binh',
      issuer: ['UBND HUYỆN PHÚ BÌNH', 'UBND XÃ TÂN HÒA'],
      type: 'quyết định',
      number: '215',
      symbol: 'QĐ-UBND',
      place: 'Tân Hòa',
      issuedOn: '2023-12-20',
      title: 'Về việc khen thưởng các cá nhân có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2023',
      period: { from: 2023, to: 2023 },
      signer: { capacity: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Thị Hằng' },
      recipients: ['Như Điều 3', 'Lưu: VT'],
      sourceFile: 'thai-nguyen/tan-hoa-phu-binh/quyet-dinh-khen-thuong.docx',
    });
  });

  it('keeps the numbered list of awardees, each with name, position and unit', async () => {
    const { result } = await docx('quyet-dinh-khen-thuong.docx');
    const text = renderedText(result.markdown!);
    expect(text).toContain('1. Ông Hoàng Văn Khánh, Trưởng xóm, xóm Đồng Tâm;');
    expect(text).toContain('2. Bà Lý Thị Mai, Chi hội trưởng Chi hội Phụ nữ, xóm Cầu Mây;');
    expect(text).toContain('3. Ông Trịnh Quốc Việt, Công an viên, Công an xã Tân Hòa.');
    expect(splitDocument(result.markdown!).body).toContain('**Điều 1.** Tặng Giấy khen cho 3 cá nhân');
  });

  it('reads a plan whose header is in another order with the date split, and turns Word footnotes into GFM footnotes', async () => {
    const { result } = await docx('ke-hoach-chu-thich.docx');
    expect(result.errors).toEqual([]);
    expect(result.fidelity?.retention).toBe(1);
    expect(result.frontmatter).toMatchObject({
      unit: 'quang-ngai/pho-van-duc-pho',
      issuer: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG PHỔ VĂN'],
      type: 'kế hoạch',
      number: '07',
      symbol: 'KH-UBND',
      place: 'Phổ Văn',
      issuedOn: '2024-03-05',
      signer: { capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Chí Linh' },
      recipients: ['UBND thị xã Đức Phổ', 'Lưu: VT'],
    });
    const body = splitDocument(result.markdown!).body;
    expect(body).toContain('hoàn thành các chỉ tiêu[^1] theo kế hoạch của thị xã[^2].');
    expect(body).toContain('[^1]: (1) Thu ngân sách đạt 100% dự toán; (2) Giảm 02 hộ nghèo; (3) Tỷ lệ tham gia bảo hiểm y tế đạt 95%.');
    expect(body).toContain('[^2]: Kế hoạch số 14/KH-UBND ngày 11 tháng 01 năm 2024');
    expect(renderedHeadings(result.markdown!).slice(0, 4)).toEqual(['h2 I. MỤC ĐÍCH, YÊU CẦU', 'h2 II. NỘI DUNG', 'h3 1. Đối tượng', 'h3 2. Hình thức']);
  });

  it('keeps a data table as a Markdown table with every cell, and reads a blank number and partial date', async () => {
    const { result } = await docx('bao-cao-bang.docx');
    expect(result.errors).toEqual([]);
    expect(result.fidelity?.retention).toBe(1);
    expect(result.frontmatter).toMatchObject({ type: 'báo cáo', symbol: 'BC-UBND', issuedOn: '2024-06', place: 'Sơn Long', title: 'Kết quả khen thưởng 6 tháng đầu năm 2024' });
    expect(result.frontmatter!.number).toBeUndefined();
    expect(splitDocument(result.markdown!).body).toContain(
      '| **Cấp khen thưởng** | **Tập thể** | **Cá nhân** |\n| --- | --- | --- |\n| Tỉnh | 1 | 2 |\n| Huyện | 3 | 5 (trong đó 1 hộ gia đình) |\n| Xã | 7 | 17 |',
    );
    expect(renderedText(result.markdown!)).toMatch(/Huyện\s+3\s+5 \(trong đó 1 hộ gia đình\)/u);
  });
});
