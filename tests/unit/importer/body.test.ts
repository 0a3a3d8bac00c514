import { describe, expect, it } from 'vitest';
import { rejoinPageBreaks, splitParagraphs } from '../../../tools/import/paragraphs.ts';
import { definitionLabel, extractFootnotes, markDefinitions, referenceLabels } from '../../../tools/import/footnotes.ts';
import { classify, headingLevels } from '../../../tools/import/structure.ts';
import { renderBody } from '../../../tools/import/markdown.ts';

/** The body pipeline of the importer on a text, down to Markdown. */
function body(text: string): string {
  const lines = text.split('\n').map((t) => ({ text: t }));
  const labels = referenceLabels(lines.map((l) => l.text));
  const groups = splitParagraphs(lines, (t) => definitionLabel(t, labels) !== undefined).map((g) => g.map((p) => markDefinitions(p, labels)));
  const { paragraphs, footnotes } = extractFootnotes(rejoinPageBreaks(groups));
  return renderBody(classify(paragraphs), footnotes);
}

describe('paragraphs', () => {
  it('rejoins a paragraph a page break cut mid-sentence', () => {
    expect(body('giải ngân các nguồn vốn, phát triển văn hóa xã\n\nhội, giữ vững an ninh chính trị.')).toBe('giải ngân các nguồn vốn, phát triển văn hóa xã hội, giữ vững an ninh chính trị.\n');
  });

  it('rejoins "kinh tế" / "- xã hội": a dash that belongs to the sentence, not a list', () => {
    expect(body('phát triển kinh tế\n\n- xã hội hàng năm và Kế hoạch 5 năm.')).toBe('phát triển kinh tế - xã hội hàng năm và Kế hoạch 5 năm.\n');
  });

  it('keeps paragraphs apart after a full stop or before a capital letter', () => {
    expect(body('Câu một kết thúc.\n\nhai bắt đầu thường.\n\nBa không dấu\n\nBốn viết hoa.')).toBe('Câu một kết thúc.\n\nhai bắt đầu thường.\n\nBa không dấu\n\nBốn viết hoa.\n');
  });

  it('joins hard-wrapped lines into one paragraph, and starts a new one at a numbering', () => {
    expect(body('Năm 2024, xã Sơn Long xây dựng được 04 mô hình\n“Dân vận khéo”; các hộ tích cực\nhưởng ứng.\n1. Kết quả\nNội dung')).toBe(
      'Năm 2024, xã Sơn Long xây dựng được 04 mô hình “Dân vận khéo”; các hộ tích cực hưởng ứng.\n\n## 1. Kết quả\n\nNội dung\n',
    );
  });

  it('rejoins a list item cut by a page break', () => {
    expect(body('- *Công tác quốc phòng*: Ban chỉ huy đã hoàn thành\n\ntốt điển tập năm 2023.')).toBe('- *Công tác quốc phòng*: Ban chỉ huy đã hoàn thành tốt điển tập năm 2023.\n');
  });
});

describe('footnotes', () => {
  it('turns superscript marks and the notes at the foot of the page into GFM footnotes, rejoining the cut paragraph', () => {
    expect(body('cam kết hành động¹ năm 2024, xã hội² trong năm.\n\nnắm bắt thông tin dư\n\n¹ (1) Chỉ tiêu một; (2) Chỉ tiêu hai.\n\n² (1) Mục tiêu.\n\nluận trong quá trình.')).toBe(
      'cam kết hành động[^1] năm 2024, xã hội[^2] trong năm.\n\nnắm bắt thông tin dư luận trong quá trình.\n\n[^1]: (1) Chỉ tiêu một; (2) Chỉ tiêu hai.\n\n[^2]: (1) Mục tiêu.\n',
    );
  });

  it('reads "[1]" and "*[1]*" marks', () => {
    expect(body('Theo kế hoạch[1] và chỉ thị*[2]*.\n\n[1] Kế hoạch số 14/KH-UBND.\n\n*[2]* Chỉ thị số 34-CT/TW.')).toBe(
      'Theo kế hoạch[^1] và chỉ thị[^2].\n\n[^1]: Kế hoạch số 14/KH-UBND.\n\n[^2]: Chỉ thị số 34-CT/TW.\n',
    );
  });

  it('leaves a superscript without a note as it is: m² is a unit', () => {
    expect(body('hiến 14.728m² đất và 600 m² khác¹.')).toBe('hiến 14.728m² đất và 600 m² khác¹.\n');
  });

  it('pairs marks and notes in order when numbering restarts on a page', () => {
    expect(body('Một¹ câu.\n\n¹ Ghi chú trang một.\n\nHai¹ câu.\n\n¹ Ghi chú trang hai.')).toBe(
      'Một[^1] câu.\n\nHai[^1-2] câu.\n\n[^1]: Ghi chú trang một.\n\n[^1-2]: Ghi chú trang hai.\n',
    );
  });
});

describe('structure', () => {
  it('keeps a run of numbered sentences as paragraphs with their numbers, and a short lead-in as a heading', () => {
    expect(body('I. MỤC TIÊU\n\n1. Tiếp tục đổi mới công tác thi đua.\n\n3. Tập trung phát động phong trào.\n\nII. TỔ CHỨC\n\n1. Công chức Văn phòng\n\nChủ trì tham mưu.')).toBe(
      '## I. MỤC TIÊU\n\n1\\. Tiếp tục đổi mới công tác thi đua.\n\n3\\. Tập trung phát động phong trào.\n\n## II. TỔ CHỨC\n\n### 1. Công chức Văn phòng\n\nChủ trì tham mưu.\n',
    );
  });

  it('keeps "1. Ưu điểm: Nhìn chung…" a paragraph: a lead-in followed by its text', () => {
    expect(body('1. Ưu điểm: Nhìn chung phong trào được triển khai.\n\n2. Tồn tại, hạn chế:\n\nChưa lan tỏa.')).toBe(
      '1\\. Ưu điểm: Nhìn chung phong trào được triển khai.\n\n## 2. Tồn tại, hạn chế:\n\nChưa lan tỏa.\n',
    );
  });

  it('joins "Phần I" with its uppercase title on the next line', () => {
    expect(body('Phần I\n\nKẾT QUẢ THỰC HIỆN\n\nI. ĐẶC ĐIỂM\n\nNội dung.')).toBe('## Phần I KẾT QUẢ THỰC HIỆN\n\n### I. ĐẶC ĐIỂM\n\nNội dung.\n');
  });

  it('nests "+" items under the "-" item before them and reads "*** X**" as a bold bullet', () => {
    expect(body('*** Kết quả khen thưởng**\n\n- Giá trị sản xuất:\n\n+ Nông nghiệp 83 tỷ đồng;\n\n+ Dịch vụ 1.045 tỷ đồng.\n\nCơ cấu kinh tế.\n\n+ Tiếp công dân.')).toBe(
      '* **Kết quả khen thưởng**\n\n- Giá trị sản xuất:\n  + Nông nghiệp 83 tỷ đồng;\n  + Dịch vụ 1.045 tỷ đồng.\n\nCơ cấu kinh tế.\n\n+ Tiếp công dân.\n',
    );
  });

  it('gives each heading one level below the nearest outer heading, from 2, never skipping a level', () => {
    const levels = (kinds: string[]) => headingLevels(kinds.map((rank) => ({ kind: 'heading', rank, text: '' }) as never));
    expect(levels(['part', 'roman', 'arabic', 'letter', 'letter', 'arabic', 'arabic2', 'letter', 'roman', 'part'])).toEqual([2, 3, 4, 5, 5, 4, 5, 6, 3, 2]);
    expect(levels(['roman', 'arabic', 'arabic', 'roman'])).toEqual([2, 3, 3, 2]);
    expect(levels(['arabic', 'roman', 'arabic'])).toEqual([2, 2, 3]);
    expect(levels(['part', 'roman', 'arabic', 'arabic2', 'arabic3', 'letter'])).toEqual([2, 3, 4, 5, 6, 6]);
  });
});

describe('MDX escaping', () => {
  it('escapes what MDX or Markdown would read as syntax, keeping the source emphasis', () => {
    expect(body('Giá {x} <5% và a_b_c `mã` ~ước~ [xem] & *nhấn* **đậm** \\ hết.')).toBe(
      'Giá \\{x\\} \\<5% và a\\_b\\_c \\`mã\\` \\~ước\\~ \\[xem\\] \\& *nhấn* **đậm** \\\\ hết.\n',
    );
  });

  it('escapes a lone star so it stays a star', () => {
    expect(body('Ghi chú * ở giữa câu.')).toBe('Ghi chú \\* ở giữa câu.\n');
  });
});

describe('MDX statements', () => {
  it('keeps a paragraph starting with "import" or "export" as text, not an MDX statement', () => {
    expect(body('import x from "y" và tiếp.\n\nexport const a = 1 hết.')).toBe('&#105;mport x from "y" và tiếp.\n\n&#101;xport const a = 1 hết.\n');
  });
});
