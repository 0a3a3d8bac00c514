import { describe, expect, it } from 'vitest';
import { checkFidelity, checkTextFidelity, compareWords } from '../../../tools/import/fidelity.ts';
import { wordsOf } from '../../../tools/import/text.ts';

const mdx = (front: string, body: string) => `---\n${front}\n---\n\n${body}`;

describe('fidelity check', () => {
  const source = 'Số: 12/BC-UBND\nTân Hoà, ngày 5 tháng 12 năm 2023\nBÁO CÁO\nKết quả thi đua\nNội dung một hai ba.\nNơi nhận:\n- UBND huyện;\nCHỦ TỊCH\nĐào Văn Trung';
  const front = 'type: báo cáo\nnumber: "12"\nsymbol: BC-UBND\nplace: Tân Hoà\nissuedOn: 2023-12-05\ntitle: Kết quả thi đua\nsigner:\n  title: CHỦ TỊCH\n  name: Đào Văn Trung\nrecipients:\n  - UBND huyện';

  it('accepts an output that keeps every word in the body or the frontmatter', () => {
    expect(checkFidelity(source, mdx(front, 'Nội dung một hai ba.\n'))).toMatchObject({ ok: true, retention: 1, total: 32 });
  });

  it('names the first missing passage, with context', () => {
    const report = checkFidelity(source, mdx(front, 'Nội dung ba.\n'));
    expect(report).toMatchObject({ ok: false, kept: 30, firstMissing: '… thi đua nội dung [một hai] ba nơi nhận ubnd …' });
  });

  it('notices a word missing from the frontmatter too', () => {
    expect(checkFidelity(source, mdx(front.replace('  name: Đào Văn Trung\n', ''), 'Nội dung một hai ba.\n')).firstMissing).toBe('… ubnd huyện chủ tịch [đào văn trung]');
  });

  it('accepts footnotes moved from the foot of a page to the end', () => {
    const text = 'Đoạn một có chú thích¹ và tiếp\n¹ (1) Chỉ tiêu thứ nhất; (2) Chỉ tiêu thứ hai.\ntục đoạn một.\nĐoạn hai.';
    const out = mdx('title: x', 'Đoạn một có chú thích[^1] và tiếp tục đoạn một.\n\nĐoạn hai.\n\n[^1]: (1) Chỉ tiêu thứ nhất; (2) Chỉ tiêu thứ hai.\n');
    expect(checkFidelity(text, out)).toMatchObject({ ok: true });
  });

  it('does not count the national motto', () => {
    const text = 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nNội dung.';
    expect(checkFidelity(text, mdx('title: x', 'Nội dung.\n')).ok).toBe(true);
  });

  it('compares numbers by value: "06" in a date is "6"', () => {
    expect(compareWords(wordsOf('tháng 6 năm 2024'), wordsOf('tháng 06 năm 2024')).ok).toBe(true);
  });

  it('measures retention for any page text, e.g. a built page', () => {
    expect(checkTextFidelity('một hai ba bốn', 'một ba bốn')).toMatchObject({ total: 4, kept: 3, retention: 0.75, firstMissing: '… một [hai] ba bốn …' });
  });

  it('does not let a lone word moved elsewhere make up for a word lost', () => {
    expect(checkTextFidelity('a b c d e', 'a b d e c').ok).toBe(false);
  });
});

describe('fidelity check of a footnote that repeats words of the body', () => {
  // A plan list in the body and, at the foot of the page, a note listing the same plans: the words stand
  // twice in the source, once for the body and once for the footnote. The next paragraph starts with "Sau",
  // a word of the list, and a later one quotes the plans' names again, as the generated reports do.
  const list = 'Kế hoạch số 7/KH-UBND về “Không để ai bị bỏ lại phía sau”; Kế hoạch số 8/KH-UBND về “Dân vận khéo”;';
  const items = list.split('; ').map((item) => `- ${item}`).join('\n');
  const after = 'Sau khi ban hành, xã triển khai đến các thôn.\n\nPhong trào “Không để ai bị bỏ lại phía sau” được hưởng ứng; phong trào “Dân vận khéo” có nhiều mô hình.';
  const source = `Các kế hoạch năm 2024¹, cụ thể:\n${items}\n${after}\n¹ ${list}`;
  const body = `Các kế hoạch năm 2024[^1], cụ thể:\n\n${items}\n\n${after}\n\n[^1]: ${list}\n`;

  it('counts the footnote where the source had it and the body copy in the body', () => {
    expect(checkFidelity(source, mdx('title: x', body))).toMatchObject({ ok: true, retention: 1 });
  });

  it('still notices the body copy lost when the footnote keeps the same words', () => {
    const report = checkFidelity(source, mdx('title: x', body.replace(`${items}\n\n`, '')));
    expect(report.ok).toBe(false);
    expect(report.total - report.kept).toBe(wordsOf(list).length);
  });

  it('still notices the footnote lost when the body keeps the same words', () => {
    const report = checkFidelity(source, mdx('title: x', body.replace(`\n[^1]: ${list}\n`, '').replace('[^1]', '¹')));
    expect(report.ok).toBe(false);
    expect(report.total - report.kept).toBe(wordsOf(list).length);
  });
});

describe('fidelity check on large input', () => {
  /** Words from a small vocabulary, so that common words recur everywhere as in real text. */
  function words(count: number, seed: number): string[] {
    const vocabulary = wordsOf('và của các có được năm trong cho thi đua khen thưởng công tác người đã với là những theo xã huyện tỉnh ủy ban nhân dân phát triển thực hiện kế hoạch báo cáo một này không');
    let state = seed;
    return Array.from({ length: count }, () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return vocabulary[state % vocabulary.length];
    });
  }

  it('splits and checks a document file of a million words without overflowing the stack', () => {
    const text = words(1_000_000, 7).join(' ');
    const started = performance.now();
    const report = checkFidelity(text, mdx('title: x', `${text}\n\n[^1]: ${words(40, 9).join(' ')}\n`));
    expect(report).toMatchObject({ ok: true, total: 1_000_000, moved: 0 });
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('stays fast when the output differs from the source everywhere, and says the words are lost', () => {
    const source = words(300_000, 1);
    const started = performance.now();
    const report = compareWords(source, words(300_000, 2));
    expect(report.ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('still finds a few differences in a long document exactly', () => {
    const source = words(200_000, 3);
    const output = source.filter((_, i) => i % 10_000 !== 5_000);
    expect(compareWords(source, output)).toMatchObject({ ok: false, kept: 200_000 - 20 });
  });

  it('counts the words found only as a passage moved out of order', () => {
    expect(checkTextFidelity('một hai ba bốn năm sáu', 'bốn năm sáu một hai ba')).toMatchObject({ ok: true, moved: 3 });
    expect(checkTextFidelity('một hai ba', 'một hai ba')).toMatchObject({ ok: true, moved: 0 });
  });
});
