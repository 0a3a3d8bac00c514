/**
 * Text as the extractor reads it. Quotes must be found word for word in the document, so every helper here keeps
 * positions: the folded form has exactly one character for each character of the text it folds.
 */
import { foldDiacritics } from '../../src/utils/vietnamese.ts';

/**
 * Lowercase without tone or vowel marks, one character per character, so that a match found in the folded text
 * is at the same place in the original ("Hoá" and "Hóa", both spellings of one word, fold alike).
 */
export function fold(text: string): string {
  const folded = foldDiacritics(text).toLowerCase();
  if (folded.length === text.length) return folded;
  // Combining marks left in the input (not NFC) would shift positions: fold letter by letter instead.
  return [...text].map((c) => (foldDiacritics(c).toLowerCase() || c)[0] ?? c).join('');
}

/**
 * A line of Markdown as a reader sees it: without emphasis marks and backslash escapes (`1\.` → `1.`). A quote
 * cut from this text is found in the document body once the same marks are removed (the site's quote anchors
 * and the seed-data test compare that way).
 */
export function plainLine(line: string): string {
  return line
    .normalize('NFC')
    .replace(/\\([\\`*_{}[\]()#+\-.!&|<>~])/g, '$1')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The body as quotes are compared with it: plain text, single spaces. */
export function comparableBody(body: string): string {
  return body
    .split('\n')
    .map(plainLine)
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** A name compared loosely: no marks, no quotes or punctuation, single spaces, lowercase. */
export function looseName(name: string): string {
  return fold(name)
    .replace(/[“”"'‘’().,;:…]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** First letter uppercase, the rest as written. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
