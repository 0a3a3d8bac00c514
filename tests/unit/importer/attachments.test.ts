import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../tools/import/import-document.ts';
import { attachmentLines, captionFacts } from '../../../tools/import/attachments.ts';
import { splitDocument } from '../../../tools/import/fidelity.ts';
import type { SourceLine } from '../../../tools/import/types.ts';
import { renderedHeadings, seedUnits } from './helpers.ts';

const lines = (text: string): SourceLine[] => text.split('\n').map((t) => ({ text: t }));

const decision = `UBND HUYỆN PHÚ BÌNH
UBND XÃ TÂN HÒA
Số: 86/2025/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Hòa, ngày 03 tháng 12 năm 2025
QUYẾT ĐỊNH
Ban hành Quy định về công tác thi đua, khen thưởng xã Tân Hòa
CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN HÒA
Căn cứ Luật Thi đua, khen thưởng năm 2022;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định về công tác thi đua, khen thưởng xã Tân Hòa.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
(Đã ký)
Đào Văn Trung

QUY ĐỊNH
Về công tác thi đua, khen thưởng xã Tân Hòa
(Ban hành kèm theo Quyết định số 86/2025/QĐ-UBND ngày 03/12/2025 của UBND xã Tân Hòa)
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy định này quy định về đối tượng, tiêu chuẩn khen thưởng trên địa bàn xã.

PHỤ LỤC I
MẪU TỜ TRÌNH ĐỀ NGHỊ KHEN THƯỞNG
(Kèm theo Quy định ban hành kèm theo Quyết định số 86/2025/QĐ-UBND)
TÊN CƠ QUAN, ĐƠN VỊ
Số: ..../TTr-...
Kính gửi: Chủ tịch UBND xã Tân Hòa
THỦ TRƯỞNG ĐƠN VỊ
(Ký tên, đóng dấu)`;

describe('attachments after the signature', () => {
  it('keeps each attachment in the body under a heading of its own, and takes the signature before them', () => {
    const result = importDocument({ fileName: 'qd-86.txt', lines: lines(decision) }, { units: seedUnits });
    expect(result.errors).toEqual([]);
    expect(result.fidelity?.retention).toBe(1);
    expect(result.frontmatter).toMatchObject({
      unit: 'thai-nguyen/tan-hoa-phu-binh',
      type: 'quyết định',
      number: '86',
      symbol: '2025/QĐ-UBND',
      title: 'Ban hành Quy định về công tác thi đua, khen thưởng xã Tân Hòa',
      signer: { capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Đào Văn Trung' },
      recipients: ['Như Điều 2', 'Lưu: VT'],
    });
    expect(renderedHeadings(result.markdown!)).toEqual(['h2 QUY ĐỊNH Về công tác thi đua, khen thưởng xã Tân Hòa', 'h2 PHỤ LỤC I MẪU TỜ TRÌNH ĐỀ NGHỊ KHEN THƯỞNG']);
    const body = splitDocument(result.markdown!).body;
    expect(body).toContain('(Ban hành kèm theo Quyết định số 86/2025/QĐ-UBND ngày 03/12/2025 của UBND xã Tân Hòa)');
    expect(body).toContain('THỦ TRƯỞNG ĐƠN VỊ');
    // "(Đã ký)" stays in the text, before the attachments.
    expect(body.indexOf('(Đã ký)')).toBeLessThan(body.indexOf('## QUY ĐỊNH'));
  });

  it('puts each attachment’s name on one line and lists the names in order', () => {
    const source = lines(decision);
    const from = source.findIndex((line) => line.text === 'QUY ĐỊNH');
    const { lines: out, headings } = attachmentLines(source, from - 1);
    expect(headings).toEqual(['QUY ĐỊNH Về công tác thi đua, khen thưởng xã Tân Hòa', 'PHỤ LỤC I MẪU TỜ TRÌNH ĐỀ NGHỊ KHEN THƯỞNG']);
    expect(out.map((line) => line.text)).toContain('QUY ĐỊNH Về công tác thi đua, khen thưởng xã Tân Hòa');
  });

  it('reads a document’s own number and date from the caption of its annex, for a document that lost its header', () => {
    expect(captionFacts('(Kèm theo Công văn số 6386/BVHTTDL-KHCNĐTMT ngày 25/11/2025 của Bộ Văn hóa, Thể thao và Du lịch)')).toEqual({
      kind: 'công văn',
      number: '6386',
      symbol: 'BVHTTDL-KHCNĐTMT',
      numberYear: undefined,
      issuedOn: '2025-11-25',
    });
  });
});
