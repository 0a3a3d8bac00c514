import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makePartRoot } from '../../tools/shards/part-root.ts';
import { buildEnv } from './build-env.ts';

/**
 * A document renamed between builds, its text unchanged (the importer's `--force` replaces an older `.mdx` with the
 * `.md`), builds with the cache of the build before: Astro's glob loader alone would keep the cached entry and its
 * old file path (src/utils/glob-loader.ts). Built in a project root of its own, as the shard runner does, so its
 * generated modules do not meet those of another build.
 */
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bang-vang-rename-'));
const content = path.join(work, 'content');
const documentId = 'thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127';

function build(root: string): void {
  const result = spawnSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--root', root], { cwd: root, encoding: 'utf8', env: buildEnv({ CONTENT_DIR: content, OUT_DIR: path.join(work, 'dist'), CACHE_DIR: path.join(work, 'cache'), BUILD_DATE: '2026-11-22', SEARCH_INDEX_PART: 'none' }), timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`astro build failed (${result.status}):\n${(result.stdout + result.stderr).slice(-3000)}`);
}

const page = () => fs.readFileSync(path.join(work, 'dist/van-ban', documentId, 'index.html'), 'utf8');

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('a document renamed between two builds', () => {
  it('builds from the renamed file, with the same cache, in either direction', () => {
    fs.cpSync(path.resolve('content'), content, { recursive: true });
    const root = makePartRoot(path.resolve('.'), path.join(work, 'root'));
    const file = path.join(content, 'documents', `${documentId}.md`);
    const sentence = 'Trên đây là báo cáo tổng kết công tác thi đua, khen thưởng năm 2023';
    expect(fs.readFileSync(file, 'utf8')).toContain(sentence);

    const older = file.replace(/\.md$/, '.mdx');
    // As it was imported before documents were Markdown, then replaced by the .md, then renamed back.
    for (const [from, to] of [[file, older], [older, file], [file, older]]) {
      fs.renameSync(from, to);
      build(root);
      expect(page()).toContain(sentence);
    }
  }, 600_000);
});
