/**
 * One input file, read and imported without writing anything: its document, where it goes, the unit it
 * needs, or why it cannot be imported. Whatever goes wrong becomes this file's failure, never the batch's.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatNumber } from '../../../src/utils/vietnamese.ts';
import { InputError } from '../encoding.ts';
import { importDocument, type ImportResult } from '../import-document.ts';
import { readSource, type Source } from '../read-source.ts';
import { failureOf, formatOf, shown, type Outcome } from './outcome.ts';
import { idWarnings, isUnitError, isUnitNotFound, issuerDiffers, newUnitFor, placeholderUnit, readUnit, unitExists, unitNotFound, type UnitContext } from './unit.ts';

/** How to plan. */
export interface PlanContext extends UnitContext {
  /** The --unit given. */
  unit?: string;
  /** The content folder written to (content/ or --out). */
  root: string;
  force: boolean;
}

/** Files above this size are refused before they are read: a document is rarely over a few megabytes. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
/** Text above this length (≈ 3 million words) is refused: the checks would take minutes and gigabytes. */
export const MAX_TEXT_CHARS = 20_000_000;

/** Plans one file; an exception nobody expected becomes the file's failure, so the batch goes on. */
export async function planFile(file: string, context: PlanContext): Promise<Outcome> {
  try {
    return await planUnsafe(file, context);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { input: file, format: formatOf(file), warnings: [], failure: { message: `Lỗi không lường trước khi đọc ${file}: ${message}`, reason: 'lỗi không lường trước (unexpected error)' } };
  }
}

async function read(file: string, outcome: Outcome): Promise<Source | undefined> {
  const name = path.basename(file);
  const size = statSync(file).size;
  if (size > MAX_FILE_BYTES) {
    outcome.failure = { message: `Lỗi: tệp quá lớn (file too large): ${name}, ${formatNumber(Math.round(size / 1048576))} MB, tối đa ${MAX_FILE_BYTES / 1048576} MB`, reason: 'tệp quá lớn (file too large)' };
    return undefined;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    outcome.failure = { message: `Lỗi: không đọc được tệp (unreadable file): ${file}`, reason: 'không đọc được tệp (unreadable file)' };
    return undefined;
  }
  try {
    const source = await readSource(bytes, name);
    let chars = 0;
    for (const line of [...source.lines, ...source.notes]) chars += line.text.length + 1;
    if (chars > MAX_TEXT_CHARS) {
      const reason = 'văn bản quá dài (text too long)';
      outcome.failure = { message: `Lỗi: ${reason}: ${name}, ${formatNumber(chars)} ký tự, tối đa ${formatNumber(MAX_TEXT_CHARS)}; hãy tách thành nhiều tệp (split it)`, reason };
      return undefined;
    }
    return source;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    outcome.failure = failureOf(error.message);
    return undefined;
  }
}

async function planUnsafe(file: string, context: PlanContext): Promise<Outcome> {
  const outcome: Outcome = { input: file, format: formatOf(file), warnings: [] };
  const source = await read(file, outcome);
  if (!source) return outcome;
  outcome.format = (source as Source & { format?: string }).format ?? outcome.format;
  outcome.encoding = source.encoding;
  const isNew = context.unit !== undefined && !unitExists(context, context.unit);
  const units = isNew ? [...context.units, placeholderUnit(context.unit!)] : context.units;
  const result = importDocument({ fileName: path.basename(file), lines: source.lines, notes: source.notes }, { units, unit: context.unit });
  outcome.result = result;
  outcome.warnings = [...source.warnings, ...result.warnings];
  if (result.errors.length > 0 || !result.frontmatter || !result.slug) {
    outcome.failure = importFailure(file, result, context);
    return outcome;
  }
  const unit = result.frontmatter.unit;
  if (isNew) {
    const found = readUnit(result);
    const { unit: newUnit, failure } = newUnitFor(unit, found, context, path.basename(file));
    if (failure) return { ...outcome, failure };
    outcome.newUnit = newUnit;
    outcome.warnings.push(...idWarnings(unit, found));
  } else if (context.unit) {
    const warning = issuerDiffers(unit, result, context.units);
    if (warning) outcome.warnings.push(warning);
  }
  placeFiles(file, unit, result, context, outcome);
  return outcome;
}

/** importDocument's errors; an unknown unit's comes with the command that imports the file. */
function importFailure(file: string, result: ImportResult, context: PlanContext) {
  if (!isUnitNotFound(result)) return failureOf(`Lỗi: ${path.basename(file)}: ${result.errors.join('; ')}`);
  const failure = unitNotFound(file, readUnit(result), context);
  const others = result.errors.filter((error) => !isUnitError(error));
  return others.length ? { ...failure, message: `${failure.message}; ${others.join('; ')}` } : failure;
}

/** Where the document and its source copy go; an existing file is a failure unless --force. */
function placeFiles(file: string, unit: string, result: ImportResult, context: PlanContext, outcome: Outcome): void {
  // Documents are plain Markdown (no components, and no MDX bundling per document: see bench/README.md).
  const output = path.join(context.root, 'documents', ...unit.split('/'), `${result.slug}.md`);
  const older = output.replace(/\.md$/u, '.mdx');
  const sourceCopy = path.join(context.root, 'sources', ...unit.split('/'), path.basename(file));
  Object.assign(outcome, { output, sourceCopy, replaces: existsSync(older) ? older : undefined });
  const existing = existsSync(output) ? output : outcome.replaces;
  if (!context.force && existing) {
    const reason = 'đã có tệp, dùng --force để ghi đè (file exists, use --force to overwrite)';
    outcome.failure = { message: `Lỗi: ${reason}: ${shown(existing)}`, reason };
  } else if (!context.force && existsSync(sourceCopy) && !readFileSync(sourceCopy).equals(readFileSync(file))) {
    const reason = 'đã có bản gốc khác cùng tên, dùng --force để ghi đè (a different source file exists, use --force)';
    outcome.failure = { message: `Lỗi: ${reason}: ${shown(sourceCopy)}`, reason };
  }
}
