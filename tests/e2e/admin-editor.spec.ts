import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { storySchema } from '../../src/schemas/story.ts';
import { exemplarSchema } from '../../src/schemas/exemplar.ts';
import { indicatorSchema } from '../../src/schemas/indicator.ts';
import { buildCopy, contentErrors, expandItem, filesContaining, readData, savedData, startAdmin, type AdminSite } from './admin-helpers.ts';

/**
 * A press officer and a staff member use the editor (Decap CMS at /admin/) on their own machine, with the local
 * backend, as `npm run admin` starts it, against a throwaway copy of the content (tests/e2e/admin-helpers.ts).
 * Locally the backend saves at once (publish mode "simple": decap-server's file mode has no editorial
 * workflow); drafts are the `draft` switch. The editorial workflow of the hosted backends is in docs/editor.md.
 */
// One retry of the whole group: the editor is a React app over a local file server, and a fresh machine's first
// minutes (Vite optimizing, decap-server's first writes) showed timing flakes that a second run never repeated.
// On a busy machine (2 cores shared with builds) astro dev can take minutes to answer and a save seconds to land:
// the waits are long, and a failure keeps its screenshot.
test.describe.configure({ mode: 'serial', retries: 1 });
test.setTimeout(120_000);
test.use({ screenshot: 'only-on-failure' });

let site: AdminSite;
const story = { title: 'Hợp tác xã chăn nuôi hươu được tặng Bằng khen', slug: 'hop-tac-xa-chan-nuoi-huou-duoc-tang-bang-khen' };
const draft = { title: 'Bài nháp chưa được công bố', slug: 'bai-nhap-chua-duoc-cong-bo' };

test.beforeAll(async ({ browser }) => {
  test.setTimeout(300_000);
  site = await startAdmin();
  // The first load of a fresh checkout lets Vite find and optimize the editor's dependencies, then reload the
  // page: done here once, so that no test types into a page that is about to reload.
  const page = await browser.newPage();
  await page.goto(site.url);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(2_000);
  await page.reload();
  await page.waitForLoadState('networkidle');
  await page.close();
});
test.afterAll(async () => site?.stop());

/** Opens the editor, signs in to the local backend (no account) and opens a collection's new-entry form. */
async function open(page: Page, hash: string): Promise<void> {
  await page.goto(site.url);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('link', { name: 'Bài viết' }).first()).toBeVisible({ timeout: 30_000 });
  await page.goto(`${site.url}${hash}`);
}

async function fillStory(page: Page, title: string): Promise<void> {
  await page.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await page.getByLabel('Tóm tắt', { exact: true }).fill('Hợp tác xã của Hội Cựu chiến binh được UBND tỉnh tặng Bằng khen.');
  await page.getByLabel('Tác giả', { exact: true }).fill('Phòng Văn hóa xã');
  await page.getByLabel('Ngày công bố', { exact: true }).fill('2026-01-15');
}

/** Types the body in the rich-text editor (Slate: typed, not filled, so that it registers the change). */
async function writeBody(page: Page, text: string): Promise<void> {
  const body = page.getByRole('textbox').last();
  // Slate drops keys typed before it has taken the focus: type again (from empty) until the text is there.
  await expect(async () => {
    await body.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(text);
    await expect(body).toContainText(text, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

/** Publishes the entry being edited (simple mode: "Công bố" → "Công bố ngay") and waits for Decap's notice. */
async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Công bố', exact: true }).click();
  await page.getByText('Công bố ngay', { exact: true }).click();
}

const storyFile = (slug: string) => path.join(site.content, 'stories', `${slug}.mdx`);

test('a press officer writes a story with a cover image linked to an exemplar, and the file has valid frontmatter', async ({ page }) => {
  await open(page, '#/collections/stories/new');
  await fillStory(page, story.title);
  await page.getByLabel('Điển hình được nhắc đến (không bắt buộc)').fill('nuôi hươu');
  await page.getByRole('option', { name: /HTX nuôi hươu/ }).first().click();

  await page.getByRole('button', { name: 'Chọn một hình' }).click();
  const cover = await sharp({ create: { width: 800, height: 450, channels: 3, background: '#b3261e' } }).png().toBuffer();
  await page.locator('input[type="file"]').setInputFiles({ name: 'huou.png', mimeType: 'image/png', buffer: cover });
  // Decap selects the uploaded image once it is saved; select it by hand if it has not yet.
  await expect(page.getByText('huou.png').first()).toBeVisible({ timeout: 30_000 });
  const choose = page.getByRole('button', { name: 'Lấy những cái đã chọn' });
  if (await choose.isDisabled()) await page.getByText('huou.png').first().click();
  await choose.click();
  await page.getByLabel('Mô tả ảnh cho người không xem được ảnh').fill('Đàn hươu trong chuồng của hợp tác xã');
  await writeBody(page, 'Theo báo cáo của xã, hợp tác xã nuôi hươu có hiệu quả.');
  await publish(page);

  await expect.poll(() => savedData(storyFile(story.slug))?.title, { timeout: 30_000 }).toBe(story.title);
  const data = storySchema(() => z.string()).parse(readData(storyFile(story.slug)));
  expect(data).toMatchObject({ title: story.title, publishedOn: '2026-01-15', exemplars: ['htx-nuoi-huou-hoi-ccb-trong-hung-tan-hoa'], draft: false });
  expect(data.cover?.src).toMatch(/^(\.\/)?images\/huou\.png$/);
  expect(fs.existsSync(path.join(site.content, 'stories', 'images', 'huou.png'))).toBe(true);
});

test('a story left as a draft is saved with draft: true', async ({ page }) => {
  await open(page, '#/collections/stories/new');
  await fillStory(page, draft.title);
  await page.getByRole('switch', { name: /Bản nháp/ }).click();
  await writeBody(page, 'Chưa viết xong.');
  await publish(page);
  await expect.poll(() => savedData(storyFile(draft.slug))?.draft, { timeout: 30_000 }).toBe(true);
  expect(readData(storyFile(draft.slug))).toMatchObject({ title: draft.title, draft: true });
});

test('an invalid entry and a file that is not an image are refused with a Vietnamese message', async ({ page }) => {
  await open(page, '#/collections/stories/new');
  await page.getByLabel('Tác giả', { exact: true }).fill('Phòng Văn hóa xã');
  await publish(page);
  await expect(page.getByText('Tiêu đề bắt buộc nhập.')).toBeVisible();
  await expect(page.getByText('Bạn còn thiếu vài thông tin bắt buộc. Hãy hoàn thành trước khi lưu.')).toBeVisible();

  await page.getByRole('button', { name: 'Chọn một hình' }).click();
  const messages: string[] = [];
  page.on('dialog', (dialog) => void (messages.push(dialog.message()), dialog.accept()));
  const input = page.locator('input[type="file"]');
  await input.setInputFiles({ name: 'bao-cao.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
  await input.setInputFiles({ name: 'anh-lon.png', mimeType: 'image/png', buffer: Buffer.alloc(3 * 1024 * 1024) });
  await expect.poll(() => messages).toEqual([
    '“bao-cao.pdf” không phải là ảnh. Chỉ nhận ảnh JPG, JPEG, PNG, WEBP, AVIF.',
    'Ảnh “anh-lon.png” nặng 3 MB, quá giới hạn 2 MB. Hãy thu nhỏ ảnh rồi tải lên lại.',
  ]);
  expect(fs.readdirSync(path.join(site.content, 'stories', 'images'))).not.toContain('bao-cao.pdf');
  expect(fs.readdirSync(path.join(site.content, 'stories', 'images'))).not.toContain('anh-lon.png');
});

test('a staff member corrects the year of an exemplar’s recognition', async ({ page }) => {
  const file = path.join(site.content, 'exemplars', 'thai-nguyen', 'cong-doan-xa-tan-hoa.yaml');
  await open(page, '#/collections/exemplars/entries/thai-nguyen/cong-doan-xa-tan-hoa');
  await page.getByRole('button', { name: 'Mở rộng' }).nth(1).click();
  await page.getByLabel('Năm (không bắt buộc)').fill('2024');
  await publish(page);
  await expect.poll(() => (savedData(file)?.recognitions as Array<{ year: number }> | undefined)?.[0]?.year, { timeout: 30_000 }).toBe(2024);
  const data = exemplarSchema.parse(readData(file));
  expect(data.recognitions[0]).toMatchObject({ name: 'Hoàn thành xuất sắc nhiệm vụ', year: 2024, category: 'danh hiệu' });
});

test('a staff member corrects an indicator’s label in the registry, and the registry still passes the schema', async ({ page }) => {
  // A form of a hundred indicators: the heaviest page of the editor, slow to open and to close on a busy machine.
  test.setTimeout(240_000);
  const file = path.join(site.content, 'indicators.yaml');
  await open(page, '#/collections/indicators/entries/registry');
  // The registry opens with its hundred indicators, each folded under its label and id.
  await expect(page.getByText('Tỷ lệ hộ nghèo (poor-household-rate)', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expandItem(page, 'Diện tích tự nhiên (area-natural)');
  await page.getByLabel('Tên hiển thị', { exact: true }).first().fill('Diện tích đất tự nhiên');
  await publish(page);
  const labelOf = (id: string) => (parseYaml(fs.readFileSync(file, 'utf8')) as Array<{ id: string; label: string }> | null)?.find((i) => i.id === id)?.label;
  await expect.poll(() => labelOf('area-natural'), { timeout: 30_000 }).toBe('Diện tích đất tự nhiên');
  const registry = z.array(indicatorSchema).parse(parseYaml(fs.readFileSync(file, 'utf8')));
  expect(registry).toHaveLength(parseYaml(fs.readFileSync(path.resolve('content', 'indicators.yaml'), 'utf8')).length);
  expect(labelOf('poor-household-rate')).toBe('Tỷ lệ hộ nghèo');
  // The file's comments (its header, the section headings) are kept; nothing of the editor's own is written.
  expect(fs.readFileSync(file, 'utf8')).toMatch(/^# Registry of indicators[\s\S]*\n# ---- Poverty\n- id: poor-households\n/);
  expect(fs.readFileSync(file, 'utf8')).not.toContain('cms_');
  expect(contentErrors(site, 'indicators.yaml')).toEqual([]);
});

test('a staff member creates an exemplar for an existing unit, saved in the province’s folder under the site’s id', async ({ page }) => {
  const file = path.join(site.content, 'exemplars', 'thai-nguyen', 'hoi-phu-nu-xa-tan-hoa-tan-hoa-phu-binh.yaml');
  await open(page, '#/collections/exemplars/new');
  await page.getByLabel('Tên', { exact: true }).fill('Hội phụ nữ xã Tân Hòa');
  await page.getByLabel('Loại', { exact: true }).fill('tập');
  await page.getByRole('option', { name: 'tập thể', exact: true }).click();
  await page.getByLabel('Đơn vị', { exact: true }).fill('Tân Ho');
  await page.getByRole('option', { name: /Tân Hoà/ }).first().click();
  await page.getByRole('button', { name: /Thêm các năm/ }).click();
  await page.locator('input[type="number"]').first().fill('2023');
  await page.getByLabel('Văn bản nêu tên', { exact: true }).fill('thi đua');
  await page.getByRole('option', { name: /Tổng kết công tác thi đua khen thưởng năm 2023/ }).first().click();
  await page.getByLabel('Câu trích nguyên văn', { exact: true }).fill('Hội phụ nữ, chi hội phụ nữ nói riêng đã đạt được những kết quả đáng khích lệ');
  await publish(page);

  await expect.poll(() => savedData(file)?.name, { timeout: 30_000 }).toBe('Hội phụ nữ xã Tân Hòa');
  const data = exemplarSchema.parse(readData(file));
  expect(data).toMatchObject({ kind: 'tập thể', unit: 'thai-nguyen/tan-hoa-phu-binh', years: [2023], draft: false, source: { document: 'thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127' } });
  expect(Object.keys(readData(file)).filter((key) => key.startsWith('cms_'))).toEqual([]);
  expect(contentErrors(site, 'exemplars/thai-nguyen/hoi-phu-nu-xa-tan-hoa-tan-hoa-phu-binh.yaml')).toEqual([]);
});

test('the build publishes the story with its cover, and the draft appears nowhere', () => {
  test.setTimeout(300_000);
  const { dist, ok, output } = buildCopy(site);
  expect(ok, output.slice(-3000)).toBe(true);
  const page = fs.readFileSync(path.join(dist, 'bai-viet', story.slug, 'index.html'), 'utf8');
  expect(page).toContain(story.title);
  expect(page).toMatch(/<img[^>]+src="\/_astro\/huou\.[^"]+\.(webp|avif|png)"/);
  expect(fs.existsSync(path.join(dist, 'bai-viet', draft.slug))).toBe(false);
  expect(filesContaining(dist, draft.title)).toEqual([]);
  expect(filesContaining(dist, draft.slug)).toEqual([]);
});
