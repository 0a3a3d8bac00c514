/**
 * Widths pdf.js loses. pdf.js counts any glyph whose text holds a combining mark as a zero-width diacritic: a
 * font that draws "Ộ" as one glyph written "O\u0302\u0323" or "Ô\u0323" (LibreOffice does so for text typed
 * in decomposed Unicode) gets that letter measured 0 wide, while the PDF still advances past it. The item's
 * width then falls short by the letter, the gap after it looks like a space, and "ĐỘNG" reads "Đ Ộ NG".
 * Evidence that a font's letters were so measured: an item of that font that is such a letter alone, measured 0
 * wide (a real base glyph always has a width; a mark drawn as its own glyph has no letter before it). Then each
 * letter with marks in that font's items gets back its width, estimated from the letter (a serif or sans font's
 * advance, within a tenth of the font size: well under a space).
 */
import type { TextItem } from './pdf-lines.ts';

/** A letter followed by combining marks: one glyph whose width pdf.js may have dropped. */
const MARKED = /\p{L}\p{Mn}+/gu;
const LONE_MARKED = /^\p{L}\p{Mn}+$/u;

/** A letter's advance in font sizes, roughly (Times and Arial differ by less than 0.1). */
function letterWidth(letter: string): number {
  if (/[iljı]/u.test(letter)) return 0.26;
  if (/[IJ]/u.test(letter)) return 0.36;
  if (/[mw]/u.test(letter)) return 0.75;
  if (/[MW]/u.test(letter)) return 0.9;
  return letter === letter.toLowerCase() ? 0.5 : 0.72;
}

/** Items with the widths pdf.js dropped put back, for the fonts that show it dropped them. */
export function restoreLostWidths(items: TextItem[]): TextItem[] {
  const fonts = new Set(items.filter((i) => i.width === 0 && i.font !== undefined && LONE_MARKED.test(i.text.trim())).map((i) => i.font));
  if (fonts.size === 0) return items;
  return items.map((item) => {
    if (!fonts.has(item.font)) return item;
    const lost = [...item.text.matchAll(MARKED)].reduce((sum, [cluster]) => sum + letterWidth(cluster[0]) * item.size, 0);
    return lost ? { ...item, width: item.width + lost } : item;
  });
}
