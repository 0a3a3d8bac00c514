import { planQuery, phraseFirst } from '../../search/query.ts';
import { dateSortKey } from '../../search/filters.ts';
import { pagefindFilters, type SearchState } from '../../search/url-state.ts';
import type { FilterCounts, PagefindApi, PagefindResult } from './pagefind-api.ts';

/** The results of one search, ready to show. */
export interface SearchOutcome {
  /** False when there is neither a query nor a filter: nothing was searched. */
  searched: boolean;
  results: PagefindResult[];
  /** Counts per filter value within these results. */
  counts: FilterCounts;
}

/**
 * Runs a search for the state in the URL. Unquoted queries of several words also run as a phrase (no extra
 * download: the same index chunks) and pages where the words stand together come first. Sorting by date
 * keeps undated pages (units, for one) at the end instead of dropping them.
 */
export async function runSearch(api: PagefindApi, state: SearchState): Promise<SearchOutcome> {
  const plan = planQuery(state.q);
  const filters = pagefindFilters(state);
  if (!plan && Object.keys(filters).length === 0) {
    return { searched: false, results: [], counts: await api.filters() };
  }
  const terms = plan?.terms ?? null;
  const main = await api.search(terms, { filters });
  if (!main) return { searched: true, results: [], counts: {} };
  let results = main.results;
  if (state.sort === 'date') {
    const dated = await api.search(terms, { filters, sort: { [dateSortKey]: 'desc' } });
    const datedIds = new Set(dated?.results.map((r) => r.id));
    results = [...(dated?.results ?? []), ...results.filter((r) => !datedIds.has(r.id))];
  } else if (plan?.phrase) {
    const phrase = await api.search(plan.phrase, { filters });
    const byId = new Map(phrase?.results.map((r) => [r.id, r]));
    // The phrase search's own result carries an excerpt centred on the phrase.
    results = phraseFirst(results, new Set(byId.keys())).map((r) => byId.get(r.id) ?? r);
  }
  return { searched: true, results, counts: await facetCounts(api, terms, state, main.filters) };
}

/**
 * Counts for the filter list. Values of one filter are alternatives ("any of"), so the counts shown for a
 * filter with a choice come from the search without that filter's own choice; otherwise choosing "Báo cáo"
 * would show every other document type as 0. The extra searches reuse loaded chunks: no download.
 */
async function facetCounts(
  api: PagefindApi,
  terms: string | null,
  state: SearchState,
  counts: FilterCounts,
): Promise<FilterCounts> {
  const out: FilterCounts = { ...counts };
  for (const key of Object.keys(state.filters) as (keyof SearchState['filters'])[]) {
    const others = pagefindFilters({ ...state, filters: { ...state.filters, [key]: [] } });
    const response = await api.search(terms, { filters: others });
    if (response) out[key] = response.filters[key] ?? {};
  }
  return out;
}
