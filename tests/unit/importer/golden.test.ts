import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFidelity, compareWords, markdownWords, splitDocument } from '../../../tools/import/fidelity.ts';
import { wordsOf } from '../../../tools/import/text.ts';
import { documentSchema } from '../../../src/schemas/document.ts';
import { importFile, renderedHeadings, renderedText, root, seedPath } from './helpers.ts';

/** The five seeds and the documents of the site they must import to. */
const seeds = [
  ['000_f1c8fe1713501660.txt', 'quang-ngai/pho-van-duc-pho/2023-bao-cao-cong-tac-thi-dua-khen-thuong'],
  ['001_918d6d172b288aa9.txt', 'thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127'],
  ['002_8938769ffed8800f.txt', 'quang-ngai/pho-minh-duc-pho/2024-bao-cao-31'],
  ['003_4a4cdb79b3415bc2.txt', 'dong-thap/hoa-thuan-cao-lanh/2024-ke-hoach-phat-dong-phong-trao-thi-dua'],
  ['004_669cf7401ec93b75.txt', 'quang-ngai/son-long-son-tay/2024-bao-cao-tong-ket-cong-tac-thi-dua'],
] as const;

describe.each(seeds)('seed %s', (file, id) => {
  const load = () => importFile(seedPath(file));

  it(`imports to exactly content/documents/${id}.md`, async () => {
    const { result } = await load();
    expect(result.errors).toEqual([]);
    expect(`${result.frontmatter!.unit}/${result.slug}`).toBe(id);
    expect(result.markdown).toBe(readFileSync(path.join(root, 'content/documents', `${id}.md`), 'utf8'));
  });

  it('keeps every word of the source, in order', async () => {
    const { result } = await load();
    const report = checkFidelity(readFileSync(seedPath(file), 'utf8'), result.markdown!);
    expect(report.firstMissing).toBeUndefined();
    expect(report.retention).toBe(1);
  });

  it('has frontmatter the site schema accepts', async () => {
    const { result } = await load();
    expect(documentSchema.safeParse(splitDocument(result.markdown!).data).success).toBe(true);
  });

  it('compiles as MDX and renders every word of its body', async () => {
    const { result } = await load();
    // A footnote's label is not text on the page (the footnotes are a numbered list).
    const body = splitDocument(result.markdown!).body.replace(/^\[\^[^\]]+\]:/gmu, '');
    const report = compareWords(markdownWords(body), wordsOf(renderedText(result.markdown!)));
    expect(report.firstMissing).toBeUndefined();
  });
});

describe('seed metadata', () => {
  it('reads number, symbol, place, date, signer and recipients of the Tân Hoà report', async () => {
    const { result } = await importFile(seedPath(seeds[1][0]));
    expect(result.frontmatter).toMatchObject({
      unit: 'thai-nguyen/tan-hoa-phu-binh',
      type: 'báo cáo',
      number: '127',
      symbol: 'BC-UBND',
      place: 'Tân Hoà',
      issuedOn: '2023-12-15',
      title: 'Tổng kết công tác thi đua khen thưởng năm 2023, phương hướng, nhiệm vụ năm 2024',
      period: { from: 2023, to: 2024 },
      signer: { title: 'CHỦ TỊCH', name: 'Đào Văn Trung' },
    });
    expect(result.frontmatter!.recipients).toEqual([
      'UBND huyện Phú Bình',
      'Phòng Nội vụ huyện Phú Bình',
      'TT Đảng uỷ xã',
      'TT HĐND xã',
      'Chủ tịch, các Phó CT UBND xã',
      'Các cơ quan, đơn vị trên địa bàn xã',
      'Lưu: VT, VP',
    ]);
  });

  it('leaves the number out when the source leaves it blank, and keeps a partial date', async () => {
    const { result } = await importFile(seedPath(seeds[0][0]));
    expect(result.frontmatter!.number).toBeUndefined();
    expect(result.frontmatter).toMatchObject({ symbol: 'BC-UBND', issuedOn: '2023-10', place: 'Phổ Văn' });
    expect(result.frontmatter!.signer).toEqual({ capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Chí Linh' });
    expect(result.warnings).toContain('số văn bản để trống (number left blank): BC-UBND');
  });

  it('reads "31/BC- UBND" as number 31 and symbol BC-UBND, and finds Phổ Minh', async () => {
    const { result } = await importFile(seedPath(seeds[2][0]));
    expect(result.frontmatter).toMatchObject({ number: '31', symbol: 'BC-UBND', issuedOn: '2024-02-15', period: { from: 2014, to: 2023 } });
  });

  it('splits the type and title written on one line in the Hòa Thuận plan', async () => {
    const { result } = await importFile(seedPath(seeds[3][0]));
    expect(result.frontmatter).toMatchObject({ type: 'kế hoạch', title: 'Phát động phong trào thi đua yêu nước năm 2024', issuedOn: '2024-01' });
  });
});

describe('seed structure', () => {
  it('turns the Hòa Thuận footnotes ¹ ² into two GFM footnotes holding 12 and 13 targets', async () => {
    const { result } = await importFile(seedPath(seeds[3][0]));
    const body = splitDocument(result.markdown!).body;
    expect(body).toContain('bản cam kết hành động[^1] năm 2024');
    expect(body).toContain('kinh tế - xã hội[^2] (13 nội dung)');
    const notes = body.split('\n').filter((line) => line.startsWith('[^'));
    expect(notes).toHaveLength(2);
    expect(notes[0].match(/\(\d+\)/g)).toHaveLength(12);
    expect(notes[1].match(/\(\d+\)/g)).toHaveLength(13);
  });

  it('rejoins the paragraph the footnotes of that page cut in two', async () => {
    const { result } = await importFile(seedPath(seeds[3][0]));
    expect(result.markdown).toContain('chủ động nắm bắt thông tin dư luyện trong quá trình thẩm định');
  });

  it('rejoins paragraphs broken at page boundaries', async () => {
    const joined = await Promise.all(seeds.map(([file]) => importFile(seedPath(file)).then(({ result }) => result.markdown!)));
    expect(joined[0]).toContain('phát triển văn hóa xã hội, giữ vững an ninh chính trị');
    expect(joined[0]).toContain('Qua đó đã phát huy được quyền làm chủ');
    expect(joined[0]).toContain('Trong đó Tiểu thủ công ngành ước đạt 571,5 tỷ đồng');
    expect(joined[1]).toContain('“Phong trào thực hiện cải cách hành chính"');
    expect(joined[1]).toContain('đã hoàn thành tốt điển tập trong khu vực phòng thủ');
    expect(joined[2]).toContain('phát triển kinh tế - xã hội hàng năm và Kế hoạch 5 năm');
    expect(joined[4]).toContain('đã góp phần làm chuyên biến tích cực');
  });

  it('nests Phần, Roman, Arabic, 2.1. and a) headings from level 2, one level below their outer heading', async () => {
    const { result } = await importFile(seedPath(seeds[0][0]));
    const headings = renderedHeadings(result.markdown!);
    expect(headings.slice(0, 6)).toEqual([
      'h2 Phần I KẾT QUẢ THỰC HIỆN NHIỆM VỤ CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2023',
      'h3 I. ĐẶC ĐIỂM, TÌNH HÌNH',
      'h4 1. Đặc điểm tình hình chung:',
      'h4 2. Thuận lợi, khó khăn:',
      'h5 a) Thuận lợi:',
      'h5 b) Khó khăn:',
    ]);
    expect(headings).toContain('h5 2.1. Kết quả thực hiện 05 phong trào thi đua do Thủ tướng Chính phủ phát động.');
    expect(headings).toContain('h6 a) Phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới”:');
    const levels = headings.map((h) => Number(h[1]));
    expect(levels.every((level, i) => i === 0 || level <= levels[i - 1] + 1)).toBe(true);
  });

  it('starts at level 2 with Roman sections when a document has no Phần', async () => {
    const { result } = await importFile(seedPath(seeds[3][0]));
    expect(renderedHeadings(result.markdown!).slice(0, 3)).toEqual(['h2 I. MỤC ĐÍCH, YÊU CẦU', 'h3 1. Mục đích', 'h3 2. Yêu cầu']);
  });

  it('keeps numbered items that follow each other as numbered paragraphs, numbers unchanged', async () => {
    const { result } = await importFile(seedPath(seeds[3][0]));
    const text = renderedText(result.markdown!);
    // IV. of the plan numbers its items 1, 3, 4: an ordered list would renumber them.
    expect(text).toMatch(/\n\s*1\. Tập trung đẩy mạnh[^\n]*\n\s*3\. Phát huy vai trò[^\n]*\n\s*4\. Tham gia tập huấn/u);
  });

  it('nests "+" items under the "-" item before them', async () => {
    const { result } = await importFile(seedPath(seeds[0][0]));
    expect(result.markdown).toContain('- Giá trị sản xuất từng lĩnh vực:\n  + Nông nghiệp giá trị sản xuất');
  });
});
