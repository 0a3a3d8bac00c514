/**
 * Reads the end of a document's own text: the distribution list (Nơi nhận) and the signature block, in
 * either order or side by side. They are the first such block after the header: what follows them (an
 * attached Quy định, Phụ lục, forms with signatures of their own, a web page's footer) is `after`.
 */
import type { SourceLine, TailInfo } from './types.ts';
import { columnsOf, plainLine } from './header-cells.ts';
import { addRecipientLine, isRecipientLine, RECIPIENTS_LABEL, recipientsOf } from './recipients.ts';
import { countWords } from './text.ts';
import { opensSignature, type Piece, piecesOf, scanSignature, type SignatureScan } from './tail-pieces.ts';
import { isTwoColumnTail } from './tail-columns.ts';

export { isNameLine } from './signer.ts';

/** The result of reading the tail: its metadata, where the body ends and where text after the tail starts. */
export interface TailResult extends TailInfo {
  bodyEnd: number;
  /** The first line after Nơi nhận and the signature; lines.length when nothing follows them. */
  after: number;
  /** The text Nơi nhận and the signature took, column by column, for the fidelity check (leftover apart). */
  readingOrder: string[];
}

/** Lines above "Nơi nhận" where a signature standing before it is looked for, and lines after it. */
const ABOVE = 30;
const BELOW = 80;

/** A line short enough to hold a label or a signature line: long lines are never tested with regexes. */
const SHORT = 600;

/** The first "Nơi nhận" line from `from` on. */
function findLabel(lines: SourceLine[], from: number): number | undefined {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    // The list may be written on the label's line, however long: the label is looked for at its start only.
    if (line.table || !/Nơi\s+nhận/iu.test(line.text.slice(0, 60))) continue;
    if (RECIPIENTS_LABEL.test(plainLine((columnsOf(line)[0] ?? '').slice(0, 200)))) return i;
  }
  return undefined;
}

/** The first signature block from `from` on, for a document without Nơi nhận. */
function firstSignature(lines: SourceLine[], from: number): { pieces: Piece[]; scan: SignatureScan } | undefined {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (line.table || line.text.length > SHORT || !/^[\s|*_]*(?:\p{Lu}{2,}|T\/M|K\/T|Q\s*\.)/u.test(line.text)) continue;
    if (!opensSignature(plainLine(columnsOf(line).join(' ')))) continue;
    const pieces = piecesOf(lines, i, Math.min(lines.length, i + 25), false);
    const scan = scanSignature(pieces, 0);
    if (scan) return { pieces, scan };
  }
  return undefined;
}

/** The index of the piece where a signature standing just above the label starts, if one does. */
function signatureAbove(pieces: Piece[], label: number): number | undefined {
  let start: number | undefined;
  for (let k = label - 1; k >= 0; k--) {
    const text = pieces[k].text;
    if (pieces[k].table) break;
    if (text === '') continue;
    if (opensSignature(text)) start = k;
    else if (start === undefined && scanSignature(pieces, k) === undefined && !/^\p{Lu}/u.test(text)) break;
    else if (start !== undefined) break;
  }
  return start;
}

/**
 * Where the signature starts after the list: at its end, or past a few short lines the list could not take
 * (a clerk's file code "HP_VP11_QĐ", a note), which then stay in the body.
 */
function signatureStartAfter(pieces: Piece[], from: number): number | undefined {
  let skipped = 0;
  for (let k = from; k < pieces.length && skipped <= 3; k++) {
    const { text, table } = pieces[k];
    if (table) return undefined;
    if (text === '') continue;
    if (opensSignature(text)) return k;
    if (countWords(text) > 12) return undefined;
    skipped++;
  }
  return undefined;
}

/** Reads the list after the label piece; returns the items and the index of the first piece not in it. */
function readList(pieces: Piece[], label: number): { items: string[]; end: number } {
  const items: string[] = [];
  const first = RECIPIENTS_LABEL.exec(pieces[label].text)?.[1].trim();
  if (first) addRecipientLine(items, first);
  pieces[label].used = true;
  let k = label + 1;
  for (; k < pieces.length; k++) {
    const piece = pieces[k];
    if (piece.side === 'right') continue;
    if (piece.table) break;
    if (piece.text === '') continue;
    if (opensSignature(piece.text) || !isRecipientLine(piece.text, items)) break;
    addRecipientLine(items, piece.text);
    piece.used = true;
  }
  return { items, end: k };
}

const NOTHING = (lines: SourceLine[]): TailResult => ({ recipients: [], signer: {}, leftover: [], bodyEnd: lines.length, after: lines.length, readingOrder: [] });

/** The pieces around the label, and the label's own piece (-1 when a bold run left open began before it). */
function piecesAround(lines: SourceLine[], bodyStart: number, label: number, twoColumns: boolean): { pieces: Piece[]; labelPiece: number } {
  const from = twoColumns ? label : Math.max(bodyStart, label - ABOVE);
  const pieces = piecesOf(lines, from, Math.min(lines.length, label + BELOW), twoColumns);
  return { pieces, labelPiece: pieces.findIndex((piece) => piece.first === label && piece.side !== 'right') };
}

/** The signature in the right column of a two-column tail, with piece indexes into all `pieces`. */
function rightColumnSignature(pieces: Piece[]): SignatureScan | undefined {
  // Tables stay in the list: no signature is read across one.
  const right = pieces.map((piece, k) => ({ piece, k })).filter(({ piece }) => piece.side === 'right' || piece.table);
  const scan = scanSignature(
    right.map(({ piece }) => piece),
    0,
  );
  if (!scan) return undefined;
  const at = (r: number) => right[r].k;
  return { ...scan, used: scan.used.map(at), kept: new Map([...scan.kept].map(([r, texts]) => [at(r), texts])) };
}

/** The signature after the list, or else standing just above the label. */
function signatureNearList(pieces: Piece[], labelPiece: number, listEnd: number): SignatureScan | undefined {
  const next = signatureStartAfter(pieces, listEnd);
  const below = next === undefined ? undefined : scanSignature(pieces, next);
  if (below) return below;
  const above = signatureAbove(pieces, labelPiece);
  return above === undefined ? undefined : scanSignature(pieces.slice(0, labelPiece), above);
}

/**
 * Finds Nơi nhận and the signature block after the header (from `bodyStart` on). Lines among them that are
 * neither (e.g. "(Đã ký)") come back as `leftover`.
 */
export function parseTail(lines: SourceLine[], bodyStart: number): TailResult {
  const label = findLabel(lines, bodyStart);
  const twoColumns = label !== undefined && isTwoColumnTail(lines, label);
  const { pieces, labelPiece } = label === undefined ? { pieces: [], labelPiece: -1 } : piecesAround(lines, bodyStart, label, twoColumns);
  if (labelPiece < 0) {
    const found = firstSignature(lines, bodyStart);
    return found ? finish(found.pieces, [], found.scan) : NOTHING(lines);
  }
  const list = readList(pieces, labelPiece);
  const scan = twoColumns ? rightColumnSignature(pieces) : signatureNearList(pieces, labelPiece, list.end);
  // A label with neither a list nor a signature is not the tail: it stays in the body, with its words.
  if (list.items.length === 0 && !scan) return NOTHING(lines);
  return finish(pieces, list.items, scan);
}

/** The tail's metadata, the body's end and what stays in the body from between them. */
function finish(pieces: Piece[], items: string[], scan: SignatureScan | undefined): TailResult {
  for (const k of scan?.used ?? []) pieces[k].used = true;
  const used = pieces.filter((piece) => piece.used);
  const bodyEnd = Math.min(...used.map((piece) => piece.first));
  const after = Math.max(...used.map((piece) => piece.last)) + 1;
  const inside = pieces.map((piece, k) => ({ piece, k, kept: scan?.kept.get(k) ?? [] })).filter(({ piece }) => piece.first >= bodyEnd && piece.last < after && piece.text !== '');
  // Pieces inside the tail that are neither list nor signature, and the placeholders ("(Đã ký)"), stay in the body.
  const leftover = inside.flatMap(({ piece, kept }) => (piece.used ? kept : [piece.text]));
  return { recipients: recipientsOf(items), signer: scan?.signer ?? {}, leftover, bodyEnd, after, readingOrder: readingOrder(inside) };
}

/** The words the tail's fields took, column by column (Nơi nhận, then the signature), as the output has them. */
function readingOrder(inside: { piece: Piece; k: number; kept: string[] }[]): string[] {
  const taken = inside.filter(({ piece }) => piece.used);
  const column = (right: boolean) => taken.filter(({ piece }) => (piece.side === 'right') === right);
  const ordered = [...column(false), ...column(true)];
  return ordered.map(({ piece, kept }) => kept.reduce((text, placeholder) => text.replace(placeholder, ' '), piece.text));
}
