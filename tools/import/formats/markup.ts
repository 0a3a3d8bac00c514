/**
 * The readers of structured formats (.odt, web pages, .doc and PDF tables) write the small HTML mammoth writes
 * for a .docx, and hand it to the same converter (`htmlToLines` in docx.ts). So every format gets the .docx
 * conventions from one place: emphasis as `*…*`/`**…**`, footnote marks as "[1]" with "[1] …" notes apart,
 * layout tables (header, signature) read cell by cell, other tables kept as table lines.
 */
import type { SourceLine } from '../types.ts';
import { htmlToLines } from '../docx.ts';

/** A piece of a paragraph: text with its emphasis, a line break, a footnote mark, or superscript text ("¹"). */
export type Inline =
  | { kind: 'text'; text: string; bold: boolean; italic: boolean }
  | { kind: 'br' }
  | { kind: 'note'; n: number }
  | { kind: 'sup'; text: string };

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Inline pieces as HTML; neighbouring text with the same emphasis is merged first, so marks do not nest oddly. */
export function inlineHtml(items: Inline[]): string {
  const merged: Inline[] = [];
  for (const item of items) {
    const last = merged[merged.length - 1];
    if (item.kind === 'text' && last?.kind === 'text' && last.bold === item.bold && last.italic === item.italic) last.text += item.text;
    else merged.push(item.kind === 'text' ? { ...item } : item);
  }
  return merged
    .map((item) => {
      if (item.kind === 'br') return '<br>';
      if (item.kind === 'note') return `<sup><a href="#footnote-${item.n}">${item.n}</a></sup>`;
      if (item.kind === 'sup') return `<sup>${escapeHtml(item.text)}</sup>`;
      let html = escapeHtml(item.text);
      if (item.text.trim() === '') return html;
      if (item.italic) html = `<em>${html}</em>`;
      if (item.bold) html = `<strong>${html}</strong>`;
      return html;
    })
    .join('');
}

/** A paragraph with no text and no mark: mammoth leaves such paragraphs out, and so do the other readers. */
export function isEmpty(items: Inline[]): boolean {
  return items.every((item) => (item.kind === 'text' || item.kind === 'sup' ? item.text.trim() === '' : item.kind === 'br'));
}

/** Footnote bodies (HTML of their paragraphs) as the list mammoth writes at the end of a document. */
export function notesHtml(notes: string[]): string {
  if (notes.length === 0) return '';
  return `<ol>${notes.map((html, i) => `<li id="footnote-${i + 1}">${html}</li>`).join('')}</ol>`;
}

const nfcLine = (line: SourceLine): SourceLine =>
  line.table ? { text: '', table: line.table.map((row) => row.map((cell) => cell.normalize('NFC'))) } : { text: line.text.normalize('NFC') };

/** Mammoth-style HTML → source lines and notes, NFC. */
export function htmlLines(html: string): { lines: SourceLine[]; notes: SourceLine[] } {
  const { lines, notes } = htmlToLines(html);
  return { lines: lines.map(nfcLine), notes: notes.map(nfcLine) };
}

/** Rows of cells (a cell's lines joined by "\n") → lines, by the same rule as a .docx table. */
export function rowsToLines(rows: string[][]): SourceLine[] {
  const cell = (text: string) => `<td>${text.split('\n').map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</td>`;
  return htmlLines(`<table>${rows.map((row) => `<tr>${row.map(cell).join('')}</tr>`).join('')}</table>`).lines;
}

/** Plain text → lines, one per line, NFC. */
export function textLines(text: string): SourceLine[] {
  return text
    .normalize('NFC')
    .split('\n')
    .map((line) => ({ text: line.replace(/\s+$/u, '') }));
}
