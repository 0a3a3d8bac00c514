/**
 * Links that point at a sentence inside a page with a text fragment (`#:~:text=`), so the browser scrolls to
 * and highlights the quoted passage. A heading id before it is the fallback for browsers without support.
 */

/** Percent-encodes a fragment term; "-", "," and "&" have meaning in the directive and must be escaped too. */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/**
 * Runs of words that the rendered page shows exactly as quoted. Quote marks, ellipses and emphasis marks split
 * runs because the page may show them differently (“…” for "…", no asterisks), and a fragment term must match
 * the rendered text character for character.
 */
function runs(quote: string): string[][] {
  return quote
    .split(/[“”"‘’'«»…*]|\.\.\./)
    .map((run) => run.split(/\s+/).filter(Boolean))
    .filter((run) => run.length > 0);
}

/**
 * The fragment directive for a quote: the whole quote when it is one short run, otherwise the first words of
 * its first run and the last words of its last run (`text=start,end`), so marks and small differences in
 * the middle do not break the match.
 */
export function textFragment(quote: string, edgeWords = 6): string {
  const parts = runs(quote);
  if (parts.length === 0) return '';
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (parts.length === 1 && first.length <= edgeWords * 2) return `:~:text=${encodeFragmentTerm(first.join(' '))}`;
  const start = first.slice(0, edgeWords).join(' ');
  const end = last.slice(-edgeWords).join(' ');
  return `:~:text=${encodeFragmentTerm(start)},${encodeFragmentTerm(end)}`;
}

/** "#heading-id:~:text=…" or "#:~:text=…". */
export function quoteHash(quote: string, headingId?: string): string {
  return `#${headingId ?? ''}${textFragment(quote)}`;
}
