/**
 * A small HTML reader for the well-formed, limited HTML that mammoth writes (p, h1–h6, strong, em, sup,
 * a, ol, ul, li, table, tr, td, th, br, img). Not a general HTML parser.
 */

/** An element or a text node. */
export type HtmlNode = { type: 'text'; value: string } | { type: 'element'; tag: string; attrs: Record<string, string>; children: HtmlNode[] };

const VOID = new Set(['br', 'img', 'hr']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes character references: "&amp;" → "&", "&#7879;" → "ệ". */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Parses HTML into a list of top-level nodes. */
export function parseHtml(html: string): HtmlNode[] {
  const root: HtmlNode = { type: 'element', tag: '#root', attrs: {}, children: [] };
  const stack: Extract<HtmlNode, { type: 'element' }>[] = [root as Extract<HtmlNode, { type: 'element' }>];
  const pattern = /<(\/?)([a-zA-Z0-9]+)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|([^<]+)/gu;
  for (const match of html.matchAll(pattern)) {
    const top = stack[stack.length - 1];
    if (match[5] !== undefined) {
      top.children.push({ type: 'text', value: decodeEntities(match[5]) });
      continue;
    }
    const closing = match[1] === '/';
    const tag = match[2].toLowerCase();
    if (closing) {
      const at = stack.map((n) => n.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const attr of match[3].matchAll(/([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/gu)) {
      attrs[attr[1].toLowerCase()] = decodeEntities(attr[2] ?? attr[3] ?? attr[4] ?? '');
    }
    const element: Extract<HtmlNode, { type: 'element' }> = { type: 'element', tag, attrs, children: [] };
    top.children.push(element);
    if (!VOID.has(tag) && match[4] !== '/') stack.push(element);
  }
  return (root as Extract<HtmlNode, { type: 'element' }>).children;
}
