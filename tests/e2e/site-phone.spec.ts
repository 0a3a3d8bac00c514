import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { at, sitemapPaths } from './site-helpers.ts';

/**
 * A citizen on a 360 × 740 phone. Every page of the sitemap is opened in one tab per worker and measured in the
 * page itself (no screenshots): nothing wider than the screen, no table cut off outside a scroller, no table row
 * taller than a third of the screen. Set PHONE_REPORT=<file> to also write each page's height there.
 */
const phone = { width: 360, height: 740 };
const maxRowHeight = 240;
const paths = sitemapPaths();
const chunks = 4;

test.use({ viewport: phone, isMobile: true, hasTouch: true });

interface Measure {
  path: string;
  height: number;
  problems: string[];
}

/** Runs in the page: what is wider than the screen, cut off, or too tall. */
function measurePage(limits: { width: number; rowHeight: number }): { height: number; problems: string[] } {
  const problems: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > limits.width + 1) problems.push(`page ${root.scrollWidth}px wide`);
  const name = (el: Element) => (el.querySelector('caption')?.textContent ?? el.textContent ?? '').trim().slice(0, 50);
  const scrolls = (el: Element) => /auto|scroll/.test(getComputedStyle(el).overflowX);
  for (const table of document.querySelectorAll('table')) {
    const box = table.getBoundingClientRect();
    if (box.width === 0) continue;
    if (box.right > limits.width + 1) {
      let scroller: Element | null = table.parentElement;
      while (scroller && !scrolls(scroller)) scroller = scroller.parentElement;
      const fits = scroller && scroller.getBoundingClientRect().right <= limits.width + 1;
      if (!fits) problems.push(`table cut off: ${name(table)}`);
    }
    for (const row of table.querySelectorAll('tr')) {
      const h = row.getBoundingClientRect().height;
      if (h > limits.rowHeight) problems.push(`row ${Math.round(h)}px tall in ${name(table)}: ${(row.textContent ?? '').trim().slice(0, 40)}`);
    }
  }
  return { height: root.scrollHeight, problems };
}

async function sweep(page: Page, list: string[]): Promise<Measure[]> {
  const results: Measure[] = [];
  for (const p of list) {
    await page.goto(p, { waitUntil: 'load' });
    const m = await page.evaluate(measurePage, { width: phone.width, rowHeight: maxRowHeight });
    results.push({ path: p, ...m });
  }
  return results;
}

test.describe('every page on a 360 × 740 phone', () => {
  test('the sitemap lists the pages to check', () => {
    expect(paths.length).toBeGreaterThan(0);
  });

  for (let c = 0; c < chunks; c++) {
    const part = paths.filter((_, i) => i % chunks === c);
    test(`part ${c + 1} of ${chunks} (${part.length} pages) fits the screen, with short table rows`, async ({ page }) => {
      test.setTimeout(120_000);
      const results = await sweep(page, part);
      if (process.env.PHONE_REPORT) fs.appendFileSync(process.env.PHONE_REPORT, results.map((r) => JSON.stringify(r)).join('\n') + '\n');
      expect(results.filter((r) => r.problems.length).map((r) => `${r.path}: ${r.problems.join('; ')}`)).toEqual([]);
    });
  }
});

test.describe('a citizen on a phone', () => {
  test('sees the first entry of the honor roll within the first screen', async ({ page }) => {
    await page.goto(at('dien-hinh/'));
    const first = page.getByRole('region', { name: /^Tỉnh / }).first().getByRole('listitem').first().getByRole('link');
    await expect(first).toBeVisible();
    const box = await first.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(phone.height);
  });

  test('sees the first search result within the first screen', async ({ page }) => {
    await page.goto(at(`tim-kiem/?q=${encodeURIComponent('thi đua')}`));
    const first = page.locator('[data-search-list] > li').first();
    await expect(first).toBeVisible({ timeout: 20_000 });
    const box = await first.getByRole('link').first().boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(phone.height);
  });

  test('finds who was honoured in their commune in a given year in two taps from the home page', async ({ page }) => {
    await page.goto(at());
    // Tap 1: the commune, in the list of units near the top of the home page.
    await page.getByRole('region', { name: 'Các đơn vị' }).getByRole('link', { name: 'xã Sơn Long', exact: true }).tap();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xã Sơn Long');
    // Tap 2: the year, in the page's own contents.
    await page.getByRole('navigation', { name: 'Trên trang này' }).getByRole('link', { name: 'Điển hình năm 2024' }).tap();
    await expect(page).toHaveURL(/#dien-hinh-2024$/);
    const honoured = page.getByRole('region', { name: 'Điển hình tiên tiến' }).getByRole('link', { name: 'Hộ Trần Nhơn' });
    await expect(honoured).toBeInViewport();
  });
});
