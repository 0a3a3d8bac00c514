/**
 * The figures in the built tables and downloads equal the content files. The expectations are computed here
 * straight from the YAML and MDX frontmatter (with the `yaml` package), not through the site's own code, so a
 * bug in the datasets cannot hide itself.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseCsv } from '../../src/datasets/csv.ts';
import { isPublic, type Publishable } from '../../src/content-model/is-public.ts';
import { requireBuiltSite } from './site-html.ts';

const dist = path.resolve(process.env.DIST_DIR ?? 'dist');
const content = path.resolve(process.env.CONTENT_DIR ?? 'content');
const today = process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);
requireBuiltSite(dist, 'du-lieu/chi-so.csv');

function files(dir: string, pattern: RegExp): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => pattern.test(f)).map((f) => path.join(dir, f));
}

const idOf = (dir: string, file: string) => path.relative(dir, file).replace(/\.(ya?ml|mdx?)$/, '');
const read = (p: string) => fs.readFileSync(path.join(dist, p), 'utf8');
const csv = (p: string) => {
  const [header, ...rows] = parseCsv(read(p));
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
};
const published = (d: Publishable) => isPublic(d, today);

/** Ids of the documents that are public in this build. */
function publishedDocuments(): Set<string> {
  const dir = path.join(content, 'documents');
  const ids = new Set<string>();
  for (const file of files(dir, /\.mdx?$/)) {
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(fs.readFileSync(file, 'utf8'))?.[1] ?? '';
    if (published(parse(front) ?? {})) ids.add(idOf(dir, file));
  }
  return ids;
}

interface ValueFile {
  unit: string;
  year: number;
  document: string;
  values: { indicator: string; value: number; kind: string; target?: number; quote: string }[];
}
interface AwardFile {
  unit: string;
  year: number;
  document: string;
  tallies: { level?: string; category?: string; name: string; recipient?: string; status?: string; count: number; quote: string }[];
}

const registryFile = path.join(content, 'indicators.yaml');
const registry = () => (fs.existsSync(registryFile) ? (parse(fs.readFileSync(registryFile, 'utf8')) ?? []) : []) as { id: string; unit: string; slug?: string }[];
const valueFiles = () => files(path.join(content, 'indicator-values'), /\.ya?ml$/).map((f) => parse(fs.readFileSync(f, 'utf8')) as ValueFile);
const awardFiles = () => files(path.join(content, 'awards'), /\.ya?ml$/).map((f) => parse(fs.readFileSync(f, 'utf8')) as AwardFile);

/** Sorted lines "unit|year|…" so that two lists of records compare as multisets. */
const keys = (rows: string[][]) => rows.map((r) => r.join('|')).sort();
const num = (text: string) => (text === '' ? '' : String(Number(text)));

/** The chart tables of a page: caption, CSV link and each row's label and cell values. */
function chartTables(html: string) {
  const sections = html.split('<section class="bv-chart-figure"').slice(1);
  return sections.map((s) => {
    const table = /<table id="[^"]+-bang"[^>]*>([\s\S]*?)<\/table>/.exec(s)?.[1] ?? '';
    const rows = [...(/<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? '').matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => ({
      label: decode(/<th[^>]*>([\s\S]*?)<\/th>/.exec(m[1])?.[1] ?? ''),
      values: [...m[1].matchAll(/<td([^>]*)>/g)].map((c) => /data-value="([^"]*)"/.exec(c[1])?.[1] ?? ''),
    }));
    const csvHref = /<a href="([^"]+\.csv)" download/.exec(s)?.[1] ?? '';
    return { rows, csvHref };
  });
}

function decode(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

describe('open data over the built site', () => {
  it('chi-so.csv holds every published indicator value of the content files, and nothing else', () => {
    const docs = publishedDocuments();
    const known = new Set(registry().map((i) => i.id));
    const expected = valueFiles()
      .filter((f) => docs.has(f.document))
      .flatMap((f) =>
        f.values
          .filter((v) => known.has(v.indicator))
          .map((v) => [f.unit, String(f.year), v.indicator, String(v.value), v.kind, v.target === undefined ? '' : String(v.target), f.document, v.quote.trim()]),
      );
    const rows = csv('du-lieu/chi-so.csv').map((r) => [r.unit, r.year, r.indicator, num(r.value), r.kind, num(r.target), r.source_document, r.source_quote]);
    expect(keys(rows)).toEqual(keys(expected));
  });

  it('chi-so.json holds the same records as chi-so.csv', () => {
    const rows = csv('du-lieu/chi-so.csv');
    const json = JSON.parse(read('du-lieu/chi-so.json')) as Record<string, string | number | null>[];
    expect(json.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? '' : String(v)])))).toEqual(rows);
  });

  it('khen-thuong.csv and .json hold every published award count of the content files', () => {
    const docs = publishedDocuments();
    const expected = awardFiles()
      .filter((f) => docs.has(f.document))
      .flatMap((f) => f.tallies.map((t) => [f.unit, String(f.year), t.level ?? '', t.name.trim(), t.status ?? 'awarded', String(t.count), t.quote.trim()]));
    const rows = csv('du-lieu/khen-thuong.csv').map((r) => [r.unit, r.year, r.level, r.name, r.status, r.count, r.source_quote]);
    expect(keys(rows)).toEqual(keys(expected));
    const json = JSON.parse(read('du-lieu/khen-thuong.json')) as { count: number }[];
    expect(json.map((r) => r.count)).toEqual(rows.map((r) => Number(r[5])));
  });

  it('dien-hinh and van-ban list exactly the published exemplars and documents', () => {
    const exemplarsDir = path.join(content, 'exemplars');
    const exemplars = files(exemplarsDir, /\.ya?ml$/)
      .filter((f) => published(parse(fs.readFileSync(f, 'utf8'))))
      .map((f) => path.basename(f).replace(/\.ya?ml$/, ''));
    expect(csv('du-lieu/dien-hinh.csv').map((r) => r.id).sort()).toEqual(exemplars.sort());
    expect((JSON.parse(read('du-lieu/dien-hinh.json')) as unknown[]).length).toBe(exemplars.length);
    expect((JSON.parse(read('du-lieu/van-ban.json')) as { id: string }[]).map((d) => d.id).sort()).toEqual([...publishedDocuments()].sort());
  });

  it('every CSV starts with a UTF-8 byte order mark and writes numbers without grouping', () => {
    for (const file of files(path.join(dist, 'du-lieu'), /\.csv$/)) {
      const bytes = fs.readFileSync(file);
      expect([...bytes.subarray(0, 3)], file).toEqual([0xef, 0xbb, 0xbf]);
    }
    for (const r of csv('du-lieu/chi-so.csv')) expect(r.value).toMatch(/^-?\d+(\.\d+)?$/);
  });

  it('every chart table on the indicator pages shows values of the content files, and its CSV has exactly those figures', () => {
    const docs = publishedDocuments();
    const byIndicator = new Map<string, Set<string>>();
    for (const f of valueFiles().filter((x) => docs.has(x.document))) {
      for (const v of f.values) {
        const set = byIndicator.get(v.indicator) ?? new Set<string>();
        set.add(String(v.value));
        if (v.target !== undefined) set.add(String(v.target));
        byIndicator.set(v.indicator, set);
      }
    }
    let checked = 0;
    for (const [indicator, values] of byIndicator) {
      if (!registry().some((i) => i.id === indicator)) continue;
      // The page lives at the Vietnamese address (/chi-so/ty-le-ho-ngheo/); the key's address only forwards there.
      const html = read(`chi-so/${registry().find((i) => i.id === indicator)?.slug ?? indicator}/index.html`);
      for (const table of chartTables(html)) {
        expect(table.rows.length).toBeGreaterThan(0);
        for (const row of table.rows) for (const v of row.values) if (v !== '') expect(values, `${indicator} ${row.label}`).toContain(v);
        const [, ...lines] = parseCsv(read(table.csvHref.replace(/^\/+/, '').replace(/^.*?du-lieu\//, 'du-lieu/')));
        expect(lines.map((l) => l[0])).toEqual(table.rows.map((r) => r.label));
        expect(lines.map((l) => l.slice(1, 1 + table.rows[0].values.length).map(num))).toEqual(table.rows.map((r) => r.values));
        checked++;
      }
    }
    if (byIndicator.size > 0) expect(checked).toBeGreaterThan(0);
  });

  it('the award tables add up to the counts of the content files, and match their CSV', () => {
    const docs = publishedDocuments();
    const html = read('khen-thuong/index.html');
    const tables = chartTables(html);
    const awarded = awardFiles()
      .filter((f) => docs.has(f.document))
      .flatMap((f) => f.tallies.filter((t) => (t.status ?? 'awarded') === 'awarded').map((t) => t.count));
    const proposed = awardFiles()
      .filter((f) => docs.has(f.document))
      .flatMap((f) => f.tallies.filter((t) => t.status === 'proposed').map((t) => t.count));
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(tables.length > 0).toBe(awarded.length + proposed.length > 0);
    if (tables.length === 0) return;
    const tableSum = (t: (typeof tables)[number]) => sum(t.rows.flatMap((r) => r.values.map(Number)));
    // The first three charts break down the awards given; the last one adds the proposals.
    for (const t of tables.slice(0, -1)) expect(tableSum(t)).toBe(sum(awarded));
    expect(tableSum(tables[tables.length - 1])).toBe(sum(awarded) + sum(proposed));
    for (const t of tables) {
      const [, ...lines] = parseCsv(read(t.csvHref.replace(/^.*?du-lieu\//, 'du-lieu/')));
      expect(lines.map((l) => l.slice(1, 1 + t.rows[0].values.length))).toEqual(t.rows.map((r) => r.values));
    }
  });

  it('no figure of a draft document reaches any download', () => {
    const docs = publishedDocuments();
    const hidden = [...valueFiles(), ...awardFiles()].filter((f) => !docs.has(f.document)).map((f) => f.document);
    for (const file of files(path.join(dist, 'du-lieu'), /\.(csv|json)$/)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const id of hidden) expect(text.includes(id), `${id} in ${file}`).toBe(false);
    }
  });

  it('every source link of a chart opens a published document page that holds the start of its quote', () => {
    const pages = ['khen-thuong/index.html', ...files(path.join(dist, 'chi-so'), /index\.html$/).map((f) => path.relative(dist, f))];
    const flat = (html: string) => decode(html.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')).replace(/\s+/g, ' ').normalize('NFC');
    const cache = new Map<string, string>();
    let checked = 0;
    for (const p of pages) {
      for (const [, href] of read(p).matchAll(/<a href="([^"]*\/van-ban\/[^"#]+\/#[^":]*:~:text=[^"]+)"/g)) {
        const [pagePath, directive] = decode(href).split(/#[^:]*:~:text=/);
        const file = path.join(pagePath.replace(/^.*?\/van-ban\//, 'van-ban/'), 'index.html');
        expect(fs.existsSync(path.join(dist, file)), `${p} → ${file}`).toBe(true);
        if (!cache.has(file)) cache.set(file, flat(read(file)).toLocaleLowerCase('vi'));
        // "text=start" or "text=start,end": both ends must be on the page for the browser to highlight the quote.
        for (const term of directive.split(',')) {
          const words = decodeURIComponent(term).toLocaleLowerCase('vi');
          expect.soft(cache.get(file), `${p}: "${words}" in ${file}`).toContain(words);
        }
        checked++;
      }
    }
    const figures = pages.reduce((n, p) => n + read(p).split('class="bv-chart-figure"').length - 1, 0);
    if (figures > 0) expect(checked).toBeGreaterThan(0);
  });
});

