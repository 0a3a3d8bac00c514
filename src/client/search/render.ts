import { excerptParts } from '../../search/excerpt.ts';
import { decodeDStroke } from '../../search/d-stroke.ts';
import { searchFilters } from '../../search/filters.ts';
import type { SearchState } from '../../search/url-state.ts';
import { compareVietnamese, formatDateShort, formatNumber } from '../../utils/vietnamese.ts';
import type { FilterCounts, PagefindResultData } from './pagefind-api.ts';

/** Creates an element with text; all page text goes through text nodes, never through HTML strings. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** One result: linked title, type · unit · date, and the excerpt with matches in <mark>. */
export function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = el('li', undefined, 'search-result');
  const article = el('article');
  const heading = el('h3', undefined, 'search-result__title');
  const link = el('a', decodeDStroke(data.meta.title ?? data.url));
  link.href = data.url;
  heading.append(link);
  const details = el('p', undefined, 'search-result__details');
  const type = data.meta.type ? decodeDStroke(data.meta.type) : 'Trang';
  details.append(el('span', type));
  if (data.meta.unit) details.append(' · ', el('span', decodeDStroke(data.meta.unit)));
  if (data.meta.date) {
    const time = el('time', formatDateShort(data.meta.date));
    time.dateTime = data.meta.date;
    details.append(' · ', time);
  }
  const excerpt = el('p', undefined, 'search-result__excerpt');
  for (const part of excerptParts(data.excerpt)) excerpt.append(part.mark ? el('mark', part.text) : part.text);
  article.append(heading, details, excerpt);
  item.append(article);
  return item;
}

/** Orders a filter's values: years newest first, names the Vietnamese way. */
function orderValues(key: string, values: string[]): string[] {
  return key === 'nam' ? values.sort((a, b) => b.localeCompare(a)) : values.sort(compareVietnamese);
}

/**
 * One fieldset of checkboxes per filter that has values, each value with its result count. The checkboxes
 * are ordinary form fields, so the chosen filters travel in the URL like the query.
 *
 * On a site whose index is split by province, `offered` lists values shown even without a count (every
 * province, since choosing one is how its documents and exemplars are searched); their counts are shown only
 * once chosen, as only then are they searched in full (bundles.ts, offeredValues).
 */
export function renderFilters(container: HTMLElement, counts: FilterCounts, state: SearchState, offered: Partial<Record<string, string[]>> = {}): void {
  const groups: HTMLElement[] = [];
  for (const { key, label } of searchFilters) {
    const chosen = new Set(state.filters[key] ?? []);
    const always = new Set(offered[key] ?? []);
    const values = new Set([...Object.keys(counts[key] ?? {}), ...chosen, ...always]);
    if (values.size === 0) continue;
    const fieldset = el('fieldset', undefined, 'search-filter');
    fieldset.append(el('legend', label));
    for (const value of orderValues(key, [...values])) {
      const count = counts[key]?.[value] ?? 0;
      const uncounted = always.has(value) && !chosen.has(value);
      if (count === 0 && !chosen.has(value) && !uncounted) continue;
      const id = `loc-${key}-${groups.length}-${fieldset.childElementCount}`;
      const input = el('input');
      input.type = 'checkbox';
      input.name = key;
      input.value = value;
      input.id = id;
      input.checked = chosen.has(value);
      const text = el('label', uncounted ? value : `${value} `);
      text.htmlFor = id;
      if (!uncounted) text.append(el('span', `(${formatNumber(count)})`, 'search-filter__count'));
      const row = el('div', undefined, 'search-filter__option');
      row.append(input, text);
      fieldset.append(row);
    }
    if (fieldset.childElementCount > 1) groups.push(fieldset);
  }
  container.replaceChildren(...groups);
}

/** The sentence the live region reads out after each search. */
export function statusText(state: SearchState, count: number, searched: boolean): string {
  if (!searched) return 'Nhập từ khoá hoặc chọn bộ lọc để tìm kiếm.';
  const about = state.q.trim() ? ` cho “${state.q.trim()}”` : '';
  return count === 0 ? `Không tìm thấy kết quả nào${about}.` : `${formatNumber(count)} kết quả${about}.`;
}
