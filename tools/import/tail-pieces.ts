/**
 * The end of a document as pieces: one per line, or two where Nơi nhận and the signature share lines
 * (tail-columns.ts), and the signature block read from them.
 */
import type { SourceLine } from './types.ts';
import { isSeparator, logicalLineAt, plainLine } from './header-cells.ts';
import { isCapacityLine, isNameLine, isPlaceholder, isTitleLine, signerOf, splitSignatureText } from './signer.ts';
import type { Signer } from './types.ts';
import { countWords, isUpperText } from './text.ts';
import { RECIPIENTS_LABEL } from './recipients.ts';
import { MAX_TAIL_LINE, splitTailColumns } from './tail-columns.ts';


/** A piece of a line of the tail; `text` is plain, '' for a blank line or a rule. */
export interface Piece {
  text: string;
  first: number;
  last: number;
  side: 'whole' | 'left' | 'right';
  /** A table or an over-long line: no tail goes through it. */
  table?: boolean;
  used?: boolean;
}

/** The pieces of lines [from, to), split in two columns when `twoColumns`. */
export function piecesOf(lines: SourceLine[], from: number, to: number, twoColumns: boolean): Piece[] {
  const pieces: Piece[] = [];
  for (let i = from; i < to; i++) {
    if (lines[i].table) {
      pieces.push({ text: '', first: i, last: i, side: 'whole', table: true });
      continue;
    }
    if (lines[i].text.length > MAX_TAIL_LINE) {
      pieces.push({ text: '', first: i, last: i, side: 'whole', table: true });
      continue;
    }
    const { columns, first, last } = logicalLineAt(lines, i, to, MAX_TAIL_LINE);
    if (twoColumns) {
      const [left, right] = splitTailColumns(columns);
      if (left || !right) pieces.push({ text: isSeparator(left) ? '' : left, first, last, side: 'left' });
      if (right) pieces.push({ text: right, first, last, side: 'right' });
    } else {
      const text = plainLine(columns.join(' '));
      pieces.push({ text: isSeparator(text) ? '' : text, first, last, side: 'whole' });
    }
    i = last;
  }
  return pieces;
}

/** A piece that opens a signature: a capacity, a title, or both with the name on one line. */
export function opensSignature(text: string): boolean {
  if (text.length > 300) return false;
  if (isCapacityLine(text) || isTitleLine(text)) return true;
  const split = splitSignatureText(text);
  return split.name !== undefined && (isCapacityLine(split.upper) || isTitleLine(split.upper));
}

/** A signature block read from pieces: the signer, the pieces it took, and what of them stays in the body. */
export interface SignatureScan {
  signer: Signer;
  used: number[];
  /** Placeholders ("(Đã ký)") by the piece they were on: the body keeps them, as the parsers cannot place them. */
  kept: Map<number, string[]>;
}

/** Reads a signature block from `pieces[start]` on; undefined when the pieces there are not one. */
export function scanSignature(pieces: Piece[], start: number): SignatureScan | undefined {
  const upper: string[] = [];
  const placeholders: string[] = [];
  const titlesAfter: string[] = [];
  const used: number[] = [];
  const kept = new Map<number, string[]>();
  let name: string | undefined;
  let namePieces: number[] = [];
  let blanks = 0;
  for (let k = start; k < pieces.length; k++) {
    const { text, table } = pieces[k];
    if (table) break;
    if (text === '') {
      // 24 blank lines: a signature's dozen empty paragraphs, in an extraction that puts a blank line after each.
      if (++blanks > 24 || (name && blanks > 1)) break;
      continue;
    }
    blanks = 0;
    // A name cut after its first word at the end of a title's line ("… TÀI CHÍNH Phạm" / "Quang Phụng"), or
    // wrapped before its last word in a narrow signature cell ("Trần Thị Diệu" / "Thúy").
    if (name && namePieces.includes(k - 1) && NAME_REST.test(text) && (countWords(name) === 1 || (countWords(text) === 1 && countWords(name) <= 4))) {
      name = `${name} ${text}`;
      namePieces.push(k);
      used.push(k);
      continue;
    }
    const wrapped = name ? undefined : wrappedName(pieces, k);
    const before = placeholders.length;
    const taken = name ? readAfterName(text, placeholders, titlesAfter) : readBeforeName(wrapped ?? text, upper, placeholders);
    if (taken === 'stop') break;
    if (taken !== 'taken') {
      name = taken.name;
      namePieces = wrapped ? [k, k + 1] : [k];
    }
    if (placeholders.length > before) kept.set(k, placeholders.slice(before));
    used.push(k);
    if (wrapped) used.push(++k);
  }
  const capacityFound = upper.some((line) => isCapacityLine(line));
  if (!capacityFound && !(upper.length > 0 && name)) return undefined;
  return { signer: signerOf(upper, name, titlesAfter), used, kept };
}

/** The rest of a name after its first word: one to four capitalised words ("Đức Tuấn", "Thị Minh Khai"). */
const NAME_REST = /^\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,3}$/u;

/** A name wrapped after its first word ("Dương" / "Đức Tuấn"), joined; undefined when `pieces[k]` is not that. */
function wrappedName(pieces: Piece[], k: number): string | undefined {
  const next = pieces[k + 1]?.text ?? '';
  if (!/^\p{Lu}[\p{Ll}\p{M}]*$/u.test(pieces[k].text) || !/^\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,4}$/u.test(next)) return undefined;
  return `${pieces[k].text} ${next}`;
}

function readBeforeName(text: string, upper: string[], placeholders: string[]): 'taken' | 'stop' | { name: string } {
  if (isUpperText(text) && countWords(text) <= 16 && !RECIPIENTS_LABEL.test(text)) {
    if (upper.length === 0 && !isCapacityLine(text) && !isTitleLine(text)) return 'stop';
    upper.push(text);
    return 'taken';
  }
  if (isPlaceholder(text)) {
    placeholders.push(text);
    return 'taken';
  }
  if (isNameLine(text)) return upper.length ? { name: text } : 'stop';
  const split = splitSignatureText(text);
  if (split.name && (upper.length > 0 || opensSignature(text)) && countWords(split.name) <= 6) {
    if (split.upper) upper.push(split.upper);
    placeholders.push(...split.placeholders);
    return { name: split.name };
  }
  return 'stop';
}

function readAfterName(text: string, placeholders: string[], titlesAfter: string[]): 'taken' | 'stop' {
  if (isTitleLine(text) && countWords(text) <= 8) titlesAfter.push(text);
  else if (isPlaceholder(text)) placeholders.push(text);
  else return 'stop';
  return 'taken';
}
