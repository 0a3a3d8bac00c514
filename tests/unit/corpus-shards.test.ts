import { describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { autoShardBytes, autoShardCount, loadOrPlanShards, planShards } from '../../tools/shards/plan.ts';
import { contentState, FileDigests, isUpToDate, planFingerprint, writeStamp } from '../../tools/shards/fingerprint.ts';
import { makePartRoot } from '../../tools/shards/part-root.ts';
import { globalContentPlan, makeGlobalContent, makeShardContent, readStart, shardContentPlan, storyProvince } from '../../tools/shards/split.ts';
import { mergeOutputs, mergeShard, mergeShared } from '../../tools/shards/merge.ts';
import { buildPart, exemplarsOnly, storiesOnly, writesOtherPages, writesStoryPage } from '../../src/content-model/build-part.ts';
import { exemplarDataRoutes, keepsRoute, shardRoutes } from '../../tools/shards/routes.ts';
import { writeSitemap } from '../../tools/shards/sitemap.ts';
import { phasesFromLog } from '../../bench/lib/phases.ts';

function write(root: string, files: Record<string, string>) {
  for (const [p, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
    fs.writeFileSync(path.join(root, p), text);
  }
}

describe('shard planning', () => {
  it('puts every province in exactly one shard and balances document bytes', () => {
    const weights = new Map([['a', 100], ['b', 90], ['c', 50], ['d', 40], ['e', 10]]);
    const shards = planShards(weights, 2);
    expect(shards.flatMap((s) => s.provinces).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(shards.map((s) => s.bytes).sort()).toEqual([140, 150]);
  });

  it('sizes shards by document bytes when no count is given, never more shards than provinces', () => {
    const mb = 2 ** 20;
    expect(autoShardCount(new Map([['a', 3 * mb], ['b', 2 * mb]]))).toBe(1);
    expect(autoShardCount(new Map(Array.from({ length: 34 }, (_, i) => [`p${i}`, 18 * mb] as [string, number])))).toBe(Math.ceil((34 * 18 * mb) / autoShardBytes));
    expect(autoShardCount(new Map([['a', 500 * mb], ['b', 500 * mb]]))).toBe(2);
    expect(autoShardCount(new Map())).toBe(1);
  });

  it('makes no empty shards when there are fewer provinces than shards', () => {
    expect(planShards(new Map([['a', 1]]), 4)).toHaveLength(1);
  });
});

describe('shard content and merge', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'shards-'));
  const content = path.join(root, 'content');
  write(content, {
    'indicators.yaml': '- id: x\n',
    'movements/m.yaml': 'name: M\n',
    'units/p1/u1.yaml': 'name: U1\n',
    'units/p2/u2.yaml': 'name: U2\n',
    'documents/p1/u1/2024-bao-cao-1.mdx': '---\nunit: p1/u1\ntitle: T\n---\n\nBody one\n',
    'documents/p2/u2/2024-bao-cao-2.mdx': '---\nunit: p2/u2\ntitle: T2\n---\n\nBody two\n',
    'stories/s1.mdx': '---\ntitle: S\nunits:\n  - p2/u2\n---\n\nStory\n',
    'stories/s2.mdx': "---\ntitle: Gương sáng\nunits: ['p1/u1', 'p2/u2']\ncover:\n  src: ./images/s1.png\n---\n\nBài viết\n",
    'stories/s3.mdx': '---\ntitle: Toàn quốc\n---\n\nKhông gắn với đơn vị nào\n',
    'stories/images/s1.png': 'png',
    'movements/dan-van-kheo.yaml': 'name: Dân vận khéo\nsources:\n  - document: p1/u1/2024-bao-cao-1\n    quote: Một\n  - document: p2/u2/2024-bao-cao-2\n    quote: Hai\n',
  });

  it('gives a shard only its provinces, with the shared registry and its stories', () => {
    const shard = path.join(root, 'shard');
    makeShardContent(content, shard, ['p2']);
    expect(fs.existsSync(path.join(shard, 'documents/p2/u2/2024-bao-cao-2.mdx'))).toBe(true);
    expect(fs.existsSync(path.join(shard, 'documents/p1'))).toBe(false);
    expect(fs.existsSync(path.join(shard, 'indicators.yaml'))).toBe(true);
    expect(fs.existsSync(path.join(shard, 'stories/s1.mdx'))).toBe(true);
    expect(fs.existsSync(path.join(shard, 'stories/images/s1.png'))).toBe(true);
    // A story goes to its first unit's province, however its list is written; a story about no unit to no shard.
    expect(fs.existsSync(path.join(shard, 'stories/s2.mdx'))).toBe(false);
    expect(fs.existsSync(path.join(shard, 'stories/s3.mdx'))).toBe(false);
    // Broken YAML does not stop the split: the content check reports it.
    expect(storyProvince('---\ntitle: [Gương sáng\nunits:\n  - p1/u1\n---\n')).toBeUndefined();
    const other = path.join(root, 'shard-p1');
    makeShardContent(content, other, ['p1']);
    expect(fs.existsSync(path.join(other, 'stories/s2.mdx'))).toBe(true);
  });

  it('gives a shard every movement, quoting only the documents it holds', () => {
    const shard = path.join(root, 'shard-movements');
    makeShardContent(content, shard, ['p2']);
    const movement = fs.readFileSync(path.join(shard, 'movements/dan-van-kheo.yaml'), 'utf8');
    expect(movement).toContain('name: Dân vận khéo');
    expect(movement).toContain('p2/u2/2024-bao-cao-2');
    expect(movement).not.toContain('p1/u1/2024-bao-cao-1');
    expect(fs.readFileSync(path.join(shard, 'movements/m.yaml'), 'utf8')).toBe('name: M\n');
  });

  it('gives the shared part every document as frontmatter only, with the same id', () => {
    const global = path.join(root, 'global');
    makeGlobalContent(content, global);
    const stub = fs.readFileSync(path.join(global, 'documents/p1/u1/2024-bao-cao-1.md'), 'utf8');
    expect(stub).toBe('---\nunit: p1/u1\ntitle: T\n---\n');
    expect(fs.existsSync(path.join(global, 'units/p2/u2.yaml'))).toBe(true);
  });

  it('reads a document only as far as its frontmatter, and whole when the frontmatter runs past the first bytes', () => {
    const dir = path.join(root, 'starts');
    const short = '---\nunit: p1/u1\ntitle: Báo cáo tổng kết công tác thi đua\n---\n';
    const body = `\n${'Ủy ban nhân dân xã Đông Hưng phát động phong trào thi đua. '.repeat(100)}`;
    const long = `---\nunit: p1/u1\nsummary: "${'Gương điển hình tiên tiến. '.repeat(60)}"\n---\n`;
    write(dir, { 'short.md': short + body, 'long.md': long + body, 'small.md': short });
    expect(readStart(path.join(dir, 'short.md'), 256).startsWith(short)).toBe(true);
    expect(readStart(path.join(dir, 'short.md'), 256).length).toBeLessThan((short + body).length);
    // Cut inside the frontmatter, or on its closing line: the whole file, every character intact.
    expect(readStart(path.join(dir, 'long.md'), 256)).toBe(long + body);
    expect(readStart(path.join(dir, 'short.md'), Buffer.byteLength(short) - 1)).toBe(short + body);
    // Cut inside a character of the body: the frontmatter is whole all the same.
    expect(readStart(path.join(dir, 'short.md'), Buffer.byteLength(short) + 2).startsWith(short)).toBe(true);
    expect(readStart(path.join(dir, 'small.md'), 4096)).toBe(short);
  });

  it('gives the shared part the stories a shard builds as frontmatter only, and stories about no unit whole', () => {
    const global = path.join(root, 'global-stories');
    makeGlobalContent(content, global);
    expect(fs.readFileSync(path.join(global, 'stories/s1.md'), 'utf8')).toBe('---\ntitle: S\nunits:\n  - p2/u2\n---\n');
    expect(fs.readFileSync(path.join(global, 'stories/s2.md'), 'utf8')).toContain('src: ./images/s1.png');
    expect(fs.existsSync(path.join(global, 'stories/s1.mdx'))).toBe(false);
    expect(fs.readFileSync(path.join(global, 'stories/s3.mdx'), 'utf8')).toContain('Không gắn với đơn vị nào');
    expect(fs.existsSync(path.join(global, 'stories/images/s1.png'))).toBe(true);
  });

  it('writes each story page in one part only: its shard, or the shared part for a story about no unit', () => {
    expect(writesStoryPage(['p2/u2'], 'shared')).toBe(false);
    expect(writesStoryPage([], 'shared')).toBe(true);
    expect(writesStoryPage(['p2/u2'], 'shard')).toBe(true);
    expect(writesStoryPage(['p2/u2'], 'whole')).toBe(true);
    expect(buildPart({})).toBe('whole');
    expect(() => buildPart({ BUILD_PART: 'toàn bộ' })).toThrow(/BUILD_PART/);
  });

  it("writes only the stories it is told to, and no other route's pages, when its stories changed in their bodies alone", () => {
    expect(storiesOnly({})).toBeUndefined();
    expect(writesOtherPages({})).toBe(true);
    expect(storiesOnly({ PART_STORIES: '' })).toBeUndefined();
    expect([...storiesOnly({ PART_STORIES: 'dan-van-kheo,guong-sang' })!]).toEqual(['dan-van-kheo', 'guong-sang']);
    expect(writesOtherPages({ PART_STORIES: 'dan-van-kheo' })).toBe(false);
    expect([...exemplarsOnly({ PART_STORIES: 'dan-van-kheo' })!]).toEqual([]);
  });

  it('writes only the exemplars it is told to, and no story, when exemplars changed in their descriptions alone', () => {
    expect(exemplarsOnly({})).toBeUndefined();
    expect([...exemplarsOnly({ PART_EXEMPLARS: 'ong-ho-van-tu' })!]).toEqual(['ong-ho-van-tu']);
    expect([...storiesOnly({ PART_EXEMPLARS: 'ong-ho-van-tu' })!]).toEqual([]);
    expect(writesOtherPages({ PART_EXEMPLARS: 'ong-ho-van-tu' })).toBe(false);
    // The shared part then builds the open data of exemplars, which prints their descriptions, and nothing else.
    for (const route of exemplarDataRoutes) expect(keepsRoute('shared', route, true)).toBe(true);
    expect(keepsRoute('shared', 'dien-hinh/[...page].astro', true)).toBe(false);
    expect(keepsRoute('shared', 'du-lieu/index.astro', true)).toBe(false);
    expect(keepsRoute('shard', 'dien-hinh/[slug].astro', true)).toBe(true);
  });

  it('takes document pages from the shards and everything else from the shared part', () => {
    const global = path.join(root, 'gdist');
    const shard = path.join(root, 'sdist');
    write(global, { 'index.html': 'home', 'bai-viet/s1/index.html': 'story without anchors', 'sitemap-index.xml': 'all', '_astro/a.css': 'g' });
    write(shard, { 'index.html': 'shard home', 'van-ban/p1/u1/d/index.html': 'full', 'bai-viet/s1/index.html': 'story with anchors', 'sitemap-index.xml': 'shard only', '_astro/b.css': 's' });
    const out = path.join(root, 'out');
    const merged = new Set<string>();
    mergeOutputs(out, global, [{ dist: shard }], merged);
    const filesIn = (site: string) => (fs.readdirSync(site, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(site, path.join(e.parentPath, e.name)).split(path.sep).join('/'))).sort();
    // The sitemap is written from the merge's own list of what it placed.
    expect([...merged].sort()).toEqual(filesIn(out));
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('home');
    expect(fs.readFileSync(path.join(out, 'sitemap-index.xml'), 'utf8')).toBe('all');
    expect(fs.readFileSync(path.join(out, 'van-ban/p1/u1/d/index.html'), 'utf8')).toBe('full');
    expect(fs.readFileSync(path.join(out, 'bai-viet/s1/index.html'), 'utf8')).toBe('story with anchors');
    expect(fs.readdirSync(path.join(out, '_astro')).sort()).toEqual(['a.css', 'b.css']);
    // Parts are merged as they finish, in any order: a shard merged before the shared part keeps its pages.
    const early = path.join(root, 'out-early');
    const mergedEarly = new Set<string>();
    mergeShard(early, shard, mergedEarly);
    mergeShared(early, global, mergedEarly);
    expect([...mergedEarly].sort()).toEqual(filesIn(early));
    for (const file of ['index.html', 'sitemap-index.xml', 'van-ban/p1/u1/d/index.html', 'bai-viet/s1/index.html', '_astro/a.css', '_astro/b.css']) {
      expect(fs.readFileSync(path.join(early, file), 'utf8'), file).toBe(fs.readFileSync(path.join(out, file), 'utf8'));
    }
  });
});

describe('rebuilding only what changed', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'reuse-'));
  const part = path.join(root, 'shard-0');
  const content = path.join(root, 'corpus');
  const digestFile = path.join(root, 'file-digests.tsv');
  write(content, { 'documents/p1/u1/2024-bao-cao-1.mdx': '---\ntitle: Báo cáo\n---\n\nPhong trào thi đua.\n' });
  fs.mkdirSync(path.join(part, 'dist'), { recursive: true });
  const partFingerprint = (corpus: string, code: string) => {
    const digests = new FileDigests(digestFile);
    const fingerprint = planFingerprint(shardContentPlan(corpus, ['p1']), code, digests);
    digests.save();
    return fingerprint;
  };

  it('reuses a finished part built from the same content and code, and no other', () => {
    const built = partFingerprint(content, 'code-1');
    expect(isUpToDate(part, built)).toBe(false);
    writeStamp(part, built);
    expect(isUpToDate(part, partFingerprint(content, 'code-1'))).toBe(true);
    expect(isUpToDate(part, partFingerprint(content, 'code-2'))).toBe(false);
    fs.appendFileSync(path.join(content, 'documents/p1/u1/2024-bao-cao-1.mdx'), 'Đoạn văn thêm.\n');
    expect(isUpToDate(part, partFingerprint(content, 'code-1'))).toBe(false);
  });

  it("knows an unchanged part's files without reading them, and reads a file written again", () => {
    const corpus = path.join(root, 'old-corpus');
    write(corpus, {
      'documents/p1/u1/2024-bao-cao-1.mdx': '---\ntitle: Báo cáo\n---\n\nPhong trào thi đua.\n',
      'units/p1/u1.yaml': 'name: Phổ Văn\n',
      'documents/p2/u2/2024-bao-cao-2.mdx': '---\ntitle: Khác\n---\n\nTỉnh khác.\n',
    });
    // Written an hour before the digests are: their identity on disk can be trusted.
    const hourAgo = new Date(Date.now() - 3_600_000);
    const unit = path.join(corpus, 'units/p1/u1.yaml');
    for (const f of ['documents/p1/u1/2024-bao-cao-1.mdx', 'units/p1/u1.yaml', 'documents/p2/u2/2024-bao-cao-2.mdx']) fs.utimesSync(path.join(corpus, f), hourAgo, hourAgo);
    const first = partFingerprint(corpus, 'code');
    const read = vi.spyOn(fs, 'readFileSync');
    try {
      expect(partFingerprint(corpus, 'code')).toBe(first);
      expect(read.mock.calls.map(([f]) => String(f)).filter((f) => f.startsWith(corpus))).toEqual([]);
      // A part's content folder links the file: its change time changes, not its identity.
      fs.linkSync(unit, path.join(root, 'linked-unit.yaml'));
      expect(partFingerprint(corpus, 'code')).toBe(first);
      expect(read.mock.calls.map(([f]) => String(f)).filter((f) => f.startsWith(corpus))).toEqual([]);
      // The same number of bytes, another letter, written half an hour before the digests: its time tells.
      fs.writeFileSync(unit, 'name: Phổ Văm\n');
      const halfHourAgo = new Date(Date.now() - 1_800_000);
      fs.utimesSync(unit, halfHourAgo, halfHourAgo);
      expect(partFingerprint(corpus, 'code')).not.toBe(first);
      expect(read.mock.calls.map(([f]) => String(f))).toContain(unit);
    } finally {
      read.mockRestore();
    }
  });

  it("the shared part's fingerprint covers its documents' frontmatter, not their bodies", () => {
    const corpus = path.join(root, 'global-corpus');
    const doc = path.join(corpus, 'documents/p1/u1/2024-bao-cao-1.mdx');
    write(corpus, { 'documents/p1/u1/2024-bao-cao-1.mdx': '---\ntitle: Báo cáo\n---\n\nPhong trào thi đua.\n' });
    const fingerprint = () => planFingerprint(globalContentPlan(corpus), 'code', new FileDigests(path.join(root, 'global-digests.tsv')));
    const before = fingerprint();
    fs.appendFileSync(doc, 'Đoạn văn thêm.\n');
    expect(fingerprint()).toBe(before);
    fs.writeFileSync(doc, fs.readFileSync(doc, 'utf8').replace('title: Báo cáo', 'title: Báo cáo năm'));
    expect(fingerprint()).not.toBe(before);
  });

  it('tells whether a whole content folder may have changed since it was checked, without reading it', () => {
    const state = contentState(content, 'code');
    expect(contentState(content, 'code')).toBe(state);
    expect(contentState(content, 'other code')).not.toBe(state);
    const file = path.join(content, 'documents/p1/u1/2024-bao-cao-1.mdx');
    fs.appendFileSync(file, 'Một câu nữa.\n');
    expect(contentState(content, 'code')).not.toBe(state);
  });

  it("asks a file's identity on disk once per run, for every part's plan and the check's stamp", () => {
    const corpus = path.join(root, 'stat-corpus');
    write(corpus, { 'documents/p1/u1/2024-bao-cao-1.mdx': '---\ntitle: Báo cáo\n---\n\nPhong trào thi đua.\n', 'units/p1/u1.yaml': 'name: Phổ Văn\n' });
    const digests = new FileDigests(path.join(root, 'stat-digests.tsv'));
    const stat = vi.spyOn(fs, 'statSync');
    try {
      const shard = planFingerprint(shardContentPlan(corpus, ['p1']), 'code', digests);
      const shared = planFingerprint(globalContentPlan(corpus), 'code', digests);
      const state = contentState(corpus, 'code', (file) => digests.stat(file));
      const asked = stat.mock.calls.map(([f]) => String(f)).filter((f) => f.startsWith(`${corpus}${path.sep}`) && /\.(mdx|yaml)$/.test(f));
      expect(asked.sort()).toEqual([path.join(corpus, 'documents/p1/u1/2024-bao-cao-1.mdx'), path.join(corpus, 'units/p1/u1.yaml')]);
      // The same fingerprints as a run that asks the disk each time.
      const fresh = new FileDigests(path.join(root, 'stat-digests-2.tsv'));
      expect([shard, shared, state]).toEqual([planFingerprint(shardContentPlan(corpus, ['p1']), 'code', fresh), planFingerprint(globalContentPlan(corpus), 'code', fresh), contentState(corpus, 'code')]);
    } finally {
      stat.mockRestore();
    }
  });

  it('tells a renamed file from the same bytes under the old name', () => {
    const before = partFingerprint(content, 'code');
    fs.renameSync(path.join(content, 'documents/p1/u1/2024-bao-cao-1.mdx'), path.join(content, 'documents/p1/u1/2024-bao-cao-2.mdx'));
    expect(partFingerprint(content, 'code')).not.toBe(before);
  });

  it('never reuses a part whose build was interrupted', () => {
    writeStamp(part, undefined);
    expect(isUpToDate(part, partFingerprint(content, 'code'))).toBe(false);
  });

  it('keeps the saved shard plan while the provinces stay the same, so an edit moves no province', () => {
    const planFile = path.join(root, 'plan.json');
    const first = loadOrPlanShards(planFile, new Map([['a', 100], ['b', 90], ['c', 50]]), 2);
    expect(loadOrPlanShards(planFile, new Map([['a', 10], ['b', 90], ['c', 500]]), 2)).toEqual(first);
    const withNew = loadOrPlanShards(planFile, new Map([['a', 100], ['b', 90], ['c', 50], ['d', 1]]), 2);
    expect(withNew.flatMap((s) => s.provinces).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(loadOrPlanShards(planFile, new Map([['a', 100], ['b', 90], ['c', 50], ['d', 1]]), 3)).toHaveLength(3);
  });
});

describe('a project root per part', () => {
  it('copies the code and links the packages, so parallel parts never share Astro\'s generated .astro folder', () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'repo-'));
    write(repo, { 'src/pages/index.astro': '<h1>Bảng Vàng</h1>\n', 'astro.config.mjs': 'export default {};\n', 'package.json': '{}\n', 'node_modules/astro/package.json': '{}\n', '.astro/content-modules.mjs': 'export default new Map();\n' });
    const roots = ['a', 'b'].map((name) => makePartRoot(repo, path.join(repo, 'parts', name, 'root')));
    for (const root of roots) {
      expect(fs.readFileSync(path.join(root, 'src/pages/index.astro'), 'utf8')).toBe('<h1>Bảng Vàng</h1>\n');
      expect(fs.lstatSync(path.join(root, 'src')).isSymbolicLink()).toBe(false);
      expect(fs.realpathSync(path.join(root, 'node_modules'))).toBe(fs.realpathSync(path.join(repo, 'node_modules')));
      expect(fs.existsSync(path.join(root, '.astro'))).toBe(false);
    }
  });
});

describe('which part builds which page', () => {
  it('gives the shards the pages that need document bodies, and every other page to the shared part', () => {
    const pages = (fs.readdirSync('src/pages', { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/')).filter((f) => /\.(astro|ts)$/.test(f));
    for (const route of [...shardRoutes, ...exemplarDataRoutes]) expect(pages, `${route} is a page of the site`).toContain(route);
    for (const page of pages) expect(keepsRoute('shard', page) || keepsRoute('shared', page), `${page} is built by some part`).toBe(true);
    expect(keepsRoute('shared', 'van-ban/[...id].astro')).toBe(false);
    expect(keepsRoute('shard', 'khen-thuong/index.astro')).toBe(false);
    // A story names units of any province; one whose province no shard has still gets its page from the shared part.
    expect(keepsRoute('shared', 'bai-viet/[slug].astro') && keepsRoute('shard', 'bai-viet/[slug].astro')).toBe(true);
  });

  it('keeps only the page files a part builds in its project root', () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'routes-'));
    write(repo, { 'src/pages/index.astro': '', 'src/pages/van-ban/[...id].astro': '', 'src/components/Card.astro': '', 'node_modules/x/package.json': '{}' });
    const shard = makePartRoot(repo, path.join(repo, 'shard'), (route) => keepsRoute('shard', route));
    expect(fs.existsSync(path.join(shard, 'src/pages/index.astro'))).toBe(false);
    expect(fs.existsSync(path.join(shard, 'src/pages/van-ban/[...id].astro'))).toBe(true);
    expect(fs.existsSync(path.join(shard, 'src/components/Card.astro'))).toBe(true);
  });
});

describe('sitemap of a merged site', () => {
  it('lists every page once under the site address and base, without the 404 page or the search index', () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'sitemap-'));
    // The merge's list of the site's files (the test above checks it against the folder).
    const files = ['index.html', '404.html', 'don-vi/quang-ngai/pho-minh-duc-pho/index.html', 'pagefind/x/index.html', 'du-lieu/chi-so.csv'];
    expect(writeSitemap(site, files, 'https://bangvang.example.vn', '/bang-vang/')).toEqual({ urls: 2, files: 1 });
    const urls = [...fs.readFileSync(path.join(site, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(urls).toEqual(['https://bangvang.example.vn/bang-vang/', 'https://bangvang.example.vn/bang-vang/don-vi/quang-ngai/pho-minh-duc-pho/']);
    expect(fs.readFileSync(path.join(site, 'sitemap-index.xml'), 'utf8')).toContain('<loc>https://bangvang.example.vn/bang-vang/sitemap-0.xml</loc>');
  });
});

describe('benchmark log parsing', () => {
  it('splits a build into phases from the lines Astro prints', () => {
    const lines = [
      [1000, '12:00:01 [content] Syncing content'], [3000, '12:00:03 [content] Synced content'],
      [4000, '12:00:04 [build] Building static entrypoints...'], [9000, ' generating static routes '],
      [15000, '12:00:15 ✓ Completed in 6.00s.'], [20000, '12:00:20 [bang-vang:pagefind] Pagefind đã lập chỉ mục 10 trang'],
    ].map(([ms, text]) => ({ ms: ms as number, text: text as string }));
    expect(phasesFromLog(lines, 21000)).toEqual({ setup: 1000, contentSync: 2000, prepare: 1000, bundle: 5000, render: 6000, searchIndex: 5000, finish: 1000 });
  });
});
