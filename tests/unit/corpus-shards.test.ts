import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadOrPlanShards, planShards } from '../../scripts/shards/plan.ts';
import { isUpToDate, partFingerprint, writeStamp } from '../../scripts/shards/fingerprint.ts';
import { makePartRoot } from '../../scripts/shards/part-root.ts';
import { makeGlobalContent, makeShardContent } from '../../scripts/shards/split.ts';
import { mergeOutputs, ownedPages } from '../../scripts/shards/merge.ts';
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
  });

  it('gives a shard only its provinces, with the shared registry and its stories', () => {
    const shard = path.join(root, 'shard');
    makeShardContent(content, shard, ['p2']);
    expect(fs.existsSync(path.join(shard, 'documents/p2/u2/2024-bao-cao-2.mdx'))).toBe(true);
    expect(fs.existsSync(path.join(shard, 'documents/p1'))).toBe(false);
    expect(fs.existsSync(path.join(shard, 'indicators.yaml'))).toBe(true);
    expect(fs.existsSync(path.join(shard, 'stories/s1.mdx'))).toBe(true);
  });

  it('gives the shared part every document as frontmatter only, with the same id', () => {
    const global = path.join(root, 'global');
    makeGlobalContent(content, global);
    const stub = fs.readFileSync(path.join(global, 'documents/p1/u1/2024-bao-cao-1.md'), 'utf8');
    expect(stub).toBe('---\nunit: p1/u1\ntitle: T\n---\n');
    expect(fs.existsSync(path.join(global, 'units/p2/u2.yaml'))).toBe(true);
  });

  it('takes document pages from the shards and everything else from the shared part', () => {
    const global = path.join(root, 'gdist');
    const shard = path.join(root, 'sdist');
    write(global, { 'index.html': 'home', 'van-ban/p1/u1/d/index.html': 'stub', '_astro/a.css': 'g' });
    write(shard, { 'index.html': 'shard home', 'van-ban/p1/u1/d/index.html': 'full', '_astro/b.css': 's' });
    const out = path.join(root, 'out');
    mergeOutputs(out, global, [{ dist: shard, provinces: ['p1'] }]);
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('home');
    expect(fs.readFileSync(path.join(out, 'van-ban/p1/u1/d/index.html'), 'utf8')).toBe('full');
    expect(fs.readdirSync(path.join(out, '_astro')).sort()).toEqual(['a.css', 'b.css']);
  });
});

describe('rebuilding only what changed', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'reuse-'));
  const part = path.join(root, 'shard-0');
  const content = path.join(part, 'content');
  write(content, { 'documents/p1/u1/2024-bao-cao-1.mdx': '---\ntitle: Báo cáo\n---\n\nPhong trào thi đua.\n' });
  fs.mkdirSync(path.join(part, 'dist'), { recursive: true });

  it('reuses a finished part built from the same content and code, and no other', () => {
    const built = partFingerprint(content, 'code-1');
    expect(isUpToDate(part, built)).toBe(false);
    writeStamp(part, built);
    expect(isUpToDate(part, partFingerprint(content, 'code-1'))).toBe(true);
    expect(isUpToDate(part, partFingerprint(content, 'code-2'))).toBe(false);
    fs.appendFileSync(path.join(content, 'documents/p1/u1/2024-bao-cao-1.mdx'), 'Đoạn văn thêm.\n');
    expect(isUpToDate(part, partFingerprint(content, 'code-1'))).toBe(false);
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

describe('page ownership', () => {
  it('gives a shard the pages of its documents, units, exemplars and stories', () => {
    const content = fs.mkdtempSync(path.join(os.tmpdir(), 'owned-'));
    write(content, { 'exemplars/p1/ho-ong-a-u1.yaml': 'name: A\n', 'stories/s1.mdx': '---\n---\n' });
    expect(ownedPages({ provinces: ['p1'], content }).sort()).toEqual(['bai-viet/s1', 'dien-hinh/ho-ong-a-u1', 'don-vi/p1', 'van-ban/p1']);
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
