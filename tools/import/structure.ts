/**
 * Gives the body its structure: numbered headings ("Phần I", "I.", "1.", "2.1.", "a)"), bullet lists
 * ("-", nested "+", "*"), numbered paragraphs and plain paragraphs.
 *
 * A numbered line is a heading when it reads like one: short, one clause, and not one of a run of
 * numbered paragraphs (items "1. … 2. … 3. …" that follow each other with no text between are a list
 * written as paragraphs, and keep their numbers as text). "Phần" and Roman numerals are always headings.
 */
import type { BodyBlock, HeadingRank } from './types.ts';
import type { RawParagraph } from './paragraphs.ts';
import { ARABIC, ARABIC2, ARABIC3, BULLET, LETTER, PART, ROMAN, unemphasized, unwrapEmphasis } from './patterns.ts';
import { countWords, isUpperText } from './text.ts';

/** The numbering kind a paragraph starts with, if any. */
export function numberingRank(raw: string): HeadingRank | undefined {
  const text = unemphasized(raw);
  if (PART.test(text)) return 'part';
  if (ROMAN.test(text)) return 'roman';
  if (ARABIC3.test(text)) return 'arabic3';
  if (ARABIC2.test(text)) return 'arabic2';
  if (ARABIC.test(text)) return 'arabic';
  if (LETTER.test(text)) return 'letter';
  return undefined;
}

/** One clause, short enough for a heading: no sentence ends inside it. */
function readsLikeHeading(raw: string): boolean {
  const text = unwrapEmphasis(raw);
  const body = text.replace(/^\S+\s*/u, '');
  if (countWords(text) > 60) return false;
  // a sentence ends inside (". X"), or a lead-in is followed by its text ("Ưu điểm: Nhìn chung…");
  // a semicolon may join two parts of one heading.
  if (/[.:!?](?:\*+)?\s+\S/u.test(body.replace(/\s+$/u, ''))) return false;
  return true;
}

const BULLET_MARK = /^([-–—•●▪◦+*])\s*/u;

function bulletOf(text: string): { marker: '-' | '+' | '*'; text: string } | undefined {
  // "*** Kết quả…**": a "*" bullet whose text is bold, as Word's bullet glyph comes out of extraction.
  const starBold = /^\*\*\*\s+(.+?\*\*)\s*$/u.exec(text);
  if (starBold) return { marker: '*', text: `**${starBold[1]}` };
  if (!BULLET.test(text)) return undefined;
  const match = BULLET_MARK.exec(text)!;
  const glyph = match[1];
  const marker = glyph === '+' ? '+' : glyph === '*' || glyph === '•' || glyph === '●' || glyph === '▪' || glyph === '◦' ? '*' : '-';
  return { marker, text: text.slice(match[0].length) };
}

/** Classifies paragraphs into headings, list items, paragraphs and tables. */
export function classify(paragraphs: RawParagraph[]): BodyBlock[] {
  const ranks = paragraphs.map((p) => (p.table ? undefined : numberingRank(p.text)));
  // A run: the same numbering kind on consecutive paragraphs with nothing between.
  const inRun = ranks.map(
    (rank, i) => rank !== undefined && rank !== 'part' && rank !== 'roman' && (ranks[i - 1] === rank || ranks[i + 1] === rank),
  );

  const blocks: BodyBlock[] = [];
  let previousItem: { marker: '-' | '+' | '*'; depth: number } | undefined;
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i];
    if (paragraph.table) {
      blocks.push({ kind: 'table', rows: paragraph.table });
      previousItem = undefined;
      continue;
    }
    const text = paragraph.text;
    const rank = ranks[i];
    if (rank === 'part') {
      // "Phần I" alone, then its uppercase title on the next line: one heading.
      const next = paragraphs[i + 1];
      let heading = unwrapEmphasis(text);
      const alone = heading.replace(PART, '').replace(/^[\s.:–-]*$/u, '') === '';
      if (alone && next && !next.table && isUpperText(next.text) && countWords(next.text) <= 40 && !numberingRank(next.text)) {
        heading = `${heading} ${unwrapEmphasis(next.text)}`;
        i++;
      }
      blocks.push({ kind: 'heading', rank, text: heading });
      previousItem = undefined;
      continue;
    }
    // In a run, a line is still a heading when body text (not another item, not a higher section) follows it.
    const next = paragraphs[i + 1];
    const nextRank = ranks[i + 1];
    const bodyFollows =
      next !== undefined && (next.table !== undefined || nextRank === undefined || ORDER.indexOf(nextRank) > ORDER.indexOf(rank ?? 'letter'));
    // …and it does not end like a sentence: "2. Tồn tại, hạn chế:" is a heading, "6. Tiếp tục … thi đua." an item.
    const headingInRun = bodyFollows && !/\.[\s*_”"]*$/u.test(text);
    if (rank === 'roman' || (rank && (!inRun[i] || headingInRun) && readsLikeHeading(text))) {
      blocks.push({ kind: 'heading', rank, text: unwrapEmphasis(text) });
      previousItem = undefined;
      continue;
    }
    const bullet = rank ? undefined : bulletOf(text);
    if (bullet) {
      // "+" items nest under the "-" item before them.
      const depth = bullet.marker === '+' && previousItem && previousItem.marker === '-' ? 1 : bullet.marker === '+' && previousItem?.marker === '+' ? previousItem.depth : 0;
      blocks.push({ kind: 'item', marker: bullet.marker, depth, text: bullet.text });
      previousItem = { marker: bullet.marker, depth };
      continue;
    }
    blocks.push({ kind: 'paragraph', text });
    previousItem = undefined;
  }
  return blocks;
}

// An attachment's name (attachments.ts) heads its own numbering, from Phần down.
const ORDER: HeadingRank[] = ['attachment', 'part', 'roman', 'arabic', 'arabic2', 'arabic3', 'letter'];

/**
 * Heading levels follow the numbering hierarchy Phần > I. > 1. > 2.1. > 2.1.1. > a): a heading is one level
 * below the nearest heading before it of an outer kind, and the outermost start at level 2 (the page title
 * is the h1). Levels never skip ("a)" right under "1." is one level below it) and stop at 6.
 * Returns one level per block (undefined for blocks that are not headings).
 */
export function headingLevels(blocks: BodyBlock[]): Array<number | undefined> {
  const stack: Array<{ order: number; level: number }> = [];
  return blocks.map((block) => {
    if (block.kind !== 'heading') return undefined;
    const order = ORDER.indexOf(block.rank);
    while (stack.length && stack[stack.length - 1].order >= order) stack.pop();
    const level = Math.min(stack.length ? stack[stack.length - 1].level + 1 : 2, 6);
    stack.push({ order, level });
    return level;
  });
}
