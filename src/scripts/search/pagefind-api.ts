/** The part of Pagefind's browser API (pagefind.js, 1.6) the search page uses, typed. */

/** Counts per filter value: { loai: { "Văn bản": 5 } }. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResultData {
  url: string;
  /** Excerpt HTML: text with `<` and `>` escaped and matches wrapped in <mark>. */
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts within the current results. */
  filters: FilterCounts;
  /** Counts ignoring the chosen filters. */
  totalFilters: FilterCounts;
}

export interface PagefindSearchOptions {
  filters?: Record<string, { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
  /** Fetches the index chunks a query needs without searching. */
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
}

/** Loads pagefind.js from the built site (it is generated after bundling, so Vite must not resolve it). */
export async function loadPagefind(bundlePath: string): Promise<PagefindApi> {
  const api = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as PagefindApi;
  await api.options({ excerptLength: 28, excerptEllipsis: '…' });
  await api.init();
  // Loads the filter lists (small) so every search reports counts for every filter.
  await api.filters();
  return api;
}
