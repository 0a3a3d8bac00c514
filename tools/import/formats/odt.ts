/**
 * .odt (OpenDocument text, LibreOffice's own format) → source lines. content.xml is walked into the HTML mammoth
 * writes for a .docx, so both formats share one converter: paragraphs and headings, lists, tables, bold and
 * italic, footnotes and endnotes as notes. Page headers and footers live in styles.xml and are not read.
 */
import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';
import type { SourceLine } from '../types.ts';
import { htmlLines, type Inline, inlineHtml, isEmpty, notesHtml } from './markup.ts';
import { attr, children, qname, Styles } from './odt-styles.ts';
import { refuse } from './messages.ts';

/** Elements whose content is not the document's text: change-tracking records (deleted text), comments, declarations. */
const SKIPPED = new Set([
  'text:tracked-changes',
  'office:annotation',
  'text:sequence-decls',
  'text:variable-decls',
  'text:user-field-decls',
  'office:forms',
  'text:soft-page-break',
  'text:note-citation',
  // An image's title and description are its alternative text, not the document's.
  'svg:title',
  'svg:desc',
]);

interface Emphasis {
  bold: boolean;
  italic: boolean;
}

class OdtWriter {
  readonly notes: string[] = [];
  private readonly styles: Styles;

  constructor(styles: Styles) {
    this.styles = styles;
  }

  /** The inline content of a paragraph or span as pieces with their emphasis. */
  private inline(node: Node, emphasis: Emphasis, out: Inline[]): void {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        out.push({ kind: 'text', text: child.nodeValue ?? '', ...emphasis });
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      const name = qname(element);
      if (SKIPPED.has(name)) continue;
      if (name === 'text:s') out.push({ kind: 'text', text: ' '.repeat(Math.min(Number(attr(element, 'text:c') ?? 1) || 1, 100)), ...emphasis });
      else if (name === 'text:tab') out.push({ kind: 'text', text: ' ', ...emphasis });
      else if (name === 'text:line-break') out.push({ kind: 'br' });
      else if (name === 'text:note') out.push({ kind: 'note', n: this.note(element) });
      else if (name === 'text:span') {
        const own = this.styles.emphasis('text', attr(element, 'text:style-name'));
        this.inline(element, { bold: own.bold ?? emphasis.bold, italic: own.italic ?? emphasis.italic }, out);
      } else if (name === 'draw:text-box') this.textBox(element, out);
      else this.inline(element, emphasis, out);
    }
  }

  /** A text box's paragraphs, kept in the paragraph that anchors it, one per line. */
  private textBox(element: Element, out: Inline[]): void {
    for (const block of children(element)) {
      out.push({ kind: 'br' });
      this.inline(block, { bold: false, italic: false }, out);
    }
  }

  private note(element: Element): number {
    const body = children(element).find((c) => qname(c) === 'text:note-body');
    this.notes.push(body ? this.blocks(body) : '');
    return this.notes.length;
  }

  private paragraph(element: Element, tag: string): string {
    // Headings carry their look in their style, as in a .docx; only direct emphasis is kept.
    const own = tag === 'p' ? this.styles.emphasis('paragraph', attr(element, 'text:style-name')) : {};
    const pieces: Inline[] = [];
    this.inline(element, { bold: own.bold ?? false, italic: own.italic ?? false }, pieces);
    return isEmpty(pieces) ? '' : `<${tag}>${inlineHtml(pieces)}</${tag}>`;
  }

  private list(element: Element, listStyle: string | undefined, depth: number): string {
    const style = attr(element, 'text:style-name') ?? listStyle;
    const tag = this.styles.numbered(style, depth) ? 'ol' : 'ul';
    const items = children(element)
      .filter((c) => qname(c) === 'text:list-item' || qname(c) === 'text:list-header')
      .map((item) => {
        const parts = children(item).map((c) => (qname(c) === 'text:list' ? this.list(c, style, depth + 1) : this.block(c)));
        return `<li>${parts.join('')}</li>`;
      });
    return `<${tag}>${items.join('')}</${tag}>`;
  }

  private table(element: Element): string {
    const rows: string[] = [];
    const visit = (node: Element) => {
      for (const child of children(node)) {
        const name = qname(child);
        if (name === 'table:table-row') {
          const cells = children(child).filter((c) => qname(c) === 'table:table-cell');
          rows.push(`<tr>${cells.map((cell) => `<td>${this.blocks(cell)}</td>`).join('')}</tr>`);
        } else if (name.startsWith('table:table-') && name !== 'table:table-column' && name !== 'table:table-columns') visit(child);
      }
    };
    visit(element);
    return `<table>${rows.join('')}</table>`;
  }

  /** One block-level element as mammoth-style HTML. */
  block(element: Element): string {
    const name = qname(element);
    if (SKIPPED.has(name)) return '';
    if (name === 'text:p') return this.paragraph(element, 'p');
    if (name === 'text:h') return this.paragraph(element, `h${Math.min(Math.max(Number(attr(element, 'text:outline-level') ?? 1) || 1, 1), 6)}`);
    if (name === 'text:list') return this.list(element, undefined, 0);
    if (name === 'table:table') return this.table(element);
    return this.blocks(element);
  }

  blocks(node: Node): string {
    return children(node)
      .map((child) => this.block(child))
      .join('');
  }
}

function parseXml(xml: string): Document {
  const fail = (message: string) => {
    throw new Error(message);
  };
  return new DOMParser({ errorHandler: { warning: () => {}, error: fail, fatalError: fail } }).parseFromString(xml, 'text/xml');
}

/** Reads an .odt file. Throws InputError for a damaged or password-protected file. */
export async function readOdt(bytes: Uint8Array, name: string): Promise<{ lines: SourceLine[]; notes: SourceLine[] }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw refuse.corrupt('.odt', name);
  }
  const manifest = (await zip.file('META-INF/manifest.xml')?.async('string')) ?? '';
  if (/<manifest:encryption-data\b/u.test(manifest)) throw refuse.encrypted('.odt', name);
  let html: string;
  try {
    const content = parseXml(await zip.file('content.xml')!.async('string'));
    const stylesXml = await zip.file('styles.xml')?.async('string');
    const writer = new OdtWriter(new Styles(content, stylesXml ? parseXml(stylesXml) : undefined));
    const body = children(content.documentElement).find((c) => qname(c) === 'office:body');
    const text = body && children(body).find((c) => qname(c) === 'office:text');
    if (!text) throw new Error('no office:text');
    html = writer.blocks(text) + notesHtml(writer.notes);
  } catch {
    throw refuse.corrupt('.odt', name);
  }
  return htmlLines(html);
}
