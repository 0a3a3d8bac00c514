import fs from 'node:fs';
import path from 'node:path';

/** URLs per sitemap file, as @astrojs/sitemap's default (the protocol allows 50,000). */
const entryLimit = 45_000;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Writes sitemap-index.xml and sitemap-<n>.xml for a merged site: one URL per page (`…/index.html`), the 404
 * page left out, as @astrojs/sitemap does for a single build. The parts cannot write it: each sees only its pages.
 * `files` are the site's files relative to it, `/` between folders, as the merge placed them (shards/merge.ts).
 */
export function writeSitemap(site: string, files: Iterable<string>, origin: string, base = '/'): { urls: number; files: number } {
  const prefix = new URL(base.endsWith('/') ? base : `${base}/`, origin).href;
  const pages = [...files]
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .filter((file) => !file.startsWith('pagefind/'))
    .map((file) => `${prefix}${encodeURI(file.slice(0, -'index.html'.length))}`)
    .sort();
  const chunks: string[][] = [];
  for (let i = 0; i < pages.length; i += entryLimit) chunks.push(pages.slice(i, i + entryLimit));
  for (const [n, chunk] of chunks.entries()) {
    const urls = chunk.map((url) => `<url><loc>${escapeXml(url)}</loc></url>`).join('');
    fs.writeFileSync(path.join(site, `sitemap-${n}.xml`), `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>`);
  }
  const index = chunks.map((_, n) => `<sitemap><loc>${escapeXml(`${prefix}sitemap-${n}.xml`)}</loc></sitemap>`).join('');
  fs.writeFileSync(path.join(site, 'sitemap-index.xml'), `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${index}</sitemapindex>`);
  return { urls: pages.length, files: chunks.length };
}
