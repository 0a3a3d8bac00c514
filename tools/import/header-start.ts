/**
 * Where the header block is. Usually at the top, but a saved web page has its chrome first and a crawled
 * page its own heading; a document may have no header at all and start with "Kính gửi" or its text.
 */
import type { SourceLine } from './types.ts';
import { columnsOf, isMottoLine, isSeparator, MAX_HEADER_LINE, plainLine, splitFields } from './header-cells.ts';
import { parseNumberLine, parsePlaceDate, parseTypeLine } from './header-fields.ts';
import { isIssuerCell } from './issuer.ts';
import { BODY_LEAD, SENTENCE_LEAD } from './patterns.ts';
import { countWords, isUpperText } from './text.ts';

/** How far down a header is looked for. */
const SEARCH_LINES = 300;

/**
 * A cell that only a header holds: the motto, a number line, a place and date, a type line. Not "V/v …" by
 * itself: a crawled page's own heading may be a letter's subject, and a real one stands by its number.
 */
function isAnchor(text: string): boolean {
  if (isMottoLine(text) && countWords(text) >= 3) return true;
  if (parseNumberLine(text)) return true;
  if (/ngày|\d\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/iu.test(text) && countWords(text) <= 14 && parsePlaceDate(text)) return true;
  const typed = parseTypeLine(text);
  return typed !== undefined && isUpperText(typed.typeLine) && (typed.rest === '' || countWords(typed.rest) <= 40);
}

/** A line of body text: the legal grounds, the addressee, a numbered section, a long sentence. */
function isBodyLine(text: string): boolean {
  return BODY_LEAD.test(text) || (SENTENCE_LEAD.test(text) && countWords(text) > 12);
}

/** Could this line sit above the anchor, in the header (the issuing body, rules, table pipes)? */
function belongsAbove(line: SourceLine): boolean {
  if (line.table) return true;
  if (isSeparator(line.text)) return true;
  if (line.text.length > MAX_HEADER_LINE) return false;
  return columnsOf(line).every((column) => {
    const text = plainLine(column);
    return isSeparator(text) || isIssuerCell(text, true) || isAnchor(text) || /^Số\s*[:.]?$/u.test(text);
  });
}

/**
 * The index of the header's first line, or undefined when the document has none: the first anchor within
 * the first lines, unless body text came before it, and the issuing body's lines above it.
 */
export function findHeaderStart(lines: SourceLine[]): number | undefined {
  const limit = Math.min(lines.length, SEARCH_LINES);
  for (let i = 0; i < limit; i++) {
    const line = lines[i];
    // A Markdown heading ("# V/v …") is a crawler's title for the page, never a line of the header itself.
    if (!line.table && (isSeparator(line.text) || line.text.length > MAX_HEADER_LINE || /^#{1,6}\s/u.test(line.text))) continue;
    const cells = columnsOf(line).flatMap((column) => splitFields(plainLine(column)));
    if (cells.some(isAnchor)) return issuerAbove(lines, i);
    if (cells.some(isBodyLine)) return undefined;
  }
  return undefined;
}

function issuerAbove(lines: SourceLine[], anchor: number): number {
  let start = anchor;
  for (let i = anchor - 1; i >= 0 && anchor - i <= 12; i--) {
    if (!belongsAbove(lines[i])) break;
    if (!isSeparator(lines[i].text) || lines[i].table) start = i;
  }
  // Blank lines at the very top belong to nobody; starting at 0 keeps the body from beginning with them.
  return lines.slice(0, start).every((line) => !line.table && isSeparator(line.text)) ? 0 : start;
}
