/**
 * Where the document is on a saved web page: portals wrap it in their menus, banners, sidebars, share buttons
 * and footers. Those are removed, then the content is the page's main/article element, or else the element
 * that holds nearly all of what text is left.
 */
import type { DefaultTreeAdapterMap } from 'parse5';

export type HtmlElement = DefaultTreeAdapterMap['element'];
export type HtmlNode = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];

const NEVER_TEXT = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'object', 'embed', 'button', 'select', 'input', 'textarea', 'head', 'title', 'meta', 'link']);
const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'menu']);
const CHROME_ROLES = /^(?:navigation|banner|contentinfo|search|complementary|menu|menubar)$/u;
/** Class and id words of site chrome, English and Vietnamese ("tin liên quan": related news, "chia sẻ": share). */
const CHROME_NAMES =
  /(?:^|[\s_-])(?:menu|menus|nav|navbar|navigation|breadcrumbs?|sidebar|footer|header|banner|share|sharing|social|comments?|related|toolbar|pagination|login|search|cookie|advert|ads|lien-?quan|tin-?khac|tin-?moi|chia-?se)(?:$|[\s_-])/iu;

export const attrOf = (element: HtmlElement, name: string) => element.attrs.find((a) => a.name === name)?.value;

export function isElement(node: HtmlNode): node is HtmlElement {
  return 'tagName' in node;
}

export function childElements(node: HtmlNode): HtmlElement[] {
  return 'childNodes' in node ? node.childNodes.filter(isElement) : [];
}

/** Not shown on the page: `hidden`, or `display:none` in its style. */
export function isHidden(element: HtmlElement): boolean {
  return attrOf(element, 'hidden') !== undefined || /display\s*:\s*none/iu.test(attrOf(element, 'style') ?? '');
}

/** Letters and digits under a node (whitespace and markup do not count). */
export function textSize(node: HtmlNode): number {
  if (node.nodeName === '#text') return ((node as { value: string }).value.match(/[\p{L}\p{N}]/gu) ?? []).length;
  if (isElement(node) && (NEVER_TEXT.has(node.tagName) || isHidden(node))) return 0;
  return 'childNodes' in node ? node.childNodes.reduce((sum, child) => sum + textSize(child), 0) : 0;
}

function isChrome(element: HtmlElement): boolean {
  if (CHROME_TAGS.has(element.tagName) || CHROME_ROLES.test(attrOf(element, 'role') ?? '')) return true;
  return CHROME_NAMES.test(`${attrOf(element, 'class') ?? ''} ${attrOf(element, 'id') ?? ''}`);
}

/**
 * Removes site chrome under `node`, except an element that holds most of the page's text (a site that wraps
 * everything in one "header-wrapper" must not lose its content).
 */
export function removeChrome(node: HtmlNode, pageText: number): number {
  let removed = 0;
  if (!('childNodes' in node)) return removed;
  node.childNodes = node.childNodes.filter((child) => {
    if (!isElement(child)) return true;
    if (NEVER_TEXT.has(child.tagName) || (isChrome(child) && textSize(child) < pageText * 0.5)) {
      removed++;
      return false;
    }
    removed += removeChrome(child, pageText);
    return true;
  });
  return removed;
}

function findAll(node: HtmlNode, test: (element: HtmlElement) => boolean, out: HtmlElement[] = []): HtmlElement[] {
  for (const child of childElements(node)) {
    if (test(child)) out.push(child);
    findAll(child, test, out);
  }
  return out;
}

const isMarkedContent = (e: HtmlElement) =>
  e.tagName === 'main' || e.tagName === 'article' || attrOf(e, 'role') === 'main' || attrOf(e, 'itemprop') === 'articleBody';

/** The element that holds the document: a main/article with a fair share of the text, or the deepest element holding nearly all of it. */
export function contentRoot(body: HtmlElement): HtmlElement {
  const total = textSize(body);
  const marked = findAll(body, isMarkedContent)
    .map((element) => ({ element, size: textSize(element) }))
    .filter(({ size }) => size >= total * 0.25);
  if (marked.length) {
    const best = Math.max(...marked.map((m) => m.size));
    // The innermost of those holding (nearly) the most text: an article inside main.
    return marked.filter((m) => m.size >= best * 0.95).at(-1)!.element;
  }
  let root = body;
  for (;;) {
    const size = textSize(root);
    const next = childElements(root).find((child) => textSize(child) >= size * 0.9);
    if (!next || next.tagName === 'table' || next.tagName === 'p') return root;
    root = next;
  }
}
