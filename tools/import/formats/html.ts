/**
 * A web page saved from a portal (or a Word document saved as a web page) → source lines. The bytes are decoded
 * by the page's declared charset (windows-1258 and UTF-8 are the Vietnamese ones), parsed with parse5 as a
 * browser would, cut down to the document's content (html-content.ts) and written as mammoth's HTML.
 */
import iconv from 'iconv-lite';
import { parse } from 'parse5';
import type { SourceLine } from '../types.ts';
import { attrOf, childElements, contentRoot, type HtmlElement, type HtmlNode, isElement, isHidden, removeChrome, textSize } from './html-content.ts';
import { htmlLines, type Inline, inlineHtml, isEmpty, notesHtml } from './markup.ts';

const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote', 'center', 'address', 'figure', 'figcaption',
  'form', 'fieldset', 'dl', 'dt', 'dd', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'th', 'hr', 'body',
]);
/** Word's footnote anchors: "#_ftn1" in the text, "#_ftnref1" back from the note; endnotes "_edn". */
const WORD_NOTE_REF = /^#_(ftn|edn)(\d+)$/u;

/** The charset the page declares, else UTF-8 when the bytes are valid UTF-8, else windows-1258. */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be');
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/iu.exec(head)?.[1];
  if (declared && iconv.encodingExists(declared)) return iconv.decode(Buffer.from(bytes), declared);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes), 'windows-1258');
  }
}

class HtmlWriter {
  images = 0;
  readonly noteNumbers = new Map<string, number>();

  noteNumber(id: string): number {
    if (!this.noteNumbers.has(id)) this.noteNumbers.set(id, this.noteNumbers.size + 1);
    return this.noteNumbers.get(id)!;
  }

  /** Inline content as pieces with their emphasis; a block inside inline content stands on lines of its own. */
  inline(nodes: readonly HtmlNode[], emphasis: { bold: boolean; italic: boolean }, out: Inline[]): void {
    for (const child of nodes) {
      if (child.nodeName === '#text') out.push({ kind: 'text', text: (child as { value: string }).value, ...emphasis });
      if (!isElement(child) || isHidden(child)) continue;
      const tag = child.tagName;
      const style = attrOf(child, 'style') ?? '';
      const note = WORD_NOTE_REF.exec(attrOf(child, 'href') ?? '');
      if (tag === 'br') out.push({ kind: 'br' });
      else if (tag === 'img') this.images++;
      else if (tag === 'a' && note) out.push({ kind: 'note', n: this.noteNumber(`${note[1]}${note[2]}`) });
      else if (tag === 'sup') out.push({ kind: 'sup', text: textOf(child) });
      else if (BLOCKS.has(tag)) {
        out.push({ kind: 'br' });
        this.inline(child.childNodes, emphasis, out);
        out.push({ kind: 'br' });
      } else {
        const bold = emphasis.bold || tag === 'b' || tag === 'strong' || /font-weight\s*:\s*(?:bold|[6-9]00)/iu.test(style);
        const italic = emphasis.italic || tag === 'i' || tag === 'em' || /font-style\s*:\s*italic/iu.test(style);
        this.inline(child.childNodes, { bold, italic }, out);
      }
    }
  }

  private paragraph(element: HtmlElement, tag = 'p'): string {
    const pieces: Inline[] = [];
    this.inline(element.childNodes, { bold: false, italic: false }, pieces);
    return isEmpty(pieces) ? '' : `<${tag}>${inlineHtml(pieces)}</${tag}>`;
  }

  /** A table: a real one as rows of cells; one column, or one inside a cell or list, as the blocks it holds. */
  private table(table: HtmlElement, nested: boolean): string {
    const rows: HtmlElement[] = [];
    const visit = (node: HtmlElement) => {
      for (const child of childElements(node)) {
        if (child.tagName === 'tr') rows.push(child);
        else if (child.tagName !== 'table') visit(child);
      }
    };
    visit(table);
    const cells = rows.map((row) => childElements(row).filter((c) => c.tagName === 'td' || c.tagName === 'th'));
    if (nested || cells.every((row) => row.length <= 1)) return cells.flat().map((cell) => this.blocks(cell, true)).join('');
    return `<table>${cells.map((row) => `<tr>${row.map((cell) => `<td>${this.blocks(cell, true)}</td>`).join('')}</tr>`).join('')}</table>`;
  }

  private list(list: HtmlElement): string {
    const items = childElements(list)
      .filter((c) => c.tagName === 'li')
      .map((li) => `<li>${this.blocks(li, true)}</li>`);
    return `<${list.tagName}>${items.join('')}</${list.tagName}>`;
  }

  /** Block content as mammoth's HTML; `nested` inside a cell or a list item, where tables are flattened. */
  blocks(node: HtmlNode, nested = false): string {
    const out: string[] = [];
    let run: Inline[] = [];
    const flush = () => {
      if (!isEmpty(run)) out.push(`<p>${inlineHtml(run)}</p>`);
      run = [];
    };
    for (const child of 'childNodes' in node ? node.childNodes : []) {
      if (!isElement(child) || !BLOCKS.has(child.tagName)) {
        // Text and inline elements between blocks gather into one paragraph.
        this.inline([child], { bold: false, italic: false }, run);
        continue;
      }
      flush();
      if (isHidden(child)) continue;
      const tag = child.tagName;
      if (tag === 'p' || /^h[1-6]$/u.test(tag)) out.push(this.paragraph(child, nested ? 'p' : tag));
      else if (tag === 'ul' || tag === 'ol') out.push(nested ? this.blocks(child, true) : this.list(child));
      else if (tag === 'table') out.push(this.table(child, nested));
      else if (tag !== 'hr') out.push(this.blocks(child, nested));
    }
    flush();
    return out.join('');
  }
}

function textOf(node: HtmlNode): string {
  if (node.nodeName === '#text') return (node as { value: string }).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** Word's footnote list: each note's paragraphs, without the anchor that links back to its mark. */
function wordNotes(body: HtmlElement, writer: HtmlWriter): string[] {
  const notes: string[] = [];
  const visit = (node: HtmlElement) => {
    for (const child of childElements(node)) {
      const id = /^(ftn|edn)(\d+)$/u.exec(attrOf(child, 'id') ?? '');
      if (!id) {
        visit(child);
        continue;
      }
      const strip = (n: HtmlElement) => {
        n.childNodes = n.childNodes.filter((c) => !(isElement(c) && /^#_(?:ftn|edn)ref\d+$/u.test(attrOf(c, 'href') ?? '')));
        childElements(n).forEach(strip);
      };
      strip(child);
      notes[writer.noteNumber(`${id[1]}${id[2]}`) - 1] = writer.blocks(child, true);
      (child.parentNode as HtmlElement).childNodes = (child.parentNode as HtmlElement).childNodes.filter((c) => c !== child);
    }
  };
  visit(body);
  return notes;
}

/** Reads a saved web page. */
export function readHtml(bytes: Uint8Array): { lines: SourceLine[]; notes: SourceLine[]; warnings: string[] } {
  const document = parse(decodeHtml(bytes).normalize('NFC'));
  const html = childElements(document).find((e) => e.tagName === 'html');
  const body = html && childElements(html).find((e) => e.tagName === 'body');
  if (!body) return { lines: [], notes: [], warnings: [] };
  const writer = new HtmlWriter();
  // Notes are numbered in the order of their marks in the text, then their list is taken out of the page.
  const numberMarks = (node: HtmlElement): void =>
    childElements(node).forEach((child) => {
      const mark = WORD_NOTE_REF.exec(attrOf(child, 'href') ?? '');
      if (child.tagName === 'a' && mark) writer.noteNumber(`${mark[1]}${mark[2]}`);
      numberMarks(child);
    });
  numberMarks(body);
  const notes = wordNotes(body, writer);
  const removed = removeChrome(body, textSize(body));
  const content = writer.blocks(contentRoot(body));
  const warnings: string[] = [];
  if (removed) warnings.push(`bỏ ${removed} phần của trang web (menu, đầu trang, chân trang, mã lệnh) (page chrome dropped)`);
  if (writer.images) warnings.push(`bỏ ${writer.images} ảnh trong văn bản (images dropped)`);
  return { ...htmlLines(content + notesHtml(notes.map((n) => n ?? ''))), warnings };
}
