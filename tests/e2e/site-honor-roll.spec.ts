import { expect, test, type Page } from '@playwright/test';
import { at } from './site-helpers.ts';

const count = (page: Page) => page.getByRole('status').filter({ hasText: 'điển hình' });
const filters = (page: Page) => page.getByRole('navigation', { name: 'Lọc điển hình' });
/** Opens the one "Lọc" disclosure of the list, then the filter named `label` inside it. */
async function openFilter(page: Page, label: string) {
  const lọc = page.locator('summary').filter({ hasText: /^Lọc/ });
  if (!(await filters(page).isVisible())) await lọc.click();
  const group = filters(page).locator('details').filter({ has: page.locator('summary', { hasText: new RegExp(`^${label}`) }) });
  if (!(await group.getAttribute('open').then((v) => v !== null))) await group.locator('summary').click();
  return group;
}

test.describe('a citizen on the honor roll', () => {
  test('filters to one commune and one year with the "Lọc" links, shares the address, goes back, and opens an exemplar', async ({ page }) => {
    await page.goto(at('dien-hinh/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bảng vàng điển hình tiên tiến');
    const total = Number((await count(page).innerText()).match(/\d+/)![0]);

    await (await openFilter(page, 'Đơn vị')).getByRole('link', { name: /^xã Sơn Long \(Quảng Ngãi\)/ }).click();
    await expect(page).toHaveURL(/[?&]don-vi=quang-ngai--son-long-son-tay/);
    await (await openFilter(page, 'Năm')).getByRole('link', { name: /^2024/ }).click();
    await expect(page).toHaveURL(/[?&]nam=2024/);
    await expect(count(page)).toHaveText(new RegExp(`^\\d+ / ${total} điển hình$`));
    await expect(page.locator('summary').filter({ hasText: /^Lọc/ })).toContainText('2 đang chọn');
    await expect(page.getByRole('link', { name: 'Hộ Trần Nhơn' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'HTX nuôi hươu Hội CCB Trọng Hùng' })).toBeHidden();

    // The address restores the same view.
    await page.reload();
    await expect(count(page)).toHaveText(new RegExp(`^\\d+ / ${total} điển hình$`));
    await expect(page.getByRole('link', { name: 'HTX nuôi hươu Hội CCB Trọng Hùng' })).toBeHidden();

    // Back removes the year, then the unit.
    await page.goBack();
    await expect(page).not.toHaveURL(/nam=2024/);
    await expect(page).toHaveURL(/don-vi=quang-ngai--son-long-son-tay/);
    await page.goForward();
    await expect(page).toHaveURL(/nam=2024/);

    await page.getByRole('link', { name: 'Hộ Trần Nhơn' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hộ Trần Nhơn');
    await expect(page.getByRole('link', { name: 'xã Sơn Long' }).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Văn bản nói gì' })).toBeVisible();
    const source = page.getByRole('link', { name: 'Xem đoạn này trong văn bản' });
    await expect(source).toHaveAttribute('href', /\/van-ban\/quang-ngai\/son-long-son-tay\/.+#.*:~:text=/);
  });

  test('sees names in Vietnamese alphabetical order within a commune', async ({ page }) => {
    await page.goto(at('dien-hinh/'));
    const names = await page
      .getByRole('region', { name: /xã Sơn Long/ })
      .getByRole('listitem')
      .getByRole('link')
      .allInnerTexts();
    const sorted = [...names].sort(new Intl.Collator('vi').compare);
    expect(names).toEqual(sorted);
  });
});

test.describe('the honor roll when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('lists every exemplar first, grouped by province and unit, and each filter value is a plain link', async ({ page }) => {
    await page.goto(at('dien-hinh/'));
    await expect(page.getByRole('heading', { name: 'Tỉnh Quảng Ngãi', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Hộ Trần Nhơn' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'HTX nuôi hươu Hội CCB Trọng Hùng' })).toBeVisible();

    await (await openFilter(page, 'Đơn vị')).getByRole('link', { name: /^xã Sơn Long \(Quảng Ngãi\)/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Điển hình — Đơn vị: xã Sơn Long (Quảng Ngãi)');
    await expect(page.getByRole('link', { name: 'HTX nuôi hươu Hội CCB Trọng Hùng' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Hộ Trần Nhơn' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hộ Trần Nhơn');
  });

  test('offers a page per year', async ({ page }) => {
    await page.goto(at('dien-hinh/'));
    await (await openFilter(page, 'Năm')).getByRole('link', { name: /^2023/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Điển hình — Năm: 2023');
    await expect(page.getByRole('link', { name: 'HTX nuôi hươu Hội CCB Trọng Hùng' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Hộ Trần Nhơn' })).toHaveCount(0);
  });
});
