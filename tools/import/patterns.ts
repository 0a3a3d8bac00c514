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

/**
 * Lines that can only open a body, never continue a title: the legal grounds ("Căn cứ"), the addressee
 * ("Kính gửi"), minutes ("Hôm nay"), a table's first header cell ("STT"), articles and chapters, numbered
 * sections and list items.
 */
export const BODY_LEAD =
  /^(?:Căn cứ|CĂN CỨ|Kính gửi|KÍNH GỬI|Kính trình|Kính báo cáo|Hôm nay|Vào hồi|Vào lúc|Theo đề nghị|Xét đề nghị|Xét Tờ trình|STT$|TT$|Số TT$|Điều \d|ĐIỀU \d|Chương [IVXLC\d]|CHƯƠNG [IVXLC\d]|Phần|PHẦN|[IVXLC]+\s*[.)]|\d+\s*[.)]|[a-zđ]\)|[-–+•*]\s)/u;

/** Leads that open a body when they read like a sentence ("Thực hiện Kế hoạch số …, UBND xã báo cáo như sau:"). */
export const SENTENCE_LEAD = /^(?:Thực hiện|Trên cơ sở|Theo|Để|Nhằm|Qua|Trong|Ngày \d|Sau khi|Tiếp theo|Trả lời|Phúc đáp)/u;

/**
 * The line after the title naming who decides, in capitals: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "BỘ TRƯỞNG
 * BỘ NỘI VỤ", "CHÍNH PHỦ", "HỘI ĐỒNG NHÂN DÂN …"; or the words that open the articles ("QUYẾT ĐỊNH:").
 */
export const AUTHORITY_LINE =
  /^(?:CHỦ TỊCH|PHÓ CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|GIÁM ĐỐC|TỔNG KIỂM TOÁN|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|CHÍNH PHỦ|ỦY BAN|UỶ BAN|HỘI ĐỒNG|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|BAN THƯỜNG TRỰC|BAN CHỈ ĐẠO|TRƯỞNG BAN|ĐẢNG ỦY|ĐẢNG UỶ|QUYẾT ĐỊNH|QUYẾT NGHỊ|CHỈ THỊ)(?![\p{L}\p{M}])|:$/u;

/** The text without emphasis marks at its start: "**I. MỤC ĐÍCH**" is numbered like "I. MỤC ĐÍCH". */
export function unemphasized(text: string): string {
  return text.replace(/^(?:\*{1,3}|_{1,3})(?=\S)/u, '');
}

/** A paragraph wholly in emphasis loses the marks when it becomes a heading (headings are bold already). */
export function unwrapEmphasis(text: string): string {
  const match = /^(\*{1,3}|_{1,3})(\S(?:.*\S)?)\1$/u.exec(text);
  return match && !match[2].includes(match[1]) ? match[2] : text;
}
