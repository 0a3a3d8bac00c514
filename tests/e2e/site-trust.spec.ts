import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { at } from './site-helpers.ts';

/** WCAG 2.2 AA, as axe tags it. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.describe('a citizen checking who stands behind the site', () => {
  test('finds the publisher, the licence and the date the page was updated in the footer, and the about page', async ({ page }) => {
    await page.goto(at('dien-hinh/'));
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('link', { name: 'Ban biên tập Bảng Vàng' })).toBeVisible();
    await expect(footer.getByRole('link', { name: /CC BY 4\.0/ })).toHaveAttribute('rel', 'license');
    await expect(footer.getByText(/^Nội dung trang cập nhật ngày \d+ tháng \d+ năm \d{4}\.$/)).toBeVisible();
    await footer.getByRole('link', { name: 'Giới thiệu, liên hệ' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Giới thiệu Bảng Vàng');
    await expect(page.getByRole('link', { name: /@/ }).first()).toHaveAttribute('href', /^mailto:/);
  });

  test('reads a document page dated by the document itself, downloads its original under a name that says what it is', async ({ page }) => {
    await page.goto(at('van-ban/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127/'));
    await expect(page.getByRole('contentinfo').getByText('Nội dung trang cập nhật ngày 15 tháng 12 năm 2023.')).toBeVisible();
    const download = page.getByRole('link', { name: /Tải văn bản gốc/ });
    await expect(download).toHaveAttribute('download', 'bao-cao-so-127-bc-ubnd-xa-tan-hoa-2023.txt');
    await expect(page.getByRole('button', { name: 'In trang' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sao chép liên kết' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Chia sẻ lên Facebook' })).toHaveAttribute('href', /^https:\/\/www\.facebook\.com\/sharer\/sharer\.php\?u=https%3A/);
  });

  test('opens the human-readable sitemap and the styled feed instead of raw XML', async ({ page }) => {
    await page.goto(at());
    await page.getByRole('contentinfo').getByRole('link', { name: 'Sơ đồ trang' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sơ đồ trang');
    await expect(page.getByRole('link', { name: 'Tỷ lệ hộ nghèo', exact: true })).toHaveAttribute('href', /\/chi-so\/ty-le-ho-ngheo\/$/);
    await page.goto(at('bai-viet/rss.xml'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Bảng Vàng — Bài viết/);
    await expect(page.getByText(/dán địa chỉ của trang này vào ứng dụng đọc tin/)).toBeVisible();
  });

  test('reaches an indicator at its Vietnamese address, the old one forwarding there', async ({ page }) => {
    await page.goto(at('chi-so/poor-household-rate/'));
    await expect(page).toHaveURL(/\/chi-so\/ty-le-ho-ngheo\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỷ lệ hộ nghèo');
  });

  test('finds an indicator on /chi-so/ by a name typed without diacritics, and sorts the list by name', async ({ page }) => {
    await page.goto(at('chi-so/'));
    await expect(page.getByRole('heading', { name: 'Hành chính, chuyển đổi số' })).toBeVisible();
    await page.getByLabel('Lọc theo tên chỉ số').fill('ho ngheo');
    await expect(page.getByRole('link', { name: 'Tỷ lệ hộ nghèo', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Dân số', exact: true })).toBeHidden();
    await page.getByLabel('Lọc theo tên chỉ số').fill('');
    await page.getByLabel('Sắp xếp').selectOption({ label: 'Theo tên (A–Z)' });
    const names = await page.getByRole('list', { name: 'Các chỉ số, theo thứ tự đã chọn' }).getByRole('link').allInnerTexts();
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
  });

  test('sees movements with exemplars first, and those only named in a document said plainly', async ({ page }) => {
    await page.goto(at('phong-trao/'));
    const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(headings[0]).toMatch(/^Phong trào có điển hình, bài viết/);
    expect(headings[1]).toMatch(/^Phong trào mới chỉ được nêu tên/);
    await expect(page.getByText(/Cấp phát động: Xã/)).toHaveCount(0);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`the new pages and controls in the ${scheme} color scheme`, () => {
    const pages = ['gioi-thieu/', 'so-do-trang/', 'chi-so/', 'phong-trao/', 'don-vi/quang-ngai/son-long-son-tay/', 'van-ban/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127/'];
    for (const p of pages) {
      test(`/${p} has no WCAG 2.2 AA violation`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(at(p));
        const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
      });
    }

    test('the honor roll with its "Lọc" open and a filter chosen has no WCAG 2.2 AA violation', async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(at('dien-hinh/?nam=2024'));
      await page.locator('summary').filter({ hasText: /^Lọc/ }).click();
      const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    });
  });
}
