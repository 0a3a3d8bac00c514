import { compareVietnamese, foldDiacritics, formatNumber } from '../../utils/vietnamese.ts';

/**
 * <indicator-directory>: filters the indicators by name as the reader types (without diacritics: "ho ngheo" finds
 * "Tỷ lệ hộ nghèo") and orders them by theme, by name or by how many units report them. Without JavaScript the
 * grouped lists stay as they are.
 */
class IndicatorDirectory extends HTMLElement {
  items: HTMLLIElement[] = [];
  homes = new Map<HTMLLIElement, HTMLElement>();

  connectedCallback() {
    const tools = this.querySelector<HTMLElement>('[data-tools]');
    const query = this.querySelector<HTMLInputElement>('[data-query]');
    const sort = this.querySelector<HTMLSelectElement>('[data-sort]');
    if (!tools || !query || !sort) return;
    tools.hidden = false;
    this.items = [...this.querySelectorAll<HTMLLIElement>('li[data-name]')];
    for (const li of this.items) this.homes.set(li, li.parentElement!);
    query.addEventListener('input', () => this.update(query.value, sort.value));
    sort.addEventListener('change', () => this.update(query.value, sort.value));
  }

  update(text: string, order: string) {
    const q = foldDiacritics(text.trim()).toLowerCase();
    const flat = this.querySelector<HTMLElement>('[data-flat]')!;
    const sections = [...this.querySelectorAll<HTMLElement>('[data-theme]')];
    if (order) {
      const sorted = [...this.items].sort(order === 'ten'
        ? (a, b) => compareVietnamese(a.dataset.label ?? '', b.dataset.label ?? '')
        : (a, b) => Number(b.dataset.units) - Number(a.dataset.units) || compareVietnamese(a.dataset.label ?? '', b.dataset.label ?? ''));
      flat.replaceChildren(...sorted);
    } else {
      for (const li of [...this.items].sort((a, b) => Number(a.dataset.order) - Number(b.dataset.order))) this.homes.get(li)!.append(li);
    }
    let shown = 0;
    for (const li of this.items) {
      li.hidden = q !== '' && !(li.dataset.name ?? '').includes(q);
      if (!li.hidden) shown++;
    }
    flat.hidden = !order;
    for (const s of sections) s.hidden = !!order || !s.querySelector('li:not([hidden])');
    const status = this.querySelector<HTMLElement>('[data-count]');
    const total = formatNumber(Number(this.dataset.total));
    if (status) status.textContent = q ? `Đang hiện ${formatNumber(shown)} trên ${total} chỉ số` : `${total} chỉ số có số liệu`;
  }
}
customElements.define('indicator-directory', IndicatorDirectory);
