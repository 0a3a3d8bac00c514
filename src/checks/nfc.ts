import type { FileProblem } from './problem.ts';

/**
 * Lines whose text is not Unicode NFC (e.g. typed on macOS, or pasted from a PDF): "Hòa" written as "Ho" + "̀" + "a"
 * looks the same but does not match in search and sorts wrongly. A warning: the text can be normalized.
 */
export function nfcProblems(text: string): FileProblem[] {
  if (text === text.normalize('NFC')) return [];
  const lines = text.split('\n');
  const bad: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i] !== lines[i].normalize('NFC')) bad.push(i + 1);
  const shown = bad.slice(0, 8).join(', ') + (bad.length > 8 ? ` … (+${bad.length - 8})` : '');
  return [
    {
      severity: 'warning',
      rule: 'text/not-nfc',
      line: bad[0],
      found: `chữ có dấu ở dạng tổ hợp (không phải NFC) trên các dòng ${shown} (decomposed, non-NFC text on lines ${shown})`,
      expected: 'văn bản Unicode dạng NFC (Unicode NFC text)',
      fix: 'Chạy `npm run check -- --fix` để chuẩn hóa tệp, hoặc lưu lại bằng trình soạn thảo có chuẩn hóa NFC. (Run `npm run check -- --fix` to normalize the file.)',
    },
  ];
}
