/**
 * The importer on large input, through the real CLI: a 12 MB text of about two million words (a seed's body
 * repeated, generated here and never committed) imports in seconds without a stack trace, and a folder of
 * many files reports its progress on stderr in plain lines when stderr is not a terminal.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { seedPath } from '../seeds.ts';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'tools/import/cli.ts');
let dir: string;

function run(...args: string[]) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: 'content', NO_COLOR: '1' }, timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, seconds: (performance.now() - started) / 1000 };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'import-large-'));
  mkdirSync(path.join(dir, 'content/units/thai-nguyen'), { recursive: true });
  const unit = { name: 'Tân Hoà', kind: 'xã', district: { name: 'Phú Bình', kind: 'huyện' }, province: 'Thái Nguyên' };
  writeFileSync(path.join(dir, 'content/units/thai-nguyen/tan-hoa-phu-binh.yaml'), stringify(unit));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The seed's header and signature once, its body repeated until the text reaches `bytes`. */
function hugeReport(bytes: number): string {
  const lines = readFileSync(seedPath('001_918d6d172b288aa9.txt'), 'utf8').split('\n');
  const head = lines.slice(0, 20).join('\n');
  const body = lines.slice(20, -20).join('\n');
  const tail = lines.slice(-20).join('\n');
  const parts = [head];
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  const bodySize = Buffer.byteLength(body) + 1;
  while (size < bytes) {
    parts.push(body);
    size += bodySize;
  }
  parts.push(tail);
  return parts.join('\n');
}

describe('the importer on large input', () => {
  it('imports a 12 MB text of two million words in well under a minute, with no stack trace', () => {
    mkdirSync(path.join(dir, 'lon'));
    writeFileSync(path.join(dir, 'lon/bao-cao-rat-dai.txt'), hugeReport(12_000_000));
    const { code, stdout, stderr, seconds } = run('lon/bao-cao-rat-dai.txt', '--out', 'xuat');
    expect(stderr).not.toMatch(/\n\s+at |RangeError|Maximum call stack/u);
    expect({ code, firstLine: stdout.split('\n')[0] }).toEqual({
      code: 0,
      firstLine: expect.stringMatching(/^\[1\/1\] lon\/bao-cao-rat-dai\.txt → xuat\/documents\/thai-nguyen\/tan-hoa-phu-binh\/2023-bao-cao-127\.md \(utf-8, báo cáo, [12]\.\d{3}\.\d{3} từ, giữ 100%\)$/u),
    });
    expect(seconds).toBeLessThan(60);
  }, 300_000);

  it('refuses a text too long to check, in Vietnamese, and goes on with the other files', () => {
    mkdirSync(path.join(dir, 'qua-lon'));
    writeFileSync(path.join(dir, 'qua-lon/a-qua-dai.txt'), hugeReport(30_000_000));
    writeFileSync(path.join(dir, 'qua-lon/b-binh-thuong.txt'), readFileSync(seedPath('001_918d6d172b288aa9.txt')));
    const { code, stdout, stderr } = run('qua-lon', '--out', 'xuat-2');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toMatch(/^\[1\/2\] Lỗi: văn bản quá dài \(text too long\): a-qua-dai\.txt, [\d.]+ ký tự, tối đa 20\.000\.000; hãy tách thành nhiều tệp \(split it\)$/mu);
    expect(stdout).toContain('[2/2] qua-lon/b-binh-thuong.txt → xuat-2/documents/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127.md');
  }, 300_000);

  it('reports the progress of a folder on stderr every 25 files when stderr is not a terminal', () => {
    mkdirSync(path.join(dir, 'nhieu'));
    const seed = readFileSync(seedPath('001_918d6d172b288aa9.txt'), 'utf8');
    for (let n = 1; n <= 30; n++) writeFileSync(path.join(dir, `nhieu/bao-cao-${String(n).padStart(2, '0')}.txt`), seed.replace('Số: 127/BC-UBND', `Số: ${n}/BC-UBND`));
    const { code, stdout, stderr } = run('nhieu', '--dry-run');
    expect(code).toBe(0);
    expect(stderr).toMatch(/^… 25\/30 tệp \(files\), [\d,]+ tệp\/giây \(files\/s\), còn khoảng \(ETA\) \d+ giây\n$/u);
    expect(stdout).toContain('Thử (dry run): 30 văn bản, không ghi gì (nothing written).\n');
  }, 300_000);
});
