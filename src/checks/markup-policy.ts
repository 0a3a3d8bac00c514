/**
 * What Markdown/MDX bodies of documents and stories may contain besides Markdown itself.
 *
 * Allowed: Markdown (headings, lists, emphasis, links, images, tables, footnotes, code), and the HTML elements
 * below for what Markdown cannot say (superscript, abbreviations, table captions…), with the attributes below.
 * Refused, with a message: everything that runs code or loads other content —
 * `<script>`, `<iframe>`, `<object>`, `<embed>`, `<style>`, `<link>`, `<meta>`, `<base>`, forms, `<svg>`;
 * `on…=` event attributes; `style=` (the site's Content-Security-Policy blocks inline styles anyway);
 * `javascript:`, `vbscript:` and `data:` URLs (except `data:image/…` in an image);
 * MDX `import`/`export` statements (content cannot pull in modules);
 * MDX `{expressions}` other than comments `{/* … *\/}` and string literals `{"{"}` (used to write a brace);
 * JSX attribute values other than plain literals (strings, numbers, true/false, lists and objects of those);
 * `{...spread}` attributes; components not listed in `allowedComponents`.
 */

/** HTML elements a body may use. */
export const allowedElements = new Set([
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details',
  'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins',
  'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 's', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul',
]);

/** Attributes those elements may carry. */
export const allowedAttributes = new Set([
  'abbr', 'alt', 'cite', 'class', 'colspan', 'datetime', 'decoding', 'dir', 'headers', 'height', 'href', 'id',
  'lang', 'loading', 'open', 'reversed', 'rowspan', 'scope', 'span', 'src', 'start', 'title', 'type', 'width',
  'className',
]);

/**
 * MDX components the site passes to every document and story page. A name not listed here would fail
 * the build anyway ("Expected component … to be defined"); add a name here when the site provides it.
 */
export const allowedComponents = new Set<string>([]);

/** Elements refused with a specific reason, because they run code or pull in other content. */
export const dangerousElements = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'style', 'link', 'meta', 'base', 'form',
  'input', 'button', 'textarea', 'select', 'svg', 'math', 'template', 'noscript', 'portal',
]);

/** URL schemes that run code or smuggle content. */
export function isUnsafeUrl(url: string, inImage: boolean): boolean {
  // Browsers ignore control characters and spaces inside a scheme: "java\tscript:" runs.
  const squeezed = url.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  if (/^(?:javascript|vbscript|file):/.test(squeezed)) return true;
  if (squeezed.startsWith('data:')) return !(inImage && /^data:image\/(?:png|jpe?g|gif|webp|avif);/.test(squeezed));
  return false;
}
