import { searchFilters, type SearchFilterKey } from './filters.ts';

/** Everything a search depends on; it lives in the URL so a search can be shared and reloaded. */
export interface SearchState {
  q: string;
  /** Chosen values per filter; several values of one filter mean "any of them". */
  filters: Partial<Record<SearchFilterKey, string[]>>;
  sort: 'relevance' | 'date';
}

/** URL parameter for the sort; its only non-default value means newest first. */
export const sortParam = 'sap-xep';
export const sortByDateValue = 'ngay';

/** Reads ?q=…&loai=…&tinh=…&sap-xep=ngay. Unknown parameters are ignored, empty values dropped. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const { key } of searchFilters) {
    const values = [...new Set(params.getAll(key).map((v) => v.normalize('NFC').trim()).filter(Boolean))];
    if (values.length) filters[key] = values;
  }
  return {
    q: (params.get('q') ?? '').normalize('NFC'),
    filters,
    sort: params.get(sortParam) === sortByDateValue ? 'date' : 'relevance',
  };
}

/** The inverse of {@link readSearchState}, in a stable order (q, filters in declared order, sort). */
export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const { key } of searchFilters) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort === 'date') params.set(sortParam, sortByDateValue);
  return params;
}

/** Pagefind's filter argument: any of the chosen values within a filter, all filters together. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const [key, values] of Object.entries(state.filters)) if (values?.length) out[key] = { any: values };
  return out;
}
