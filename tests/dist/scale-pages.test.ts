import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEntities, distDir, htmlText, mainHtml, requireBuiltSite, walk } from './site-html.ts';
import { splitDist } from './split-dist.ts';

requireBuiltSite(distDir);
requireBuiltSite(splitDist);

/**
 * Checks over the pages a large site cuts or splits, on the bundled content built both ways: as is (every list on
 * one page, charts comparing units) and as a national site is built (dist-split: lists in pages of 3, charts of
 * more than one unit comparing provinces with a page per province). Nothing may be lost or shown twice.
 */
const pageSize = 3;
const read = (dist: string, file: string) => fs.readFileSync(path.join(dist, file), 'utf8');
const exists = (dist: string, file: string) => fs.existsSync(path.join(dist, file));

/** The list pages of a list, in order: its own page, then trang/2/, trang/3/… as long as they exist. */
function listPages(dist: string, list: string): string[] {
  const pages = [`${list}index.html`];
  for (let n = 2; exists(dist, `${list}trang/${n}/index.html`); n++) pages.push(`${list}trang/${n}/index.html`);
  return pages;
}

/** Links of the list items on a page (items carry data-filter-item). */
function itemLinks(html: string): string[] {
  return [...mainHtml(html).matchAll(/<li[^>]*data-filter-item[^>]*>\s*<a href="([^"]+)"/g)].map((m) => m[1]);
}

/** Whether the list's "Lọc" links filter it in place (the whole list is on the page), rather than lead to facet pages. */
const hasFilterForm = (html: string) => /<list-filter[^>]*data-filterable/.test(html);

/** Rows of the "every value" table of an indicator page: unit, year, kind, value. */
function valueRows(html: string): string[] {
  const table = /<h2 id="tat-ca-so-lieu">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => htmlText(m[1]).replace(/\s+/g, ' ').trim());
}

// Lists that filter with JavaScript (the honor roll's facet pages are its filter's no-JavaScript form).
const filtered = ['dien-hinh/', 'van-ban/', 'van-ban/loai/bao-cao/'];
const lists = [...filtered, 'dien-hinh/nam/2024/', 'dien-hinh/tinh/quang-ngai/'];
const provinces = fs.readdirSync(path.join(distDir, 'don-vi'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

describe('lists of the site as built', () => {
  it.each(lists)('%s fits on one page, without a pager', (list) => {
    expect(listPages(distDir, list)).toEqual([`${list}index.html`]);
    const html = read(distDir, `${list}index.html`);
    expect(hasFilterForm(html)).toBe(filtered.includes(list));
    expect(html).not.toContain('class="pager');
  });
});

describe('lists of the site built as a national site (pages of 3)', () => {
  it.each(lists)('%s holds every item of the whole list once, at most 3 a page, pages linked in order', (list) => {
    const whole = itemLinks(read(distDir, `${list}index.html`));
    const pages = listPages(splitDist, list);
    expect(pages.length).toBe(Math.max(1, Math.ceil(whole.length / pageSize)));
    const seen = pages.map((p) => itemLinks(read(splitDist, p)));
    for (const items of seen) expect(items.length).toBeLessThanOrEqual(pageSize);
    expect(seen.flat()).toEqual(whole);
    for (const [i, file] of pages.entries()) {
      const html = read(splitDist, file);
      // A filter form would only see this page's items: the facet pages stand in for it.
      expect(hasFilterForm(html)).toBe(pages.length === 1 && filtered.includes(list));
      if (pages.length === 1) continue;
      expect(htmlText(html)).toContain(`Trang ${i + 1}/${pages.length}: ${i * pageSize + 1}–${Math.min(whole.length, (i + 1) * pageSize)} trong ${whole.length}`);
      if (i > 0) expect(html).toMatch(/<a href="[^"]+" rel="prev"/);
      if (i < pages.length - 1) expect(html).toMatch(new RegExp(`<a href="/${list}trang/${i + 2}/" rel="next"`));
    }
  });

  it('titles later pages with their number, so every page has a title of its own', () => {
    expect(decodeEntities(/<title>([^<]*)<\/title>/.exec(read(splitDist, 'dien-hinh/trang/2/index.html'))![1])).toMatch(/^Bảng vàng điển hình tiên tiến \(trang 2\)/);
  });
});

describe('charts of the site built as a national site (one unit per chart row at most)', () => {
  // The indicators' own pages, not the old English addresses that only forward to them.
  const forwards = (key: string) => /http-equiv="refresh"/.test(read(splitDist, `chi-so/${key}/index.html`));
  const indicatorDirs = fs.readdirSync(path.join(splitDist, 'chi-so'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).filter((key) => !forwards(key));
  const provincesOf = (key: string) =>
    fs.readdirSync(path.join(splitDist, 'chi-so', key), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  const split = indicatorDirs.filter((key) => provincesOf(key).length > 0);

  it('splits indicators reported in several provinces into a page per province', () => {
    expect(split.length).toBeGreaterThan(0);
    for (const key of split) {
      expect(provincesOf(key).length).toBeGreaterThan(1);
      for (const p of provincesOf(key)) expect(provinces).toContain(p);
    }
  });

  it('keeps every value of an indicator, each on the page of its province, none lost or repeated', () => {
    for (const key of split) {
      const whole = valueRows(read(distDir, `chi-so/${key}/index.html`));
      expect(valueRows(read(splitDist, `chi-so/${key}/index.html`))).toEqual([]);
      const parts = provincesOf(key).flatMap((p) => valueRows(read(splitDist, `chi-so/${key}/${p}/index.html`)));
      expect(parts.sort()).toEqual([...whole].sort());
    }
  });

  it('links the national awards page to a page per province, and every province page says whose units it counts', () => {
    const html = read(splitDist, 'khen-thuong/index.html');
    for (const [slug, name] of [['quang-ngai', 'Quảng Ngãi'], ['thai-nguyen', 'Thái Nguyên']]) {
      expect(html).toContain(`href="/khen-thuong/${slug}/"`);
      expect(htmlText(read(splitDist, `khen-thuong/${slug}/index.html`))).toContain(`của các đơn vị thuộc ${name}`);
    }
    expect(walk(path.join(splitDist, 'du-lieu/bieu-do/khen-thuong/quang-ngai'), ['.csv']).length).toBeGreaterThan(0);
  });
});

describe('a movement with more exemplars than a list page', () => {
  it('counts them and sends the reader to the honor roll’s pages for the movement, which list them all', () => {
    const html = read(splitDist, 'phong-trao/dan-van-kheo/index.html');
    const whole = read(distDir, 'phong-trao/dan-van-kheo/index.html');
    const cards = (h: string) => [...mainHtml(h).matchAll(/<a href="(\/dien-hinh\/[^"/]+\/)"/g)].map((m) => m[1]);
    expect(cards(whole).length).toBeGreaterThan(pageSize);
    expect(htmlText(html)).toContain(`${cards(whole).length} điển hình được nêu trong phong trào`);
    expect(html).toContain('href="/dien-hinh/phong-trao/dan-van-kheo/"');
    const listed = listPages(splitDist, 'dien-hinh/phong-trao/dan-van-kheo/').flatMap((p) => itemLinks(read(splitDist, p)));
    expect(listed.sort()).toEqual([...new Set(cards(whole))].sort());
  });
});
