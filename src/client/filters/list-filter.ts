import { formatNumber } from '../../utils/vietnamese.ts';

/** Filters a server-rendered list by the selects of its form and keeps the choice in the address; the list stays complete without JavaScript. */
class ListFilter extends HTMLElement {
  form!: HTMLFormElement;
  selects: HTMLSelectElement[] = [];
  items: HTMLElement[] = [];
  groups: HTMLElement[] = [];

  connectedCallback() {
    const form = this.querySelector('form');
    if (!form) return;
    this.form = form;
    this.selects = [...form.querySelectorAll('select')];
    this.items = [...this.querySelectorAll<HTMLElement>('[data-filter-item]')];
    this.groups = [...this.querySelectorAll<HTMLElement>('[data-filter-group]')];
    form.hidden = false;
    form.addEventListener('submit', (e) => { e.preventDefault(); this.update(true); });
    form.addEventListener('change', () => this.update(true));
    form.addEventListener('reset', () => setTimeout(() => this.update(true)));
    window.addEventListener('popstate', () => this.readQuery());
    this.readQuery();
  }

  /** Sets the selects from the URL query and applies them. */
  readQuery() {
    const params = new URLSearchParams(location.search);
    for (const s of this.selects) {
      const v = params.get(s.name) ?? '';
      s.value = [...s.options].some((o) => o.value === v) ? v : '';
    }
    this.update(false);
  }

  update(push: boolean) {
    const active = this.selects.filter((s) => s.value).map((s) => [s.name, s.value] as const);
    let shown = 0;
    for (const item of this.items) {
      const match = active.every(([name, value]) => (item.dataset[`f${name[0].toUpperCase()}${name.slice(1).replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`] ?? '').split(' ').includes(value));
      item.hidden = !match;
      if (match) shown++;
    }
    for (const g of this.groups) g.hidden = !g.querySelector('[data-filter-item]:not([hidden])');
    const status = this.querySelector<HTMLElement>('[data-count]');
    const total = Number(this.dataset.total);
    if (status) {
      status.textContent = active.length
        ? `${formatNumber(shown)} / ${formatNumber(total)} ${this.dataset.noun}`
        : `${formatNumber(total)} ${this.dataset.noun}`;
    }
    if (push) {
      const url = new URL(location.href);
      for (const s of this.selects) {
        if (s.value) url.searchParams.set(s.name, s.value);
        else url.searchParams.delete(s.name);
      }
      if (url.href !== location.href) history.pushState(null, '', url);
    }
  }
}
customElements.define('list-filter', ListFilter);
