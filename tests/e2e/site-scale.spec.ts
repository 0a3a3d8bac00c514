import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { splitPort } from '../dist/split-dist.ts';
import { resultHrefs, searchDone } from './search-helpers.ts';

// The bundled content built as a national site is (npm run build:split-search): lists in pages of 3, charts of
// more than one unit comparing provinces, each province with its page (tests/dist/split-dist.ts).
test.use({ baseURL: `http://127.0.0.1:${splitPort}/` });

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = [
  '/dien-hinh/', '/dien-hinh/trang/2/', '/dien-hinh/nam/2024/trang/2/', '/van-ban/trang/2/',
  '/khen-thuong/', '/khen-thuong/quang-ngai/', '/chi-so/thu-ngan-sach/', '/chi-so/thu-ngan-sach/thai-nguyen/', '/phong-trao/dan-van-kheo/',
];

for (const p of pages) {
  test(`${p} has no WCAG 2.2 AA violation`, async ({ page }) => {
    await page.goto(p);
    const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
  });
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('a citizen pages through the honor roll and back, each page saying where it is', async ({ page }) => {
      await page.goto('/dien-hinh/');
      const pager = page.getByRole('navigation', { name: 'Các trang của danh sách', exact: true });
      await expect(pager.getByText(/^Trang 1\/3: 1–3 trong 9$/)).toBeVisible();
      await expect(pager.getByRole('link', { name: 'Trang 1' })).toHaveAttribute('aria-current', 'page');
      // Filtering one page would mislead: the "Lọc" links lead to the facet pages instead of filtering in place.
      await expect(page.locator('list-filter[data-filterable]')).toHaveCount(0);
      await page.locator('summary').filter({ hasText: /^Lọc/ }).first().click();
      await expect(page.getByRole('navigation', { name: 'Lọc điển hình' }).getByRole('link', { name: /^2024/ })).toHaveAttribute('href', /\/dien-hinh\/nam\/2024\/$/);

      await pager.getByRole('link', { name: 'Trang sau →' }).click();
      await expect(page).toHaveURL(/\/dien-hinh\/trang\/2\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bảng vàng điển hình tiên tiến (trang 2)');
      await expect(page.getByRole('navigation', { name: 'Các trang của danh sách', exact: true }).getByText(/^Trang 2\/3: 4–6 trong 9$/)).toBeVisible();

      await page.getByRole('navigation', { name: 'Các trang của danh sách (cuối danh sách)' }).getByRole('link', { name: 'Trang 3' }).click();
      await expect(page).toHaveURL(/\/dien-hinh\/trang\/3\/$/);
      await expect(page.locator('main li[data-filter-item]')).toHaveCount(3);
      await page.getByRole('navigation', { name: 'Vị trí trang' }).getByRole('link', { name: 'Điển hình' }).click();
      await expect(page).toHaveURL(/\/dien-hinh\/$/);
    });

    test('a citizen goes from the national awards page to a province, and from an indicator to a province', async ({ page }) => {
      await page.goto('/khen-thuong/');
      await expect(page.getByRole('columnheader', { name: 'Tỉnh, thành phố' }).first()).toBeVisible();
      await page.getByRole('navigation', { name: 'Khen thưởng theo tỉnh, thành phố' }).getByRole('link', { name: 'Quảng Ngãi' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Khen thưởng: Quảng Ngãi');
      await expect(page.getByRole('columnheader', { name: /^Đơn vị/ }).first()).toBeVisible();

      await page.goto('/chi-so/thu-ngan-sach/');
      await expect(page.getByRole('heading', { name: 'So sánh các tỉnh, thành phố' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Tất cả số liệu' })).toHaveCount(0);
      await page.getByRole('navigation', { name: /theo tỉnh, thành phố$/ }).getByRole('link', { name: 'Thái Nguyên' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/: Thái Nguyên$/);
      await expect(page.getByRole('heading', { name: 'Tất cả số liệu' })).toBeVisible();
    });
  });
}

test('a citizen who wants a commune and a year together goes from the paged honor roll to the search, which lists exemplars only', async ({ page }) => {
  await page.goto('/dien-hinh/trang/2/');
  await page.getByRole('link', { name: 'trang Tìm kiếm' }).click();
  await expect(page).toHaveURL(/\/tim-kiem\/\?loai=%C4%90i%E1%BB%83n\+h%C3%ACnh|\/tim-kiem\/\?loai=%C4%90i%E1%BB%83n%20h%C3%ACnh/);
  await searchDone(page);
  await page.getByRole('checkbox', { name: 'Quảng Ngãi', exact: true }).check();
  await searchDone(page);
  const hrefs = await resultHrefs(page);
  expect(hrefs.length).toBeGreaterThan(0);
  for (const h of hrefs) expect(h).toMatch(/^\/dien-hinh\/[^/]+\/$/);
});
