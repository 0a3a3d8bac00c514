/**
 * An imported document as the extractor reads it: its frontmatter, and its body cut into blocks (headings,
 * paragraphs, list items, table rows, footnotes) and each block into sentences, with exact plain text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { plainLine } from './text.ts';

export type BlockKind = 'heading' | 'paragraph' | 'item' | 'row' | 'footnote';

export interface Block {
  kind: BlockKind;
  /** Plain text: no Markdown marker, emphasis or escape. */
  text: string;
  /** Index of the block in the body. */
  index: number;
}

export interface SourceDocument {
  /** "<province>/<unit>/<slug>". */
  id: string;
  unit: string;
  type: string;
  title: string;
  period?: { from: number; to: number };
  issuedOn?: string;
  signerName?: string;
  body: string;
  blocks: Block[];
}

const markers: Array<[BlockKind, RegExp]> = [
  ['heading', /^#{1,6}\s+/],
  ['footnote', /^\[\^[^\]]+\]:\s*/],
  ['item', /^\s*(?:[-+*]|\d+\\?[.)])\s+/],
  ['row', /^\s*\|/],
];

/** The body's lines as blocks; a table's separator row and blank lines are dropped. */
export function parseBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of body.split('\n')) {
    if (!raw.trim() || /^\s*\|?\s*:?-{3,}/.test(raw)) continue;
    const [kind, marker] = markers.find(([, re]) => re.test(raw)) ?? ['paragraph', /^/];
    // A footnote mark ("năm[^1] đã") is not in the text a reader quotes: the line is cut there, so that no quote
    // spans it.
    for (const piece of raw.replace(marker, '').split(/\[\^[^\]]+\]/)) {
      const text = plainLine(piece);
      if (text) blocks.push({ kind, text, index: blocks.length });
    }
  }
  return blocks;
}

/** Splits text at a sentence's end (. ! ? … before a capital, a digit or an opening mark) and at "(1) " lists. */
export function splitSentences(text: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  const boundary = /(?<=[.!?…]["”]?)\s+(?:,\s*)?(?=[\p{Lu}\d(“"-])|;?\s+(?=\(\d{1,2}\)\s)/gu;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    push(out, text, start, m.index);
    start = m.index + m[0].length;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Array<{ text: string; start: number }>, text: string, from: number, to: number): void {
  const piece = text.slice(from, to);
  const lead = piece.length - piece.trimStart().length;
  const trimmed = piece.trim();
  if (trimmed) out.push({ text: trimmed, start: from + lead });
}

/** Reads a document file: its frontmatter and body. `id` is its path under documents/ without extension. */
export function readDocument(file: string, id: string): SourceDocument {
  const text = fs.readFileSync(file, 'utf8').normalize('NFC');
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  const data = (match ? parse(match[1]) : {}) as Record<string, unknown>;
  const body = match ? text.slice(match[0].length) : text;
  const period = data.period as { from?: number; to?: number } | undefined;
  const signer = data.signer as { name?: string } | undefined;
  return {
    id,
    unit: String(data.unit ?? id.split('/').slice(0, 2).join('/')),
    type: String(data.type ?? 'khác'),
    title: String(data.title ?? ''),
    period: period?.from ? { from: period.from, to: period.to ?? period.from } : undefined,
    issuedOn: data.issuedOn instanceof Date ? data.issuedOn.toISOString().slice(0, 10) : (data.issuedOn as string | undefined),
    signerName: signer?.name,
    body,
    blocks: parseBlocks(body),
  };
}

/**
 * Finds a document given as a file path or as an id ("thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127"), in the
 * content folder's documents/. Returns its file and id, or undefined.
 */
export function locateDocument(ref: string, contentDir: string): { file: string; id: string } | undefined {
  const documents = path.join(contentDir, 'documents');
  const candidates = fs.existsSync(ref) && fs.statSync(ref).isFile() ? [path.resolve(ref)] : ['.md', '.mdx'].map((ext) => path.join(documents, ref + ext));
  const file = candidates.find((f) => fs.existsSync(f));
  if (!file) return undefined;
  const relative = path.relative(documents, file).split(path.sep).join('/');
  const id = relative.startsWith('..') ? path.basename(file).replace(/\.mdx?$/, '') : relative.replace(/\.mdx?$/, '');
  return { file, id };
}

/**
 * The year a document's figures belong to when a sentence names none: the first year of a yearly report or plan
 * ("năm 2023, phương hướng năm 2024"), the last of a report on a longer period (2014–2023).
 */
export function defaultYear(doc: Pick<SourceDocument, 'period' | 'issuedOn'>): number {
  if (doc.period) return doc.period.to - doc.period.from >= 2 ? doc.period.to : doc.period.from;
  return Number(doc.issuedOn?.slice(0, 4)) || new Date().getUTCFullYear();
}
