import { expect, test } from '@playwright/test';
import { formatCosts, measureSearchBytes } from './search-bytes.ts';

// Budgets from the search issue: the first query may fetch 200 KB with the search code, each further one 80 KB.
const firstQueryBudget = 200 * 1024;
const furtherQueryBudget = 80 * 1024;

test('the first query stays within 200 KB with the search code, each further query within 80 KB', async ({ page }) => {
  const costs = await measureSearchBytes(page, ['thi dua', 'Duc Pho', 'Dao Van Trung', 'dien hinh tien tien']);
  const report = formatCosts(costs);
  console.log(report);
  test.info().annotations.push({ type: 'search bytes', description: report });
  const [first, ...further] = costs;
  expect(first.byKind['pagefind-code'] ?? 0).toBeGreaterThan(0);
  expect(first.compressedBytes).toBeLessThanOrEqual(firstQueryBudget);
  for (const cost of further) {
    expect(cost.byKind['pagefind-code'] ?? 0).toBe(0);
    expect(cost.compressedBytes, cost.query).toBeLessThanOrEqual(furtherQueryBudget);
  }
});

test('pages other than /tim-kiem/ load no search code', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('');
  await page.goto('van-ban/');
  expect(fetched.filter((p) => p.includes('/pagefind/') || p.includes('search-page'))).toEqual([]);
});
