/** What the command line knows about one input file, from reading it to writing its document. */
import path from 'node:path';
import type { ImportResult } from '../import-document.ts';
import type { NewUnit } from '../new-unit.ts';

/** Why a file was not imported: the whole message, and the reason alone for the summary's groups. */
export interface Failure {
  message: string;
  /** The message without file names: files that failed for the same reason are listed together. */
  reason: string;
}

export interface Outcome {
  /** The path as given, or found in a folder given. */
  input: string;
  /** "docx", "txt", "pdf"…: what kind of file it is. */
  format: string;
  encoding?: string;
  result?: ImportResult;
  /** Where the document, its source copy and (for a new unit) the unit file go. */
  output?: string;
  sourceCopy?: string;
  /** The same document imported earlier as `.mdx`, replaced with --force. */
  replaces?: string;
  /** The unit to create with this document when it is the first of a unit new to the site. */
  newUnit?: NewUnit & { file: string };
  /** Set once this document's writing created (or, in a dry run, would create) its unit. */
  unitCreated?: string;
  warnings: string[];
  failure?: Failure;
}

/** A failure whose message comes from elsewhere (the reader, importDocument): the reason is read from it. */
export function failureOf(message: string): Failure {
  return { message, reason: reasonOf(message) };
}

/**
 * "Lỗi: bao-cao.txt: mất chữ so với bản gốc (words lost): 3 từ, …" → "mất chữ so với bản gốc (words lost)":
 * the text up to its first English gloss, without the "Lỗi:" and the file name before it.
 */
export function reasonOf(message: string): string {
  const text = message
    .replace(/^Lỗi:\s*/u, '')
    .replace(/^[^\s:]+\.[\p{L}\d]{1,5}:\s*/u, '');
  const match = /^(.*?\([^()]*[a-z][^()]*\))/u.exec(text);
  return (match?.[1] ?? text.split(':')[0]).trim();
}

/** The file's kind by its extension (.htm is .html). */
export function formatOf(file: string): string {
  const extension = path.extname(file).slice(1).toLowerCase();
  return extension === 'htm' ? 'html' : extension || 'không rõ';
}

/** A path as the user reads it: relative to the working folder when inside it. */
export function shown(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : path.resolve(file);
}
