/**
 * Text files in every encoding encoding.ts detects (UTF-8, UTF-16, TCVN3, VNI), read as Markdown when named
 * .md or when the text is clearly Markdown (web-page conversions), as plain text otherwise.
 */
import type { SourceLine } from '../types.ts';
import { decodeText, type Encoding } from '../encoding.ts';
import { normalizeSourceText } from '../text.ts';
import { looksLikeMarkdown, readMarkdown } from './markdown.ts';

export function readTextFile(bytes: Uint8Array, name: string): { lines: SourceLine[]; notes: SourceLine[]; warnings: string[]; format: Encoding | 'markdown' } {
  const decoded = decodeText(bytes, name);
  const warnings = decoded.wasNfd ? ['văn bản dạng NFD đã chuẩn hóa về NFC (NFD text normalized to NFC)'] : [];
  const text = normalizeSourceText(decoded.text);
  if (/\.(?:md|markdown)$/iu.test(name) || looksLikeMarkdown(text)) {
    const markdown = readMarkdown(text);
    return { ...markdown, warnings: [...warnings, ...markdown.warnings], format: 'markdown' };
  }
  return { lines: text.split('\n').map((line) => ({ text: line })), notes: [], warnings, format: decoded.encoding };
}
