import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site-helpers.ts';

/** WCAG 2.2 AA, as axe tags it. */
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const paths = sitemapPaths();

test('the sitemap lists the pages to check', () => {
  expect(paths.length).toBeGreaterThan(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`every page in the ${scheme} color scheme`, () => {
    for (const p of paths) {
      test(`${p} has no WCAG 2.2 AA violation`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(p);
        const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
        const summary = violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}
