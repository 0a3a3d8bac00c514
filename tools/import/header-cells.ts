/**
 * The header block as a list of cells: one column of one line each, with emphasis marks, table pipes and
 * rules taken off. A header is a two-column table in the original, and each kind of source flattens it its
 * own way: .docx tables cell by cell, crawled Markdown as "| left | right |" rows and lines hard-wrapped
 * inside bold runs, text exports with both columns on one line (far apart, or one tab that became a space).
 * Only lines are split and marks taken off here: the words stay as written, each in the cell a reader finds it.
 */
import type { SourceLine } from './types.ts';
import { DECORATION } from './patterns.ts';
import { isUpperText, toneKey } from './text.ts';

/** One cell of the header and the source lines it comes from (several when a bold run was hard-wrapped). */
export interface Cell {
  text: string;
  first: number;
  line: number;
}

/** Lines longer than this are body text: header fields are short, and no regex runs on a huge line. */
export const MAX_HEADER_LINE = 400;

/** The motto's two lines, also as one: a narrow cell wraps it anywhere ("… VIỆT NAM Độc" / "lập - Tự do - Hạnh phúc"). */
const MOTTO_KEYS = ['cộng hòa xã hội chủ nghĩa việt nam độc lập tự do hạnh phúc', 'đảng cộng sản việt nam'].map(toneKey);

/**
 * The national motto, or the Party's "ĐẢNG CỘNG SẢN VIỆT NAM" that stands in its place on the Party's
 * documents: part of every header, not stored by the site, and not counted by the fidelity check.
 */
export function isMottoLine(text: string): boolean {
  if (text.length > MAX_HEADER_LINE) return false;
  const key = toneKey(text);
  // Only a line that is the motto or part of it: "ỦY BAN NHÂN DÂN    CỘNG HÒA…" holds more than the motto.
  return key !== '' && MOTTO_KEYS.some((motto) => motto.includes(key));
}

/** Strips emphasis marks around a header line: "**BÁO CÁO**" → "BÁO CÁO". */
export function plainLine(text: string): string {
  return (
    text
      .replace(/\*+|(?<!\w)_+|_+(?!\w)/gu, '')
      .replace(/\s+/g, ' ')
      .trim()
      // a mark taken out from between a letter and its combining accent leaves them to compose again
      .normalize('NFC')
  );
}

/** A line with no words: blank, a rule ("-------", "*****", "** **"), or what is left of a table row ("|", "|---|"). */
export function isSeparator(text: string): boolean {
  return text.trim() === '' || /^[\s|:]*$/u.test(text) || DECORATION.test(text.replace(/\|/gu, ''));
}

/** Motto phrases that may share a line with the other column. */
const MOTTO_PHRASES = [
  /CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM/iu,
  /ĐỘC\s+LẬP\s*[-–—,._]*\s*TỰ\s+DO\s*[-–—,._]*\s*HẠNH\s+PHÚC/iu,
  /ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/iu,
];

/** Where another field starts inside a cell: "Số", "V/v", a place before ", ngày", the motto. */
function anchorsIn(text: string): number[] {
  const found: number[] = [];
  for (const phrase of MOTTO_PHRASES) {
    const match = phrase.exec(text);
    if (match) found.push(match.index, match.index + match[0].length);
  }
  for (const match of text.matchAll(/(?<=\s)(?:Số(?![\p{L}\p{M}])\s*[:.]?\s*[\d/]|V\/[vV](?=\s))/gu)) found.push(match.index);
  const date = /,\s*(?:ngày(?![\p{L}\p{M}])|\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4})/iu.exec(text);
  if (date) {
    // The place is cut off what stands before it only when that is another field or the issuing body in
    // capitals: "Qu ả ng Ngãi, ngày" (a crawl's stray spaces) is one place.
    const at = placeStart(text, date.index);
    const before = text.slice(0, at).trim();
    if (/^Số(?![\p{L}\p{M}])|\d\s*\/|V\/[vV]/u.test(before) || isUpperText(before)) found.push(at);
  }
  return found.filter((at) => at > 0 && at < text.length).sort((a, b) => a - b);
}

/**
 * Where the place before ", ngày" starts: the capitalised words just before it ("… 18/TB-UBND Tân Hoà, ngày"),
 * with "Thành phố"/"TP." kept in front of a city's name.
 */
function placeStart(text: string, comma: number): number {
  const words = [...text.slice(0, comma).matchAll(/\S+/gu)];
  let start = comma;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i][0];
    const titled = /^\p{Lu}[\p{Ll}\p{M}]*$/u.test(word) || /^TP\.?$/u.test(word);
    const cityWord = /^phố$/u.test(word) && /^Thành$/u.test(words[i - 1]?.[0] ?? '');
    if (!titled && !cityWord) break;
    start = words[i].index;
  }
  return start;
}

/** Splits one column's text where another field starts: "Số: 18/TB-UBND Tân Hoà, ngày …" → two cells. */
export function splitFields(text: string): string[] {
  if (text.length > MAX_HEADER_LINE) return [text];
  const cuts = [0, ...anchorsIn(text), text.length];
  const parts: string[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const part = text.slice(cuts[i], cuts[i + 1]).trim();
    if (part) parts.push(part);
  }
  return parts;
}

/** The columns of one source line: table cells, "|" cells, or text far apart. */
export function columnsOf(line: SourceLine, max = MAX_HEADER_LINE): string[] {
  if (line.table) return line.table.flatMap((row) => row.flatMap((cell) => cell.split('\n')));
  const text = line.text;
  if (text.length > max) return [text];
  const parts = text.includes('|') ? text.split('|') : text.split(/\s{4,}/u);
  return (
    parts
      // Bold runs side by side were lines of one cell that a crawler joined: "**UBND HUYỆN X** **UBND XÃ Y**".
      .flatMap((part) => part.split(/(?<=\*\*)\s+(?=\*\*)/u))
      .map((part) => part.trim())
      .filter((part) => part !== '' && !/^:?-{3,}:?$/u.test(part))
  );
}

/** True when the text leaves a bold or italic run open: "**ỦY BAN NHÂN" goes on with "DÂN **". */
function opensEmphasis(text: string): boolean {
  const bold = (text.match(/\*\*/gu) ?? []).length;
  const italic = (text.replace(/\*\*/gu, '').match(/\*/gu) ?? []).length;
  return bold % 2 === 1 || italic % 2 === 1;
}

/** A source line, or several joined: "**ỦY BAN NHÂN" + "DÂN **" (a bold run hard-wrapped), with its columns. */
export interface LogicalLine {
  columns: string[];
  first: number;
  last: number;
}

/** The line at `at` with the lines that finish an emphasis run it leaves open (one-column lines, up to three). */
export function logicalLineAt(lines: SourceLine[], at: number, to = lines.length, max = MAX_HEADER_LINE): LogicalLine {
  const columns = columnsOf(lines[at], max);
  let last = at;
  if (columns.length === 1 && !lines[at].table) {
    let joined = columns[0];
    while (opensEmphasis(joined) && last + 1 < to && last - at < 3 && joinable(lines[last + 1])) {
      last++;
      joined = `${joined} ${lines[last].text.trim()}`;
    }
    columns[0] = joined;
  }
  return { columns, first: at, last };
}

/** The cells of lines [from, to): each line's columns split at fields, emphasis removed. */
export function headerCells(lines: SourceLine[], from: number, to: number): Cell[] {
  const cells: Cell[] = [];
  for (let i = from; i < to; i++) {
    // A line too long for a header field is body text: the header has ended before it.
    if (!lines[i].table && lines[i].text.length > MAX_HEADER_LINE) break;
    const { columns, first, last } = logicalLineAt(lines, i, to);
    for (const column of columns) {
      for (const part of splitFields(plainLine(column))) if (!isSeparator(part)) cells.push({ text: part, first, line: last });
    }
    i = last;
  }
  return cells;
}

function joinable(line: SourceLine): boolean {
  return !line.table && !isSeparator(line.text) && !line.text.includes('|') && line.text.length <= MAX_HEADER_LINE;
}

/**
 * Header lines with the motto set apart on lines of its own where it shares a line with the other column,
 * for the fidelity check: it leaves out the motto only when the motto is a line of its own.
 */
export function isolateMotto(lines: SourceLine[]): SourceLine[] {
  return lines.flatMap(mottoApart);
}

function mottoApart(line: SourceLine): SourceLine[] {
  if (line.table || line.text.length > MAX_HEADER_LINE || isMottoLine(plainLine(line.text))) return [line];
  let pieces = [line.text];
  for (const phrase of MOTTO_PHRASES) {
    pieces = pieces.flatMap((piece) => {
      const match = phrase.exec(piece);
      return match ? [piece.slice(0, match.index), match[0], piece.slice(match.index + match[0].length)] : [piece];
    });
  }
  return pieces.filter((piece) => piece.trim() !== '').map((text) => ({ text }));
}
