import { expect, test, type Page, type Request } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { splitPort } from '../dist/split-dist.ts';
import { resultHrefs, results, resultText, searchDone, searchFor } from './search-helpers.ts';
import { formatCosts, measureSearchBytes } from './search-bytes.ts';

// The bundled content built with its search index split by province and year, as a national site is
// (npm run build:split-search): the national bundle holds units, stories and movements; each province's
// documents and exemplars are searched once the reader chooses that province.
test.use({ baseURL: `http://127.0.0.1:${splitPort}/` });

const quangNgai = `&tinh=${encodeURIComponent('Quảng Ngãi')}`;
const thaiNguyen = `&tinh=${encodeURIComponent('Thái Nguyên')}`;

/** Paths of the regional bundle files fetched while `action` runs. */
async function regionalFetches(page: Page, action: () => Promise<void>): Promise<string[]> {
  const fetched: string[] = [];
  const listener = (r: Request) => {
    const p = new URL(r.url()).pathname;
    if (p.includes('/pagefind/vung/')) fetched.push(p);
  };
  page.on('request', listener);
  await action();
  page.off('request', listener);
  return fetched;
}

test('without a province, a search reads only the national bundle and says how documents are searched', async ({ page }) => {
  const fetched = await regionalFetches(page, () => searchFor(page, 'thi dua'));
  expect(fetched).toEqual([]);
  await expect(page.getByText('Văn bản và điển hình tiên tiến được tìm theo từng tỉnh, thành phố')).toBeVisible();
  for (const href of await resultHrefs(page)) expect(href).not.toMatch(/\/(van-ban|dien-hinh)\//);
  // Every province is offered, none with a count: none of their documents has been searched yet.
  const provinces = page.getByRole('group', { name: 'Tỉnh, thành phố' }).getByRole('checkbox');
  await expect(provinces).toHaveCount(3);
  await expect(page.getByRole('checkbox', { name: 'Đồng Tháp', exact: true })).toBeVisible();
});

test('choosing a province searches its documents, fetching that province’s bundles only', async ({ page }) => {
  await searchFor(page, 'Dao Van Trung');
  const fetched = await regionalFetches(page, async () => {
    await page.getByRole('checkbox', { name: 'Thái Nguyên', exact: true }).check();
    await expect(page).toHaveURL(/tinh=Th%C3%A1i\+Nguy%C3%AAn/);
    await searchDone(page);
  });
  expect(fetched.length).toBeGreaterThan(0);
  for (const p of fetched) expect(p).toMatch(/\/pagefind\/vung\/thai-nguyen/);
  await expect(page.getByText('Văn bản và điển hình tiên tiến được tìm theo từng tỉnh, thành phố')).toBeHidden();
  expect((await resultHrefs(page)).slice(0, 3)).toContain('/van-ban/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127/');
  await expect(page.getByRole('checkbox', { name: /^Thái Nguyên \(\d+\)$/ })).toBeChecked();
});

test('Vietnamese matching holds across bundles: "Duc Pho" in Quảng Ngãi finds pages naming "Đức Phổ"', async ({ page }) => {
  await searchFor(page, 'Duc Pho', quangNgai);
  expect(await resultText(page)).toContain('Đức Phổ');
  const hrefs = await resultHrefs(page);
  expect(hrefs.some((h) => h.startsWith('/van-ban/quang-ngai/'))).toBe(true);
  for (const h of hrefs.filter((x) => /\/(van-ban|don-vi)\//.test(x))) expect(h).toContain('quang-ngai');
});

test('a province and a year read only that year’s bundle, and the other years stay on offer', async ({ page }) => {
  const fetched = await regionalFetches(page, () => searchFor(page, 'thi dua', `${quangNgai}&nam=2023`));
  expect(fetched.length).toBeGreaterThan(0);
  for (const p of fetched) expect(p).toMatch(/\/pagefind\/vung\/quang-ngai-2023\//);
  const dates = await results(page).locator('time').evaluateAll((t) => t.map((e) => e.getAttribute('datetime')));
  expect(dates.length).toBeGreaterThan(0);
  for (const date of dates) expect(date).toMatch(/^2023/);
  await expect(page.getByRole('group', { name: 'Năm' }).getByRole('checkbox', { name: '2024', exact: true })).toBeVisible();
});

test('the same query finds the same document, split or not', async ({ page }) => {
  await searchFor(page, 'Dao Van Trung', thaiNguyen);
  const split = await resultHrefs(page);
  await page.goto(`http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4322)}/tim-kiem/?q=Dao+Van+Trung${thaiNguyen}`);
  await searchDone(page);
  expect(new Set(await resultHrefs(page))).toEqual(new Set(split));
});

test('the split search page, with its note and filters, has no axe violations', async ({ page }) => {
  await searchFor(page, 'thi dua');
  await expect(page.getByRole('group', { name: 'Tỉnh, thành phố' })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test('within a province, the first query stays within 200 KB with the search code, each further one within 80 KB', async ({ page }) => {
  const costs = await measureSearchBytes(page, ['thi dua', 'Duc Pho', 'Dao Van Trung'], '/tim-kiem/', quangNgai);
  test.info().annotations.push({ type: 'search bytes', description: formatCosts(costs) });
  const [first, ...further] = costs;
  expect(first.transfers.some((t) => t.url.includes('/pagefind/vung/quang-ngai'))).toBe(true);
  expect(first.transfers.filter((t) => t.url.includes('/pagefind/ca-nuoc/'))).toEqual([]);
  expect(first.compressedBytes).toBeLessThanOrEqual(200 * 1024);
  for (const cost of further) expect(cost.compressedBytes, cost.query).toBeLessThanOrEqual(80 * 1024);
});
