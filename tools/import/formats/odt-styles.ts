/**
 * What an OpenDocument style means for the importer: bold, italic, and whether a list is numbered. Writers put
 * direct formatting in automatic styles (LibreOffice folds a paragraph's bold into its paragraph style, Word's
 * converter into text styles), which inherit from named styles in styles.xml.
 */

export const NS: Record<string, string> = {
  'urn:oasis:names:tc:opendocument:xmlns:office:1.0': 'office',
  'urn:oasis:names:tc:opendocument:xmlns:text:1.0': 'text',
  'urn:oasis:names:tc:opendocument:xmlns:table:1.0': 'table',
  'urn:oasis:names:tc:opendocument:xmlns:style:1.0': 'style',
  'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0': 'draw',
  'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0': 'fo',
  'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0': 'svg',
};

/** "text:p" for a text:p element, whatever prefix the file gave the namespace. */
export function qname(node: Node): string {
  const element = node as Element;
  return `${NS[element.namespaceURI ?? ''] ?? element.namespaceURI}:${element.localName}`;
}

/** An attribute by its conventional prefixed name ("style:name"), looked up by namespace. */
export function attr(element: Element, name: string): string | undefined {
  const [prefix, local] = name.split(':');
  const uri = Object.keys(NS).find((key) => NS[key] === prefix);
  return (uri && element.getAttributeNS(uri, local)) || undefined;
}

export function children(node: Node): Element[] {
  const out: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === 1) out.push(child as Element);
  return out;
}

interface StyleInfo {
  parent?: string;
  bold?: boolean;
  italic?: boolean;
}

/** Emphasis and list kinds by style name. */
export class Styles {
  private readonly styles = new Map<string, StyleInfo>();
  private readonly numberedLists = new Map<string, boolean[]>();

  /** Reads the styles of content.xml and styles.xml (their office:styles and office:automatic-styles). */
  constructor(...documents: (Document | undefined)[]) {
    for (const doc of documents) {
      if (!doc?.documentElement) continue;
      for (const group of children(doc.documentElement)) {
        if (qname(group) !== 'office:styles' && qname(group) !== 'office:automatic-styles') continue;
        for (const style of children(group)) this.add(style);
      }
    }
  }

  private add(style: Element): void {
    const name = attr(style, 'style:name');
    if (!name) return;
    if (qname(style) === 'text:list-style') {
      this.numberedLists.set(
        name,
        children(style).map((level) => qname(level) === 'text:list-level-style-number' && (attr(level, 'style:num-format') ?? '') !== ''),
      );
      return;
    }
    if (qname(style) !== 'style:style') return;
    const info: StyleInfo = { parent: attr(style, 'style:parent-style-name') };
    const props = children(style).find((c) => qname(c) === 'style:text-properties');
    if (props) {
      const weight = attr(props, 'fo:font-weight');
      if (weight) info.bold = weight === 'bold' || Number(weight) >= 600;
      const slant = attr(props, 'fo:font-style');
      if (slant) info.italic = slant === 'italic' || slant === 'oblique';
    }
    this.styles.set(`${attr(style, 'style:family')}:${name}`, info);
  }

  /** A style's emphasis, following its parents; undefined where no style in the chain says. */
  emphasis(family: 'paragraph' | 'text', name: string | undefined): { bold?: boolean; italic?: boolean } {
    const result: { bold?: boolean; italic?: boolean } = {};
    const seen = new Set<string>();
    for (let current = name; current && !seen.has(current); ) {
      seen.add(current);
      const info = this.styles.get(`${family}:${current}`);
      if (!info) break;
      result.bold ??= info.bold;
      result.italic ??= info.italic;
      current = info.parent;
    }
    return result;
  }

  /** Whether level `depth` (0 = outermost) of a list style is numbered; bullets otherwise. */
  numbered(listStyle: string | undefined, depth: number): boolean {
    return listStyle !== undefined && (this.numberedLists.get(listStyle)?.[depth] ?? false);
  }
}
