import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { storySchema } from '../../src/schemas/story.ts';
import { chooseCover, contentErrors, fillStory, gitIn, openEditor, startAdmin, warmUp, writeBody, type AdminSite } from './admin-helpers.ts';

/**
 * The editorial workflow, for real: the editor as `npm run admin -- --workflow` starts it (decap-server in git
 * mode, publish mode editorial_workflow) on a throwaway git repository holding a copy of the content
 * (tests/e2e/admin-helpers.ts). A press officer saves a story with a cover: both are on the story's own branch
 * `cms/stories/<slug>`, not on main, so a build of main cannot publish them; it moves Bản nháp → Chờ duyệt → Sẵn sàng xuất bản in the workflow
 * tab; publishing merges it into main and the branch is gone. The hosted backends (GitLab, GitHub) keep the same
 * steps as branches and merge requests of the git host.
 */
// Serial, and retried as a group: each test continues the entry of the one before; a retry starts from a new copy.
test.describe.configure({ mode: 'serial', retries: 1 });
test.setTimeout(120_000);
test.use({ screenshot: 'only-on-failure' });

let site: AdminSite;
// Ports of its own: Playwright may run this file beside admin-editor.spec.ts.
const ports = { admin: Number(process.env.E2E_WORKFLOW_PORT ?? 4396), proxy: Number(process.env.E2E_WORKFLOW_PROXY_PORT ?? 8096) };
const story = { title: 'Chi đoàn thôn Trung được tặng Giấy khen', slug: 'chi-doan-thon-trung-duoc-tang-giay-khen' };
const branch = `cms/stories/${story.slug}`;
const file = `content/stories/${story.slug}.mdx`;
const image = 'content/stories/images/thon-trung.png';

test.beforeAll(async ({ browser }) => {
  test.setTimeout(300_000);
  site = await startAdmin({ workflow: true, ports });
  await warmUp(browser, site);
});
test.afterAll(async () => site?.stop());

/** The story's text on a branch of the repository, or undefined if it is not there. */
function storyOn(ref: string): string | undefined {
  try {
    return gitIn(site.root, 'show', `${ref}:${file}`);
  } catch {
    return undefined;
  }
}

/** The workflow status decap-server keeps in the branch's description (`decap-cms/draft`, …), or undefined. */
function statusOf(cmsBranch: string): string | undefined {
  try {
    return gitIn(site.root, 'config', '--get', `branch.${cmsBranch}.description`);
  } catch {
    return undefined;
  }
}

const cmsBranches = () => gitIn(site.root, 'branch', '--list', 'cms/*', '--format=%(refname:short)').split('\n').filter(Boolean);
const checkedOut = () => gitIn(site.root, 'symbolic-ref', '--short', 'HEAD');
const frontmatter = (text: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;

/** A column of the workflow tab by its heading. */
const column = (page: Page, heading: string) => page.getByRole('heading', { name: heading, exact: true }).locator('xpath=..');
const card = (page: Page) => page.getByRole('link', { name: new RegExp(story.title) });

/**
 * Drags the story's card onto a column, and waits for the card to be shown there (Decap moves it once decap-server
 * has saved the status). Dragged again if the drop was lost: the notice of the previous move covers the top right
 * of the page for 4 s, over the last column's heading; a drop on the card's own column changes nothing.
 */
async function moveTo(page: Page, heading: string): Promise<void> {
  await expect(async () => {
    await card(page).dragTo(page.getByRole('heading', { name: heading, exact: true }));
    await expect(column(page, heading).getByText(story.title)).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
}

test('a press officer saves a new story: it is on its own branch, not on main', async ({ page }) => {
  await openEditor(page, site, '#/collections/stories/new');
  await fillStory(page, story.title);
  // With the workflow, Decap keeps an image uploaded in an entry with that entry: it goes on the entry's branch.
  await chooseCover(page, 'thon-trung.png', 'Đoàn viên chi đoàn thôn Trung');
  await writeBody(page, 'Chi đoàn thôn Trung dẫn đầu phong trào thanh niên tình nguyện năm 2025.');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();

  await expect.poll(() => storyOn(branch), { timeout: 30_000 }).toContain(story.title);
  expect(statusOf(branch)).toBe('decap-cms/draft');
  expect(gitIn(site.root, 'diff', '--name-only', 'main', branch).split('\n').sort()).toEqual([file, image].sort());
  expect(storyOn('main')).toBeUndefined();
  // decap-server checks the entry's branch out in the working folder whenever it writes or reads the entry, then
  // main again: once Decap has reloaded the saved entry, the folder is main's, without the story.
  const resting = () => checkedOut() === 'main' && ![file, image].some((saved) => fs.existsSync(path.join(site.root, saved)));
  await expect.poll(resting, { timeout: 30_000 }).toBe(true);
  // The editor stays on the saved entry: the dev server's reloads on content changes are off on /admin/ (main.ts).
  await expect(page.getByText('Trạng thái: Bản nháp')).toBeVisible({ timeout: 30_000 });
  await expect(page).toHaveURL(new RegExp(`#/collections/stories/entries/${story.slug}$`));
});

test('in the workflow tab the story moves from Bản nháp to Chờ duyệt, then to Sẵn sàng xuất bản', async ({ page }) => {
  await openEditor(page, site, '#/workflow');
  await expect(column(page, 'Bản nháp').getByText(story.title)).toBeVisible({ timeout: 30_000 });
  await moveTo(page, 'Chờ duyệt');
  await expect.poll(() => statusOf(branch), { timeout: 30_000 }).toBe('decap-cms/pending_review');
  await moveTo(page, 'Sẵn sàng xuất bản');
  await expect.poll(() => statusOf(branch), { timeout: 30_000 }).toBe('decap-cms/pending_publish');
  // Still nothing on main: being ready is not being published.
  expect(storyOn('main')).toBeUndefined();
});

test('publishing merges the story into main with valid frontmatter, and its branch is gone', async ({ page }) => {
  await openEditor(page, site, '#/workflow');
  await expect(column(page, 'Sẵn sàng xuất bản').getByText(story.title)).toBeVisible({ timeout: 30_000 });
  const questions: string[] = [];
  page.on('dialog', (dialog) => void (questions.push(dialog.message()), dialog.accept()));
  await card(page).hover();
  await page.getByRole('button', { name: 'Công bố bài mới' }).click();

  await expect.poll(() => storyOn('main'), { timeout: 30_000 }).toContain(story.title);
  expect(questions).toEqual(['Bạn có chắc rằng bạn muốn công khai bài này?']);
  await expect.poll(cmsBranches, { timeout: 30_000 }).toEqual([]);
  expect(checkedOut()).toBe('main');
  const data = storySchema(() => z.string()).parse(frontmatter(storyOn('main') ?? ''));
  expect(data).toMatchObject({ title: story.title, publishedOn: '2026-01-15', author: 'Phòng Văn hóa xã', draft: false });
  expect(data.cover?.src).toMatch(/^(\.\/)?images\/thon-trung\.png$/);
  expect(gitIn(site.root, 'ls-tree', '--name-only', 'main', image)).toBe(image);
  // The working folder is main's: the file a build reads is there, and the content check accepts it.
  expect(fs.readFileSync(path.join(site.root, file), 'utf8').trim()).toBe(storyOn('main'));
  expect(contentErrors(site, `stories/${story.slug}.mdx`)).toEqual([]);
  await expect(column(page, 'Sẵn sàng xuất bản').getByText(story.title)).toHaveCount(0);
});
