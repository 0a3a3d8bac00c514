/** Tables as GFM Markdown tables, every cell's text kept; the first row is the header row. */
import { escapeInline } from './escape.ts';

/** A cell's text on one line: its paragraphs joined by a line break. */
function cellText(cell: string): string {
  return cell
    .split(/\n+/u)
    .map((part) => escapeInline(part.trim(), { inTable: true }))
    .filter(Boolean)
    .join('<br />');
}

/** Rows of cells → a GFM table. Short rows are padded so every row has the same number of cells. */
export function tableToMarkdown(rows: string[][]): string {
  const width = Math.max(1, ...rows.map((row) => row.length));
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cellText(cells[i] ?? '')).join(' | ')} |`;
  const [head = [], ...rest] = rows;
  return [line(head), `|${' --- |'.repeat(width)}`, ...rest.map(line)].join('\n');
}
