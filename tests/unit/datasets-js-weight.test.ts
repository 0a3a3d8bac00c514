import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chartPagesJsWeight } from '../../bench/js-weight.ts';

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'js-weight-'));
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
  fs.writeFileSync(path.join(dist, file), text);
};
write('_astro/entry.js', 'import{t}from"./helper.js";const m=()=>["_astro/draw-bar.js","_astro/core.js","_astro/draw-line.js"];import("./draw-bar.js");import("./draw-line.js");');
write('_astro/helper.js', 'export const t=1;');
write('_astro/draw-bar.js', 'import{c}from"./core.js";export const bar=c;');
write('_astro/draw-line.js', 'import{c}from"./core.js";export const line=c;');
write('_astro/core.js', `export const c="${'x'.repeat(1000)}";`);
write('chi-so/a/index.html', '<script type="module" src="/_astro/entry.js"></script><bv-chart data-type="bar"></bv-chart>');
write('du-lieu/index.html', '<p>no chart</p>');
afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

describe('chart pages JavaScript weight', () => {
  it('counts what loads with the page apart from what loads when a bar chart scrolls into view', () => {
    const [page, ...rest] = chartPagesJsWeight(dist);
    expect(rest).toEqual([]);
    expect(page.page).toBe('/chi-so/a/');
    expect(page.chartTypes).toEqual(['bar']);
    expect(page.initial.files).toEqual(['_astro/entry.js', '_astro/helper.js']);
    // The line chart's code is not fetched on a page with only bar charts.
    expect(page.onView.files).toEqual(['_astro/core.js', '_astro/draw-bar.js']);
    expect(page.onView.bytes).toBe(fs.statSync(path.join(dist, '_astro/core.js')).size + fs.statSync(path.join(dist, '_astro/draw-bar.js')).size);
    expect(page.onView.gzip).toBeLessThan(page.onView.bytes);
    expect(page.total.bytes).toBe(page.initial.bytes + page.onView.bytes);
  });
});
