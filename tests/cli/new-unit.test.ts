/**
 * A commune new to the site: one import command with --unit creates its unit file from the document, and one
 * build puts the commune's page and its document's page on the site. Without --unit, the importer names the
 * issuing body it read and proposes the command. Runs the real CLI and a real `astro build` on a copy of content/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../dist/build-env.ts';
import { seedPath } from '../seeds.ts';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'tools/import/cli.ts');
const fixture = path.join(root, 'tests/cli/fixtures/an-thinh-bao-cao-45.txt');
const SKIP_BUILD = process.env.SKIP_SLOW_BUILDS === '1';

let work: string;

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: 'content', NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh copy of the site's content, and the fixture in in/. */
function freshContent(): void {
  rmSync(path.join(work, 'content'), { recursive: true, force: true });
  cpSync(path.join(root, 'content'), path.join(work, 'content'), { recursive: true });
  mkdirSync(path.join(work, 'in'), { recursive: true });
  cpSync(fixture, path.join(work, 'in/an-thinh.txt'));
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'import-new-unit-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const UNIT_FILE = `# Xã An Thịnh, huyện Lương Tài, tỉnh Bắc Ninh — tạo khi nhập an-thinh.txt (created by the importer).
name: An Thịnh
kind: xã
district:
  name: Lương Tài
  kind: huyện
province: Bắc Ninh
facts: []
`;

describe('importing a document of a commune new to the site', () => {
  it('names the issuing body it read and proposes the exact command when no unit matches and no --unit is given', () => {
    freshContent();
    const { code, stdout } = run('in/an-thinh.txt');
    expect(code).toBe(1);
    expect(stdout).toBe(
      '[1/1] Lỗi: an-thinh.txt: không tìm thấy đơn vị ban hành trong content/units (unit not found): đã đọc (read) "UỶ BAN NHÂN DÂN HUYỆN LƯƠNG TÀI / ỦY BAN NHÂN DÂN XÃ AN THỊNH"; nếu là đơn vị mới, nhập bằng (if it is a new unit, run): npm run import -- "in/an-thinh.txt" --unit bac-ninh/an-thinh-luong-tai\n' +
        'Dừng (stopped): 1 lỗi trên 1 tệp, không ghi tệp nào (errors: nothing written).\n',
    );
    expect(existsSync(path.join(work, 'content/units/bac-ninh'))).toBe(false);
  });

  it('says with --dry-run that it would create the unit, and writes nothing', () => {
    freshContent();
    const { code, stdout } = run('in/an-thinh.txt', '--unit', 'bac-ninh/an-thinh-luong-tai', '--dry-run');
    expect(code).toBe(0);
    expect(stdout).toContain('(thử) sẽ tạo đơn vị (would create unit): content/units/bac-ninh/an-thinh-luong-tai.yaml (xã An Thịnh, huyện Lương Tài, tỉnh Bắc Ninh)\n');
    expect(existsSync(path.join(work, 'content/units/bac-ninh'))).toBe(false);
    expect(existsSync(path.join(work, 'content/documents/bac-ninh'))).toBe(false);
  });

  it('creates the unit once for several documents of the same new commune in one batch', () => {
    freshContent();
    writeFileSync(path.join(work, 'in/an-thinh-2.txt'), readFileSync(fixture, 'utf8').replace('Số: 45/BC-UBND', 'Số: 46/BC-UBND'));
    const { code, stdout } = run('in', '--unit', 'bac-ninh/an-thinh-luong-tai', '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { files: { unitCreated: string | null; output: string }[]; summary: { unitsCreated: string[] } };
    expect(report.files.map((f) => [f.output, f.unitCreated])).toEqual([
      ['content/documents/bac-ninh/an-thinh-luong-tai/2024-bao-cao-46.md', 'bac-ninh/an-thinh-luong-tai'],
      ['content/documents/bac-ninh/an-thinh-luong-tai/2024-bao-cao-45.md', null],
    ]);
    expect(report.summary.unitsCreated).toEqual(['bac-ninh/an-thinh-luong-tai']);
    expect(readdirSync(path.join(work, 'content/units/bac-ninh'))).toEqual(['an-thinh-luong-tai.yaml']);
  });

  it('refuses to create a unit whose province it cannot name, and says how to add it by hand', () => {
    freshContent();
    cpSync(seedPath('000_f1c8fe1713501660.txt'), path.join(work, 'in/pho-van.txt'));
    const { code, stdout } = run('in/pho-van.txt', '--unit', 'khong-ro/pho-van-duc-pho');
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toBe(
      '[1/1] Lỗi: pho-van.txt: không tạo được đơn vị mới (cannot create the unit) khong-ro/pho-van-duc-pho: không xác định được tên tỉnh "khong-ro" (province name not found): văn bản không ghi "tỉnh …" và content/units/khong-ro/ chưa có đơn vị nào; hãy tạo tệp content/units/khong-ro/pho-van-duc-pho.yaml (create the unit file by hand)',
    );
    expect(existsSync(path.join(work, 'content/units/khong-ro'))).toBe(false);
  });

  it('with --extract, proposes the new commune\'s award counts for review beside its document', () => {
    freshContent();
    const imported = run('in/an-thinh.txt', '--unit', 'bac-ninh/an-thinh-luong-tai', '--extract');
    expect(imported.code, imported.stdout + imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/đề xuất \(proposals\) bac-ninh\/an-thinh-luong-tai\/2024-bao-cao-45: \d+ tệp chờ duyệt/);
    const awards = readFileSync(path.join(work, 'content/awards/bac-ninh/an-thinh-luong-tai/2024.yaml'), 'utf8');
    expect(awards).toMatch(/^review: pending$/m);
    expect(awards).toContain('document: bac-ninh/an-thinh-luong-tai/2024-bao-cao-45');
    expect(awards).toMatch(/count: 15\n/);
    expect(awards).toMatch(/count: 42\n/);
  });

  it.skipIf(SKIP_BUILD)('puts the new commune and its document on the site after one import and one build', () => {
    freshContent();
    const imported = run('in/an-thinh.txt', '--unit', 'bac-ninh/an-thinh-luong-tai');
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toContain('đã tạo đơn vị (unit created): content/units/bac-ninh/an-thinh-luong-tai.yaml (xã An Thịnh, huyện Lương Tài, tỉnh Bắc Ninh)\n');
    expect(imported.code).toBe(0);
    expect(readFileSync(path.join(work, 'content/units/bac-ninh/an-thinh-luong-tai.yaml'), 'utf8')).toBe(UNIT_FILE);
    const out = path.join(work, 'dist');
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: buildEnv({ CONTENT_DIR: path.join(work, 'content'), OUT_DIR: out, CACHE_DIR: path.join(work, 'cache') }),
      timeout: 600_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(build.status, `${build.stdout}\n${build.stderr}`.slice(-4000)).toBe(0);
    const unitPage = readFileSync(path.join(out, 'don-vi/bac-ninh/an-thinh-luong-tai/index.html'), 'utf8');
    expect(unitPage).toContain('Xã An Thịnh');
    expect(unitPage).toContain('/van-ban/bac-ninh/an-thinh-luong-tai/2024-bao-cao-45/');
    const documentPage = readFileSync(path.join(out, 'van-ban/bac-ninh/an-thinh-luong-tai/2024-bao-cao-45/index.html'), 'utf8');
    expect(documentPage).toContain('Tổng kết công tác thi đua, khen thưởng năm 2024');
  }, 600_000);
});
