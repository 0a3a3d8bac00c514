/**
 * Turns body lines into paragraphs: joins hard-wrapped lines, and rejoins paragraphs that a page break cut
 * mid-sentence ("…văn hóa xã" / "hội, giữ vững…"), even when footnotes of that page stand between the halves.
 */
import type { SourceLine } from './types.ts';
import { ARABIC, ARABIC2, BULLET, DECORATION, FOOTNOTE_DEF, LETTER, PART, ROMAN, unemphasized } from './patterns.ts';
import { endsTerminal, startsLowercase } from './text.ts';

/** A paragraph of the body before classification, or a table. */
export interface RawParagraph {
  text: string;
  table?: string[][];
  /** Set when the paragraph is a footnote definition; its label as written ("1"). */
  footnote?: string;
}

/** Starts with a numbering, bullet or "Phần" mark: such a line begins a new paragraph. */
export function startsStructure(raw: string): boolean {
  const text = unemphasized(raw);
  return (
    PART.test(text) ||
    ROMAN.test(text) ||
    ARABIC.test(text) ||
    ARABIC2.test(text) ||
    LETTER.test(text) ||
    BULLET.test(raw) ||
    /^\*{3}\s/u.test(raw)
  );
}

/** Splits lines into paragraphs: a blank line ends one; inside a block, wrapped lines are joined. */
export function splitParagraphs(lines: SourceLine[], isFootnoteStart: (text: string) => boolean): RawParagraph[][] {
  const groups: RawParagraph[][] = [];
  let group: RawParagraph[] = [];
  const flush = () => {
    if (group.length) groups.push(group);
    group = [];
  };
  // The wrap width of hard-wrapped text: a line much shorter than the longest ones ended its paragraph.
  const lengths = lines.filter((l) => !l.table && l.text.trim()).map((l) => l.text.trim().length).sort((a, b) => a - b);
  const width = lengths.length ? lengths[Math.floor(lengths.length * 0.9)] : 0;
  let previousLine = '';
  for (const line of lines) {
    if (line.table) {
      flush();
      groups.push([{ text: '', table: line.table }]);
      continue;
    }
    const text = line.text.trim();
    if (text === '') {
      flush();
      continue;
    }
    const previous = group[group.length - 1];
    const shortLine = previousLine.length < width * 0.6 && !startsLowercase(text);
    const newParagraph =
      !previous ||
      startsStructure(text) ||
      isFootnoteStart(text) ||
      (endsTerminal(previous.text) && !startsLowercase(text)) ||
      shortLine ||
      (DECORATION.test(text) && !/\p{L}/u.test(text));
    if (newParagraph) group.push({ text });
    else previous.text = `${previous.text} ${text}`;
    previousLine = text;
  }
  flush();
  return groups;
}

/** Can `next` continue `previous` across a page break? */
function continuesAcrossBreak(previous: RawParagraph, next: RawParagraph): boolean {
  if (previous.table || next.table) return false;
  if (endsTerminal(previous.text)) return false;
  if (PART.test(unemphasized(previous.text)) || ROMAN.test(unemphasized(previous.text))) return false;
  // "…phát triển kinh tế" / "- xã hội hàng năm": a dash that is the hyphen of "kinh tế - xã hội".
  if (/^[-–]\s+\p{Ll}/u.test(next.text)) return true;
  if (startsStructure(next.text)) return false;
  return startsLowercase(next.text);
}

/**
 * Flattens the groups, joining a group's first paragraph to the previous group's last when a page break
 * cut it. Footnote definitions in between (the foot of that page) are skipped over and kept.
 */
export function rejoinPageBreaks(groups: RawParagraph[][]): RawParagraph[] {
  const out: RawParagraph[] = [];
  for (const group of groups) {
    for (let index = 0; index < group.length; index++) {
      const paragraph = { ...group[index] };
      if (index === 0 && !paragraph.footnote) {
        // The last body paragraph before any trailing footnotes.
        let target = out.length - 1;
        while (target >= 0 && out[target].footnote) target--;
        if (target >= 0 && continuesAcrossBreak(out[target], paragraph)) {
          out[target].text = `${out[target].text} ${paragraph.text}`;
          continue;
        }
      }
      out.push(paragraph);
    }
  }
  return out;
}

export { FOOTNOTE_DEF };
