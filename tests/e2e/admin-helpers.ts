import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { parse as parseYaml } from 'yaml';
import { expect, type Browser, type Page } from '@playwright/test';
import { commands } from '../../tools/admin/start.ts';
import { runContentCheck } from '../../src/checks/index.ts';

/**
 * The editor as `npm run admin` starts it (tools/admin/start.ts), on its own ports, against a throwaway copy of
 * content/ in a temporary folder: the repository's content is never touched.
 */
export interface AdminSite {
  /** The temporary repository folder: decap-server's root, holding content/. */
  root: string;
  content: string;
  url: string;
  stop(): Promise<void>;
}

/** The ports of the editor's two servers: each spec file has its own, since Playwright may run them at once. */
export interface AdminPorts {
  admin: number;
  proxy: number;
}

const defaultPorts: AdminPorts = { admin: Number(process.env.E2E_ADMIN_PORT ?? 4395), proxy: Number(process.env.E2E_ADMIN_PROXY_PORT ?? 8095) };

/** Runs git in a folder; throws with git's message when it fails. */
export function gitIn(dir: string, ...args: string[]): string {
  const result = spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

/**
 * Makes the temporary folder a git repository with the copy of the content committed on `main`, as the editorial
 * workflow needs (tools/admin/workflow.ts); the servers' caches are ignored, so the folder stays clean.
 */
function initRepository(root: string): void {
  fs.writeFileSync(path.join(root, '.gitignore'), '/astro-cache/\n/dist/\n/build-cache/\n');
  gitIn(root, 'init', '--quiet', '--initial-branch=main');
  for (const [key, value] of [['user.name', 'Phòng Văn hóa xã'], ['user.email', 'vanhoa@xa.example.vn'], ['commit.gpgsign', 'false']]) gitIn(root, 'config', key, value);
  gitIn(root, 'add', '.');
  gitIn(root, 'commit', '--quiet', '--no-verify', '-m', 'Nội dung ban đầu');
}

async function waitFor(url: string, init: RequestInit | undefined, ms: number): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      if ((await fetch(url, init)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`${url} không trả lời sau ${ms / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** Whether something already answers on a port of this machine (a server left over from an earlier run). */
async function portAnswers(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2_000) });
    return true;
  } catch (error) {
    return (error as Error).name === 'TimeoutError';
  }
}

/** Stops the processes (and waits for them to end), then removes the temporary folder. */
async function stopAll(children: ChildProcess[], root: string): Promise<void> {
  const ended = children.filter((c) => c.exitCode === null && c.signalCode === null).map((c) => new Promise((resolve) => c.once('exit', resolve)));
  for (const child of children) child.kill('SIGTERM');
  await Promise.race([Promise.all(ended), new Promise((resolve) => setTimeout(resolve, 5_000))]);
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  fs.rmSync(root, { recursive: true, force: true });
}

/**
 * Starts the editor on a fresh copy of the content. With `workflow`, the copy is a git repository and the editor
 * runs as `npm run admin -- --workflow` does (decap-server in git mode, publish mode editorial_workflow).
 */
export async function startAdmin(options: { workflow?: boolean; ports?: AdminPorts } = {}): Promise<AdminSite> {
  const ports = options.ports ?? defaultPorts;
  // A server left on these ports would answer for this run while saving into another folder: refuse to start.
  for (const port of [ports.admin, ports.proxy]) {
    if (await portAnswers(port)) throw new Error(`Cổng ${port} đang có máy chủ khác (port in use, a server left over?): hãy dừng nó rồi chạy lại.`);
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bang-vang-admin-'));
  const content = path.join(root, 'content');
  const children: ChildProcess[] = [];
  try {
    fs.cpSync(path.resolve('content'), content, { recursive: true });
    if (options.workflow) initRepository(root);
    const env = {
      ...process.env, CONTENT_DIR: content, CMS_PROXY_PORT: String(ports.proxy), ADMIN_PORT: String(ports.admin), ADMIN_HOST: '127.0.0.1',
      CACHE_DIR: path.join(root, 'astro-cache'), OUT_DIR: path.join(root, 'dist'), CMS_WORKFLOW: options.workflow ? '1' : '0',
    };
    // E2E_ADMIN_LOG=<file>: both servers' output appended to that file, to see why a run failed.
    const log = process.env.E2E_ADMIN_LOG ? fs.openSync(process.env.E2E_ADMIN_LOG, 'a') : 'ignore';
    for (const { args, env: childEnv } of commands(env)) children.push(spawn(process.execPath, args, { env: childEnv, stdio: ['ignore', log, log] }));
    await waitFor(`http://localhost:${ports.proxy}/api/v1`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' }, 30_000);
    // astro dev on a busy machine (2 cores shared with builds) has taken more than a minute to answer.
    await waitFor(`http://127.0.0.1:${ports.admin}/admin/config.yml`, undefined, 150_000);
  } catch (error) {
    // Not left running: the retry would find these servers on its ports, saving into this folder.
    await stopAll(children, root);
    throw error;
  }
  return { root, content, url: `http://localhost:${ports.admin}/admin/`, stop: () => stopAll(children, root) };
}

/**
 * The data of a file the editor saves, or undefined while it is missing or still being written: decap-server
 * creates the file before it writes its text, so a test polls this rather than the file's existence.
 */
export function savedData(file: string): Record<string, unknown> | undefined {
  if (!fs.existsSync(file)) return undefined;
  const data = readData(file) as Record<string, unknown> | null;
  return data && typeof data === 'object' ? data : undefined;
}

/** The frontmatter of a Markdown/MDX file, or the whole of a YAML file, as data. */
export function readData(file: string): Record<string, unknown> {
  const text = fs.readFileSync(file, 'utf8');
  const front = /^---\n([\s\S]*?)\n---/.exec(text);
  return parseYaml(front ? front[1] : text) as Record<string, unknown>;
}

/** Builds the site from the copy (astro build with CONTENT_DIR at it) into its own folder. */
export function buildCopy(site: AdminSite): { dist: string; ok: boolean; output: string } {
  const dist = path.join(site.root, 'dist');
  const astro = commands()[1].args[0];
  const result = spawnSync(process.execPath, [astro, 'build'], {
    env: { ...process.env, CONTENT_DIR: site.content, OUT_DIR: dist, CACHE_DIR: path.join(site.root, 'build-cache') },
    encoding: 'utf8',
  });
  return { dist, ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}

/** Every file under a folder whose text contains the string. */
export function filesContaining(dir: string, text: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(html|xml|json|txt|csv)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => fs.readFileSync(file, 'utf8').includes(text));
}

/** A small valid PNG (1×1), and bytes that only pretend to be an image. */
export const tinyPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** The content check's errors (npm run check) on one file of the copy, as "rule: found". */
export function contentErrors(site: AdminSite, file: string): string[] {
  return runContentCheck({ dir: site.content })
    .problems.filter((p) => p.severity === 'error' && p.file === file)
    .map((p) => `${p.rule}: ${p.found}`);
}

/** Unfolds an item of a list by its summary: the item's first button is its fold toggle (it has no name). */
export async function expandItem(page: Page, summary: string): Promise<void> {
  await page.getByText(summary, { exact: true }).first().locator('xpath=..').getByRole('button').first().click();
}

/** Opens the editor, signs in to the local backend (no account) and goes to a route of it (`#/collections/…`). */
export async function openEditor(page: Page, site: AdminSite, hash: string): Promise<void> {
  await page.goto(site.url);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('link', { name: 'Bài viết' }).first()).toBeVisible({ timeout: 30_000 });
  await page.goto(`${site.url}${hash}`);
}

/** Fills a new story's required fields (the body apart: writeBody). */
export async function fillStory(page: Page, title: string): Promise<void> {
  await page.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await page.getByLabel('Tóm tắt', { exact: true }).fill('Hợp tác xã của Hội Cựu chiến binh được UBND tỉnh tặng Bằng khen.');
  await page.getByLabel('Tác giả', { exact: true }).fill('Phòng Văn hóa xã');
  await page.getByLabel('Ngày công bố', { exact: true }).fill('2026-01-15');
}

/** Types the body in the rich-text editor (Slate: typed, not filled, so that it registers the change). */
export async function writeBody(page: Page, text: string): Promise<void> {
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

/**
 * The first load of a fresh checkout lets Vite find and optimize the editor's dependencies, then reload the page:
 * done once before the tests, so that no test types into a page that is about to reload.
 */
export async function warmUp(browser: Browser, site: AdminSite): Promise<void> {
  const page = await browser.newPage();
  await page.goto(site.url);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(2_000);
  await page.reload();
  await page.waitForLoadState('networkidle');
  await page.close();
}

/** Uploads a new PNG as the story's cover in Decap's media library, chooses it and describes it. */
export async function chooseCover(page: Page, name: string, description: string): Promise<void> {
  await page.getByRole('button', { name: 'Chọn một hình' }).click();
  const cover = await sharp({ create: { width: 800, height: 450, channels: 3, background: '#b3261e' } }).png().toBuffer();
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'image/png', buffer: cover });
  // Decap selects the uploaded image once it is saved; select it by hand if it has not yet.
  await expect(page.getByText(name).first()).toBeVisible({ timeout: 30_000 });
  const choose = page.getByRole('button', { name: 'Lấy những cái đã chọn' });
  if (await choose.isDisabled()) await page.getByText(name).first().click();
  await choose.click();
  await page.getByLabel('Mô tả ảnh cho người không xem được ảnh').fill(description);
}
