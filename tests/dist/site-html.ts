/** Small helpers for checks over the built site: find pages, read their text. No DOM library needed. */
import fs from 'node:fs';
import path from 'node:path';

/** The built site: DIST_DIR, else OUT_DIR, else dist/. */
export const distDir = path.resolve(process.env.DIST_DIR ?? process.env.OUT_DIR ?? 'dist');

/** The content the site was built from: CONTENT_DIR, else content/. */
export const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');

/** Every file under a folder whose name ends with one of the extensions. */
export function walk(dir: string, exts: string[]): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return walk(full, exts);
    return exts.some((x) => e.name.endsWith(x)) ? [full] : [];
  });
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the HTML entities Astro writes. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return entities[e] ?? m;
  });
}

/** Visible text of an HTML fragment: scripts, styles and tags removed, entities decoded. */
export function htmlText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style|template)[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<[^>]+>/g, ' '),
  );
}

/** The <main> element's inner HTML (the whole page when there is none). */
export function mainHtml(html: string): string {
  const m = html.match(/<main[\s>][\s\S]*<\/main>/i);
  return m ? m[0] : html;
}

/**
 * Words for comparison: NFC, lower case, punctuation trimmed from both ends (quotes may be typographic on the
 * page and straight in the source), footnote markers and Markdown marks removed.
 */
export function words(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, ' ')
    .replace(/\[\^\d+\]/g, ' ')
    .replace(/[*_#`]/g, ' ')
    .toLocaleLowerCase('vi')
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/** Length of the longest common subsequence: how many source words the page holds in order. */
export function wordsInOrder(source: string[], page: string[]): number {
  let prev = new Uint16Array(page.length + 1);
  let cur = new Uint16Array(page.length + 1);
  for (let i = 1; i <= source.length; i++) {
    const w = source[i - 1];
    for (let j = 1; j <= page.length; j++) {
      cur[j] = w === page[j - 1] ? prev[j - 1] + 1 : cur[j - 1] > prev[j] ? cur[j - 1] : prev[j];
    }
    [prev, cur] = [cur, prev];
  }
  return prev[page.length];
}

/**
 * Stops a check over a built site when there is none: a check that found no pages would pass having checked
 * nothing. The message says how to build it.
 */
export function requireBuiltSite(dist: string, marker = 'index.html'): void {
  if (fs.existsSync(path.join(dist, marker))) return;
  const relative = path.relative(process.cwd(), dist);
  const folder = relative && !relative.startsWith('..') ? relative : dist;
  throw new Error(
    `Chưa có trang đã dựng ở ${folder}/ (no built site in ${folder}/, ${marker} missing): chạy (run) \`npm run build && npm run build:split-search\` trước, hoặc cả bộ kiểm thử bằng (or the whole suite with) \`npm test\``,
  );
}
