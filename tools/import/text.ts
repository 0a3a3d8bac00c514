/** Small text helpers used across the importer. */

/**
 * Cleans decoded text: NFC, no BOM, LF line ends, no zero-width characters, tabs and no-break spaces
 * as plain spaces, no trailing spaces. Words are untouched.
 */
export function normalizeSourceText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\t\u00A0\u2007\u202F]/g, ' ')
    .normalize('NFC')
    .split('\n')
    .map((line) => line.replace(/\s+$/u, ''))
    .join('\n');
}

/** True when the text has letters and none of them is lowercase: "BÁO CÁO", "UBND XÃ TÂN HÒA". */
export function isUpperText(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Starts with a lowercase letter (after opening quotes, brackets or emphasis marks). */
export function startsLowercase(text: string): boolean {
  const first = text.replace(/^[\s*_“"'‘(«[]+/u, '').charAt(0);
  return first !== '' && /\p{Ll}/u.test(first);
}

/** Ends like a finished sentence or clause: . : ; ! ? … (before closing quotes, brackets or emphasis marks). */
export function endsTerminal(text: string): boolean {
  const trimmed = text.replace(/[\s*_”"'’)»\]]+$/u, '');
  return /[.:;!?…]$/u.test(trimmed);
}

/** Emphasis marks standing inside a word ("năm 202**5*", "K**ý** tên"): Markdown draws one word there. */
const MARKS_IN_WORD = /(?<=[\p{L}\p{M}\p{Nd}])\*+(?=[\p{L}\p{M}\p{Nd}])/gu;

/** A day or month whose leading zero a crawler or a PDF parted from it ("tháng 0 6"): one number, as printed. */
const PARTED_ZERO = /(?<=(?:ngày|tháng)\s{1,3})0\s(?=\d(?!\d))/giu;

/**
 * The words of a text, lowercased NFC: runs of letters, marks and digits. Punctuation is not a word, and
 * emphasis marks inside a word do not part it (`202**5` is the word 2025, as the page shows it).
 */
export function wordsOf(text: string): string[] {
  let clean = text.includes('*') ? text.replace(MARKS_IN_WORD, '') : text;
  if (clean.includes('0 ')) clean = clean.replace(PARTED_ZERO, '0');
  return clean.normalize('NFC').toLowerCase().match(/[\p{L}\p{M}\p{Nd}]+/gu) ?? [];
}

/** Number of words, as {@link wordsOf} counts them. */
export function countWords(text: string): number {
  return wordsOf(text).length;
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * A comparison key that ignores case and where a syllable's tone mark sits: "Hoà" and "Hòa", "Thuý" and
 * "Thúy" get the same key, while "Hòa" and "Hoa" stay different.
 */
export function toneKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{Nd}]+/u)
    .filter(Boolean)
    .map((word) => {
      const decomposed = word.normalize('NFD');
      const tones = decomposed.match(TONE_MARKS) ?? [];
      return decomposed.replace(TONE_MARKS, '').normalize('NFC') + tones.join('');
    })
    .join(' ');
}
