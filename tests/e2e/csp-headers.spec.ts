import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

/**
 * The site works under the strict Content-Security-Policy of public/_headers. A small static server serves
 * the built site (DIST_DIR or dist/) with the headers of that file, the way a static host that reads _headers
 * would; Chromium then reports any CSP violation, which fails the test.
 */
const dist = path.resolve(process.env.DIST_DIR ?? 'dist');
const headersFile = fs.existsSync(path.join(dist, '_headers')) ? path.join(dist, '_headers') : path.resolve('public/_headers');
const port = 4398;
const origin = `http://127.0.0.1:${port}`;

/** The rules of a _headers file: a path pattern, then indented "Name: value" lines. */
function readHeaderRules(text: string): Array<{ pattern: RegExp; headers: Array<[string, string | null]> }> {
  const rules: Array<{ pattern: RegExp; headers: Array<[string, string | null]> }> = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      // "! Name" detaches a header an earlier rule set (the /admin/ rule replaces the site-wide policy).
      const detach = /^\s+!\s*(\S+)\s*$/.exec(line);
      const match = /^\s+([^:]+):\s*(.*)$/.exec(line);
      if (detach && rules.length) rules[rules.length - 1].headers.push([detach[1], null]);
      else if (match && rules.length) rules[rules.length - 1].headers.push([match[1].trim(), match[2].trim()]);
    }
  }
  return rules;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.json': 'application/json', '.xml': 'application/xml', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.webp': 'image/webp', '.avif': 'image/avif', '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8', '.yml': 'text/yaml; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.ico': 'image/x-icon',
};

// One server on one port: the tests of this file run in order in one worker.
test.describe.configure({ mode: 'default' });

let server: http.Server;

test.beforeAll(async () => {
  // A check over the built site fails when there is none (npm run build first), instead of passing unchecked.
  expect(fs.existsSync(path.join(dist, 'index.html')), `no built site in ${dist}: run npm run build`).toBe(true);
  const rules = readHeaderRules(fs.readFileSync(headersFile, 'utf8'));
  server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', origin);
    let file = path.join(dist, decodeURIComponent(url.pathname));
    if (!file.startsWith(dist)) file = dist;
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const found = fs.existsSync(file);
    if (!found) file = path.join(dist, '404.html');
    response.setHeader('Content-Type', types[path.extname(file)] ?? 'application/octet-stream');
    for (const rule of rules) {
      if (!rule.pattern.test(url.pathname)) continue;
      for (const [name, value] of rule.headers) if (value === null) response.removeHeader(name); else response.setHeader(name, value);
    }
    response.writeHead(found ? 200 : 404);
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  if (server) await new Promise((resolve) => server.close(resolve));
});

/** Collects CSP violations (the DOM event and Chromium's console report) while a page is used. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(t: string): void }).reportViolation(`${event.violatedDirective}: ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return violations;
}

/** A built page of a section, found in dist (document and chart pages depend on the content). */
function firstPage(section: string, test: (html: string) => boolean = () => true): string {
  const root = path.join(dist, section);
  for (const entry of fs.readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (entry.name !== 'index.html') continue;
    const file = path.join(entry.parentPath, entry.name);
    if (file === path.join(root, 'index.html')) continue;
    if (test(fs.readFileSync(file, 'utf8'))) return `/${path.relative(dist, path.dirname(file)).split(path.sep).join('/')}/`;
  }
  throw new Error(`no page under ${section}/`);
}

test.describe('under the Content-Security-Policy of public/_headers', () => {
  test('the server sends the policy and the security headers', async ({ request }) => {
    const response = await request.get(`${origin}/`);
    expect(response.headers()['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
  });

  const pages: Array<[string, () => string]> = [
    ['the home page', () => '/'],
    ['a document', () => firstPage('van-ban', (html) => html.includes('<article'))],
    ['the honor roll', () => '/dien-hinh/'],
    ['a chart page', () => firstPage('chi-so', (html) => html.includes('<bv-chart'))],
  ];
  for (const [name, url] of pages) {
    test(`${name} loads with no CSP violation`, async ({ page }) => {
      const violations = await watchViolations(page);
      await page.goto(`${origin}${url()}`, { waitUntil: 'networkidle' });
      await expect(page.locator('h1').first()).toBeVisible();
      expect(violations).toEqual([]);
    });
  }

  test('search runs Pagefind (WebAssembly) with no CSP violation', async ({ page }) => {
    const violations = await watchViolations(page);
    const fragment = page.waitForResponse((response) => /pagefind\/.*\.pf_fragment$/.test(response.url()), { timeout: 20_000 });
    await page.goto(`${origin}/tim-kiem/?q=${encodeURIComponent('thi đua')}`, { waitUntil: 'networkidle' });
    await fragment;
    expect(violations).toEqual([]);
  });

  test('no page in dist has an inline event handler', () => {
    const offenders: string[] = [];
    for (const entry of fs.readdirSync(dist, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
      const html = fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
      const match = /<[a-zA-Z][^>]*?\son[a-z]+\s*=/.exec(html);
      if (match) offenders.push(`${path.relative(dist, path.join(entry.parentPath, entry.name))}: ${match[0].slice(-60)}`);
    }
    expect(offenders).toEqual([]);
  });

  test('the editor at /admin/ has a policy of its own and starts with no CSP violation; other pages keep the strict one', async ({ page, request }) => {
    expect(fs.existsSync(path.join(dist, 'admin', 'index.html')), `no editor in ${dist}: run npm run build`).toBe(true);
    const site = (await request.get(`${origin}/`)).headers()['content-security-policy'];
    const admin = (await request.get(`${origin}/admin/`)).headers()['content-security-policy'];
    expect(site).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
    expect(admin).toContain("script-src 'self' 'unsafe-eval'");
    expect(admin).toContain("frame-ancestors 'none'");
    const violations = await watchViolations(page);
    await page.goto(`${origin}/admin/`, { waitUntil: 'networkidle' });
    await expect(page.getByRole('button', { name: /Đăng nhập/ })).toBeVisible({ timeout: 30_000 });
    expect(violations).toEqual([]);
  });

  test('the chart draws on its canvas with no CSP violation', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(`${origin}${firstPage('chi-so', (html) => html.includes('<bv-chart'))}`, { waitUntil: 'networkidle' });
    await expect(page.locator('bv-chart canvas').first()).toBeAttached();
    expect(violations).toEqual([]);
  });
});
