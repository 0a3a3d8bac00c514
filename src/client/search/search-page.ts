import { planQuery } from '../../search/query.ts';
import { readSearchState, writeSearchState, type SearchState } from '../../search/url-state.ts';
import { offeredValues, searchScope } from '../../search/bundles.ts';
import { loadSearchIndex, type PagefindApi, type PagefindResult, type SearchIndex } from './pagefind-api.ts';
import { renderFilters, renderResult, statusText } from './render.ts';
import { runSearch } from './run-search.ts';

/**
 * Results shown at once, as Pagefind's own UI does: each costs its page's fragment (a long report's is ≈ 7 KB),
 * so 5 keeps a query within 80 KB (measured: bench/README.md, "Search in bundles"). "Xem thêm" shows 5 more.
 */
const pageSize = 5;
/** How long typing must pause before the index chunks for the words so far are fetched. */
const preloadDelayMs = 300;
const loadFailed = 'Không tải được công cụ tìm kiếm. Hãy thử tải lại trang.';

/**
 * <bv-search data-bundle="/pagefind/">: turns the server-rendered search form into live search.
 * Without JavaScript the form still submits to this page and the page explains search needs JavaScript.
 */
class BangVangSearch extends HTMLElement {
  #index: Promise<SearchIndex> | null = null;
  #run = 0;
  #results: PagefindResult[] = [];
  #shown = 0;
  #preloadTimer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const form = this.#part<HTMLFormElement>('form');
    for (const note of this.querySelectorAll<HTMLElement>('[data-search-nojs]')) note.hidden = true;
    // Beside the results on a wide screen the filters are open; on a phone they wait behind "Lọc, sắp xếp".
    if (matchMedia('(min-width: 48rem)').matches) this.#part<HTMLDetailsElement>('filters-area').open = true;
    this.#index = loadSearchIndex(this.dataset.bundle ?? '/pagefind/');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#preloadTimer);
      this.#go(this.#stateFromForm(), true);
    });
    form.addEventListener('change', (event) => {
      // Typing in the box waits for Enter; a filter or the sort applies at once.
      if (event.target instanceof HTMLInputElement && event.target.type === 'search') return;
      this.#go(this.#stateFromForm(), true);
    });
    // Searching waits for Enter, but the chunks for the words typed so far load during a pause in typing.
    this.#part<HTMLInputElement>('input').addEventListener('input', (event) => {
      clearTimeout(this.#preloadTimer);
      const plan = planQuery((event.target as HTMLInputElement).value);
      if (!plan) return;
      this.#preloadTimer = setTimeout(() => {
        this.#apiFor(this.#stateFromForm()).then((api) => api.preload(plan.terms)).catch(() => {}); // #go reports a failed load
      }, preloadDelayMs);
    });
    this.#part<HTMLButtonElement>('more').addEventListener('click', () => void this.#showMore(true));
    window.addEventListener('popstate', () => this.#go(readSearchState(new URLSearchParams(location.search)), false));
    this.#go(readSearchState(new URLSearchParams(location.search)), false);
  }

  #part<T extends HTMLElement>(name: string): T {
    const node = this.querySelector<T>(`[data-search-${name}]`);
    if (!node) throw new Error(`bv-search: missing [data-search-${name}]`);
    return node;
  }

  /** The Pagefind instance over the bundles a state needs: on a split site, those of the chosen provinces and years. */
  async #apiFor(state: SearchState): Promise<PagefindApi> {
    const index = await this.#index!;
    return index.instance(searchScope(index.manifest, state.filters.tinh, state.filters.nam));
  }

  #stateFromForm(): SearchState {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(this.#part<HTMLFormElement>('form'))) {
      if (typeof value === 'string') params.append(name, value);
    }
    return readSearchState(params);
  }

  #setStatus(text: string): void {
    this.#part('status').textContent = text;
  }

  async #go(state: SearchState, push: boolean): Promise<void> {
    if (push) {
      const query = writeSearchState(state).toString();
      history.pushState(null, '', query ? `?${query}` : location.pathname);
    }
    this.#part<HTMLInputElement>('input').value = state.q;
    this.#part<HTMLSelectElement>('sort').value = state.sort === 'date' ? 'ngay' : '';
    const run = ++this.#run;
    this.#part('list').setAttribute('aria-busy', 'true');
    // Cleared first so the count read out (and waited for by tests) is always the new one.
    this.#setStatus('Đang tìm…');
    try {
      const index = await this.#index;
      if (!index) return;
      const scope = searchScope(index.manifest, state.filters.tinh, state.filters.nam);
      const outcome = await runSearch(await index.instance(scope), state);
      if (run !== this.#run) return; // a newer search has started
      renderFilters(this.#part('filters'), outcome.counts, state, offeredValues(index.manifest, state.filters.tinh, state.filters.nam));
      this.#part('active').textContent = activeText(state);
      this.#part('scope').hidden = scope.complete || !outcome.searched;
      this.#results = outcome.results;
      this.#shown = 0;
      this.#part('list').replaceChildren();
      await this.#showMore(false);
      if (run !== this.#run) return;
      this.#part('list').removeAttribute('aria-busy');
      this.#setStatus(statusText(state, outcome.results.length, outcome.searched));
    } catch {
      if (run === this.#run) this.#setStatus(loadFailed);
    }
  }

  /** Shows the next page of results; when asked by the reader, moves focus to the first new one. */
  async #showMore(focus: boolean): Promise<void> {
    const run = this.#run;
    const next = this.#results.slice(this.#shown, this.#shown + pageSize);
    const data = await Promise.all(next.map((r) => r.data()));
    if (run !== this.#run) return;
    const items = data.map(renderResult);
    this.#part('list').append(...items);
    this.#shown += next.length;
    this.#part('more').hidden = this.#shown >= this.#results.length;
    if (focus) items[0]?.querySelector('a')?.focus();
  }
}

/** "(2 đang chọn)": the filters and sort chosen, shown on the closed disclosure. */
function activeText(state: SearchState): string {
  const n = Object.values(state.filters).reduce((sum, values) => sum + (values?.length ?? 0), 0) + (state.sort === 'date' ? 1 : 0);
  return n ? `(${n} đang chọn)` : '';
}

customElements.define('bv-search', BangVangSearch);
