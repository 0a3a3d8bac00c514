/**
 * .docx → source lines, through mammoth's HTML. Paragraphs become lines separated by blank lines, in the
 * conventions of the text exports (emphasis as "*…*"/"**…**", bullets as "- ", footnote marks as "[1]" with
 * their text as "[1] …" paragraphs at the end). Tables that only lay out the header or the signature
 * (two columns: issuing body | motto, Nơi nhận | signature) are read cell by cell; other tables stay tables.
 */
import mammoth from 'mammoth';
import type { SourceLine } from './types.ts';
import { type HtmlNode, parseHtml } from './html.ts';
import { SUPERSCRIPT_DIGITS } from './patterns.ts';

type Element = Extract<HtmlNode, { type: 'element' }>;

// A signer's capacity may be bold or italic ("**KT. CHỦ TỊCH**"): emphasis marks before it are skipped.
const LAYOUT_MARKS = /CỘNG HÒA|CỘNG HOÀ|Độc lập|^\s*Số\s*[:.]|Nơi nhận|^[\s*_]*(?:(?:TM|KT|TL|TUQ)\s*\.|T\/M\b|K\/T\b)/mu;

function isElement(node: HtmlNode, ...tags: string[]): node is Element {
  return node.type === 'element' && (tags.length === 0 || tags.includes(node.tag));
}

/** Wraps text in emphasis marks, keeping spaces outside so the marks stay valid Markdown. */
function wrap(text: string, mark: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/u.exec(text)!;
  return match[2] ? `${match[1]}${mark}${match[2]}${mark}${match[3]}` : text;
}

/** Inline content as text with Markdown emphasis; "\n" for line breaks. */
function inline(nodes: HtmlNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') {
      out += node.value.replace(/\s+/gu, ' ');
      continue;
    }
    switch (node.tag) {
      case 'strong':
      case 'b':
        out += wrap(inline(node.children), '**');
        break;
      case 'em':
      case 'i':
        out += wrap(inline(node.children), '*');
        break;
      case 'br':
        out += '\n';
        break;
      case 'sup': {
        const ref = node.children.find((c): c is Element => isElement(c, 'a') && /^#(?:foot|end)note-/u.test(c.attrs.href ?? ''));
        const text = inline(node.children);
        if (ref) out += `[${(ref.attrs.href ?? '').replace(/^#(?:foot|end)note-/u, '')}]`;
        else if (/^\d+$/u.test(text)) out += [...text].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('');
        else out += text;
        break;
      }
      case 'a':
        // The "↑" link back from a footnote to its mark is navigation, not text.
        if (/^#(?:foot|end)note-ref-/u.test(node.attrs.href ?? '')) break;
        out += inline(node.children);
        break;
      case 'img':
        break;
      default:
        out += inline(node.children);
    }
  }
  return out;
}

/** The text of a table cell: its paragraphs joined by "\n". */
function cellText(cell: Element): string {
  const parts: string[] = [];
  const blocks = cell.children.filter((c) => isElement(c, 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table'));
  if (blocks.length === 0) return inline(cell.children).trim();
  for (const block of blocks) {
    const lines: SourceLine[] = [];
    blockLines(block as Element, lines, 0);
    parts.push(...lines.filter((l) => !l.table && l.text.trim()).map((l) => l.text.trim()));
  }
  return parts.join('\n');
}

function tableRows(table: Element): string[][] {
  const rows: string[][] = [];
  const visit = (node: Element) => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      if (child.tag === 'tr') rows.push(child.children.filter((c): c is Element => isElement(c, 'td', 'th')).map(cellText));
      else if (child.tag !== 'table') visit(child);
    }
  };
  visit(table);
  return rows;
}

function pushText(lines: SourceLine[], text: string): void {
  for (const line of text.split('\n')) lines.push({ text: line.trim() });
  lines.push({ text: '' });
}

/** Appends the lines of one block-level element. */
function blockLines(node: Element, lines: SourceLine[], depth: number, notes: SourceLine[] = lines): void {
  switch (node.tag) {
    case 'ul':
    case 'ol': {
      let n = 0;
      for (const item of node.children) {
        if (!isElement(item, 'li')) continue;
        n++;
        const footnote = /^(?:foot|end)note-(\d+)$/u.exec(item.attrs.id ?? '');
        const nested = item.children.filter((c): c is Element => isElement(c, 'ul', 'ol'));
        const own = item.children.filter((c): boolean => !isElement(c, 'ul', 'ol'));
        const paragraphs = own.filter((c): c is Element => isElement(c, 'p'));
        const text = paragraphs.length ? paragraphs.map((p) => inline(p.children).trim()).join('\n') : inline(own).trim();
        if (footnote) pushText(notes, `[${footnote[1]}] ${text}`);
        else {
          const marker = node.tag === 'ol' ? `${n}.` : depth > 0 ? '+' : '-';
          pushText(lines, `${marker} ${text}`);
        }
        for (const list of nested) blockLines(list, lines, depth + 1, notes);
      }
      break;
    }
    case 'table': {
      const rows = tableRows(node);
      const flat = rows.map((row) => row.join('\n')).join('\n');
      if (LAYOUT_MARKS.test(flat)) {
        for (const row of rows) for (const cell of row) if (cell.trim()) pushText(lines, cell);
      } else {
        lines.push({ text: '', table: rows }, { text: '' });
      }
      break;
    }
    default:
      pushText(lines, inline(node.children));
  }
}

/** Converts mammoth's HTML to source lines, with the footnotes ("[1] …") apart. */
export function htmlToLines(html: string): { lines: SourceLine[]; notes: SourceLine[] } {
  const lines: SourceLine[] = [];
  const notes: SourceLine[] = [];
  for (const node of parseHtml(html)) {
    if (node.type === 'text') {
      if (node.value.trim()) pushText(lines, node.value);
      continue;
    }
    blockLines(node, lines, 0, notes);
  }
  return { lines, notes };
}

const nfcLine = (line: SourceLine): SourceLine =>
  line.table ? { text: '', table: line.table.map((row) => row.map((c) => c.normalize('NFC'))) } : { text: line.text.normalize('NFC') };

/** Reads a .docx file into source lines and footnotes; mammoth's own messages come back as warnings. */
export async function readDocx(bytes: Uint8Array): Promise<{ lines: SourceLine[]; notes: SourceLine[]; messages: string[] }> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const { lines, notes } = htmlToLines(result.value);
  return { lines: lines.map(nfcLine), notes: notes.map(nfcLine), messages: result.messages.map((m) => m.message) };
}
