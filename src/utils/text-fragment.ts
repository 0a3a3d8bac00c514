/**
 * Links that point at a sentence inside a page with a text fragment (`#:~:text=`), so the browser scrolls to
 * and highlights the quoted passage. A heading id before it is the fallback for browsers without support.
 */

/** Percent-encodes a fragment term; "-", "," and "&" have meaning in the directive and must be escaped too. */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** Words of a quote, without the typographic quotes and ellipses that may differ from the rendered text. */
function words(quote: string): string[] {
  return quote
    .replace(/[“”"‘’'«»…]|\.\.\./g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * The fragment directive for a quote: the whole quote when short, otherwise its first and last words
 * (`text=start,end`) so small differences in the middle do not break the match.
 */
export function textFragment(quote: string, edgeWords = 6): string {
  const w = words(quote);
  if (w.length === 0) return '';
  if (w.length <= edgeWords * 2) return `:~:text=${encodeFragmentTerm(w.join(' '))}`;
  const start = w.slice(0, edgeWords).join(' ');
  const end = w.slice(-edgeWords).join(' ');
  return `:~:text=${encodeFragmentTerm(start)},${encodeFragmentTerm(end)}`;
}

/** "#heading-id:~:text=…" or "#:~:text=…". */
export function quoteHash(quote: string, headingId?: string): string {
  return `#${headingId ?? ''}${textFragment(quote)}`;
}
