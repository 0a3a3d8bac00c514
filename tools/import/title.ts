/**
 * The title (trích yếu) after the type line: one clause, often wrapped over several lines, printed in
 * capitals or in mixed case, and followed by the body, by the line naming who decides ("CHỦ TỊCH ỦY BAN
 * NHÂN DÂN TỈNH") or by a short rule.
 */
import type { SourceLine } from './types.ts';
import { AUTHORITY_LINE, BODY_LEAD, SENTENCE_LEAD } from './patterns.ts';
import { isSeparator, logicalLineAt, MAX_HEADER_LINE, plainLine } from './header-cells.ts';
import { countWords, endsTerminal, isUpperText, startsLowercase } from './text.ts';

/** Titles are at most this long; past it the lines are body text. */
const MAX_TITLE_WORDS = 120;

/** A line that opens the body rather than states a title. */
export function opensBody(text: string): boolean {
  if (BODY_LEAD.test(text) || countWords(text) > (isUpperText(text) ? 120 : 60)) return true;
  if (isUpperText(text) && AUTHORITY_LINE.test(text)) return true;
  if (/:$/u.test(text)) return true;
  const sentence = /[.!?;]\s+\S/u.test(text) || /[.;]$/u.test(text);
  return SENTENCE_LEAD.test(text) && (countWords(text) > 30 || sentence);
}

/** Does `text` go on with the title `current`? */
function continuesTitle(current: string, text: string): boolean {
  if (opensBody(text) || countWords(current) + countWords(text) > MAX_TITLE_WORDS) return false;
  // A title in capitals goes on in capitals only: the mixed-case line after it is the body's.
  if (isUpperText(current)) return isUpperText(text);
  // A mixed-case title is one clause: a line with the end of a sentence in it (". X") is body text.
  if (/[.!?]\s+\p{Lu}/u.test(text)) return false;
  if (startsLowercase(text)) return true;
  return !endsTerminal(current) && countWords(text) <= 20 && countWords(current) <= 25 && !endsTerminal(text);
}

/** The title read from line `from` on, `first` being what followed the type words on their line. */
export function readTitle(lines: SourceLine[], from: number, first?: string): { title?: string; end: number } {
  const parts = first ? [first] : [];
  let cursor = from;
  for (let i = from; i < lines.length && i < from + 60; i++) {
    const line = lines[i];
    if (line.table) break;
    if (isSeparator(line.text)) {
      // A rule under the title ends it ("-----", "___"); blank lines and table pipes do not.
      if (parts.length > 0 && /[-_=─–—*]{3,}/u.test(line.text)) return { title: parts.join(' '), end: i + 1 };
      continue;
    }
    if (line.text.length > MAX_HEADER_LINE) break;
    const logical = logicalLineAt(lines, i);
    const text = plainLine(logical.columns.join(' '));
    const takes = parts.length === 0 ? !opensBody(text) : continuesTitle(parts.join(' '), text);
    if (!takes) break;
    parts.push(text);
    i = logical.last;
    cursor = i + 1;
  }
  return { title: parts.length ? parts.join(' ') : undefined, end: cursor };
}
