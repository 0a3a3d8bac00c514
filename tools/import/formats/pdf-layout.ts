/**
 * From a PDF's lines to source lines: running page headers and footers and page numbers are dropped, two-column
 * blocks (the header, Nơi nhận beside the signature) are read column by column, tables become table lines, and
 * the lines of a paragraph are joined again where only a wrap parted them — which the PDF shows by where a line
 * ends, as plain text cannot. Where a page break cut a paragraph and footnotes stand between the halves, the
 * paragraph step rejoins it (rejoinPageBreaks).
 */
import type { SourceLine } from '../types.ts';
import { joinWrapped, lineText, type Line, type Segment } from './pdf-lines.ts';
import { rowsToLines, textLines } from './markup.ts';

/** Lines at each end of a page that may be a running header or footer. */
const MARGIN_LINES = 2;

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:(?:trang|page)\s*)?(\d{1,4})(?:\s*(?:\/|trên|of)\s*\d{1,4})?(?:\s*[-–—])?$/iu;

/**
 * A line's text with its numbers blanked, so "Trang 2/9" on page 2 and "Trang 3/9" on page 3 compare equal, and
 * its height on the page: a running line stands at the same place on every page.
 */
const marginKey = (line: Line) => `${lineText(line).toLowerCase().replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim()}@${Math.round(line.y / 12)}`;

function marginCandidates(page: Line[]): Line[] {
  const top = page.slice(0, MARGIN_LINES);
  return [...top, ...page.slice(Math.max(top.length, page.length - MARGIN_LINES))];
}

/**
 * Drops, from the first and last lines of each page, what repeats on most pages (numbers aside) and page
 * numbers ("1", "- 2 -", "Trang 3", "4/9"). Returns how many lines went.
 */
export function dropRunningLines(pages: Line[][]): number {
  const counts = new Map<string, number>();
  for (const page of pages) for (const key of new Set(marginCandidates(page).map(marginKey))) counts.set(key, (counts.get(key) ?? 0) + 1);
  const repeated = (key: string) => pages.length >= 2 && (counts.get(key) ?? 0) >= Math.max(2, pages.length * 0.5);
  let dropped = 0;
  for (const page of pages) {
    const candidates = new Set(marginCandidates(page));
    const kept = page.filter((line) => {
      if (!candidates.has(line)) return true;
      const number = PAGE_NUMBER.exec(lineText(line));
      const isPageNumber = number !== null && Number(number[1]) <= pages.length + 10;
      return !(isPageNumber || repeated(marginKey(line)));
    });
    dropped += page.length - kept.length;
    page.splice(0, page.length, ...kept);
  }
  return dropped;
}

/** The usual distance between the baselines of a paragraph's lines. */
export function linePitch(pages: Line[][]): number {
  const gaps: number[] = [];
  for (const page of pages) for (let i = 1; i < page.length; i++) gaps.push(page[i - 1].y - page[i].y);
  const plausible = gaps.filter((g) => g > 0).sort((a, b) => a - b);
  return plausible.length ? plausible[Math.floor(plausible.length / 2)] : 14;
}

const center = (s: Segment) => (s.x0 + s.x1) / 2;

interface Columns {
  left: Segment[];
  right: Segment[];
}

/** Right edge of the left column and left edge of the right one: the channel between them must stay open. */
const channel = (c: Columns) => ({ from: Math.max(...c.left.map((s) => s.x1)), to: Math.min(...c.right.map((s) => s.x0)) });

/**
 * Does a one-segment line sit in a column already seen: aligned to the same left edge, or centred on the same
 * point? Tight tolerances: a centred title below the header must not pass for a line of its right column.
 */
function sitsIn(segment: Segment, column: Segment[], size: number): boolean {
  return column.some((s) => Math.abs(s.x0 - segment.x0) < size * 0.3 || Math.abs(center(s) - center(segment)) < size * 0.5);
}

/** A line of the document, marked when it opens a page (its y then says nothing of the distance to the last one). */
type Placed = Line & { newPage: boolean };

/** How far below the line before it a line sits; a page break counts as no distance. */
const gapBefore = (lines: Placed[], i: number) => (i === 0 || lines[i].newPage ? 0 : lines[i - 1].y - lines[i].y);

/**
 * The lines from `start` that form a two-column block, and its columns; undefined when `start` opens none. A
 * block may go on over a page break: a signature table often starts at the foot of one page and ends on the next.
 */
function twoColumnBlock(page: Placed[], start: number, pitch: number): { end: number; columns: Columns } | undefined {
  const first = page[start];
  if (first.segments.length !== 2) return undefined;
  const columns: Columns = { left: [first.segments[0]], right: [first.segments[1]] };
  let end = start + 1;
  for (; end < page.length; end++) {
    const line = page[end];
    if (gapBefore(page, end) > pitch * 3) break;
    const { from, to } = channel(columns);
    const [a, b] = line.segments;
    if (line.segments.length === 2 && a.x1 < to && b.x0 > from) {
      columns.left.push(a);
      columns.right.push(b);
    } else if (line.segments.length === 1 && a.x1 < to && sitsIn(a, columns.left, line.size)) columns.left.push(a);
    else if (line.segments.length === 1 && a.x0 > from && sitsIn(a, columns.right, line.size)) columns.right.push(a);
    else {
      const resumes = leftRunEnd(page, end, columns, pitch);
      if (resumes === undefined) break;
      for (; end < resumes; end++) columns.left.push(page[end].segments[0]);
      end--;
    }
  }
  return { end: trailingEnd(page, start, end, columns), columns };
}

/**
 * Where a block ends when its left column goes on alone: its last lines after the right column's last one
 * belong to it while they keep the block's spacing; a line set further apart than any two of its rows is the
 * text below it (an attachment's heading under a signature table), and the left column gives it back.
 */
function trailingEnd(page: Placed[], start: number, end: number, columns: Columns): number {
  let lastRight = start;
  for (let k = start; k < end; k++) if (page[k].segments.length === 2 || columns.right.includes(page[k].segments[0])) lastRight = k;
  const rowGaps = [];
  for (let k = start + 1; k <= lastRight; k++) if (!page[k].newPage) rowGaps.push(gapBefore(page, k));
  if (rowGaps.length === 0) return end;
  const widest = Math.max(...rowGaps);
  for (let k = lastRight + 1; k < end; k++) {
    if (!page[k].newPage && gapBefore(page, k) > widest * 1.15) {
      columns.left.length -= end - k;
      return k;
    }
  }
  return end;
}

/** Lines of a left column, at most, that may stand alone before the right column goes on. */
const LEFT_RUN = 15;

/**
 * A left column longer than the right one, its lines indented as they come (a Nơi nhận list beside a
 * signature whose name stands far below its title): the run of one-segment lines from `start` that stay left
 * of the channel, when a line after them goes on with both columns or the right one. Where the run ends; undefined
 * when no such line follows (the block has ended: a title or the body's text below a header).
 */
function leftRunEnd(page: Placed[], start: number, columns: Columns, pitch: number): number | undefined {
  const { from, to } = channel(columns);
  for (let k = start; k < page.length && k - start <= LEFT_RUN; k++) {
    const line = page[k];
    if (gapBefore(page, k) > pitch * 3) return undefined;
    const [a, b] = line.segments;
    if (k > start && line.segments.length === 2 && a.x1 < to && b.x0 > from) return k;
    if (k > start && line.segments.length === 1 && a.x0 > from && sitsIn(a, columns.right, line.size)) return k;
    if (line.segments.length !== 1 || a.x1 >= to) return undefined;
  }
  return undefined;
}

const BULLET_START = /^[-–+•*]\s/u;

/**
 * A column's lines as its cell text. A list item wrapped by the column's width ("- Chủ tịch, các Phó Chủ tịch" /
 * "UBND phường;") is one line again; other lines stay apart, as a column holds short separate lines.
 */
function columnText(segments: Segment[]): string {
  const lines: string[] = [];
  for (const { text } of segments) {
    const last = lines[lines.length - 1];
    if (last !== undefined && BULLET_START.test(last) && !/[.;:]$/u.test(last) && !BULLET_START.test(text)) lines[lines.length - 1] = joinWrapped(last, text);
    else lines.push(text);
  }
  return lines.join('\n');
}

/** Lines from `start` that all have several segments: a table drawn without a text layer of its own. */
function tableBlock(page: Placed[], start: number): number {
  let end = start;
  while (end < page.length && page[end].segments.length >= 2) end++;
  return end;
}

/**
 * Where the text column ends: the full lines of justified text reach it (a few lines, a table or a URL, may go
 * further). `established` when enough lines end there to tell full lines; a short document of one-line
 * paragraphs has none, and its longest line is not "full".
 */
function rightEdge(pages: Line[][]): { right: number; established: boolean } {
  const lines = pages.flat().filter((line) => line.segments.length === 1);
  const ends = lines.map((line) => line.segments[0].x1).sort((a, b) => a - b);
  if (ends.length === 0) return { right: Infinity, established: false };
  const right = ends[Math.floor(ends.length * 0.9)];
  const full = lines.filter((line) => Math.abs(line.segments[0].x1 - right) < line.size * 0.5).length;
  return { right, established: full >= 3 && full >= lines.length * 0.1 };
}

/**
 * Does `line` go on the paragraph of `previous`, the line before it? It does when nothing but a wrap separates
 * them: no extra space between, the same type size, and the first word of `line` would not have fitted at the
 * end of `previous` — so a paragraph's short last line ends it, justified or ragged. Over a page break only a
 * full line goes on, and not from a footnote (¹…) at the foot of the page: the paragraph step then rejoins the
 * body across the notes (rejoinPageBreaks).
 */
function continues(previous: Placed | undefined, line: Placed, paragraph: string, edge: ReturnType<typeof rightEdge>, pitch: number): boolean {
  if (!previous || previous.segments.length !== 1 || line.segments.length !== 1) return false;
  if (Math.abs(previous.size - line.size) > line.size * 0.1) return false;
  const [above] = previous.segments;
  const [below] = line.segments;
  // A footnote (¹…) starts at its mark, whatever ends the line above.
  if (/^[⁰¹²³⁴⁵⁶⁷⁸⁹]/u.test(below.text)) return false;
  const right = edge.right;
  const full = edge.established && above.x1 >= right - line.size * 0.5;
  if (line.newPage) return full && !/^[⁰¹²³⁴⁵⁶⁷⁸⁹]/u.test(paragraph);
  if (previous.y - line.y > pitch * 1.25) return false;
  // A full line (justified text) wraps, whatever it ends with.
  if (full) return true;
  // Ragged text: the next word would not have fitted (its width estimated from its share of the letters), unless
  // a sentence ends there and the next line opens like a new paragraph.
  const firstWord = below.text.split(' ')[0];
  const wordWidth = ((below.x1 - below.x0) * (firstWord.length + 1)) / below.text.length;
  if (above.x1 + wordWidth <= right - line.size) return false;
  return !(/[.:;!?…]$/u.test(above.text) && /^(?:[-–+•*(\d]|\p{Lu})/u.test(below.text));
}

/** The block of several columns that starts at `i` (a header or signature, or a table), as lines; undefined if none. */
function blockAt(page: Placed[], i: number, pitch: number): { lines: SourceLine[]; end: number } | undefined {
  const block = twoColumnBlock(page, i, pitch);
  if (block) {
    // One row of two cells: read column by column when it lays out a header or signature (the .docx rule), as
    // rows of a table otherwise.
    const asLayout = rowsToLines([[columnText(block.columns.left), columnText(block.columns.right)]]);
    const rows = page.slice(i, block.end).map((line) => line.segments.map((s) => s.text));
    if (!asLayout.some((l) => l.table)) return { lines: [{ text: '' }, ...asLayout], end: block.end };
    if (rows.length > 1) return { lines: [{ text: '' }, ...rowsToLines(rows), { text: '' }], end: block.end };
    return { lines: textLines(lineText(page[i])), end: block.end };
  }
  const end = tableBlock(page, i);
  if (end - i < 2) return undefined;
  return { lines: [{ text: '' }, ...rowsToLines(page.slice(i, end).map((line) => line.segments.map((s) => s.text))), { text: '' }], end };
}

/** All pages as source lines, in order: one line per paragraph, blocks apart. */
export function layoutLines(pages: Line[][]): SourceLine[] {
  const pitch = linePitch(pages);
  const edge = rightEdge(pages);
  const page: Placed[] = pages.flatMap((lines) => lines.map((line, i) => ({ ...line, newPage: i === 0 })));
  const out: SourceLine[] = [];
  for (let i = 0; i < page.length; ) {
    const last = out[out.length - 1];
    if (last && !last.table && last.text && continues(page[i - 1], page[i], last.text, edge, pitch)) {
      out[out.length - 1] = { text: joinWrapped(last.text, lineText(page[i])) };
      i++;
      continue;
    }
    if (last && last.text !== '') out.push({ text: '' });
    const block = blockAt(page, i, pitch);
    out.push(...(block?.lines ?? textLines(lineText(page[i]))));
    i = block?.end ?? i + 1;
  }
  return out;
}
