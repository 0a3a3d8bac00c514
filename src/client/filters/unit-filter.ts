import { foldDiacritics, formatNumber } from '../../utils/vietnamese.ts';

/** Filters the unit list as the reader types; the list stays complete without JavaScript. */
class UnitFilter extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector<HTMLElement>('[data-filter-form]');
    const input = this.querySelector<HTMLInputElement>('input');
    const status = this.querySelector<HTMLElement>('[data-count]');
    if (!form || !input || !status) return;
    form.hidden = false;
    const total = Number(this.dataset.total);
    const items = [...this.querySelectorAll<HTMLElement>('li[data-search]')];
    const sections = [...this.querySelectorAll<HTMLElement>('[data-province]')];
    input.addEventListener('input', () => {
      const q = foldDiacritics(input.value.trim()).toLowerCase();
      let shown = 0;
      for (const li of items) {
        const match = !q || (li.dataset.search ?? '').includes(q);
        li.hidden = !match;
        if (match) shown++;
      }
      for (const s of sections) s.hidden = !s.querySelector('li:not([hidden])');
      status.textContent = q
        ? `Đang hiện ${formatNumber(shown)} trên ${formatNumber(total)} đơn vị`
        : `${formatNumber(total)} đơn vị`;
    });
  }
}
customElements.define('unit-filter', UnitFilter);
