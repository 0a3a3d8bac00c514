import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Page } from '@playwright/test';
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

const adminPort = Number(process.env.E2E_ADMIN_PORT ?? 4395);
const proxyPort = Number(process.env.E2E_ADMIN_PROXY_PORT ?? 8095);

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

export async function startAdmin(): Promise<AdminSite> {
  // A server left on these ports would answer for this run while saving into another folder: refuse to start.
  for (const port of [adminPort, proxyPort]) {
    if (await portAnswers(port)) throw new Error(`Cổng ${port} đang có máy chủ khác (port in use, a server left over?): hãy dừng nó rồi chạy lại.`);
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bang-vang-admin-'));
  const content = path.join(root, 'content');
  fs.cpSync(path.resolve('content'), content, { recursive: true });
  const env = {
    ...process.env, CONTENT_DIR: content, CMS_PROXY_PORT: String(proxyPort), ADMIN_PORT: String(adminPort), ADMIN_HOST: '127.0.0.1',
    CACHE_DIR: path.join(root, 'astro-cache'), OUT_DIR: path.join(root, 'dist'),
  };
  const children: ChildProcess[] = commands(env).map(({ args, env: childEnv }) => spawn(process.execPath, args, { env: childEnv, stdio: 'ignore' }));
  const url = `http://localhost:${adminPort}/admin/`;
  try {
    await waitFor(`http://localhost:${proxyPort}/api/v1`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' }, 30_000);
    // astro dev on a busy machine (2 cores shared with builds) has taken more than a minute to answer.
    await waitFor(`http://127.0.0.1:${adminPort}/admin/config.yml`, undefined, 150_000);
  } catch (error) {
    // Not left running: the retry would find these servers on its ports, saving into this folder.
    await stopAll(children, root);
    throw error;
  }
  return { root, content, url, stop: () => stopAll(children, root) };
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
