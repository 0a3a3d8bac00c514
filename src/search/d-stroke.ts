/**
 * How the search index spells `đ` so that `d` and `đ` match each other.
 *
 * Pagefind 1.6 folds tone and vowel marks (it strips Unicode combining marks) but `đ` is a letter of its own,
 * so "dua" never meets "đua". Before a page is indexed we write every `đ` as `d` + {@link D_STROKE_MARK}.
 * Pagefind keeps only letters and digits of a word when indexing, so it indexes "đua" exactly as "dua" and
 * "Đức" as "dức" (tone kept for its diacritic ranking), while each page's stored text still says which `d`
 * was an `đ`. Queries fold `đ` to `d` (foldQueryDStroke), and the browser turns the mark back into `đ` before
 * showing a title or an excerpt, so readers only ever see the page's real text.
 */

/**
 * U+0335 COMBINING SHORT STROKE OVERLAY: "d̵" even looks like "đ". It is a combining mark that is not
 * alphanumeric, so Pagefind drops it from the indexed word. It never occurs in Vietnamese text, and NFC
 * does not compose d + U+0335 into đ, so decoding is lossless.
 */
export const D_STROKE_MARK = '\u0335';

const encodePattern = /[đĐ]/g;
const decodePattern = /([dD])\u0335/g;

/** "Đức Phổ" → "D̵ức Phổ" (D + U+0335): the spelling pages have in the index. Text is normalised to NFC first. */
export function encodeDStroke(text: string): string {
  return text.normalize('NFC').replace(encodePattern, (c) => (c === 'đ' ? `d${D_STROKE_MARK}` : `D${D_STROKE_MARK}`));
}

/** The inverse of {@link encodeDStroke}: "D̵ức Phổ" → "Đức Phổ". Leaves other text untouched. */
export function decodeDStroke(text: string): string {
  return text.replace(decodePattern, (_, d: string) => (d === 'd' ? 'đ' : 'Đ'));
}

/** "Đức" → "Dức": the spelling of a query, matching the index's "d̵ức" with its tone mark kept for ranking. */
export function foldQueryDStroke(text: string): string {
  return text.normalize('NFC').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** True when text still holds a raw `đ`/`Đ` that the index would not match with `d`. */
export function hasRawDStroke(text: string): boolean {
  return /[đĐ]/.test(text);
}
