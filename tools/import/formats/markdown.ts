/**
 * Markdown made from a web page (by a converter, or copied from a portal) → source lines in the conventions
 * of the text exports: emphasis stays `**…**`/`*…*`, heading marks go and their words stay, links keep their
 * text, images go (with a warning), tables — GFM rows or the cells between lone "|" lines that converters
 * leave — become table lines, and GFM footnotes become "[1]" marks with their notes apart. Words are
 * never dropped: whatever is not recognised stays as text.
 */
import type { SourceLine } from '../types.ts';
import { SUPERSCRIPT_DIGITS } from '../patterns.ts';
import { rowsToLines, textLines } from './markup.ts';

const ATX_HEADING = /^ {0,3}#{1,6}(?:\s+|$)(.*?)(?:\s+#+)?\s*$/u;
const IMAGE = /!\[[^\]]*\]\([^)]*\)/gu;
const LINK = /\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/gu;
const LINK_DEFINITION = /^ {0,3}\[[^\]^]+\]:\s+\S+(?:\s+"[^"]*")?\s*$/u;
const FOOTNOTE_DEFINITION = /^ {0,3}\[\^([^\]]+)\]:\s*(.*)$/u;
const GFM_ROW = /^\s*\|.*\|\s*$/u;
const DELIMITER_CELLS = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/u;
/** "|---|---|": a bar is needed, as "-------" alone is the rule under an issuing body. */
const isDelimiter = (line: string) => line.includes('|') && DELIMITER_CELLS.test(line);
const LONE_BAR = /^\s*\|\s*$/u;

/** Markdown and HTML leftovers inside a line → the text exports' conventions. */
function inlineText(line: string, counts: { images: number }): string {
  return line
    .replace(IMAGE, () => {
      counts.images++;
      return '';
    })
    .replace(LINK, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/gu, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/gu, '$1')
    .replace(/\[\^([^\]]+)\]/gu, '[$1]')
    .replace(/<sup>\s*(\d+)\s*<\/sup>/giu, (_, digits: string) => [...digits].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join(''))
    .replace(/(?<![\p{L}\p{N}_\\])__(?=\S)([^_\n]+?)(?<=\S)__(?![\p{L}\p{N}_])/gu, '**$1**')
    .replace(/(?<![\p{L}\p{N}_\\])_(?=\S)([^_\n]+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '*$1*')
    // Converters escape what would start a list or a heading ("1\. Mục đích", "\- Lưu: VT"); the text has none of it.
    .replace(/\\([!-/:-@[-`{-~])/gu, '$1');
}

/** A line's unpaired emphasis marks: a hard wrap inside "**UỶ BAN NHÂN" / "DÂN**" leaves both halves unpaired. */
function unpaired(line: string): boolean {
  const text = line.replace(/^\s*\*\s/u, '');
  const strong = (text.match(/\*\*/gu) ?? []).length;
  const single = (text.replace(/\*\*/gu, '').match(/\*/gu) ?? []).length;
  return strong % 2 === 1 || single % 2 === 1;
}

/** Lines with an emphasis cut by a hard wrap joined back, so a heading or an issuing body stays whole. */
function mendWraps(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    for (let joined = 0; joined < 6 && unpaired(line) && i + 1 < lines.length && lines[i + 1].trim() !== '' && !LONE_BAR.test(lines[i + 1]); joined++) {
      line += ` ${lines[++i].trim()}`;
    }
    out.push(line);
  }
  return out;
}

/** Splits a GFM row into its cells, keeping escaped bars; "<br>" in a cell is a line break. */
function gfmCells(row: string): string[] {
  const inner = row.trim().replace(/^\|/u, '').replace(/(?<!\\)\|$/u, '');
  return inner.split(/(?<!\\)\|/u).map((cell) => cell.replace(/\\\|/gu, '|').replace(/<br\s*\/?>/giu, '\n').trim());
}

/** The cells between lone "|" lines, from the bar at `start`. */
function barTable(lines: string[], start: number): { rows: string[][]; end: number } {
  const rows: string[][] = [];
  const row: string[] = [];
  let cell: string[] | undefined;
  let i = start;
  for (; i < lines.length; i++) {
    if (LONE_BAR.test(lines[i])) {
      // Two bars with nothing between end a row (an empty cell looks the same, and comes out as a row break).
      if (cell?.some((l) => l.trim() !== '')) row.push(cell.join('\n').trim());
      else if (row.length) rows.push(row.splice(0));
      cell = undefined;
      // A bar before a blank line (or the end) closes the table.
      if (i + 1 >= lines.length || lines[i + 1].trim() === '') break;
      cell = [];
      continue;
    }
    if (cell === undefined) cell = [];
    cell.push(lines[i]);
  }
  if (cell?.length) row.push(cell.join('\n').trim());
  if (row.length) rows.push(row);
  return { rows: rows.map((r) => r.filter((c) => c !== '')).filter((r) => r.length > 0), end: i + 1 };
}

/** Table rows from `i`, and where they end, when a table starts there. */
function tableAt(lines: string[], i: number): { rows: string[][]; end: number } | undefined {
  if (LONE_BAR.test(lines[i])) return barTable(lines, i);
  if (!GFM_ROW.test(lines[i]) || !(GFM_ROW.test(lines[i + 1] ?? '') || isDelimiter(lines[i + 1] ?? ''))) return undefined;
  let end = i;
  while (end < lines.length && (GFM_ROW.test(lines[end]) || isDelimiter(lines[end]))) end++;
  const rows = lines.slice(i, end).filter((l) => !isDelimiter(l)).map(gfmCells);
  return { rows, end };
}

/** Stands for a table in the body until the lines are written (a private-use character, in no document). */
const TABLE_HERE = '\uE003';

/** Reads Markdown text (already decoded, NFC). */
export function readMarkdown(text: string): { lines: SourceLine[]; notes: SourceLine[]; warnings: string[] } {
  const counts = { images: 0 };
  const raw = text.replace(/\r\n?/gu, '\n').split('\n');
  const body: string[] = [];
  const tables: string[][][] = [];
  const notes: SourceLine[] = [];
  for (let i = 0; i < raw.length; i++) {
    const table = tableAt(raw, i);
    if (table) {
      if (table.rows.length) {
        tables.push(table.rows.map((row) => row.map((cell) => inlineText(mendWraps(cell.split('\n')).join('\n'), counts))));
        body.push('', TABLE_HERE, '');
      }
      i = table.end - 1;
      continue;
    }
    const line = raw[i];
    if (/^\s*(?:```|~~~)/u.test(line) || LINK_DEFINITION.test(line)) continue;
    const note = FOOTNOTE_DEFINITION.exec(line);
    if (note) {
      // Its paragraph goes on to the next blank line, indented or not (a "lazy" continuation).
      let definition = note[2];
      while (i + 1 < raw.length && raw[i + 1].trim() !== '' && !FOOTNOTE_DEFINITION.test(raw[i + 1])) definition += ` ${raw[++i].trim()}`;
      notes.push(...textLines(`[${note[1]}] ${inlineText(definition, counts)}`), { text: '' });
      continue;
    }
    body.push(line.replace(/^\s{0,3}>\s?/u, '').replace(ATX_HEADING, '$1'));
  }
  const lines: SourceLine[] = [];
  for (const line of mendWraps(body)) {
    if (line === TABLE_HERE) lines.push(...rowsToLines(tables.shift()!));
    else lines.push(...textLines(inlineText(line, counts)));
  }
  const warnings = counts.images ? [`bỏ ${counts.images} ảnh trong văn bản (images dropped)`] : [];
  return { lines, notes, warnings };
}

/** Is this text clearly Markdown rather than a plain text export? Several marks only Markdown makes. */
export function looksLikeMarkdown(text: string): boolean {
  const lines = text.split('\n');
  const count = (pattern: RegExp) => lines.filter((line) => pattern.test(line)).length;
  const headings = count(/^#{1,6}\s+\S/u);
  const links = (text.match(/\]\((?:https?:|\/|#|mailto:)[^)]*\)/gu) ?? []).length;
  const bars = count(LONE_BAR);
  const tables = lines.filter(isDelimiter).length;
  const kinds = [headings > 0, links > 0, bars >= 3, tables > 0].filter(Boolean).length;
  return kinds >= 2 || headings >= 3 || links >= 3 || bars >= 6 || tables >= 1;
}
