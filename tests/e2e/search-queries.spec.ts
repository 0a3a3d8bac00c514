import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { markedWords, resultHrefs, results, resultText, searchDone, searchFor } from './search-helpers.ts';

// Vietnamese matching: what readers type, and what the first result must be.
test.describe('Vietnamese queries', () => {
  test('"thi dua" without diacritics ranks a page saying "thi đua" first, with both words marked', async ({ page }) => {
    await searchFor(page, 'thi dua');
    expect(await resultText(page)).toMatch(/thi đua/i);
    expect(await markedWords(page)).toEqual(expect.arrayContaining(['thi', 'đua']));
  });

  test('"dua" alone finds "đua" first, not "dựa" or "du lịch"', async ({ page }) => {
    await searchFor(page, 'dua');
    expect(await markedWords(page)).toContain('đua');
  });

  test('"Duc Pho" ranks a page naming "Đức Phổ" first', async ({ page }) => {
    await searchFor(page, 'Duc Pho');
    expect(await resultText(page)).toContain('Đức Phổ');
  });

  test('"dien hinh tien tien" ranks a page about "điển hình tiên tiến" first', async ({ page }) => {
    await searchFor(page, 'dien hinh tien tien');
    expect(await resultText(page)).toMatch(/điển hình tiên tiến/i);
  });

  test('"Dao Van Trung" ranks a Tân Hoà page naming "Đào Văn Trung" first, the report he signed in the top 3', async ({ page }) => {
    await searchFor(page, 'Dao Van Trung');
    expect((await resultHrefs(page))[0]).toContain('tan-hoa');
    expect((await resultHrefs(page)).slice(0, 3)).toContain('/van-ban/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127/');
    expect(await resultText(page)).toContain('Đào Văn Trung');
    expect(await markedWords(page)).toEqual(expect.arrayContaining(['đào', 'văn', 'trung']));
  });

  test('a decomposed (NFD) query gives the same results as the composed one', async ({ page }) => {
    await searchFor(page, 'thi đua');
    const composed = await resultHrefs(page);
    await searchFor(page, 'thi đua'.normalize('NFD'));
    expect(await resultHrefs(page)).toEqual(composed);
    expect(composed.length).toBeGreaterThan(0);
  });

  test('upper case gives the same results as lower case', async ({ page }) => {
    await searchFor(page, 'thi đua');
    const lower = await resultHrefs(page);
    await searchFor(page, 'THI ĐUA');
    expect(await resultHrefs(page)).toEqual(lower);
    await searchFor(page, 'DUC PHO');
    expect(await resultText(page)).toContain('Đức Phổ');
  });

  test('"đ" typed where the text has "d" still matches: "Đân vận khéo" finds "Dân vận khéo"', async ({ page }) => {
    await searchFor(page, 'Đân vận khéo');
    expect(await resultText(page)).toMatch(/Dân vận khéo/i);
  });

  test('with and without diacritics, "thi đua" and "thi dua" find the same pages', async ({ page }) => {
    await searchFor(page, 'thi dua');
    const plain = await resultHrefs(page);
    await searchFor(page, 'thi đua');
    expect(new Set(await resultHrefs(page))).toEqual(new Set(plain));
  });

  test('a quoted phrase matches only those words next to each other, in that order', async ({ page }) => {
    await searchFor(page, '"Đào Văn Trung"');
    const count = await results(page).count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i += 1) expect(await resultText(page, i)).toContain('Đào Văn Trung');
    await searchFor(page, '"Trung Văn Đào"');
    await expect(results(page)).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText(/Không tìm thấy kết quả nào/);
  });

  test('a quoted phrase typed without diacritics still finds the phrase', async ({ page }) => {
    await searchFor(page, '"dao van trung"');
    expect(await resultText(page)).toContain('Đào Văn Trung');
  });

  test('excerpts show the page text with đ, never the index spelling', async ({ page }) => {
    await searchFor(page, 'thi dua');
    const text = await results(page).allInnerTexts();
    expect(text.join(' ')).not.toMatch(/\u0345/);
    expect(text.join(' ')).toMatch(/đ/);
  });
});

test.describe('filters and sort', () => {
  test('the page type filter shows counts, narrows to documents and goes into the URL', async ({ page }) => {
    await searchFor(page, 'thi dua');
    const box = page.getByRole('group', { name: 'Loại trang' }).getByRole('checkbox', { name: /^Văn bản \(\d+\)$/ });
    await box.check();
    await expect(page).toHaveURL(/[?&]loai=V%C4%83n\+b%E1%BA%A3n/);
    await searchDone(page);
    for (const text of await results(page).allInnerTexts()) expect(text).toContain('Văn bản');
  });

  test('the document type filter keeps only that type', async ({ page }) => {
    await searchFor(page, 'thi dua');
    await page.getByRole('group', { name: 'Loại văn bản' }).getByRole('checkbox', { name: /^Kế hoạch/ }).check();
    await expect(page).toHaveURL(/loai-van-ban=K%E1%BA%BF\+ho%E1%BA%A1ch/);
    // The unfiltered list may already start with a plan: wait for the filtered search to finish.
    await searchDone(page);
    await expect(results(page).first()).toContainText('Kế hoạch');
    for (const text of await results(page).allInnerTexts()) expect(text).toContain('Kế hoạch');
  });

  test('the province filter keeps only pages of that province', async ({ page }) => {
    await searchFor(page, 'thi dua', '&tinh=' + encodeURIComponent('Quảng Ngãi'));
    await expect(page.getByRole('checkbox', { name: /^Quảng Ngãi/ })).toBeChecked();
    const hrefs = await resultHrefs(page);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs.filter((h) => /\/(van-ban|don-vi)\//.test(h))) expect(href).toContain('quang-ngai');
  });

  test('the unit filter keeps only pages of that unit', async ({ page }) => {
    await searchFor(page, 'thi dua');
    const group = page.getByRole('group', { name: 'Đơn vị' });
    const first = group.getByRole('checkbox').first();
    const label = (await group.locator('label').first().innerText()).replace(/\s*\(\d+\)\s*$/, '');
    await first.check();
    await expect(page).toHaveURL(/[?&]don-vi=/);
    await searchDone(page);
    for (const text of await results(page).allInnerTexts()) expect(text).toContain(label);
  });

  test('the year filter keeps only pages dated that year', async ({ page }) => {
    await searchFor(page, 'thi dua', '&nam=2024');
    const dates = await results(page).locator('time').evaluateAll((t) => t.map((e) => e.getAttribute('datetime')));
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date).toMatch(/^2024/);
  });

  test('sorting by date lists the newest first and is kept in the URL', async ({ page }) => {
    await searchFor(page, 'thi dua');
    await page.getByLabel('Sắp xếp').selectOption({ label: 'Mới nhất' });
    await expect(page).toHaveURL(/sap-xep=ngay/);
    await searchDone(page);
    const dates = await results(page).locator('time').evaluateAll((t) => t.map((e) => e.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(1);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  test('going back restores the previous search', async ({ page }) => {
    await searchFor(page, 'thi dua');
    const before = await resultHrefs(page);
    await page.getByRole('group', { name: 'Loại văn bản' }).getByRole('checkbox', { name: /^Kế hoạch/ }).check();
    await expect(page).toHaveURL(/loai-van-ban/);
    await page.goBack();
    await expect(page.getByRole('checkbox', { name: /^Kế hoạch/ })).not.toBeChecked();
    await expect.poll(() => resultHrefs(page)).toEqual(before);
  });
});

test.describe('the search page', () => {
  test('shows five results at a time; "Xem thêm kết quả" adds the next ones and moves focus to the first of them', async ({ page }) => {
    await searchFor(page, 'thi dua');
    const total = Number((await page.getByRole('status').innerText()).match(/^([\d.]+) kết quả/)![1].replace(/\./g, ''));
    expect(total).toBeGreaterThan(5);
    await expect(results(page)).toHaveCount(5);
    const before = await resultHrefs(page);
    await page.getByRole('button', { name: 'Xem thêm kết quả' }).click();
    await expect(results(page)).toHaveCount(Math.min(10, total));
    await expect(results(page).nth(5).getByRole('link')).toBeFocused();
    expect((await resultHrefs(page)).slice(0, 5)).toEqual(before);
    expect(new Set(await resultHrefs(page)).size).toBe(Math.min(10, total));
  });

  test('is operable from the keyboard: type, Enter, then Tab reaches the results', async ({ page }) => {
    await page.goto('tim-kiem/');
    await page.getByRole('searchbox', { name: 'Từ khoá' }).focus();
    await page.keyboard.type('Duc Pho');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText(/kết quả cho “Duc Pho”/);
    await expect(page).toHaveURL(/q=Duc\+Pho/);
    const firstLink = results(page).first().getByRole('link');
    for (let i = 0; i < 40 && !(await firstLink.evaluate((a) => a === document.activeElement)); i += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(firstLink).toBeFocused();
  });

  test('has no axe violations with results and filters shown', async ({ page }) => {
    await searchFor(page, 'thi dua');
    await expect(page.getByRole('group', { name: 'Loại trang' })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });

  test('runs under a strict CSP that allows only same-origin scripts and wasm compilation', async ({ page }) => {
    const policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
      "connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
    const violations: string[] = [];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    });
    await searchFor(page, 'thi dua');
    await expect(results(page).first()).toBeVisible();
    expect(violations).toEqual([]);
  });
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('the page shows the form, says search needs JavaScript and links to the lists', async ({ page }) => {
    await page.goto('tim-kiem/?q=thi+dua');
    await expect(page.getByRole('searchbox', { name: 'Từ khoá' })).toBeVisible();
    await expect(page.getByText('Tìm kiếm cần JavaScript.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Văn bản', exact: true }).last()).toHaveAttribute('href', /\/van-ban\/$/);
    await expect(page.getByRole('link', { name: 'Điển hình tiên tiến' })).toHaveAttribute('href', /\/dien-hinh\/$/);
  });

  test('the header search box submits to /tim-kiem/ with the query in the URL', async ({ page }) => {
    await page.goto('');
    const header = page.getByRole('search', { name: 'Tìm nhanh' });
    await header.getByRole('searchbox').fill('Duc Pho');
    await header.getByRole('button', { name: 'Tìm' }).click();
    await expect(page).toHaveURL(/\/tim-kiem\/\?q=Duc\+Pho$/);
  });
});
