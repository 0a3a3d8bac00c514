import { formatNumber } from '../../utils/vietnamese.ts';

/** `data-f-don-vi` is read as dataset.fDonVi. */
const datasetKey = (name: string) => `f${name[0].toUpperCase()}${name.slice(1).replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`;

/**
 * <list-filter data-filterable>: the filter links of a server-rendered list become toggles that filter it in place
 * and keep the choice in the address; without JavaScript each link opens the value's own page.
 */
class ListFilter extends HTMLElement {
  links: HTMLAnchorElement[] = [];
  items: HTMLElement[] = [];
  groups: HTMLElement[] = [];
  chosen = new Map<string, string>();

  connectedCallback() {
    if (!('filterable' in this.dataset)) return;
    this.links = [...this.querySelectorAll<HTMLAnchorElement>('a[data-facet]')];
    this.items = [...this.querySelectorAll<HTMLElement>('[data-filter-item]')];
    this.groups = [...this.querySelectorAll<HTMLElement>('[data-filter-group]')];
    this.addEventListener('click', (event) => this.onClick(event));
    window.addEventListener('popstate', () => this.readQuery());
    this.readQuery();
  }

  onClick(event: MouseEvent) {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const target = event.target instanceof Element ? event.target : null;
    const link = target?.closest<HTMLAnchorElement>('a[data-facet]');
    const reset = target?.closest('[data-reset] a');
    if (!link && !reset) return;
    event.preventDefault();
    if (reset) {
      this.chosen.clear();
      this.update(true);
      this.querySelector<HTMLElement>('.list-filter > summary')?.focus();
      return;
    }
    const { facet = '', value = '' } = link!.dataset;
    if (this.chosen.get(facet) === value) this.chosen.delete(facet);
    else this.chosen.set(facet, value);
    this.update(true);
  }

  /** Reads the choice from the URL query (only values the links offer) and applies it. */
  readQuery() {
    const params = new URLSearchParams(location.search);
    this.chosen.clear();
    for (const link of this.links) {
      const { facet = '', value = '' } = link.dataset;
      if (params.get(facet) === value) this.chosen.set(facet, value);
    }
    this.update(false);
  }

  update(push: boolean) {
    const active = [...this.chosen];
    let shown = 0;
    for (const item of this.items) {
      const match = active.every(([name, value]) => (item.dataset[datasetKey(name)] ?? '').split(' ').includes(value));
      item.hidden = !match;
      if (match) shown++;
    }
    for (const g of this.groups) g.hidden = !g.querySelector('[data-filter-item]:not([hidden])');
    this.showChoice(active.length, shown);
    if (push) {
      const url = new URL(location.href);
      for (const link of this.links) url.searchParams.delete(link.dataset.facet ?? '');
      for (const [name, value] of active) url.searchParams.set(name, value);
      if (url.href !== location.href) history.pushState(null, '', url);
    }
  }

  /** Marks the chosen links, names the choice beside each filter, and says how many items are shown. */
  showChoice(active: number, shown: number) {
    for (const link of this.links) {
      const on = this.chosen.get(link.dataset.facet ?? '') === link.dataset.value;
      if (on) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
    for (const group of this.querySelectorAll<HTMLElement>('[data-facet-group]')) {
      const value = this.chosen.get(group.dataset.facetGroup ?? '');
      const link = this.links.find((l) => l.dataset.facet === group.dataset.facetGroup && l.dataset.value === value);
      const label = link?.firstChild?.textContent ?? '';
      const chosen = group.querySelector('[data-chosen]');
      if (chosen) chosen.textContent = label ? `: ${label}` : '';
    }
    const badge = this.querySelector('[data-active]');
    if (badge) badge.textContent = active ? `(${formatNumber(active)} đang chọn)` : '';
    const reset = this.querySelector<HTMLElement>('[data-reset]');
    if (reset) reset.hidden = active === 0;
    const status = this.querySelector<HTMLElement>('[data-count]');
    const total = Number(this.dataset.total);
    const noun = this.dataset.noun ?? '';
    if (status) status.textContent = active ? `${formatNumber(shown)} / ${formatNumber(total)} ${noun}` : `${formatNumber(total)} ${noun}`;
  }
}
customElements.define('list-filter', ListFilter);
