/**
 * How right the importer is on a corpus with a manifest (tests/fixtures/real/manifest.json): per format, the
 * share of files imported with every word in order (the fidelity check keeps them all, none only as a moved
 * passage) and the share with exact metadata (number, symbol, type, date, signer's name), and every mismatch.
 * Runs the importer's own functions in this process, with a stand-in unit: the corpus's issuing bodies are
 * provinces and ministries the site does not have, and the unit is not what is measured.
 * The manifest is compared the way the site stores a document: a type the schema does not know (chỉ thị,
 * công văn…) is "khác", and the year of "86/2025/QĐ-UBND" (the manifest's numberYear) is part of the symbol.
 */
import fs from 'node:fs';
import path from 'node:path';
import { importDocument, type ImportResult } from '../../tools/import/import-document.ts';
import { readSource } from '../../tools/import/read-source.ts';
import { documentTypes } from '../../src/schemas/document.ts';
import { compareWords, documentWords } from '../../tools/import/fidelity.ts';

interface Expected {
  type: string | null;
  number: string | null;
  symbol: string | null;
  numberYear?: number | null;
  issuedOn: string | null;
  signer: { name: string | null } | null;
}

/** One file of the manifest. */
export interface ManifestEntry {
  file: string;
  format: string;
  /** The file this one was converted from (a .pdf made from a .md…): both must give the same words. */
  from?: string;
  expected: Expected;
}

/** One file's verdict. */
export interface FileAccuracy {
  file: string;
  format: string;
  ms: number;
  imported: boolean;
  wordsInOrder: boolean;
  exactMetadata: boolean;
  /** What went wrong, one line each: an import error, words lost or moved, a field that differs. */
  mismatches: string[];
}

/** Per format: files, and how many imported, kept every word in order, had exact metadata. */
export interface FormatAccuracy {
  format: string;
  files: number;
  imported: number;
  wordsInOrder: number;
  exactMetadata: number;
  msPerFile: number;
}

const UNIT = 'bench/tai-lieu';
const FIELDS = ['number', 'symbol', 'type', 'issuedOn', 'signer'] as const;

function actual(result: ImportResult, field: (typeof FIELDS)[number]): string | null {
  const fm = result.frontmatter;
  if (field === 'signer') return fm?.signer.name ?? null;
  if (field === 'type') return fm?.type ?? result.type ?? null;
  return fm?.[field] ?? null;
}

function wanted(expected: Expected, field: (typeof FIELDS)[number]): string | null {
  if (field === 'signer') return expected.signer?.name ?? null;
  if (field === 'type') return expected.type === null || (documentTypes as readonly string[]).includes(expected.type) ? expected.type : 'khác';
  if (field === 'symbol' && expected.symbol && expected.numberYear) return `${expected.numberYear}/${expected.symbol}`;
  return expected[field];
}

async function importFile(folder: string, file: string): Promise<ImportResult> {
  const name = path.basename(file);
  const source = await readSource(fs.readFileSync(path.join(folder, file)), name);
  return importDocument({ fileName: name, lines: source.lines, notes: source.notes }, { units: [{ id: UNIT, name: '', kind: '', province: '' }], unit: UNIT });
}

/**
 * A converted file's words against its original's, both as imported: the importer's own check compares a file
 * with the text its reader got, so a reader that glues or splits words ("NhưĐiều4") passes it; the original,
 * read by another reader, does not have them. Every word of the converted file must stand, in order, in the
 * original (which may have more: a crawler's lines the conversion left out).
 */
async function differsFromOriginal(folder: string, entry: ManifestEntry, converted: ImportResult): Promise<string | undefined> {
  if (!entry.from || !converted.markdown) return undefined;
  const original = await importFile(folder, entry.from);
  if (!original.markdown) return undefined;
  const report = compareWords(documentWords(converted.markdown).main, documentWords(original.markdown).main);
  if (report.ok && report.moved === 0) return undefined;
  return `${report.total - report.kept + report.moved} từ khác bản gốc ${entry.from} (words not as in the original): ${report.firstMissing ?? ''}`;
}

/** Imports one file of the manifest and compares it with what is expected. */
async function checkFile(folder: string, entry: ManifestEntry): Promise<FileAccuracy> {
  const verdict: FileAccuracy = { file: entry.file, format: entry.format, ms: 0, imported: false, wordsInOrder: false, exactMetadata: false, mismatches: [] };
  const started = performance.now();
  let result: ImportResult;
  try {
    result = await importFile(folder, entry.file);
  } catch (error) {
    verdict.ms = performance.now() - started;
    verdict.mismatches.push(`không đọc được (not read): ${error instanceof Error ? error.message : String(error)}`);
    return verdict;
  }
  verdict.ms = performance.now() - started;
  verdict.imported = result.errors.length === 0 && result.frontmatter !== undefined;
  const fidelity = result.fidelity;
  verdict.wordsInOrder = verdict.imported && fidelity !== undefined && fidelity.ok && fidelity.moved === 0;
  if (!verdict.imported) verdict.mismatches.push(`lỗi (error): ${result.errors.join('; ')}`);
  else if (fidelity && !fidelity.ok) verdict.mismatches.push(`mất ${fidelity.total - fidelity.kept} từ (words lost): ${fidelity.firstMissing}`);
  else if (fidelity && fidelity.moved > 0) verdict.mismatches.push(`${fidelity.moved} từ chỉ thấy ở chỗ khác (words found out of order)`);
  const differs = verdict.wordsInOrder ? await differsFromOriginal(folder, entry, result) : undefined;
  if (differs) {
    verdict.wordsInOrder = false;
    verdict.mismatches.push(differs);
  }
  for (const field of FIELDS) {
    const want = wanted(entry.expected, field);
    const got = actual(result, field);
    if (want !== got) verdict.mismatches.push(`${field}: cần (expected) ${JSON.stringify(want)}, có (got) ${JSON.stringify(got)}`);
  }
  verdict.exactMetadata = verdict.imported && FIELDS.every((field) => wanted(entry.expected, field) === actual(result, field));
  return verdict;
}

/** Checks every file of `<folder>/manifest.json`; undefined when the folder has none. */
export async function measureAccuracy(folder: string): Promise<{ files: FileAccuracy[]; formats: FormatAccuracy[] } | undefined> {
  const manifestFile = path.join(folder, 'manifest.json');
  if (!fs.existsSync(manifestFile)) return undefined;
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as ManifestEntry[];
  const files: FileAccuracy[] = [];
  for (const entry of manifest) files.push(await checkFile(folder, entry));
  const byFormat = new Map<string, FileAccuracy[]>();
  for (const file of files) byFormat.set(file.format, [...(byFormat.get(file.format) ?? []), file]);
  const formats = [...byFormat].map(([format, list]) => ({
    format,
    files: list.length,
    imported: list.filter((f) => f.imported).length,
    wordsInOrder: list.filter((f) => f.wordsInOrder).length,
    exactMetadata: list.filter((f) => f.exactMetadata).length,
    msPerFile: list.reduce((sum, f) => sum + f.ms, 0) / list.length,
  }));
  return { files, formats: formats.sort((a, b) => b.files - a.files) };
}
