import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitDocument } from '../../../tools/import/fidelity.ts';
import { fixturesDir, importFile, renderedHeadings } from './helpers.ts';

describe('a notice exported as plain text with a two-column header', () => {
  const load = () => importFile(path.join(fixturesDir, 'text/hai-cot.txt'));

  it('splits the columns and reads issuer, number, place, partial date, wrapped title and a TL. signature', async () => {
    const { result } = await load();
    expect(result.errors).toEqual([]);
    expect(result.fidelity?.retention).toBe(1);
    expect(result.frontmatter).toMatchObject({
      unit: 'thai-nguyen/tan-hoa-phu-binh',
      issuer: ['UBND HUYỆN PHÚ BÌNH', 'UBND XÃ TÂN HOÀ'],
      type: 'thông báo',
      number: '18',
      symbol: 'TB-UBND',
      place: 'Tân Hoà',
      issuedOn: '2024-03',
      title: 'Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban thi đua tháng 3 năm 2024',
      signer: { capacity: 'TL. CHỦ TỊCH', title: 'CHÁNH VĂN PHÒNG', name: 'Hoàng Thị Lan' },
      recipients: ['Các thành viên UBND xã', 'Lưu: VT'],
    });
    expect(result.slug).toBe('2024-thong-bao-18');
  });

  it('reads "I -" sections, joins wrapped lines, and keeps "(Đã ký)" in the text', async () => {
    const { result } = await load();
    expect(renderedHeadings(result.markdown!)).toEqual(['h2 I - ĐÁNH GIÁ CHUNG', 'h2 II - NHIỆM VỤ THỜI GIAN TỚI']);
    const body = splitDocument(result.markdown!).body;
    expect(body).toContain('Ngày 05/3/2024, UBND xã tổ chức họp giao ban công tác thi đua, khen thưởng. Chủ tịch UBND xã kết luận như sau:');
    expect(body).toContain('Các phong trào thi đua được triển khai tích cực, đạt nhiều kết quả.');
    expect(body.trimEnd().endsWith('(Đã ký)')).toBe(true);
  });
});
