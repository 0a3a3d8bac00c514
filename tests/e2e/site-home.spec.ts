import { expect, test } from '@playwright/test';
import { at } from './site-helpers.ts';

test.describe('a visitor', () => {
  test('opens the home page and finds what the site is, the search box and the sections', async ({ page }) => {
    await page.goto(at());
    await expect(page).toHaveTitle(/Bảng Vàng/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Bảng Vàng/);
    const nav = page.getByRole('navigation', { name: 'Các mục chính' });
    for (const name of ['Đơn vị', 'Văn bản', 'Điển hình', 'Bài viết', 'Phong trào', 'Chỉ số', 'Khen thưởng', 'Dữ liệu mở']) {
      await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('search').first().getByRole('searchbox').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Điển hình tiên tiến' })).toBeVisible();
  });

  test('reaches the main content first with the skip link', async ({ page }) => {
    await page.goto(at());
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
    await expect(skip).toBeFocused();
    await skip.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });

  test('opens a unit from the unit list and sees its documents, exemplars and awards', async ({ page }) => {
    await page.goto(at('don-vi/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đơn vị hành chính cấp xã');
    await page.getByRole('link', { name: 'xã Tân Hoà', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xã Tân Hoà');
    await expect(page.getByText('xã Tân Hoà, huyện Phú Bình, tỉnh Thái Nguyên').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Văn bản theo năm' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Điển hình tiên tiến' })).toBeVisible();
    await expect(page.getByRole('table', { name: /Khen thưởng năm 2023/ })).toBeVisible();
  });

  test('filters the unit list by a name typed without diacritics', async ({ page }) => {
    await page.goto(at('don-vi/'));
    await page.getByLabel('Lọc theo tên đơn vị').fill('son long');
    await expect(page.getByRole('link', { name: 'xã Sơn Long', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'xã Tân Hoà', exact: true })).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'đơn vị' })).toHaveText(/Đang hiện 1 trên/);
  });

  test('opens a document and reads it like the official paper', async ({ page }) => {
    await page.goto(at('van-ban/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127/'));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('BÁO CÁO');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Tổng kết công tác thi đua khen thưởng năm 2023');
    await expect(page.getByText('Số: 127/BC-UBND')).toBeVisible();
    await expect(page.getByText('Tân Hoà, ngày 15 tháng 12 năm 2023')).toBeVisible();
    await expect(page.getByText('Đào Văn Trung').last()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Nơi nhận:' })).toBeVisible();
    const toc = page.getByRole('navigation', { name: 'Mục lục' });
    const first = toc.getByRole('link').first();
    const href = await first.getAttribute('href');
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${encodeURI(href ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  test('gets a Vietnamese page for an address that does not exist', async ({ page }) => {
    const response = await page.goto(at('khong-co-trang-nay/'));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
  });
});
