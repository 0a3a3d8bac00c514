import { expect, type Locator, type Page } from '@playwright/test';

/** Opens /tim-kiem/ with a query (and more URL parameters) and waits for the announced result count. */
export async function searchFor(page: Page, q: string, more = ''): Promise<void> {
  await page.goto(`tim-kiem/?q=${encodeURIComponent(q)}${more}`);
  await searchDone(page);
}

/** Waits until the search started by the last action has shown its results. */
export async function searchDone(page: Page): Promise<void> {
  await expect(page.getByRole('status')).toHaveText(/kết quả/);
}

/** The result list items, in order. */
export function results(page: Page): Locator {
  return page.getByRole('region', { name: 'Kết quả tìm kiếm' }).getByRole('listitem');
}

/** Addresses of the shown results, in order. */
export async function resultHrefs(page: Page): Promise<string[]> {
  return results(page).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** Everything a result shows (title, details, excerpt) as one string. */
export async function resultText(page: Page, index = 0): Promise<string> {
  return (await results(page).nth(index).innerText()).replace(/\s+/g, ' ');
}

/** The highlighted words of one result, lower-cased. */
export async function markedWords(page: Page, index = 0): Promise<string[]> {
  const marks = await results(page).nth(index).locator('mark').allInnerTexts();
  return marks.map((m) => m.toLowerCase().replace(/[.,;:]$/, ''));
}
