import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv } from './build-env.ts';
import { fileHashes } from './file-hashes.ts';

/**
 * A rebuild with the caches of the previous build (Astro's incremental build, the kept search bundles, the output
 * folder kept in place: src/integrations/keep-output.ts) gives the same site, byte for byte, as a build of the same
 * content from nothing — after an edit to one document, to an exemplar, to a story, and after a unit is
 * renamed — while copying the pages and bundles the edit does not touch. The search index is split by province
 * (SEARCH_BUNDLE_BYTES=1), so that there are bundles to keep.
 */
const SKIP = process.env.SKIP_SLOW_BUILDS === '1';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bang-vang-incremental-'));
const content = path.join(work, 'content');

function build(out: string, cache: string): string {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: buildEnv({ CONTENT_DIR: content, OUT_DIR: path.join(work, out), CACHE_DIR: path.join(work, cache), BUILD_DATE: '2026-11-22', SEARCH_BUNDLE_BYTES: '1', }),
    timeout: 600_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`astro build failed (${result.status}):\n${(result.stdout + result.stderr).slice(-4000)}`);
  return result.stdout;
}

function differences(a: string, b: string): string[] {
  const x = fileHashes(path.join(work, a));
  const y = fileHashes(path.join(work, b));
  const found: string[] = [];
  for (const file of new Set([...x.keys(), ...y.keys()])) {
    if (x.get(file) !== y.get(file)) found.push(`${file}: ${!x.has(file) ? `only in ${b}` : !y.has(file) ? `only in ${a}` : 'differs'}`);
  }
  expect(x.size).toBeGreaterThan(50);
  return found.sort();
}

/**
 * Pages the build copied from its cache, and the pages it rendered, from Astro's log. Pages render four at a time
 * (astro.config.mjs), so a rendered page's "(+12ms)" may land after another page's name; a copied page's "(cached)"
 * is written right after its own name.
 */
function pageLines(log: string): { copied: string[]; rendered: string[] } {
  const entries = [...log.replace(/\x1b\[[0-9;]*m/g, '').matchAll(/[├└]─ (\/\S+)( \((?:cached|restored)\))?/g)];
  const copied = entries.filter((m) => m[2]).map((m) => m[1]);
  return { copied, rendered: entries.filter((m) => !m[2]).map((m) => m[1]) };
}

/** The text files of a built site (pages, feeds, open data) that contain a text. */
function filesShowing(dir: string, text: string): string[] {
  return fs.readdirSync(path.join(work, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(html|xml|json|csv)$/.test(e.name) && !e.parentPath.includes(`${path.sep}pagefind`))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => fs.readFileSync(file, 'utf8').includes(text))
    .map((file) => path.relative(path.join(work, dir), file).split(path.sep).join('/'))
    .sort();
}

/** The files of the datasets of /du-lieu/ (not the charts' CSVs), as paths of Astro's log: "/du-lieu/chi-so.xlsx". */
function openDataFiles(dir: string): string[] {
  return fs.readdirSync(path.join(work, dir, 'du-lieu')).filter((name) => /\.(csv|json|xlsx)$/.test(name)).map((name) => `/du-lieu/${name}`).sort();
}

function openDataHashes(dir: string): Map<string, string> {
  const hashes = fileHashes(path.join(work, dir));
  return new Map(openDataFiles(dir).map((file) => [file, hashes.get(file.slice(1))!]));
}

function firstFile(dir: string, pattern: RegExp): string {
  const file = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && pattern.test(e.name)).map((e) => path.join(e.parentPath, e.name)).sort()[0];
  if (!file) throw new Error(`no ${pattern} in ${dir}`);
  return file;
}

describe.skipIf(SKIP)('incremental rebuilds', () => {
  // SAFETY_KEEP=1 keeps the builds for a look after a failure.
  afterAll(() => {
    if (process.env.SAFETY_KEEP !== '1') fs.rmSync(work, { recursive: true, force: true });
  });

  it('copy what an edit leaves alone and give the site a build from nothing gives', () => {
    fs.cpSync(path.resolve('content'), content, { recursive: true });
    build('site', 'cache');
    const openData = openDataHashes('site');
    expect([...openData.keys()]).toEqual(expect.arrayContaining(['/du-lieu/dien-hinh.csv', '/du-lieu/dien-hinh.json', '/du-lieu/dien-hinh.xlsx', '/du-lieu/van-ban.json']));

    // One document of Quảng Ngãi gets a paragraph.
    const document = firstFile(path.join(content, 'documents', 'quang-ngai'), /\.mdx?$/);
    fs.appendFileSync(document, '\nĐoạn bổ sung: Ủy ban nhân dân xã tiếp tục nhân rộng các điển hình tiên tiến.\n');
    const afterEdit = build('site', 'cache');
    build('fresh-1', 'fresh-1-cache');
    expect(differences('site', 'fresh-1')).toEqual([]);
    const { copied, rendered } = pageLines(afterEdit);
    const id = path.relative(path.join(content, 'documents'), document).replace(/\.mdx?$/, '').split(path.sep).join('/');
    expect(rendered).toContain(`/van-ban/${id}/index.html`);
    // The other provinces' documents, units and exemplars are copied; Quảng Ngãi's are rendered again.
    expect(copied.some((p) => p.startsWith('/van-ban/thai-nguyen/'))).toBe(true);
    expect(copied.some((p) => p.startsWith('/don-vi/dong-thap/'))).toBe(true);
    expect(copied.some((p) => p.startsWith('/van-ban/quang-ngai/'))).toBe(false);
    // Charts' CSVs are their figures: a body edit leaves them all.
    expect(copied.filter((p) => p.startsWith('/du-lieu/bieu-do/')).length).toBeGreaterThan(0);
    expect(rendered.filter((p) => p.startsWith('/du-lieu/bieu-do/'))).toEqual([]);
    // So are the datasets' files (their records do not hold a document's body), the Excel files among them.
    expect(copied.filter((p) => openData.has(p)).sort()).toEqual([...openData.keys()]);
    expect(openDataHashes('site')).toEqual(openData);
    expect(afterEdit).toMatch(/unchanged bundles copied/);
    // The output folder was kept: the copied pages were left in place, not deleted and copied back.
    expect(afterEdit).toMatch(/kept \d+ files of the previous build in place/);
    // The content check read again only the edited file (src/checks/check-cache.ts).
    expect(afterEdit).toMatch(/content OK: \d+ files\); \d+ tệp không đổi/);

    // Lists show documents by their frontmatter: a body edit leaves them all.
    expect(copied).toContain('/van-ban/index.html');
    expect(rendered.filter((p) => /^\/van-ban\/(index\.html|nam\/|loai\/)/.test(p))).toEqual([]);

    // An exemplar gets a longer description (a field shown on its own page and in the open data): every file that
    // showed the old description shows the new one, and the other pages of its province are copied.
    const exemplar = path.join(content, 'exemplars', 'quang-ngai', 'ho-nguyen-thi-le-son-long.yaml');
    const yaml = fs.readFileSync(exemplar, 'utf8');
    const description = /^description: (.+)$/m.exec(yaml)![1];
    const showing = filesShowing('site', description);
    expect(showing).toContain('dien-hinh/ho-nguyen-thi-le-son-long/index.html');
    expect(showing.length).toBeGreaterThan(1);
    const longer = `${description} Năm nay gia đình mở rộng thêm chuồng nuôi.`;
    fs.writeFileSync(exemplar, yaml.replace(`description: ${description}`, `description: ${longer}`));
    const afterExemplar = build('site', 'cache');
    build('fresh-e', 'fresh-e-cache');
    expect(differences('site', 'fresh-e')).toEqual([]);
    expect(filesShowing('site', longer)).toEqual(showing);
    const exemplarLines = pageLines(afterExemplar);
    expect(exemplarLines.rendered).toContain('/dien-hinh/ho-nguyen-thi-le-son-long/index.html');
    expect(exemplarLines.copied.some((p) => p.startsWith('/don-vi/quang-ngai/'))).toBe(true);
    expect(exemplarLines.copied.some((p) => p.startsWith('/van-ban/quang-ngai/'))).toBe(true);
    expect(exemplarLines.copied).toContain('/dien-hinh/index.html');
    // The exemplars' dataset holds the description: its three files are rendered again, differ from the last build's
    // and are those of the build from nothing (above); the other datasets' files are copied.
    const exemplarFiles = ['/du-lieu/dien-hinh.csv', '/du-lieu/dien-hinh.json', '/du-lieu/dien-hinh.xlsx'];
    expect(exemplarLines.rendered).toEqual(expect.arrayContaining(exemplarFiles));
    expect(exemplarLines.copied.filter((p) => openData.has(p)).sort()).toEqual([...openData.keys()].filter((p) => !exemplarFiles.includes(p)));
    const afterExemplarData = openDataHashes('site');
    for (const [file, hash] of openData) expect([file, afterExemplarData.get(file) === hash]).toEqual([file, !exemplarFiles.includes(file)]);
    expect(afterExemplarData).toEqual(openDataHashes('fresh-e'));

    // A story gets a paragraph and a new summary; the summary is on the cards of the pages of the units and
    // exemplars it is about.
    const story = path.join(content, 'stories', 'dan-van-kheo-ra-manh-son-long.mdx');
    const storyText = 'Đoạn bổ sung của bài viết: mô hình được nhân rộng ra các thôn khác trong năm tới.';
    const summary = 'Tóm tắt mới của bài viết về Sơn Long.';
    const mdx = fs.readFileSync(story, 'utf8');
    expect(mdx).toMatch(/^summary: .+$/m);
    fs.writeFileSync(story, `${mdx.replace(/^summary: .+$/m, `summary: ${summary}`)}\n${storyText}\n`);
    const afterStory = build('site', 'cache');
    build('fresh-s', 'fresh-s-cache');
    expect(differences('site', 'fresh-s')).toEqual([]);
    expect(filesShowing('site', storyText)).toContain('bai-viet/dan-van-kheo-ra-manh-son-long/index.html');
    expect(filesShowing('site', summary).some((f) => f.startsWith('don-vi/quang-ngai/'))).toBe(true);
    // Thái Nguyên's documents do not show it: copied; nor do the datasets.
    expect(pageLines(afterStory).copied.some((p) => p.startsWith('/van-ban/thai-nguyen/'))).toBe(true);
    expect(openDataHashes('site')).toEqual(afterExemplarData);

    // A unit of Thái Nguyên is renamed: every page that names it is rendered again.
    const unit = firstFile(path.join(content, 'units', 'thai-nguyen'), /\.ya?ml$/);
    const text = fs.readFileSync(unit, 'utf8');
    expect(text).toMatch(/^name: .+$/m);
    fs.writeFileSync(unit, text.replace(/^name: (.+)$/m, 'name: $1 Mới'));
    const afterRename = build('site', 'cache');
    build('fresh-2', 'fresh-2-cache');
    expect(differences('site', 'fresh-2')).toEqual([]);
    expect(pageLines(afterRename).copied.some((p) => p.startsWith('/van-ban/quang-ngai/'))).toBe(true);
  }, 1_800_000);
});
