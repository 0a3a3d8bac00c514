/**
 * Reads the header block of a document: issuing body, national motto, "Số:", place and date, the type line
 * and the title (trích yếu), for documents of any issuing body. The fields may come in any order, split over
 * lines or sharing a line with the other column (see header-cells.ts); what is not found stays undefined.
 */
import type { HeaderInfo, SourceLine } from './types.ts';
import { type Cell, headerCells, isMottoLine } from './header-cells.ts';
import { parseNumberLine, parseNumberSymbol, parsePlaceDate, parseTypeLine } from './header-fields.ts';
import { findHeaderStart } from './header-start.ts';
import { isIssuerCell, issuerLines } from './issuer.ts';
import { kindFromSymbol, schemaType } from './kinds.ts';
import { opensBody, readTitle } from './title.ts';
import { countWords, startsLowercase } from './text.ts';

export { isMottoLine, plainLine } from './header-cells.ts';
export { parseNumberSymbol, parsePlaceDate, parseTypeLine, typeFromSymbol } from './header-fields.ts';

/** The result of reading the header: its metadata and where it starts and the body starts. */
export interface HeaderResult extends HeaderInfo {
  /** The header's first line: lines before it (a web page's chrome, a crawler's heading) are body text. */
  start: number;
  bodyStart: number;
  /**
   * The lines of a type line that stands alone (nothing else on it), and of a letter's subject (alone, or
   * with the other fields on its lines): the fidelity check looks for their words where the output puts them.
   */
  typeLines?: LineRange;
  subjectLines?: SubjectLines;
}

/** Source lines first to last. */
export interface LineRange {
  first: number;
  last: number;
}

/**
 * The lines of a letter's subject. When it shares them with other fields (a crawl's cell "Số: 14/TCT-CS V/v …",
 * a PDF's line "V/v … Hà Nội, ngày …"), `shared` holds its text and that of the other fields on those lines,
 * in order: the fidelity check looks for the subject's words where the title is, and theirs where they stand.
 */
export interface SubjectLines extends LineRange {
  shared?: { subject: string[]; others: string[] };
}

/** How many lines after its start a header may take before its type line. */
const HEADER_LINES = 80;

/** The state of reading the cells before the type line. */
interface Reading {
  info: HeaderResult;
  cells: Cell[];
  at: number;
  issuer: string[];
  /** A place standing alone before its date line ("Tân Hoà,"). */
  place?: string;
  /** The last line holding a field or the issuing body. */
  lastField: number;
  /** The place and date were read. */
  dated: boolean;
  /** A "V/v" subject was read: a letter (công văn) unless a type line or the symbol says otherwise. */
  subject?: boolean;
  /** The cells of a subject that shares its lines with other fields, first and last. */
  sharedSubject?: [number, number];
}

/**
 * Reads the header from the first lines. Cells it cannot place are returned as `leftover` so the body keeps
 * them; whatever it does not find stays undefined for the caller to warn about.
 */
export function parseHeader(lines: SourceLine[]): HeaderResult {
  const start = findHeaderStart(lines);
  const info: HeaderResult = { issuer: [], leftover: [], start: start ?? 0, bodyStart: start ?? 0 };
  if (start === undefined) return info;
  const reading: Reading = { info, cells: headerCells(lines, start, Math.min(lines.length, start + HEADER_LINES)), at: 0, issuer: [], lastField: start - 1, dated: false };
  const stop = readPreamble(reading);
  info.issuer = issuerLines(reading.issuer);
  if (reading.place) info.leftover.push(`${reading.place},`);
  if (stop?.kind === 'type') {
    if (!stop.rest && reading.cells[reading.at - 1]?.line !== stop.cell.first) info.typeLines = { first: stop.cell.first, last: stop.cell.line };
    const title = readTitle(lines, stop.cell.line + 1, [info.title, stop.rest].filter(Boolean).join(' ') || undefined);
    info.title = title.title;
    info.bodyStart = title.end;
  } else {
    info.bodyStart = bodyStartAt(reading, stop?.cell);
  }
  if (reading.sharedSubject) info.subjectLines = sharedSubjectLines(reading.cells, ...reading.sharedSubject);
  info.kind ??= (info.symbol ? kindFromSymbol(info.symbol) : undefined) ?? (reading.subject ? 'công văn' : undefined);
  info.type ??= schemaType(info.kind);
  return info;
}

/** Where the body starts when the header ended without a type line, at `cell` (undefined: past the cells read). */
function bodyStartAt(reading: Reading, cell: Cell | undefined): number {
  // Past the cells read: the body starts after the last of them, leftover ones included.
  if (!cell) return Math.max(reading.lastField, ...reading.cells.map((c) => c.line)) + 1;
  if (cell.first > reading.lastField) return cell.first;
  // The body's first words share a line with a header field: they stay in the body as leftover.
  for (const rest of reading.cells.slice(reading.at)) if (rest.line <= reading.lastField) reading.info.leftover.push(rest.text);
  return reading.lastField + 1;
}

type Stop = { kind: 'type'; cell: Cell; rest: string } | { kind: 'body'; cell: Cell };

/** Reads cells up to the type line (or the body's first line); undefined when the cells ran out. */
function readPreamble(reading: Reading): Stop | undefined {
  for (; reading.at < reading.cells.length; reading.at++) {
    const cell = reading.cells[reading.at];
    const typed = parseTypeLine(cell.text);
    if (typed && !/^V\/[vV]/u.test(cell.text)) {
      reading.info.type = typed.type;
      reading.info.kind = typed.kind;
      reading.info.typeLine = typed.typeLine;
      return { kind: 'type', cell, rest: [typed.rest, ...sameLineAfter(reading, cell)].filter(Boolean).join(' ') };
    }
    if (readField(reading, cell)) {
      reading.lastField = Math.max(reading.lastField, reading.cells[reading.at].line);
      continue;
    }
    // The issuing body stands above the date in every layout; capitals after it are no issuer.
    if (!reading.dated && isIssuerCell(cell.text, true)) {
      reading.issuer.push(cell.text);
      reading.lastField = Math.max(reading.lastField, cell.line);
      continue;
    }
    if (reading.dated || opensBody(cell.text) || countWords(cell.text) > 8) return { kind: 'body', cell };
    reading.info.leftover.push(cell.text);
  }
  return undefined;
}

/** The cells after `cell` on its own line (the rest of a type line written in two columns). */
function sameLineAfter(reading: Reading, cell: Cell): string[] {
  const out: string[] = [];
  while (reading.cells[reading.at + 1]?.line === cell.line) out.push(reading.cells[++reading.at].text);
  return out;
}

/** Reads a field cell (motto, number, date, place, "V/v"); false when the cell is none of them. */
function readField(reading: Reading, cell: Cell): boolean {
  const text = cell.text;
  if (readMotto(reading)) return true;
  if (readNumber(reading, cell)) return true;
  if (!reading.dated && readDate(reading)) return true;
  if (/^\p{Lu}[\p{L}\s.-]*,$/u.test(text) && countWords(text) <= 5 && !reading.dated) {
    reading.place = text.replace(/,$/u, '').trim();
    return true;
  }
  // A letter's subject: "V/v …", or "Về …" written out right under the number.
  const previous = reading.cells[reading.at - 1];
  if (/^V\/[vV](?![\p{L}\p{M}])/u.test(text) || (/^Về\s/u.test(text) && previous !== undefined && parseNumberLine(previous.text) !== undefined)) {
    readSubject(reading);
    return true;
  }
  return false;
}

/**
 * The motto, maybe wrapped over cells ("CỘNG" / "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"). A word or two that could be
 * part of it ("HỘI" of "HỘI ĐỒNG NHÂN DÂN") counts only when the next cells complete three words of it.
 */
function readMotto(reading: Reading): boolean {
  let joined = '';
  let end = -1;
  for (let k = reading.at; k < reading.cells.length && k - reading.at < 4; k++) {
    joined = `${joined} ${reading.cells[k].text}`.trim();
    if (!isMottoLine(joined)) break;
    if (countWords(joined) >= 3) end = k;
  }
  if (end < 0) return false;
  reading.at = end;
  return true;
}

/** "Số: 127/BC-UBND", or "Số:" with the number in the next cell. */
function readNumber(reading: Reading, cell: Cell): boolean {
  let parsed = parseNumberLine(cell.text);
  let written = cell.text;
  if (!parsed && /^Số\s*[:.]?$/u.test(cell.text)) {
    const next = reading.cells[reading.at + 1];
    parsed = next ? parseNumberSymbol(next.text) : undefined;
    if (parsed) written = `${cell.text} ${reading.cells[++reading.at].text}`;
  }
  if (!parsed) return false;
  const { info } = reading;
  if (info.symbol === undefined && info.number === undefined) {
    info.number = parsed.number;
    info.symbol = parsed.symbol;
    info.numberYear = parsed.numberYear;
    info.numberLine = written;
  } else {
    info.leftover.push(written);
  }
  if (parsed.rest) insertCell(reading, parsed.rest);
  return true;
}

/** A place and date, maybe split over two or three cells ("Cần Thơ, ngày 18" / "tháng 11 năm 2025"). */
function readDate(reading: Reading): boolean {
  const cells = reading.cells;
  const first = cells[reading.at];
  if (!/ngày|\d\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/iu.test(first.text) && !/,$/u.test(first.text)) return false;
  let joined = first.text;
  for (let extra = 0; extra <= 2; extra++) {
    const parsed = parsePlaceDate(joined);
    if (parsed) {
      reading.info.place = parsed.place ?? reading.place;
      if (!parsed.place && reading.place) reading.place = undefined;
      reading.info.issuedOn = parsed.issuedOn;
      reading.dated = true;
      reading.at += extra;
      if (parsed.rest) insertCell(reading, parsed.rest);
      return true;
    }
    const next = cells[reading.at + extra + 1];
    if (!next || parseNumberLine(next.text) || isMottoLine(next.text)) return false;
    joined = `${joined} ${next.text}`;
  }
  return false;
}

/** "V/v báo cáo kết quả …" and the lines that go on with it (a letter's subject, its title). */
function readSubject(reading: Reading): void {
  if (reading.info.title !== undefined) {
    reading.info.leftover.push(reading.cells[reading.at].text);
    return;
  }
  const { cells } = reading;
  const start = reading.at;
  const parts = [cells[start].text];
  while (reading.at + 1 < cells.length) {
    const next = cells[reading.at + 1].text;
    if (!startsLowercase(next) || parseNumberLine(next) || /ngày/iu.test(next)) break;
    parts.push(next);
    reading.at++;
  }
  reading.info.title = parts.join(' ');
  reading.subject = true;
  const alone = cells[start - 1]?.line !== cells[start].first && cells[reading.at + 1]?.first !== cells[reading.at].line;
  if (alone) reading.info.subjectLines = { first: cells[start].first, last: cells[reading.at].line };
  else reading.sharedSubject = [start, reading.at];
}

/**
 * A subject's lines shared with other fields: the subject's cells, and the other cells that stand on those
 * lines, read to the end of the header. A cell that held the subject before it was split off keeps only its
 * own text.
 */
function sharedSubjectLines(cells: Cell[], from: number, to: number): SubjectLines {
  const first = cells[from].first;
  const last = cells[to].line;
  const subject = cells.slice(from, to + 1).map((cell) => cell.text);
  const others = cells
    .filter((cell, k) => (k < from || k > to) && cell.line >= first && cell.first <= last)
    .map((cell) => (cell.text.endsWith(subject[0]) ? cell.text.slice(0, -subject[0].length).trim() : cell.text));
  return { first, last, shared: { subject, others } };
}

/** Puts text found after a field on the same cell back as a cell of its own, to be read next. */
function insertCell(reading: Reading, text: string): void {
  const cell = reading.cells[reading.at];
  reading.cells.splice(reading.at + 1, 0, { text, first: cell.first, line: cell.line });
}
