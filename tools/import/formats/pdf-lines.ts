/**
 * Rebuilds the lines of a PDF page from its positioned text items: items on one baseline make a line, in x
 * order; a wide gap between items splits the line into segments (the two columns of a header, the cells of a
 * table). Superscript digits (footnote marks) become ¹²³ so the footnote step can pair them with their notes.
 */
import { SUPERSCRIPT_DIGITS } from '../patterns.ts';
import { restoreLostWidths } from './pdf-widths.ts';

/** A text item as pdf.js gives it, reduced to what the layout needs. */
export interface TextItem {
  text: string;
  /** Baseline start, in PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
  /** From the font's name ("TimesNewRomanPS-BoldMT"). */
  bold?: boolean;
  italic?: boolean;
  /** pdf.js's name of the font, to tell fonts apart (pdf-widths.ts). */
  font?: string;
}

/** A run of text on a line with no wide gap inside. */
export interface Segment {
  text: string;
  x0: number;
  x1: number;
}

export interface Line {
  y: number;
  size: number;
  segments: Segment[];
}

/** A gap wider than this many font sizes separates columns or cells; a justified line's spaces stay far below. */
const COLUMN_GAP = 2;
/** A gap wider than this many font sizes is a space between words. */
const WORD_GAP = 0.15;

/**
 * A note mark: smaller than the text beside it and above its baseline. Measured against its neighbour in the
 * same column — the text before it, or after it at the start of a line (the mark of a note at the foot of a
 * page) — not the whole line: a column of smaller text beside a larger one (Nơi nhận beside the signature)
 * shares the line but is no superscript. The next digits of a mark follow the first.
 */
const raisedAbove = (item: TextItem, other: TextItem) => item.size < other.size * 0.8 && item.y > other.y + other.size * 0.15;
function isSuperscript(item: TextItem, before: TextItem | undefined, beforeRaised: boolean, after: TextItem | undefined): boolean {
  if (before && beforeRaised && Math.abs(item.size - before.size) < 0.5 && Math.abs(item.y - before.y) < 0.5) return true;
  if (before) return raisedAbove(item, before);
  return after !== undefined && raisedAbove(item, after);
}

const superscript = (text: string) => (/^\d+$/u.test(text.trim()) ? [...text.trim()].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('') : text);

/** Items → lines, top to bottom; the baseline of a line is that of its largest text. */
function groupLines(items: TextItem[]): { line: Line; items: TextItem[] }[] {
  const lines: { line: Line; items: TextItem[] }[] = [];
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  for (const item of sorted) {
    // Only the last few lines can share a baseline with an item taken in descending y order.
    const match = lines.slice(-3).find(({ line }) => Math.abs(line.y - item.y) <= Math.max(line.size, item.size) * 0.5);
    if (!match) {
      lines.push({ line: { y: item.y, size: item.size, segments: [] }, items: [item] });
      continue;
    }
    match.items.push(item);
    if (item.size > match.line.size) match.line = { ...match.line, y: item.y, size: item.size };
  }
  return lines;
}

interface Piece {
  text: string;
  bold: boolean;
  italic: boolean;
}

/** Pieces as text with the emphasis marks of the text exports, neighbours of one emphasis under one pair of marks. */
function render(pieces: Piece[]): string {
  const runs: Piece[] = [];
  for (const piece of pieces) {
    const last = runs[runs.length - 1];
    const blank = piece.text.trim() === '';
    if (last && (blank || (last.bold === piece.bold && last.italic === piece.italic))) last.text += piece.text;
    else runs.push({ ...piece });
  }
  return runs
    .map(({ text, bold, italic }) => {
      const mark = bold && italic ? '***' : bold ? '**' : italic ? '*' : '';
      const match = /^(\s*)([\s\S]*?)(\s*)$/u.exec(text)!;
      return mark && match[2] ? `${match[1]}${mark}${match[2]}${mark}${match[3]}` : text;
    })
    .join('')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * A syllable cut by a stretched gap: the text before it ends in consonants alone ("Ph", "Ng", "Tr"), which no
 * Vietnamese word is, and the text after it starts with a lowercase vowel ("ạm"). A justified line of a
 * signature cell draws "Ph    ạm" so; the gap then parts no columns.
 */
const CUT_ONSET = /(?:^|[^\p{L}\p{M}])[bcdđghklmnpqrstvx]{1,3}$/iu;
const CUT_REST = /^[aăâeêioôơuưy]/u;
const cutSyllable = (before: string, after: string) => CUT_ONSET.test(before) && CUT_REST.test(after.normalize('NFD').replace(/[\u0300-\u036f]/gu, (m) => (m === '\u0306' || m === '\u0302' || m === '\u031b' ? m : '')).normalize('NFC'));

/** Gaps of this many font sizes or more part columns where another line nearby has a column at that place. */
const NARROW_COLUMN_GAP = 0.5;

/**
 * One line's items, in x order, joined into segments. `edges` are where columns start on the lines nearby (after
 * a wide gap): a narrower gap before an item that starts there parts columns too (two cells filled to their edge).
 */
function segmentsOf(line: Line, items: TextItem[], edges: number[] = []): Segment[] {
  const segments: (Segment & { pieces: Piece[] })[] = [];
  let previous: TextItem | undefined;
  let previousRaised = false;
  const sorted = [...items].sort((a, b) => a.x - b.x);
  const close = (a: TextItem | undefined, b: TextItem | undefined) => a !== undefined && b !== undefined && b.x - (a.x + a.width) <= line.size * COLUMN_GAP;
  for (const [k, item] of sorted.entries()) {
    // Some writers fake bold by printing the same text twice, a hair apart.
    if (previous && item.text === previous.text && Math.abs(item.x - previous.x) < item.size * 0.3) continue;
    const next = sorted[k + 1];
    const raised = isSuperscript(item, close(previous, item) ? previous : undefined, previousRaised, close(item, next) ? next : undefined);
    const piece = { text: raised ? superscript(item.text) : item.text, bold: !raised && !!item.bold, italic: !raised && !!item.italic };
    const last = segments[segments.length - 1];
    const gap = previous ? item.x - (previous.x + previous.width) : Infinity;
    const before = last?.pieces[last.pieces.length - 1].text ?? '';
    const cut = last !== undefined && gap < line.size * COLUMN_GAP * 2 && cutSyllable(before, item.text);
    const atEdge = gap > line.size * NARROW_COLUMN_GAP && edges.some((x) => Math.abs(x - item.x) < 1);
    if (!last || (!cut && (gap > line.size * COLUMN_GAP || atEdge))) segments.push({ text: '', x0: item.x, x1: item.x + item.width, pieces: [piece] });
    else {
      const space = !cut && gap > line.size * WORD_GAP && !/\s$/u.test(before) && !/^\s/u.test(piece.text) && !raised;
      if (space) last.pieces.push({ text: ' ', bold: false, italic: false });
      last.pieces.push(piece);
      last.x1 = Math.max(last.x1, item.x + item.width);
    }
    previous = item;
    previousRaised = raised;
  }
  return segments.map(({ pieces, ...s }) => ({ ...s, text: render(pieces) })).filter((s) => s.text !== '');
}

/** Lines above and below a line whose column edges it shares. */
const EDGE_REACH = 3;

/** Where columns start on a line: items after a wide gap. */
function columnEdges(items: TextItem[], size: number): number[] {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  return sorted.filter((item, k) => k > 0 && item.x - (sorted[k - 1].x + sorted[k - 1].width) > size * COLUMN_GAP).map((item) => item.x);
}

/** The lines of one page, top to bottom. */
export function pageLines(items: TextItem[]): Line[] {
  const visible = restoreLostWidths(items.filter((item) => item.text.trim() !== '' && item.size > 0));
  const grouped = groupLines(visible);
  const edges = grouped.map(({ line, items: own }) => columnEdges(own, line.size));
  return grouped
    .map(({ line, items: own }, i) => ({ ...line, segments: segmentsOf(line, own, edges.slice(Math.max(0, i - EDGE_REACH), i + EDGE_REACH + 1).flat()) }))
    .filter((line) => line.segments.length > 0);
}

/** A line's text, its segments joined by a wide space (the way text exports write two columns on one line). */
export function lineText(line: Line): string {
  return line.segments.map((s) => s.text).join('    ');
}

/**
 * Two wrapped lines of one paragraph as one: "**I. MỤC ĐÍCH,**" and "**YÊU CẦU**" share one pair of marks, and a
 * line broken after a hyphen ("11/6/1948-" / "11/6/2023") had no space there.
 */
export function joinWrapped(a: string, b: string): string {
  const glue = /[^\s*][-–]$/u.test(a) ? '' : ' ';
  for (const mark of ['***', '**', '*']) {
    const closes = a.endsWith(mark) && !a.endsWith(`${mark}*`);
    const opens = b.startsWith(mark) && !b.startsWith(`${mark}*`);
    if (closes && opens) return `${a.slice(0, -mark.length)}${glue}${b.slice(mark.length)}`;
  }
  return `${a}${glue}${b}`;
}
