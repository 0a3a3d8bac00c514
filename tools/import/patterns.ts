/** Patterns of the parts of an administrative document (Nghị định 30/2020/NĐ-CP), shared by the parsers. */

/** "Phần I", "PHẦN II KẾT QUẢ…", "Phần thứ nhất". */
export const PART = /^(?:PHẦN|Phần)\s+(?:[IVXLC]+|\d+|thứ\s+\p{L}+|THỨ\s+\p{L}+)(?=$|[\s.:–-])/u;

/** "I. ", "IV. ", "II - " (Roman section). */
export const ROMAN = /^[IVXL]+\s*(?:[.)]|\s[-–](?=\s))(?=\s|\p{Lu})/u;

/** "1. ", "12. " (not "1.000", not "15/12"). */
export const ARABIC = /^\d{1,2}\s*[.)](?=\s+\S|\p{Lu})/u;

/** "2.1. ", "2.1 " (two levels). */
export const ARABIC2 = /^\d{1,2}\.\d{1,2}\.?(?=\s+\S)/u;

/** "2.1.1. " (three levels or more). */
export const ARABIC3 = /^\d{1,2}\.\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\.?(?=\s+\S)/u;

/** "a) ", "đ) ", and "a. " before a capital. */
export const LETTER = /^(?:[a-zđ]\)(?=\s+\S)|[a-zđ]\.(?=\s+\p{Lu}))/u;

/** A bullet: "- ", "-Text", "+ ", "• ", "* " (a star followed by a space; "*text*" is emphasis). */
export const BULLET = /^(?:[-–—•●▪◦+](?=\s*\S)|\*(?=\s))/u;

/** Superscript digits as used for footnote marks. */
export const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A footnote definition at the start of a paragraph: "¹ text", "[1] text", "*[1]* text". */
export const FOOTNOTE_DEF = /^(?:([⁰¹²³⁴⁵⁶⁷⁸⁹]+)|\[(\d{1,3})\]|\*\[(\d{1,3})\]\*)\s*(?=\S)/u;

/** Converts superscript digits to ASCII: "¹²" → "12". */
export function fromSuperscript(text: string): string {
  return [...text].map((c) => String(SUPERSCRIPT_DIGITS.indexOf(c))).join('');
}

/** A line that is only decoration: rules and dots drawn under a heading ("______", "-----", "***"). */
export const DECORATION = /^[\s_\-–—=*.~·•]+$/u;

/** Type words of the "tên loại" line, mapped to the schema's document types. */
export const TYPE_WORDS: ReadonlyArray<[RegExp, 'báo cáo' | 'kế hoạch' | 'quyết định' | 'thông báo' | 'khác']> = [
  [/^BÁO CÁO/u, 'báo cáo'],
  [/^KẾ HOẠCH/u, 'kế hoạch'],
  [/^QUYẾT ĐỊNH/u, 'quyết định'],
  [/^THÔNG BÁO/u, 'thông báo'],
  [/^(?:TỜ TRÌNH|NGHỊ QUYẾT|CHƯƠNG TRÌNH|HƯỚNG DẪN|BIÊN BẢN|CHỈ THỊ|CÔNG VĂN|GIẤY MỜI|ĐỀ ÁN|QUY CHẾ|QUY ĐỊNH)/u, 'khác'],
];

/** Symbol prefixes ("BC-UBND") and the type they stand for. */
export const SYMBOL_TYPES: Record<string, 'báo cáo' | 'kế hoạch' | 'quyết định' | 'thông báo'> = {
  BC: 'báo cáo',
  KH: 'kế hoạch',
  QĐ: 'quyết định',
  TB: 'thông báo',
};

/** The text without emphasis marks at its start: "**I. MỤC ĐÍCH**" is numbered like "I. MỤC ĐÍCH". */
export function unemphasized(text: string): string {
  return text.replace(/^(?:\*{1,3}|_{1,3})(?=\S)/u, '');
}

/** A paragraph wholly in emphasis loses the marks when it becomes a heading (headings are bold already). */
export function unwrapEmphasis(text: string): string {
  const match = /^(\*{1,3}|_{1,3})(\S(?:.*\S)?)\1$/u.exec(text);
  return match && !match[2].includes(match[1]) ? match[2] : text;
}
