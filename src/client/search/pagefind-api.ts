import type { BundleManifest, SearchScope } from '../../search/bundles.ts';
import { manifestFile } from '../../search/manifest-file.ts';
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
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
  /** Fetches the index chunks a query needs without searching. */
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
}

interface PagefindInstance extends PagefindApi {
  init(): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

/** The site's search index: its bundle list, and a Pagefind instance for any set of its bundles. */
export interface SearchIndex {
  manifest: BundleManifest;
  /** A Pagefind instance over the primary bundle and the scope's regional bundles, made once per scope. */
  instance(scope: SearchScope): Promise<PagefindApi>;
}

const resultOptions = { excerptLength: 28, excerptEllipsis: '…' };

/**
 * Loads pagefind.js and the bundle list from the built site (both are written after bundling, so Vite must not
 * resolve them). Each scope gets its own Pagefind instance; the code, the wasm and the primary bundle's files
 * are fetched once and come from the browser's cache for the next scope.
 */
export async function loadSearchIndex(bundlePath: string): Promise<SearchIndex> {
  const [pagefind, manifest] = await Promise.all([
    import(/* @vite-ignore */ `${bundlePath}pagefind.js`) as Promise<PagefindModule>,
    fetch(`${bundlePath}${manifestFile}`).then((r) => (r.ok ? (r.json() as Promise<BundleManifest>) : singleBundle)),
  ]);
  const instances = new Map<string, Promise<PagefindApi>>();
  const create = async (scope: SearchScope): Promise<PagefindApi> => {
    const api = pagefind.createInstance({ basePath: bundlePath, ...resultOptions });
    await api.init();
    for (const bundle of scope.bundles) await api.mergeIndex(`${bundlePath}${bundle}`, resultOptions);
    // Loads the filter lists (small) so every search reports counts for every filter.
    await api.filters();
    return api;
  };
  return {
    manifest,
    instance(scope) {
      const key = scope.bundles.join('|');
      let api = instances.get(key);
      if (!api) {
        api = create(scope);
        instances.set(key, api);
        api.catch(() => instances.delete(key));
      }
      return api;
    },
  };
}

const singleBundle: BundleManifest = { version: 1, primaryPages: 0, bundles: [] };
