import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

async function indicatorPages(page: Page): Promise<string[]> {
  await page.goto('chi-so/');
  const links = await page
    .getByRole('main')
    .getByRole('table')
    .getByRole('link')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const base = new URL(page.url()).pathname.replace(/chi-so\/$/, '');
  return links.map((l) => l.slice(base.length));
}

/**
 * Every indicator page comes from one template, so axe runs on one page for each kind of chart content (the
 * first page, a line chart, plans against results, estimates) rather than on hundreds of identical layouts,
 * plus the awards page and the two pages without charts.
 */
async function sampledPages(page: Page, request: APIRequestContext): Promise<string[]> {
  const pages = await indicatorPages(page);
  const features = ['<bv-chart', 'data-type="line"', 'data-look="outline"', 'data-estimate="true"'];
  const chosen = new Set<string>();
  for (const feature of features) {
    for (const path of pages) {
      const html = await (await request.get(new URL(path, page.url().replace(/chi-so\/$/, '')).href)).text();
      if (html.includes(feature)) {
        chosen.add(path);
        break;
      }
    }
  }
  return [...chosen, 'khen-thuong/', 'chi-so/', 'du-lieu/'];
}

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on chart pages once the charts are drawn (${scheme} color scheme)`, async ({ page, request }) => {
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of await sampledPages(page, request)) {
      await page.goto(path);
      const charts = page.locator('bv-chart');
      for (let i = 0; i < (await charts.count()); i++) {
        await charts.nth(i).scrollIntoViewIfNeeded();
        await expect(charts.nth(i)).toHaveAttribute('data-drawn', 'true');
      }
      const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), path).toEqual([]);
    }
  });
}

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('every chart table, its summary, its sources and its CSV download are there', async ({ page, request }) => {
    test.setTimeout(600_000);
    for (const path of [...(await indicatorPages(page)), 'khen-thuong/']) {
      await page.goto(path);
      const figures = page.locator('section.bv-chart-figure');
      const count = await figures.count();
      expect(count, path).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const figure = figures.nth(i);
        const table = figure.getByRole('table');
        await expect(table).toBeVisible();
        await expect(table.locator('caption')).toContainText('đơn vị tính');
        expect(await table.getByRole('row').count()).toBeGreaterThan(1);
        // No empty box is left where the chart would be.
        await expect(figure.locator('bv-chart')).toBeHidden();
        const link = figure.getByRole('link', { name: /Tải số liệu/ });
        const response = await request.get(new URL((await link.getAttribute('href')) ?? '', page.url()).href);
        expect(response.status()).toBe(200);
        expect([...(await response.body()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        await expect(figure.getByRole('group').or(figure.locator('details'))).toHaveCount(1);
      }
    }
  });

  test('the open data page lists every file and each file downloads', async ({ page, request }) => {
    await page.goto('du-lieu/');
    for (const name of ['chi-so.csv', 'chi-so.json', 'khen-thuong.csv', 'khen-thuong.json', 'dien-hinh.csv', 'dien-hinh.json', 'van-ban.json']) {
      const link = page.getByRole('link', { name, exact: true });
      await expect(link).toBeVisible();
      const response = await request.get(new URL((await link.getAttribute('href')) ?? '', page.url()).href);
      expect(response.status(), name).toBe(200);
    }
  });
});
