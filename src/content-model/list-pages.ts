import { settings } from '../settings.ts';

/**
 * Long lists (the honor roll, the documents, their facet pages) are cut into pages of at most `listPageSize()`
 * items, so a list page stays light however large the corpus: at national scale the honor roll holds ≈ 75,000
 * exemplars, tens of megabytes as one page. Page 1 keeps the list's own URL; page n is `…/trang/n/`.
 */

export const defaultListPageSize = 100;

/** Items per list page: LIST_PAGE_SIZE from the environment (a whole number ≥ 1), else 100. */
export const listPageSize = (env: Record<string, string | undefined> = process.env): number => settings(env).LIST_PAGE_SIZE;

/** One page of a list: its items and where it sits among the others. */
export interface ListPage<T> {
  items: T[];
  /** 1-based. */
  number: number;
  count: number;
  /** Items in the whole list. */
  total: number;
  /** 1-based position of the first and last item shown. */
  first: number;
  last: number;
}

/** The `[...page]` parameter of page n: undefined for the first (the list's own URL), "trang/n" after. */
export const pageParam = (n: number): string | undefined => (n === 1 ? undefined : `trang/${n}`);

/** URL of page n of a list whose first page is `listHref` (with a trailing slash). */
export const pageHref = (listHref: string, n: number): string => (n === 1 ? listHref : `${listHref}trang/${n}/`);

/** Cuts a list into pages; an empty list still has one (empty) page, so the list's URL always exists. */
export function paginate<T>(items: readonly T[], size: number): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    count,
    total: items.length,
    first: items.length === 0 ? 0 : i * size + 1,
    last: Math.min(items.length, (i + 1) * size),
  }));
}

/** The page numbers a pager shows: the first, the last, and two either side of the current one; null marks a gap. */
export function pagerNumbers(current: number, count: number): (number | null)[] {
  const shown = [...new Set([1, count, ...[-2, -1, 0, 1, 2].map((d) => current + d)])]
    .filter((n) => n >= 1 && n <= count)
    .sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1] > 1 ? [null, n] : [n]));
}

/** A list page's title: the list's own on page 1, "… (trang n)" after. */
export const pageTitle = (title: string, page: ListPage<unknown>): string => (page.number === 1 ? title : `${title} (trang ${page.number})`);

/** Breadcrumbs of a list page: after page 1 the list's crumb links to its first page and "Trang n" follows. */
export function pageCrumbs<C extends { label: string; href?: string }>(trail: C[], page: ListPage<unknown>, href: string): { label: string; href?: string }[] {
  if (page.number === 1) return trail;
  const last = trail[trail.length - 1];
  return [...trail.slice(0, -1), { ...last, href }, { label: `Trang ${page.number}` }];
}
