import { foldQueryDStroke } from './d-stroke.ts';

/** What to ask Pagefind for one query typed by a reader. */
export interface SearchPlan {
  /** The query as Pagefind should receive it (words ANDed, prefix-matched), or a quoted phrase. */
  terms: string;
  /**
   * The same words as an exact phrase, searched alongside `terms` so that pages where the words stand
   * together ("Đức Phổ", "Đào Văn Trung") rank before pages that only contain them apart. Null for one word
   * or when the reader already quoted the query.
   */
  phrase: string | null;
  /** True when the reader quoted the query: only the exact phrase is searched. */
  exact: boolean;
}

// Phone keyboards and Word turn "…" into “…”; both mean a phrase.
const quotes = /[“”„‟"«»]/g;

/** NFC, no zero-width characters, straight quotes, single spaces: the query as the reader meant it. */
export function normalizeQuery(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(quotes, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Turns a typed query into Pagefind queries. Any case and NFC/NFD input give the same plan; `đ` is written
 * as `d`, as the index has it, so "dua", "đua" and "ĐUA" all find "thi đua" (and "đ" typed for a `d` finds the `d`).
 */
export function planQuery(raw: string): SearchPlan | null {
  const query = normalizeQuery(raw);
  const quoted = /^"(.+)"$/.exec(query);
  if (quoted) {
    const inner = quoted[1].replace(/"/g, '').trim();
    if (!inner) return null;
    return { terms: `"${foldQueryDStroke(inner.toLowerCase())}"`, phrase: null, exact: true };
  }
  const words = query.replace(/"/g, ' ').trim().toLowerCase();
  if (!words) return null;
  const terms = foldQueryDStroke(words.replace(/\s+/g, ' '));
  return { terms, phrase: terms.includes(' ') ? `"${terms}"` : null, exact: false };
}

/**
 * Orders results of a term search so that those also found by the phrase search come first, each group
 * keeping Pagefind's order. Works on ids so it serves any result shape.
 */
export function phraseFirst<T extends { id: string }>(termResults: T[], phraseIds: ReadonlySet<string>): T[] {
  const together = termResults.filter((r) => phraseIds.has(r.id));
  const apart = termResults.filter((r) => !phraseIds.has(r.id));
  return [...together, ...apart];
}
