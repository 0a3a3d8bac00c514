/**
 * Why a file cannot be read, in the words the user sees: Vietnamese, the English in parentheses, the file's
 * name last. Each says what to do about it when something can be done.
 */
import { InputError } from '../encoding.ts';

/** A format's name as the user knows it: ".docx", "PDF". */
export type FormatLabel = '.docx' | '.odt' | '.doc' | '.pdf' | 'HTML' | 'Markdown';

export const refuse = {
  empty: (name: string) => new InputError(`Lỗi: tệp rỗng (empty file): ${name}`),
  binary: (name: string) =>
    new InputError(
      `Lỗi: tệp nhị phân không rõ loại, chỉ đọc được .docx, .odt, .doc, .pdf, .html, .md và .txt (binary file of unknown format): ${name}`,
    ),
  corrupt: (label: FormatLabel, name: string) => new InputError(`Lỗi: tệp ${label} hỏng, không đọc được (corrupt ${label}): ${name}`),
  encrypted: (label: FormatLabel, name: string) =>
    new InputError(
      `Lỗi: tệp ${label} có mật khẩu, hãy mở bằng mật khẩu rồi lưu lại không đặt mật khẩu (password-protected ${label}: save it without a password first): ${name}`,
    ),
  scanned: (name: string) =>
    new InputError(`Lỗi: tệp PDF không có lớp chữ (ảnh quét), cần nhận dạng chữ (OCR) trước khi nhập (scanned PDF without text: needs OCR): ${name}`),
  /** A known format that holds no document text the importer reads: a spreadsheet, slides, RTF. */
  unsupported: (what: string, english: string, name: string) =>
    new InputError(`Lỗi: tệp ${what} chưa đọc được, hãy lưu lại thành .docx hoặc .pdf (${english} is not supported: save it as .docx or .pdf): ${name}`),
  notVietnamese: (name: string) => new InputError(`Lỗi: không phải văn bản tiếng Việt (not Vietnamese text): ${name}`),
};

/** A warning for a file whose extension says one format and whose content another. */
export function extensionWarning(extension: string, content: string): string {
  return `tệp có đuôi .${extension} nhưng nội dung là ${content}: đọc theo nội dung (extension .${extension}, content ${content}: read by content)`;
}
