/**
 * Checks over the built site (DIST_DIR or dist/): what every page must have, that every unit and document got
 * its page, and that document pages keep the words of their source, in order.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedFiles as allSeeds } from '../seeds.ts';
import { isPublicText } from '../../src/content-model/is-public.ts';
import { contentDir, distDir, htmlText, mainHtml, requireBuiltSite, walk, words, wordsInOrder } from './site-html.ts';

requireBuiltSite(distDir);

const pages = walk(distDir, ['.html']).filter((f) => !f.includes(`${path.sep}pagefind${path.sep}`));
const rel = (f: string) => path.relative(distDir, f);
const read = (f: string) => fs.readFileSync(f, 'utf8');
const today = process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);

const isPublic = (file: string): boolean => isPublicText(read(file), today);

describe('every built page', () => {
  it('exists at all (the site was built)', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  it.each(pages.map((p) => [rel(p), p]))('%s has lang="vi", a title, one h1, a description and a canonical link', (name, file) => {
    const html = read(file);
    expect(html).toMatch(/<html[^>]*\slang="vi"/);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html.match(/<h1[\s>]/g) ?? []).toHaveLength(1);
    expect(html).toMatch(/<meta name="description" content="[^"]+"/);
    // The 404 page is served at every missing address: it has no address of its own to declare.
    if (name === '404.html') expect(html).not.toMatch(/rel="canonical"/);
    else expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+"/);
  });
});

describe('one page per unit and per document', () => {
  const units = walk(path.join(contentDir, 'units'), ['.yaml', '.yml']).map((f) =>
    path.relative(path.join(contentDir, 'units'), f).replace(/\.ya?ml$/, '').split(path.sep).join('/'),
  );
  const documents = walk(path.join(contentDir, 'documents'), ['.md', '.mdx']).map((f) => ({
    id: path.relative(path.join(contentDir, 'documents'), f).replace(/\.mdx?$/, '').split(path.sep).join('/'),
    public: isPublic(f),
  }));

  it.each(units)('unit %s has a page', (id) => {
    expect(fs.existsSync(path.join(distDir, 'don-vi', id, 'index.html'))).toBe(true);
  });
  it.each(documents.map((d) => [d.id, d.public] as const))('document %s has a page exactly when it is public (%s)', (id, pub) => {
    expect(fs.existsSync(path.join(distDir, 'van-ban', id, 'index.html'))).toBe(pub);
  });
});

describe('the Tân Hoà report', () => {
  const file = path.join(distDir, 'van-ban/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127/index.html');
  it('shows its number, date and signer', () => {
    const text = htmlText(read(file));
    expect(text).toContain('127/BC-UBND');
    expect(/15\/12\/2023|ngày 15 tháng 12 năm 2023/.test(text)).toBe(true);
    expect(text).toContain('Đào Văn Trung');
  });
});

/** The five seeds and the ids of their documents. */
const seeds: Record<string, string> = {
  '000': 'quang-ngai/pho-van-duc-pho/2023-bao-cao-cong-tac-thi-dua-khen-thuong',
  '001': 'thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127',
  '002': 'quang-ngai/pho-minh-duc-pho/2024-bao-cao-31',
  '003': 'dong-thap/hoa-thuan-cao-lanh/2024-ke-hoach-phat-dong-phong-trao-thi-dua',
  '004': 'quang-ngai/son-long-son-tay/2024-bao-cao-tong-ket-cong-tac-thi-dua',
};
const seedFiles = [...allSeeds].map(([name, file]) => ({ file, id: seeds[name.slice(0, 3)] }));

describe('document pages keep their source words in order', () => {
  it('has the five seed documents to compare with', () => expect(seedFiles).toHaveLength(5));

  it.each(seedFiles.map((s) => [path.basename(s.file), s.id, s.file]))('%s → %s holds at least 99.5% of its words', (_name, id, file) => {
    const source = read(file);
    // Footnote texts ("¹ …") move to the end of the page: compare the body and each note on its own.
    const lines = source.split('\n');
    const isNote = (l: string) => /^[¹²³⁴⁵⁶⁷⁸⁹]+\s/.test(l.trim());
    const parts = [lines.filter((l) => !isNote(l)).join('\n'), ...lines.filter(isNote)].map(words);
    const page = words(htmlText(mainHtml(read(path.join(distDir, 'van-ban', id, 'index.html')))));
    const total = parts.reduce((n, p) => n + p.length, 0);
    const kept = parts.reduce((n, p) => n + wordsInOrder(p, page), 0);
    expect(kept / total).toBeGreaterThanOrEqual(0.995);
  });
});
