import { expect, test } from '@playwright/test';
import { at } from './site-helpers.ts';

test.describe('staff looking for a past document', () => {
  test('open it from the unit page and print it on A4 without the site around it', async ({ page }) => {
    await page.goto(at('don-vi/thai-nguyen/tan-hoa-phu-binh/'));
    await page
      .getByRole('region', { name: 'Văn bản theo năm' })
      .getByRole('link', { name: /Tổng kết công tác thi đua khen thưởng năm 2023/ })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('BÁO CÁO');

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Các mục chính' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Vị trí trang' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Mục lục' })).toBeHidden();
    await expect(page.getByRole('search').first()).toBeHidden();
    await expect(page.getByRole('contentinfo').last()).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('Số: 127/BC-UBND')).toBeVisible();
    await expect(page.getByText('Đào Văn Trung').last()).toBeVisible();
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });

  test('filter the document list by type, and the address keeps the filter', async ({ page }) => {
    await page.goto(at('van-ban/'));
    await page.locator('summary').filter({ hasText: /^Lọc/ }).click();
    await page.getByRole('navigation', { name: 'Lọc văn bản' }).getByRole('link', { name: /^Kế hoạch/ }).click();
    await expect(page).toHaveURL(/[?&]loai=ke-hoach/);
    await expect(page.locator('summary').filter({ hasText: /^Lọc/ })).toContainText('1 đang chọn');
    await expect(page.getByRole('link', { name: /^Kế hoạch: / }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: /^Báo cáo: / })).toHaveCount(await page.getByRole('link', { name: /^Báo cáo: / }).count());
    for (const link of await page.getByRole('link', { name: /^Báo cáo: / }).all()) await expect(link).toBeHidden();
  });

  test('see the previous or next document of the same unit when there is one', async ({ page }) => {
    await page.goto(at('van-ban/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127/'));
    const nav = page.getByRole('navigation', { name: 'Các văn bản khác của đơn vị' });
    const count = await nav.count();
    if (count > 0) await expect(nav.getByRole('link').first()).toBeVisible();
  });
});

test.describe('documents when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('list every document first, then offer plain links per year and per type behind "Lọc"', async ({ page }) => {
    await page.goto(at('van-ban/'));
    await expect(page.getByRole('link', { name: /Tổng kết công tác thi đua khen thưởng năm 2023/ })).toBeVisible();
    await page.locator('summary').filter({ hasText: /^Lọc/ }).click();
    await page.getByRole('navigation', { name: 'Lọc văn bản' }).getByRole('link', { name: /^Kế hoạch/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Văn bản loại kế hoạch');
    await expect(page.getByRole('link', { name: /^Báo cáo: / })).toHaveCount(0);
    await page.getByRole('link', { name: /^Kế hoạch: / }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('KẾ HOẠCH');
    await expect(page.getByRole('navigation', { name: 'Mục lục' })).toBeVisible();
  });
});
