import { describe, expect, it } from 'vitest';
import { parseHeader } from '../../../tools/import/header.ts';
import { parseTail } from '../../../tools/import/tail.ts';
import { attachmentLines } from '../../../tools/import/attachments.ts';
import { importDocument } from '../../../tools/import/import-document.ts';
import type { SourceLine } from '../../../tools/import/types.ts';

const header =
  'UBND HUYỆN PHÚ BÌNH\nUBND XÃ TÂN HÒA\nSố: 127/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTân Hòa, ngày 15 tháng 12 năm 2023\nBÁO CÁO\nTổng kết công tác thi đua, khen thưởng năm 2023\n';
const tail = '\nNơi nhận:\n- UBND huyện Phú Bình;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nĐào Văn Trung\n';
const words = 'nghiêng thưởng trường chuyển nguyện huyện quyết những khuyến nghiệp thường xuyên nhiệm chương'.split(' ');

/** A body of 1.4 million words, about 12 MB of UTF-8, as paragraphs of 100 words or as one line. */
function body(oneLine: boolean): string {
  const paragraphs = Array.from({ length: 14_000 }, (_, p) => Array.from({ length: 100 }, (_, i) => words[(p + i) % words.length]).join(' ') + '.');
  return paragraphs.join(oneLine ? ' ' : '\n\n');
}

const lines = (text: string): SourceLine[] => text.split('\n').map((t) => ({ text: t }));

describe('header and tail of a very large document', () => {
  it.each([
    ['in paragraphs', false],
    ['on one line', true],
  ])('reads the header and tail of 12 MB of text %s quickly, looking only near them', (_, oneLine) => {
    const text = header + body(oneLine) + tail;
    expect(Buffer.byteLength(text)).toBeGreaterThan(11_000_000);
    const source = lines(text);
    const started = performance.now();
    const read = parseHeader(source);
    const end = parseTail(source, read.bodyStart);
    attachmentLines(source, end.after);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(read).toMatchObject({ number: '127', issuedOn: '2023-12-15', title: 'Tổng kết công tác thi đua, khen thưởng năm 2023', bodyStart: 8 });
    expect(end.signer).toEqual({ capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Đào Văn Trung' });
  });

  it('imports 12 MB of text on one line, with no header, without overflowing the stack', () => {
    const result = importDocument({ fileName: 'lon.txt', lines: lines(`Ngày 15/12/2023. ${body(true)}`) }, { units: [], unit: 'thai-nguyen/tan-hoa-phu-binh' });
    expect(result.errors).toEqual([]);
    expect(result.fidelity?.retention).toBe(1);
  }, 120_000);
});
