/**
 * Turns a file's bytes into source lines, whatever the format staff saved it in. What the file is comes from its
 * content (formats/detect.ts), not its extension; each format has its reader in formats/. Whatever the reader,
 * the result must hold Vietnamese text, or the file is refused with a message naming it.
 */
import type { SourceLine } from './types.ts';
import { type Encoding, isVietnamese } from './encoding.ts';
import { detectFormat, type Kind } from './formats/detect.ts';
import { refuse } from './formats/messages.ts';
import { repairLegacyFont } from './formats/legacy-fonts.ts';

/** What a source was read as: its document format, or for a text file its encoding. */
export type SourceFormat = 'docx' | 'odt' | 'doc' | 'pdf' | 'html' | 'markdown' | Encoding;

/** The kind of document, as its content says (an extension may say otherwise): 'txt' for plain text. */
export type DocumentFormat = 'docx' | 'odt' | 'doc' | 'pdf' | 'html' | 'markdown' | 'txt';

/** A readable source: its lines, what it was read as, and notes for the user. */
export interface Source {
  lines: SourceLine[];
  /** Footnotes kept apart from the text (.docx, .odt, .doc, Word web pages, Markdown), "[1] …". */
  notes: SourceLine[];
  /** The format tag: 'docx', 'pdf', … or, for text, the encoding ('utf-8', 'tcvn3', …). */
  encoding: SourceFormat;
  format: DocumentFormat;
  warnings: string[];
}

interface Read {
  lines: SourceLine[];
  notes: SourceLine[];
  warnings: string[];
  format: SourceFormat;
}

/** Each reader is loaded when a file of its kind comes in: text imports start faster without mammoth or pdf.js. */
const READERS: Record<Kind, (bytes: Uint8Array, name: string) => Promise<Read>> = {
  docx: async (bytes, name) => ({ ...(await (await import('./formats/docx.ts')).readDocxFile(bytes, name)), format: 'docx' }),
  odt: async (bytes, name) => ({ ...(await (await import('./formats/odt.ts')).readOdt(bytes, name)), warnings: [], format: 'odt' }),
  doc: async (bytes, name) => ({ ...(await (await import('./formats/doc.ts')).readDoc(bytes, name)), warnings: [], format: 'doc' }),
  pdf: async (bytes, name) => ({ ...(await (await import('./formats/pdf.ts')).readPdf(bytes, name)), format: 'pdf' }),
  html: async (bytes) => ({ ...(await import('./formats/html.ts')).readHtml(bytes), format: 'html' }),
  text: async (bytes, name) => (await import('./formats/text.ts')).readTextFile(bytes, name),
};

const textOf = (lines: SourceLine[]) => lines.map((line) => (line.table ? line.table.flat().join('\n') : line.text)).join('\n');

/** Reads a source from its bytes. Throws {@link InputError} with a message for the user. */
export async function readSource(bytes: Uint8Array, name: string): Promise<Source> {
  const detected = detectFormat(bytes, name);
  let read = await READERS[detected.kind](bytes, name);
  const warnings = [...detected.warnings, ...read.warnings];
  const text = textOf([...read.lines, ...read.notes]);
  if (text.trim() === '') throw refuse.empty(name);
  if (!isVietnamese(text)) {
    const repaired = detected.kind === 'text' ? undefined : repairLegacyFont(read.lines, read.notes);
    if (!repaired) throw refuse.notVietnamese(name);
    read = { ...read, lines: repaired.lines, notes: repaired.notes };
    warnings.push(`chữ viết bằng phông ${repaired.encoding === 'tcvn3' ? 'TCVN3 (.VnTime)' : 'VNI'}, đã chuyển sang Unicode (legacy font text converted to Unicode)`);
  }
  const format = detected.kind === 'text' ? (read.format === 'markdown' ? 'markdown' : 'txt') : detected.kind;
  return { lines: read.lines, notes: read.notes, encoding: read.format, format, warnings };
}
