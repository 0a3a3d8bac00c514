/**
 * .doc (Word 97–2003) → source lines, through word-extractor. It gives plain text: paragraphs on lines, a table
 * cell ending in a tab, a row in a tab and a line break. Page headers and footers are left out; footnotes and
 * endnotes become notes. There is no emphasis in its text, so none comes out.
 */
import { createRequire } from 'node:module';
import type { SourceLine } from '../types.ts';
import { rowsToLines, textLines } from './markup.ts';
import { refuse } from './messages.ts';

/** Stands for a footnote mark until the notes are numbered (a private-use character, in no document). */
const MARK = '\uE002';

interface WordDocument {
  getBody(options?: { filterUnicode?: boolean }): string;
  getFootnotes(options?: { filterUnicode?: boolean }): string;
  getEndnotes(options?: { filterUnicode?: boolean }): string;
}

type Extractor = new () => { extract(source: Buffer): Promise<WordDocument> };

let extractor: Extractor | undefined;

/**
 * word-extractor deletes Word's footnote character (0x02), which stands both where a note is referenced and at
 * the start of each note; without it a note cannot be tied to its place. Its cleaning function is wrapped,
 * before the extractor loads it, to keep the character as {@link MARK}.
 */
function loadExtractor(): Extractor {
  if (extractor) return extractor;
  const require = createRequire(import.meta.url);
  const filters = require('word-extractor/lib/filters.js') as { clean: (text: string) => string; markKept?: boolean };
  if (!filters.markKept) {
    const clean = filters.clean;
    filters.clean = (text: string) => clean(text.replace(/\x02/g, MARK));
    filters.markKept = true;
  }
  extractor = require('word-extractor') as Extractor;
  return extractor;
}

/** Lines of the body: rows of a table (lines ending in a tab) become a table; other tabs separate blocks. */
function bodyLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const rows: string[][] = [];
    // A row whose cells each hold one paragraph is one line "a\tb\tc\t"; two such lines or more are a table.
    while (i + rows.length < lines.length && /\t.*\t$/u.test(lines[i + rows.length])) rows.push(lines[i + rows.length].replace(/\t$/u, '').split('\t'));
    if (rows.length >= 2) {
      out.push({ text: '' }, ...rowsToLines(rows), { text: '' });
      i += rows.length - 1;
      continue;
    }
    // Each line is a Word paragraph, a block of its own as in a .docx. Cells of several paragraphs (a header or
    // signature table) and text laid out with tab stops: each part between tabs is a block, in reading order.
    // Runs of spaces are collapsed as the .docx reader's HTML collapses them: the same document reads the same.
    for (const part of lines[i].split('\t')) out.push(...textLines(part.replace(/ {2,}/gu, ' ')), { text: '' });
  }
  return out;
}

/** Notes, numbered in order; each starts at its footnote character. */
function noteLines(text: string, first: number): { lines: SourceLine[]; count: number } {
  const notes = text
    .split(MARK)
    .map((note) => note.trim())
    .filter(Boolean);
  const lines = notes.flatMap((note, i) => [...textLines(`[${first + i}] ${note}`), { text: '' }]);
  return { lines, count: notes.length };
}

/** Reads a .doc file. Throws InputError for a damaged file. */
export async function readDoc(bytes: Uint8Array, name: string): Promise<{ lines: SourceLine[]; notes: SourceLine[] }> {
  let doc: WordDocument;
  try {
    const Extractor = loadExtractor();
    doc = await new Extractor().extract(Buffer.from(bytes));
  } catch {
    throw refuse.corrupt('.doc', name);
  }
  // filterUnicode would turn curly quotes and dashes into ASCII ones.
  const options = { filterUnicode: false };
  const footnotes = noteLines(doc.getFootnotes(options), 1);
  const endnotes = noteLines(doc.getEndnotes(options), footnotes.count + 1);
  let n = 0;
  const body = doc.getBody(options).replace(new RegExp(MARK, 'gu'), () => `[${++n}]`);
  return { lines: bodyLines(body), notes: [...footnotes.lines, ...endnotes.lines] };
}
