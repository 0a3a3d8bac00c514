/**
 * Shapes found in documents the rules were not written on (tests/fixtures/real2): a signature table whose
 * capacity is bold, a month whose leading zero a crawler parted from it, a signer's name after a dozen empty
 * paragraphs of a raw .docx extraction, a Nơi nhận whose first item has no dash, a name wrapped before its
 * last word in a narrow PDF cell, and a Word footnote of several paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../tools/import/import-document.ts';
import { readSource } from '../../../tools/import/read-source.ts';
import { htmlToLines } from '../../../tools/import/docx.ts';
import { wordsOf } from '../../../tools/import/text.ts';
import type { SourceLine } from '../../../tools/import/types.ts';
import { seedUnits } from './helpers.ts';

const UNIT = 'thai-nguyen/tan-hoa-phu-binh';
const lines = (text: string): SourceLine[] => text.split('\n').map((t) => ({ text: t }));
const importLines = (input: SourceLine[], notes?: SourceLine[]) => importDocument({ fileName: 'van-ban.txt', lines: input, notes }, { units: seedUnits, unit: UNIT });
const importBytes = async (text: string, fileName: string) => {
  const source = await readSource(new TextEncoder().encode(text), fileName);
  return importDocument({ fileName, lines: source.lines, notes: source.notes }, { units: seedUnits, unit: UNIT });
};
const HEADER = 'ỦY BAN NHÂN DÂN XÃ TÂN HÒA\nSố: 12/CT-UBND\nTân Hòa, ngày 25 tháng 11 năm 2025\nCHỈ THỊ\nVề việc tăng cường công tác thi đua, khen thưởng\nCác thôn tổ chức phát động phong trào thi đua năm 2026.';

describe('a signature table without Nơi nhận, its capacity in bold', () => {
  it('is read cell by cell from a .docx, so the signer is found', () => {
    const html = '<p>Yêu cầu các thôn triển khai thực hiện nghiêm túc Chỉ thị này./.</p><table><tr><td><p></p></td><td><p><strong>KT. CHỦ TỊCH</strong></p><p>PHÓ CHỦ TỊCH</p><p>Hoàng Văn Nam</p></td></tr></table>';
    const { lines: read } = htmlToLines(html);
    expect(read.some((line) => line.table)).toBe(false);
    const result = importLines([...lines(HEADER), { text: '' }, ...read]);
    expect(result.frontmatter?.signer).toEqual({ capacity: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Hoàng Văn Nam' });
    expect(result.fidelity).toMatchObject({ ok: true, moved: 0 });
  });

  it('is read from a crawled page whose signature cell stands alone between "|" lines', async () => {
    const page = `${HEADER}\n\nYêu cầu các thôn triển khai thực hiện nghiêm túc Chỉ thị này./.\n\n|\n|\n**KT. CHỦ TỊCH **\nPHÓ CHỦ TỊCH\nHoàng Văn Nam\n|\n`;
    const result = await importBytes(page, 'trang.md');
    expect(result.frontmatter?.signer.name).toBe('Hoàng Văn Nam');
    expect(result.fidelity).toMatchObject({ ok: true, moved: 0 });
  });
});

describe('a month whose leading zero was parted from it ("tháng 0 6")', () => {
  it('is one number, as printed, in the words the check counts', () => {
    expect(wordsOf('Hà Nội, ngày 26 tháng 0 6 năm 2018')).toEqual(['hà', 'nội', 'ngày', '26', 'tháng', '06', 'năm', '2018']);
    expect(wordsOf('có 0 6 tập thể')).toEqual(['có', '0', '6', 'tập', 'thể']);
  });

  it('keeps every word of the date line and reads the date', () => {
    const result = importLines(lines(HEADER.replace('ngày 25 tháng 11 năm 2025', 'ngày 26 tháng 0 6 năm 2018') + '\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Hùng'));
    expect(result.frontmatter?.issuedOn).toBe('2018-06-26');
    expect(result.fidelity).toMatchObject({ ok: true, moved: 0 });
  });
});

describe('the tail of a raw .docx extraction (a blank line after every paragraph)', () => {
  const list = ['Nơi nhận:', '- BTT Ủy ban MTTQ Việt Nam tỉnh;', '- Thường trực Đảng ủy xã;', '- Lưu: MTTQ'];
  const blanks = (n: number) => Array.from({ length: n }, () => '');

  it('finds the name a dozen empty paragraphs below the title', () => {
    // Six empty paragraphs between the title and the name: thirteen blank lines, more than the twelve allowed before.
    const tail = [...list, '', '', 'TM. BAN THƯỜNG TRỰC', 'CHỦ TỊCH', ...blanks(6), 'Lan Thị Vân'];
    const result = importLines(lines(`${HEADER}\n\n${tail.join('\n\n')}`));
    expect(result.frontmatter?.signer).toEqual({ capacity: 'TM. BAN THƯỜNG TRỰC', title: 'CHỦ TỊCH', name: 'Lan Thị Vân' });
    expect(result.fidelity).toMatchObject({ ok: true, moved: 0 });
  });

  it('reads a list whose first item has neither dash nor end mark, then the signature', () => {
    const tail = ['Nơi nhận:', 'Ban TT UBTW MTTQ VN; (Để', 'Ban Thường vụ Tỉnh ủy;      báo cáo)', 'UBND tỉnh;', '   -   Lưu VP, Ban DC.', 'TM. BAN THƯỜNG TRỰC', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC', 'Nguyễn Chí Thành'];
    const result = importLines(lines(`${HEADER}\n\n${tail.join('\n\n')}`));
    // "(Để" goes on to "báo cáo)" two lines below: the first item runs on, as its open bracket asks.
    expect(result.frontmatter?.recipients?.[0]).toBe('Ban TT UBTW MTTQ VN; (Để Ban Thường vụ Tỉnh ủy; báo cáo) UBND tỉnh');
    expect(result.frontmatter?.recipients?.at(-1)).toBe('Lưu VP, Ban DC');
    expect(result.frontmatter?.signer.name).toBe('Nguyễn Chí Thành');
    expect(result.fidelity).toMatchObject({ ok: true, moved: 0 });
  });

  it('leaves a lone "Nơi nhận:" with neither list nor signature in the body, words and all', () => {
    const result = importLines(lines(`${HEADER}\n\nNơi nhận:\n\nCác thôn báo cáo kết quả về Ủy ban nhân dân xã trước ngày 15 tháng 12 năm 2025 để tổng hợp, báo cáo cấp trên theo quy định của pháp luật về thi đua, khen thưởng.`));
    expect(result.fidelity).toMatchObject({ ok: true, moved: 0 });
  });
});

describe('a name wrapped before its last word in a narrow signature cell', () => {
  it('is read whole ("Trần Thị Diệu" / "Thúy")', () => {
    const result = importLines(lines(`${HEADER}\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n**KT. CHỦ TỊCH**\nPHÓ CHỦ TỊCH\n**Trần Thị Diệu**\n**Thúy**`));
    expect(result.frontmatter?.signer.name).toBe('Trần Thị Diệu Thúy');
    expect(result.fidelity).toMatchObject({ ok: true, moved: 0 });
  });
});

describe('a Word footnote of several paragraphs', () => {
  it('keeps its later paragraphs in the note, indented under it, and every word in order', async () => {
    const page = [
      '<html><head><meta charset="utf-8"></head><body><div class=WordSection1>',
      `<p>${HEADER.split('\n').join('</p><p>')}</p>`,
      '<p>Đọc tiêu chuẩn của đại biểu quy định tại Điều 22<a href="#_ftn1" name="_ftnref1">[1]</a> Luật Tổ chức Quốc hội.</p>',
      '<p>Nơi nhận:</p><p>- Lưu: VT.</p><p>TM. ỦY BAN NHÂN DÂN</p><p>CHỦ TỊCH</p><p>Nguyễn Văn Hùng</p></div>',
      '<div style="mso-element:footnote-list"><div style="mso-element:footnote" id=ftn1>',
      '<p><a href="#_ftnref1" name="_ftn1">[1]</a> Điều 22. Tiêu chuẩn của đại biểu Quốc hội</p>',
      '<p>1. Trung thành với Tổ quốc, Nhân dân và Hiến pháp.</p><p>2. Có phẩm chất đạo đức tốt, cần, kiệm, liêm, chính.</p>',
      '</div></div></body></html>',
    ].join('\n');
    const result = await importBytes(page, 'trang.html');
    expect(result.fidelity).toMatchObject({ ok: true, moved: 0 });
    expect(result.markdown).toContain('[^1]: Điều 22. Tiêu chuẩn của đại biểu Quốc hội\n\n    1\\. Trung thành');
    expect(result.markdown).toContain('\n\n    2\\. Có phẩm chất');
  });
});
