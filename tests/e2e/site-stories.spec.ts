import { expect, test } from '@playwright/test';
import { at, publishedStories } from './site-helpers.ts';

const [newest] = publishedStories();

test.describe('a press officer publishes a story', () => {
  test('has a public story in the bundled content to check', () => expect(newest, 'no public story in the content').toBeTruthy());

  test('the newest story leads the story list and the home page', async ({ page }) => {
    await page.goto(at('bai-viet/'));
    const first = page.getByRole('main').getByRole('article').first();
    await expect(first.getByRole('heading')).toHaveText(newest.title);
    await page.goto(at());
    await expect(page.getByRole('region', { name: 'Bài viết mới' }).getByRole('link', { name: newest.title })).toBeVisible();
  });

  test('the story page shows byline, date, cover with alt text, and what it is about', async ({ page }) => {
    await page.goto(at(`bai-viet/${newest.slug}/`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(newest.title);
    await expect(page.getByText(/^Bài: /)).toBeVisible();
    const cover = page.getByRole('main').getByRole('img').first();
    await expect(cover).toHaveAttribute('alt', /.{20,}/);
    const about = page.getByRole('complementary', { name: 'Bài viết nói về' });
    await expect(about.getByRole('link').first()).toBeVisible();
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /^https?:\/\//);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  });

  test('the story is in the site feed and in the feed of each unit it is about', async ({ request }) => {
    const feed = await (await request.get(at('bai-viet/rss.xml'))).text();
    expect(feed).toContain(`<title>${newest.title}</title>`);
    expect(feed).toContain(`/bai-viet/${newest.slug}/</link>`);
    for (const unit of newest.units) {
      const unitFeed = await (await request.get(at(`don-vi/${unit}/rss.xml`))).text();
      expect(unitFeed).toContain(`/bai-viet/${newest.slug}/</link>`);
    }
  });

  test('the story is listed on the pages of its exemplars and units', async ({ page }) => {
    for (const id of newest.exemplars.slice(0, 2)) {
      await page.goto(at(`dien-hinh/${id}/`));
      await expect(page.getByRole('region', { name: 'Bài viết liên quan' }).getByRole('link', { name: newest.title })).toBeVisible();
    }
    for (const id of newest.units) {
      await page.goto(at(`don-vi/${id}/`));
      await expect(page.getByRole('region', { name: 'Bài viết về đơn vị' }).getByRole('link', { name: newest.title })).toBeVisible();
    }
  });
});
