import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { storySchema } from '../../src/schemas/story.ts';
import { exemplarSchema } from '../../src/schemas/exemplar.ts';
import { indicatorSchema } from '../../src/schemas/indicator.ts';
import { buildCopy, chooseCover, contentErrors, expandItem, filesContaining, fillStory, openEditor, readData, savedData, startAdmin, warmUp, writeBody, type AdminSite } from './admin-helpers.ts';

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
  await warmUp(browser, site);
});
test.afterAll(async () => site?.stop());

/** Opens the editor, signed in, at a route of it. */
const open = (page: Page, hash: string) => openEditor(page, site, hash);

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

  await chooseCover(page, 'huou.png', 'Đàn hươu trong chuồng của hợp tác xã');
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
