import { readTable } from './read-table.ts';

/**
 * <bv-chart data-type="bar|line" data-table="<table id>" data-label="…" data-unit="%">: draws a chart from a
 * server-rendered table. The table is the content; the chart is an enhancement, so Chart.js is fetched only
 * when the chart scrolls into view, and only the parts its type needs.
 */
class BvChart extends HTMLElement {
  #observer: IntersectionObserver | undefined;
  #chart: { destroy(): void } | undefined;

  connectedCallback(): void {
    const table = document.getElementById(this.dataset.table ?? '');
    if (!(table instanceof HTMLTableElement) || this.#observer) return;
    this.#observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      this.#observer?.disconnect();
      this.#draw(table).catch((error: unknown) => {
        // The table is still there; say so instead of leaving an empty box.
        this.dataset.drawn = 'error';
        console.error('bv-chart:', error);
      });
    });
    this.#observer.observe(this);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#chart?.destroy();
  }

  async #draw(table: HTMLTableElement): Promise<void> {
    const box = this.querySelector('.bv-chart-box') ?? this;
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', this.dataset.label ?? 'Biểu đồ; số liệu ở bảng bên dưới');
    box.append(canvas);
    const style = getComputedStyle(this);
    const options = {
      unit: this.dataset.unit ?? '',
      maxHundred: this.hasAttribute('data-max-hundred'),
      reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
      textColor: style.color,
      fontFamily: style.fontFamily,
    };
    const data = readTable(table);
    const chart =
      this.dataset.type === 'line'
        ? (await import('./draw-line.ts')).drawLine(canvas, data, options)
        : (await import('./draw-bar.ts')).drawBar(canvas, data, options);
    this.#chart = chart;
    // What the chart plots, for anyone (and any test) checking it against the table.
    this.dataset.chartValues = JSON.stringify(chart.data.datasets.map((d) => d.data));
    this.dataset.animation = options.reducedMotion ? 'off' : 'on';
    this.dataset.drawn = 'true';
  }
}

if (!customElements.get('bv-chart')) customElements.define('bv-chart', BvChart);
