import { encodeDStroke } from './d-stroke.ts';

/**
 * Rewrites a built page for the search index only (the served file is left as it is):
 * - every `đ` Pagefind can read — text, `data-pagefind-meta` values, alt and title attributes — is spelled
 *   the index way (see d-stroke.ts). Filter and sort values are left alone: they are shown and put in URLs
 *   as they are.
 * - a <footer> inside the content is indexed like a <div> (see below);
 * - a space goes before the end of each block element (table cells, captions, list and definition items…):
 *   Pagefind does not separate all of them, and "nguồn</caption><th>Thông" would become one word.
 */
export function prepareHtmlForIndex(html: string): string {
  const footers: boolean[] = []; // for each open <footer>: was it renamed?
  return html.replace(tokenPattern, (token: string, tag: string | undefined, text: string | undefined) => {
    if (text !== undefined) return encodeDStroke(decodeDStrokeEntities(text));
    if (tag === undefined) return token; // comments, scripts and styles are never indexed
    // Pagefind drops every <footer>. The site footer is outside the indexed body (and marked ignored);
    // a <footer> inside a page's content is the document's own end — recipients, signer — which readers
    // search by name, so the index sees it as a <div>.
    if (/^<footer\b/i.test(tag)) {
      const rename = !/\sdata-pagefind-ignore\b/i.test(tag);
      footers.push(rename);
      return rename ? tag.replace(/^<footer/i, '<div') : tag;
    }
    if (/^<\/footer\s*>$/i.test(tag)) return footers.pop() ? ' </div>' : tag;
    return prepareTag(tag);
  });
}

// One alternative per kind of token; only plain tags and text are captured.
const tokenPattern =
  /<!--[\s\S]*?-->|<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|(<[a-zA-Z/!][^>]*>)|([^<]+)/g;

const attributePattern = /(\s)(content|value|alt|title|data-pagefind-meta)(\s*=\s*)("[^"]*"|'[^']*')/gi;

const blockEnd =
  /^<\/(?:th|td|tr|caption|thead|tbody|tfoot|table|dt|dd|dl|li|ul|ol|figcaption|figure|summary|details|legend|fieldset|h[1-6]|p|div|section|article|aside|header|blockquote|address|main)\s*>$/i;

function prepareTag(tag: string): string {
  if (blockEnd.test(tag)) return ` ${tag}`;
  const carriesMeta = /\sdata-pagefind-meta\b/i.test(tag);
  return tag.replace(attributePattern, (whole, space: string, name: string, eq: string, quoted: string) => {
    // A `content` or `value` attribute is indexed only when it is a data-pagefind-meta value.
    if (/^(?:content|value)$/i.test(name) && !carriesMeta) return whole;
    return `${space}${name}${eq}${encodeDStroke(decodeDStrokeEntities(quoted))}`;
  });
}

/** `&#273;`, `&#x111;`, `&dstrok;` (and the capital forms) are `đ`/`Đ` too. */
function decodeDStrokeEntities(text: string): string {
  return text
    .replace(/&#(?:273|x111);|&dstrok;/gi, (m) => (m === '&Dstrok;' ? 'Đ' : 'đ'))
    .replace(/&#(?:272|x110);/gi, 'Đ');
}

/**
 * The part of a built page Pagefind reads: the `<main data-pagefind-body>` element in a bare document. Pagefind
 * ignores everything outside that element anyway; cutting the header, navigation, footer and scripts away first
 * spares both our preparation and Pagefind's parser that work on every page. A page whose searchable element is
 * not its `<main>` is passed whole.
 */
export function searchableHtml(html: string): string {
  const open = html.search(/<main\b[^>]*\sdata-pagefind-body\b/i);
  const close = html.lastIndexOf('</main>');
  if (open < 0 || close < open) return html;
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"></head><body>${html.slice(open, close + '</main>'.length)}</body></html>`;
}

/** Drops a page's value of one search filter (its `<data data-pagefind-filter="<key>[value]">` element). */
export function withoutFilter(html: string, key: string): string {
  return html.replace(new RegExp(`<data\\s+data-pagefind-filter="${key}\\[value\\]"[^>]*>(?:</data>)?`, 'g'), '');
}

const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const tagPattern = /<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w-]*)\b[^>]*?(\/?)>/g;
const pagefindReads = /\sdata-pagefind-(?:filter|meta|sort|weight|index-attrs)\b/i;

/**
 * Cuts the elements marked `data-pagefind-ignore` out of a page before it is indexed, when nothing inside them is
 * read by Pagefind (it still reads filters, meta and sort values inside an ignored element, so those stay). Pagefind
 * would parse them only to skip them: on a national site the unit pages weigh 363 MB, most of it ignored tables.
 * Each cut leaves a space, so the words on either side stay apart.
 */
export function withoutIgnored(html: string): string {
  if (!/\sdata-pagefind-ignore\b/i.test(html)) return html;
  let out = '';
  let copied = 0;
  tagPattern.lastIndex = 0;
  for (let match = tagPattern.exec(html); match; match = tagPattern.exec(html)) {
    const [tag, , closing, rawName, selfClosing] = match;
    if (!rawName || closing || !/\sdata-pagefind-ignore\b/i.test(tag)) continue;
    const name = rawName.toLowerCase();
    const end = voidElements.has(name) || selfClosing ? tagPattern.lastIndex : closeOf(html, name, tagPattern.lastIndex);
    if (end < 0) break; // unbalanced: leave the rest as it is
    // An element that holds something Pagefind reads stays, but ignored elements inside it may still go.
    if (/\sdata-pagefind-ignore\s*=\s*["']?all\b/i.test(tag) || !pagefindReads.test(html.slice(match.index, end))) {
      out += `${html.slice(copied, match.index)} `;
      copied = end;
      tagPattern.lastIndex = end;
    }
  }
  return out + html.slice(copied);
}

/** The end of the element whose start tag ends at `from` (after its `</name>`), or -1. */
const closePatterns = new Map<string, RegExp>();

function closeOf(html: string, name: string, from: number): number {
  const pattern = closePatterns.get(name) ?? new RegExp(`<!--[\\s\\S]*?-->|<(script|style)\\b[\\s\\S]*?<\\/\\1\\s*>|<(\\/?)${name}(?=[\\s/>])[^>]*?(\\/?)>`, 'gi');
  closePatterns.set(name, pattern);
  pattern.lastIndex = from;
  let depth = 1;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    if (match[0].startsWith('<!--') || match[1]) continue;
    if (match[2]) depth--;
    else if (!match[3]) depth++;
    if (depth === 0) return pattern.lastIndex;
  }
  return -1;
}
