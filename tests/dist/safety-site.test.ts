import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { htmlToHast, type HastNode } from 'satteri';
import { describe, expect, it } from 'vitest';
import { splitDist } from './split-dist.ts';
import { requireBuiltSite } from './site-html.ts';

/**
 * Checks over the built site (DIST_DIR or dist/): every internal link and #anchor resolves, every page is valid
 * HTML with a title, a description and a canonical URL, and nothing in it needs an inline script, style or
 * event handler (the Content-Security-Policy of public/_headers forbids them).
 */
const site = new URL(process.env.SITE ?? 'https://bangvang.example.vn');
const base = (process.env.BASE ?? '/').replace(/\/?$/, '/');
const origin = new URL(base, site);

interface Element {
  tagName: string;
  properties: Record<string, unknown>;
  children: Node[];
}
type Node = HastNode & { children?: Node[] };

function* elements(node: Node): Generator<Element> {
  if (node.type === 'element') yield node as unknown as Element;
  for (const child of node.children ?? []) yield* elements(child);
}

const text = (node: Node): string =>
  node.type === 'text' ? String((node as { value: string }).value) : (node.children ?? []).map(text).join('');

interface Page {
  file: string;
  url: URL;
  html: string;
  elements: Element[];
  ids: Set<string>;
  redirect: boolean;
}

/** Every HTML page of the output, parsed once. */
function loadPages(dist: string): Page[] {
  const pages: Page[] = [];
  for (const entry of fs.readdirSync(dist, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dist, file).split(path.sep).join('/');
    const urlPath = relative === 'index.html' ? '' : relative.endsWith('/index.html') ? relative.slice(0, -'index.html'.length) : relative;
    const html = fs.readFileSync(file, 'utf8');
    const list = [...elements(htmlToHast(html) as Node)];
    const ids = new Set<string>();
    for (const el of list) {
      if (typeof el.properties.id === 'string') ids.add(el.properties.id);
      if (el.tagName === 'a' && typeof el.properties.name === 'string') ids.add(el.properties.name);
    }
    const redirect = list.some((el) => el.tagName === 'meta' && String(el.properties.httpEquiv ?? '').toLowerCase() === 'refresh');
    pages.push({ file: relative, url: new URL(urlPath, origin), html, elements: list, ids, redirect });
  }
  return pages.sort((a, b) => a.file.localeCompare(b.file));
}

// The site as built, and the bundled content built as a national site is: search in bundles, lists in pages,
// charts by province (tests/dist/split-dist.ts).
for (const dist of [path.resolve(process.env.DIST_DIR ?? 'dist'), splitDist]) describeSite(dist);

function describeSite(dist: string): void {
  requireBuiltSite(dist);
  const pages = loadPages(dist);
  const byPath = new Map(pages.map((p) => [decodeURI(p.url.pathname), p]));

  /** The output file a site URL is served from, or undefined when nothing is there. */
  function target(url: URL): { page?: Page; exists: boolean } {
    const pathname = decodeURI(url.pathname);
    const page = byPath.get(pathname);
    if (page) return { page, exists: true };
    if (!pathname.startsWith(origin.pathname)) return { exists: false };
    const file = path.join(dist, pathname.slice(origin.pathname.length));
    return { exists: fs.existsSync(file) && fs.statSync(file).isFile() };
  }

  const linkAttributes: Array<[string, string]> = [
    ['a', 'href'], ['link', 'href'], ['img', 'src'], ['script', 'src'], ['source', 'src'], ['form', 'action'], ['iframe', 'src'],
  ];

  /** With SAFETY_REPORT_DIR set, full lists are written there (the assertion diff shows only their start). */
  function dump(name: string, list: string[]): void {
    if (process.env.SAFETY_REPORT_DIR) fs.writeFileSync(path.join(process.env.SAFETY_REPORT_DIR, `${name}.txt`), list.join('\n'));
  }

  describe(`the built site in ${path.relative(process.cwd(), dist) || '.'}`, () => {
    it('has no broken internal link or #anchor', () => {
      const broken: string[] = [];
      for (const page of pages) {
        for (const el of page.elements) {
          for (const [tag, attribute] of linkAttributes) {
            if (el.tagName !== tag) continue;
            const value = el.properties[attribute];
            if (typeof value !== 'string' || !value) continue;
            const rel = Array.isArray(el.properties.rel) ? el.properties.rel : [];
            if (tag === 'link' && (rel.includes('preconnect') || rel.includes('dns-prefetch'))) continue;
            const url = new URL(value, page.url);
            if (url.origin !== origin.origin) continue;
            if (!url.pathname.startsWith(origin.pathname)) {
              broken.push(`${page.file}: ${value} (ngoài đường dẫn gốc ${origin.pathname} — outside the base path)`);
              continue;
            }
            const found = target(url);
            if (!found.exists) {
              broken.push(`${page.file}: ${value} (không tồn tại — no such page or file)`);
              continue;
            }
            // A text fragment (":~:text=…", used to highlight a quoted sentence) is not an anchor; what precedes it is.
            const anchor = decodeURIComponent(url.hash.slice(1).split(':~:')[0]);
            if (anchor && found.page && !found.page.ids.has(anchor)) {
              broken.push(`${page.file}: ${value} (không có neo ${url.hash} — no such anchor)`);
            }
          }
        }
      }
      dump('broken', broken);
      expect(broken).toEqual([]);
    });

    it('gives every page a title, a meta description and a canonical URL of its own', () => {
      const missing: string[] = [];
      for (const page of pages) {
        const title = page.elements.find((el) => el.tagName === 'title');
        if (!title || !text(title as unknown as Node).trim()) missing.push(`${page.file}: <title>`);
        if (page.redirect || page.file === '404.html') continue;
        const description = page.elements.find((el) => el.tagName === 'meta' && el.properties.name === 'description');
        if (!String(description?.properties.content ?? '').trim()) missing.push(`${page.file}: <meta name="description">`);
        const canonical = page.elements.find((el) => el.tagName === 'link' && Array.isArray(el.properties.rel) && el.properties.rel.includes('canonical'));
        const href = String(canonical?.properties.href ?? '');
        if (!href) missing.push(`${page.file}: <link rel="canonical">`);
        else if (new URL(href, page.url).href !== page.url.href) missing.push(`${page.file}: canonical ${href} ≠ ${page.url.href}`);
      }
      expect(missing).toEqual([]);
    });

    it('has no inline script, inline style or event-handler attribute that the CSP would block', () => {
      const inline: string[] = [];
      for (const page of pages) {
        for (const el of page.elements) {
          for (const key of Object.keys(el.properties)) if (/^on[A-Z]/.test(key) || /^on/.test(key)) inline.push(`${page.file}: <${el.tagName} ${key}=…>`);
          if (el.properties.style !== undefined) inline.push(`${page.file}: <${el.tagName} style="${String(el.properties.style).slice(0, 40)}">`);
          if (el.tagName === 'style') inline.push(`${page.file}: <style>`);
          const type = String(el.properties.type ?? '');
          if (el.tagName === 'script' && !el.properties.src && !/^application\/(ld\+)?json$/.test(type)) inline.push(`${page.file}: inline <script>`);
          for (const attribute of ['href', 'src', 'action']) {
            if (/^\s*javascript:/i.test(String(el.properties[attribute] ?? ''))) inline.push(`${page.file}: ${attribute}="javascript:…"`);
          }
        }
      }
      expect(inline).toEqual([]);
    });

    it('is valid HTML (html-validate, recommended rules)', async () => {
      const validator = new HtmlValidate({
        extends: ['html-validate:recommended'],
        rules: {
          // Vietnamese document titles (trích yếu) are legitimately longer than 70 characters.
          'long-title': 'off',
          // Output formatting is Astro's, not ours: self-closing style and whitespace are not errors.
          'void-style': 'off',
          'no-trailing-whitespace': 'off',
          // Astro writes boolean attributes as attr="" in some places; both forms are valid HTML.
          'attribute-boolean-style': 'off',
          'attribute-empty-style': 'off',
          // Ids may start with a digit in HTML5 ("1-mục-đích", from numbered headings); only spaces are invalid.
          'valid-id': ['error', { relaxed: true }],
          // <div role="region" tabindex="0" aria-labelledby> is the accessible wrapper for scrollable tables;
          // <section> would be equivalent, not more correct.
          'prefer-native-element': ['error', { exclude: ['region'] }],
        },
      });
      const failures: string[] = [];
      for (const page of pages) {
        const report = await validator.validateString(page.html, page.file);
        for (const result of report.results) {
          for (const m of result.messages) failures.push(`${page.file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
        }
      }
      dump('invalid', failures);
      expect(failures).toEqual([]);
    }, 300_000);

    it('ships the security headers with a strict Content-Security-Policy', () => {
      const headers = fs.readFileSync(path.join(dist, '_headers'), 'utf8');
      const csp = /^\s+Content-Security-Policy:\s*(.+)$/m.exec(headers)?.[1] ?? '';
      for (const directive of [
        "default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "img-src 'self' data:",
        "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'",
      ]) {
        expect(csp).toContain(directive);
      }
      expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      expect(headers).toMatch(/X-Content-Type-Options:\s*nosniff/);
      expect(headers).toMatch(/Referrer-Policy:\s*\S+/);
      expect(headers).toMatch(/Permissions-Policy:\s*\S+/);
    });
  });
}
