/**
 * Runs the real importer CLI (node tools/import/cli.ts) in a scratch folder and checks its whole output,
 * exit code and what it writes.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { seedPath } from '../seeds.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'tools/import/cli.ts');

const fixtures = path.join(root, 'tests/fixtures/importer');

let dir: string;

/** Runs the CLI in the scratch folder; CONTENT_DIR is its content/. */
function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: 'content', NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under the scratch folder's content/, except units. */
function written(): string[] {
  const base = path.join(dir, 'content');
  return readdirSync(base, { recursive: true, encoding: 'utf8' })
    .filter((f) => !f.startsWith('units') && /\.\w+$/u.test(f))
    .sort();
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'import-cli-'));
  const unit = {
    name: 'Tân Hoà',
    kind: 'xã',
    district: { name: 'Phú Bình', kind: 'huyện' },
    province: 'Thái Nguyên',
  };
  mkdirSync(path.join(dir, 'content/units/thai-nguyen'), { recursive: true });
  writeFileSync(path.join(dir, 'content/units/thai-nguyen/tan-hoa-phu-binh.yaml'), stringify(unit));
  mkdirSync(path.join(dir, 'in'));
  copyFileSync(seedPath('001_918d6d172b288aa9.txt'), path.join(dir, 'in/bao-cao-127.txt'));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

const IMPORTED = `[1/1] in/bao-cao-127.txt → content/documents/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127.md (utf-8, báo cáo, 4.872 từ, giữ 100%)
      cảnh báo (warning): không thấy cơ quan ban hành (issuer not found)
      cảnh báo (warning): không thấy thẩm quyền ký TM./KT. (signing capacity not found)
`;

describe('import CLI', () => {
  it('imports a file, prints a line per file and a summary, and copies the source', () => {
    const { code, stdout, stderr } = run('in/bao-cao-127.txt');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(`${IMPORTED}Xong (done): đã ghi 1 văn bản (documents written).\n`);
    expect(written()).toEqual(['documents/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127.md', 'sources/thai-nguyen/tan-hoa-phu-binh/bao-cao-127.txt']);
    const markdown = readFileSync(path.join(dir, 'content/documents/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127.md'), 'utf8');
    const golden = readFileSync(path.join(root, 'content/documents/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127.md'), 'utf8');
    expect(markdown).toBe(golden.replace('001_918d6d172b288aa9.txt', 'bao-cao-127.txt'));
  });

  it('never overwrites an existing file without --force', () => {
    run('in/bao-cao-127.txt');
    const target = path.join(dir, 'content/documents/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127.md');
    writeFileSync(target, 'sửa tay');
    const again = run('in/bao-cao-127.txt');
    expect(again.code).toBe(1);
    expect(again.stdout).toBe(
      `[1/1] Lỗi: đã có tệp, dùng --force để ghi đè (file exists, use --force to overwrite): content/documents/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127.md
      cảnh báo (warning): không thấy cơ quan ban hành (issuer not found)
      cảnh báo (warning): không thấy thẩm quyền ký TM./KT. (signing capacity not found)
Dừng (stopped): 1 lỗi trên 1 tệp, không ghi tệp nào (errors: nothing written).
`,
    );
    expect(readFileSync(target, 'utf8')).toBe('sửa tay');
    const forced = run('in/bao-cao-127.txt', '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toContain('number: "127"');
    // written through a temporary file renamed over the old one: nothing else is left beside it
    expect(written()).toEqual(['documents/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127.md', 'sources/thai-nguyen/tan-hoa-phu-binh/bao-cao-127.txt']);
  });

  it('treats the same document imported earlier as .mdx as existing, and replaces it with --force', () => {
    const older = path.join(dir, 'content/documents/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127.mdx');
    mkdirSync(path.dirname(older), { recursive: true });
    writeFileSync(older, 'bản cũ');
    const again = run('in/bao-cao-127.txt');
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('(file exists, use --force to overwrite): content/documents/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127.mdx');
    expect(readFileSync(older, 'utf8')).toBe('bản cũ');
    const forced = run('in/bao-cao-127.txt', '--force');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('đã thay (replaced): content/documents/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127.mdx');
    // one file per document: the site would refuse both a .md and an .mdx with the same id
    expect(written()).toEqual(['documents/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127.md', 'sources/thai-nguyen/tan-hoa-phu-binh/bao-cao-127.txt']);
  });

  it('writes nothing with --dry-run and says what it would write', () => {
    const { code, stdout } = run('in', '--dry-run');
    expect(code).toBe(0);
    expect(stdout).toBe(
      `${IMPORTED}(thử) sẽ ghi (would write): content/documents/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127.md và content/sources/thai-nguyen/tan-hoa-phu-binh/bao-cao-127.txt
Thử (dry run): 1 văn bản, không ghi gì (nothing written).
`,
    );
    expect(written()).toEqual([]);
  });

  it('prints the metadata of each input as JSON with --json, progress on stderr', () => {
    const { code, stdout, stderr } = run('in/bao-cao-127.txt', '--json', '--dry-run');
    expect(code).toBe(0);
    expect(stderr).toContain('[1/1] in/bao-cao-127.txt');
    expect(JSON.parse(stdout)).toEqual([
      {
        input: 'in/bao-cao-127.txt',
        output: 'content/documents/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127.md',
        encoding: 'utf-8',
        type: 'báo cáo',
        number: '127',
        symbol: 'BC-UBND',
        issuedOn: '2023-12-15',
        place: 'Tân Hoà',
        title: 'Tổng kết công tác thi đua khen thưởng năm 2023, phương hướng, nhiệm vụ năm 2024',
        unit: 'thai-nguyen/tan-hoa-phu-binh',
        signer: { name: 'Đào Văn Trung', title: 'CHỦ TỊCH', capacity: null },
        recipients: [
          'UBND huyện Phú Bình',
          'Phòng Nội vụ huyện Phú Bình',
          'TT Đảng uỷ xã',
          'TT HĐND xã',
          'Chủ tịch, các Phó CT UBND xã',
          'Các cơ quan, đơn vị trên địa bàn xã',
          'Lưu: VT, VP',
        ],
        warnings: ['không thấy cơ quan ban hành (issuer not found)', 'không thấy thẩm quyền ký TM./KT. (signing capacity not found)'],
        errors: [],
      },
    ]);
  });

  it('writes into another content folder with --out', () => {
    const { code } = run('in/bao-cao-127.txt', '--out', 'xuat');
    expect(code).toBe(0);
    expect(existsSync(path.join(dir, 'xuat/documents/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127.md'))).toBe(true);
    expect(existsSync(path.join(dir, 'xuat/sources/thai-nguyen/tan-hoa-phu-binh/bao-cao-127.txt'))).toBe(true);
    expect(written()).toEqual([]);
  });

  it('reads the issuing unit from --unit when the text names no known unit', () => {
    copyFileSync(seedPath('003_4a4cdb79b3415bc2.txt'), path.join(dir, 'in/ke-hoach.txt'));
    const unknown = run('in/ke-hoach.txt', '--dry-run');
    expect(unknown.code).toBe(1);
    expect(unknown.stdout.split('\n')[0]).toBe(
      '[1/1] Lỗi: ke-hoach.txt: không tìm thấy đơn vị ban hành trong content/units (unit not found): dùng --unit <tỉnh>/<đơn-vị>',
    );
    const given = run('in/ke-hoach.txt', '--dry-run', '--unit', 'dong-thap/hoa-thuan-cao-lanh');
    expect(given.code).toBe(0);
    expect(given.stdout).toContain(
      '→ content/documents/dong-thap/hoa-thuan-cao-lanh/2024-ke-hoach-phat-dong-phong-trao-thi-dua.md (utf-8, kế hoạch, 1.765 từ, giữ 100%)',
    );
    expect(given.stdout).toContain('cảnh báo (warning): đơn vị dong-thap/hoa-thuan-cao-lanh chưa có trong content/units (unknown unit): hãy thêm tệp đơn vị trước khi build');
  });

  it.each([
    ['empty.txt', 'Lỗi: tệp rỗng (empty file): empty.txt'],
    ['blank.txt', 'Lỗi: tệp rỗng (empty file): blank.txt'],
    ['binary.txt', 'Lỗi: tệp nhị phân, không phải văn bản (binary file): binary.txt'],
    ['english.txt', 'Lỗi: không phải văn bản tiếng Việt (not Vietnamese text): english.txt'],
  ])('refuses %s with a clear message, exit code 1, and writes nothing', (name, message) => {
    copyFileSync(path.join(fixtures, 'text', name), path.join(dir, 'in', name));
    const { code, stdout } = run(`in/${name}`);
    expect(code).toBe(1);
    expect(stdout).toBe(`[1/1] ${message}\nDừng (stopped): 1 lỗi trên 1 tệp, không ghi tệp nào (errors: nothing written).\n`);
    expect(written()).toEqual([]);
  });

  it('refuses a corrupt .docx', () => {
    copyFileSync(path.join(fixtures, 'docx/hong.docx'), path.join(dir, 'in/hong.docx'));
    const { code, stdout } = run('in/hong.docx');
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toBe('[1/1] Lỗi: tệp .docx hỏng, không đọc được (corrupt .docx): hong.docx');
  });

  it('writes nothing from a folder when one of its files is bad', () => {
    copyFileSync(path.join(fixtures, 'text/empty.txt'), path.join(dir, 'in/empty.txt'));
    const { code, stdout } = run('in');
    expect(code).toBe(1);
    expect(stdout).toBe(
      `${IMPORTED}[2/2] Lỗi: tệp rỗng (empty file): empty.txt\nDừng (stopped): 1 lỗi trên 2 tệp, không ghi tệp nào (errors: nothing written).\n`.replace(/\[1\/1\]/u, '[1/2]'),
    );
    expect(written()).toEqual([]);
  });

  it('reports a missing file', () => {
    const { code, stdout } = run('in/khong-co.txt');
    expect(code).toBe(1);
    expect(stdout).toBe('Lỗi: không tìm thấy tệp (file not found): in/khong-co.txt\nDừng (stopped): 1 lỗi trên 1 tệp, không ghi tệp nào (errors: nothing written).\n');
  });

  it.each([
    [[], 'Lỗi: thiếu tệp cần nhập (no input files)'],
    [['in', '--bogus'], 'Lỗi: không có tùy chọn --bogus (unknown option)'],
    [['in', '--unit'], 'Lỗi: tùy chọn --unit cần một giá trị (option needs a value)'],
    [['in', '--unit', 'Tân Hoà'], 'Lỗi: --unit phải có dạng <tỉnh>/<đơn-vị>, ví dụ thai-nguyen/tan-hoa-phu-binh (expected "<province>/<unit>"): Tân Hoà'],
  ])('exits with code 2 and the usage on a usage error %j', (args, message) => {
    const { code, stdout, stderr } = run(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe(message);
    expect(stderr).toContain('Cách dùng (usage): npm run import -- <tệp hoặc thư mục>...');
  });
});
