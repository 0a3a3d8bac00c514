import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv } from './build-env.ts';
import { fileHashes } from './file-hashes.ts';

/**
 * The national build as a CI engine runs it (docs/ci.md): a plan job, one job per part on its own machine, a merge
 * job. Each job here gets its own copy of the project (no shared work folder, no shared cache, only the plan file and
 * the content), the part folders are copied as an artifact download would, and the merged site must be byte for byte
 * the one the shard runner builds on one machine. Only node_modules is shared, as an installed toolchain would be.
 * Then the one machine rebuilds after an edit into its kept merged site, which must be the site merged anew, and
 * after a story's body alone, then an exemplar's description alone, is edited, which must be the site built from
 * nothing.
 */
const SKIP = process.env.SKIP_SLOW_BUILDS === '1';
const repo = path.resolve('.');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bang-vang-ci-parts-'));
const notCopied = new Set(['node_modules', '.git', 'dist', 'dist-split', 'test-results', 'playwright-report', '.astro']);

/** A fresh machine's checkout: the project's files, an installed node_modules, nothing built. */
function machine(name: string): string {
  const root = path.join(work, name);
  fs.cpSync(repo, root, { recursive: true, filter: (source) => !notCopied.has(path.relative(repo, source).split(path.sep)[0]) });
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(root, 'node_modules'));
  return root;
}

/** The runner's own lines ("[shards] …", on stderr) of the last run. */
let runnerLog = '';

/** `npm run build:shards -- …` on one machine; its own work folder, the same pinned build date everywhere. */
function shards(root: string, args: string[]): string {
  const result = spawnSync(process.execPath, ['tools/shards/cli.ts', '--content', 'content', '--shards', '2', '--work', path.join(root, '.work'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: buildEnv({ BUILD_DATE: '2026-11-22', SEARCH_BUNDLE_BYTES: '1' }),
    timeout: 300_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`build:shards ${args.join(' ')} failed (${result.status}):\n${(result.stdout + result.stderr).slice(-4000)}`);
  runnerLog = result.stderr;
  return result.stdout;
}

/** Files that differ between two built sites, or are in one only. */
function differences(a: string, b: string): string[] {
  const expected = fileHashes(a);
  const actual = fileHashes(b);
  expect(actual.size).toBeGreaterThan(100);
  return [...new Set([...expected.keys(), ...actual.keys()])].filter((file) => expected.get(file) !== actual.get(file));
}

describe.skipIf(SKIP)('the national build split over separate machines', () => {
  // Six copies of the project and their builds: more than vitest's 10 s for a hook on a busy machine.
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }), 300_000);

  it('merges parts built on machines that share nothing but the plan into the site one machine builds', () => {
    const planFile = path.join(work, 'plan.json');
    const matrix = JSON.parse(shards(machine('plan'), ['--plan', '--json', '--plan-file', planFile])) as { include: Array<{ part: string; weight: number }> };
    expect(matrix.include.map((job) => job.part)).toEqual(['global', 'shard-0', 'shard-1']);

    const artifacts = path.join(work, 'artifacts');
    for (const { part } of matrix.include) {
      const downloaded = path.join(work, `downloaded-${part}`);
      shards(machine(`part-${part}`), ['--only', part, '--plan-file', planFile, '--part-out', downloaded]);
      expect(fs.readdirSync(path.join(downloaded, part)).sort()).toEqual(['dist', 'search-facts.json']);
      fs.cpSync(path.join(downloaded, part), path.join(artifacts, part), { recursive: true });
    }
    const merged = path.join(work, 'merged');
    shards(machine('merge'), ['--merge-only', '--plan-file', planFile, '--parts', artifacts, '--out', merged]);

    const oneMachine = path.join(work, 'one-machine');
    const one = machine('one');
    shards(one, ['--out', oneMachine]);
    expect(differences(oneMachine, merged)).toEqual([]);

    // After an edit, the one machine keeps its merged site and places only the rebuilt parts' files
    // (tools/shards/merge-state.ts): the same site as merging every part anew (--merge-only from its work folder).
    const document = path.join(one, 'content', 'documents', 'quang-ngai');
    const edited = fs.readdirSync(document, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && /\.mdx?$/.test(e.name)).map((e) => path.join(e.parentPath, e.name)).sort()[0];
    fs.appendFileSync(edited, '\nĐoạn bổ sung sau khi dựng: xã tiếp tục nhân rộng các điển hình tiên tiến.\n');
    fs.appendFileSync(path.join(one, 'content', 'stories', 'dan-van-kheo-ra-manh-son-long.mdx'), '\nĐoạn bổ sung của bài viết.\n');
    shards(one, ['--out', oneMachine]);
    expect(runnerLog).toMatch(/merged site of the last run kept/);
    expect(runnerLog).toMatch(/global \(all provinces\): unchanged, output reused/);
    const mergedAnew = path.join(work, 'merged-anew');
    shards(one, ['--merge-only', '--out', mergedAnew]);
    expect(differences(oneMachine, mergedAnew)).toEqual([]);
    expect(fs.readFileSync(path.join(oneMachine, 'bai-viet', 'dan-van-kheo-ra-manh-son-long', 'index.html'), 'utf8')).toContain('Đoạn bổ sung của bài viết.');

    // A story's body alone edited: its shard builds that story's page alone and indexes its bundles again from its
    // kept pages (tools/shards/entry-pages.ts). The site is the one a build from nothing makes of the same content.
    fs.appendFileSync(path.join(one, 'content', 'stories', 'dan-van-kheo-ra-manh-son-long.mdx'), '\nMột đoạn nữa, chỉ thêm vào thân bài: Đảng ủy xã biểu dương các tổ dân vận khéo.\n');
    shards(one, ['--out', oneMachine]);
    expect(runnerLog).toMatch(/shard-\d \(\d provinces\): 1 story's body alone changed, its page built alone: ok/);
    expect(runnerLog).toMatch(/shard-\d \(\d provinces\): unchanged, output reused/);
    // Alone in the run, the national bundle was indexed while the shard built the story's page; the national run copied it.
    expect(runnerLog).toMatch(/national search bundle, beside shard-\d: \d+ pages indexed/);
    expect(runnerLog).toMatch(/primary and national bundles, 2 copied unchanged/);

    // An exemplar's description alone edited: its shard builds its page alone, the shared part writes the open data
    // of exemplars, which print it, again from its kept records (no build); nothing else shows it.
    const exemplar = path.join(one, 'content', 'exemplars', 'quang-ngai', 'ho-nguyen-thi-le-son-long.yaml');
    const added = 'Năm 2025 hộ mở rộng chuồng nuôi, hướng dẫn thêm ba hộ trong thôn.';
    fs.writeFileSync(exemplar, fs.readFileSync(exemplar, 'utf8').replace(/^description: (.+)$/m, (_, d: string) => `description: ${d} ${added}`));
    shards(one, ['--out', oneMachine]);
    expect(runnerLog).toMatch(/shard-\d \(\d provinces\): 1 exemplar's description alone changed, its page built alone: ok/);
    expect(runnerLog).toMatch(/global \(all provinces\): 1 exemplar's description alone changed, the open data of exemplars written again from its kept records: ok/);
    expect(runnerLog).toMatch(/global: 3 files placed/);
    expect(runnerLog).toMatch(/primary and national bundles, 2 copied unchanged/);
    expect(fs.readFileSync(path.join(oneMachine, 'dien-hinh', 'ho-nguyen-thi-le-son-long', 'index.html'), 'utf8')).toContain(added);
    expect(fs.readFileSync(path.join(oneMachine, 'du-lieu', 'dien-hinh.csv'), 'utf8')).toContain(added);

    const fromNothing = path.join(work, 'from-nothing');
    // A work folder of its own: no part, cache or record of the runs before (the last --work given is the one used).
    shards(one, ['--out', fromNothing, '--work', path.join(work, 'from-nothing-work')]);
    expect(differences(fromNothing, oneMachine)).toEqual([]);
    expect(fs.readFileSync(path.join(oneMachine, 'bai-viet', 'dan-van-kheo-ra-manh-son-long', 'index.html'), 'utf8')).toContain('Đảng ủy xã biểu dương các tổ dân vận khéo.');
  }, 900_000);
});
