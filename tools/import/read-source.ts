/** Turns a file's bytes into source lines: .docx through mammoth, text through the encoding detector. */
import type { SourceLine } from './types.ts';
import { decodeText, type Encoding, InputError, isVietnamese } from './encoding.ts';
import { normalizeSourceText } from './text.ts';
import { linesToText } from './import-document.ts';

/** A readable source: its lines, what it was encoded as, and notes for the user. */
export interface Source {
  lines: SourceLine[];
  /** Footnotes kept apart from the text (.docx), "[1] …". */
  notes: SourceLine[];
  encoding: Encoding | 'docx';
  warnings: string[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Reads a source from its bytes. Throws {@link InputError} with a message for the user. */
export async function readSource(bytes: Uint8Array, name: string): Promise<Source> {
  if (bytes.length === 0) throw new InputError(`Lỗi: tệp rỗng (empty file): ${name}`);
  const isZip = ZIP_MAGIC.every((b, i) => bytes[i] === b);
  if (isZip || /\.docx$/iu.test(name)) {
    if (!isZip) throw new InputError(`Lỗi: tệp .docx hỏng, không đọc được (corrupt .docx): ${name}`);
    let lines: SourceLine[];
    let notes: SourceLine[];
    let messages: string[];
    try {
      // mammoth is loaded only when a .docx comes in: text imports start faster without it.
      const { readDocx } = await import('./docx.ts');
      ({ lines, notes, messages } = await readDocx(bytes));
    } catch {
      throw new InputError(`Lỗi: tệp .docx hỏng, không đọc được (corrupt .docx): ${name}`);
    }
    const text = linesToText(lines);
    if (text.trim() === '') throw new InputError(`Lỗi: tệp rỗng (empty file): ${name}`);
    if (!isVietnamese(text)) throw new InputError(`Lỗi: không phải văn bản tiếng Việt (not Vietnamese text): ${name}`);
    const warnings = messages.length ? [`mammoth: ${messages.slice(0, 3).join('; ')}`] : [];
    return { lines, notes, encoding: 'docx', warnings };
  }
  const decoded = decodeText(bytes, name);
  const warnings = decoded.wasNfd ? ['văn bản dạng NFD đã chuẩn hóa về NFC (NFD text normalized to NFC)'] : [];
  const lines = normalizeSourceText(decoded.text)
    .split('\n')
    .map((text) => ({ text }));
  return { lines, notes: [], encoding: decoded.encoding, warnings };
}
