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

  it('prints the metadata of each input and a summary as JSON with --json, the log on stderr', () => {
    const { code, stdout, stderr } = run('in/bao-cao-127.txt', '--json', '--dry-run');
    expect(code).toBe(0);
    expect(stderr).toContain('[1/1] in/bao-cao-127.txt');
    expect(JSON.parse(stdout)).toEqual({
      files: [
        {
          input: 'in/bao-cao-127.txt',
          output: 'content/documents/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127.md',
          format: 'txt',
          encoding: 'utf-8',
          type: 'báo cáo',
          number: '127',
          symbol: 'BC-UBND',
          issuedOn: '2023-12-15',
          place: 'Tân Hoà',
          title: 'Tổng kết công tác thi đua khen thưởng năm 2023, phương hướng, nhiệm vụ năm 2024',
          unit: 'thai-nguyen/tan-hoa-phu-binh',
          unitCreated: null,
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
          fidelity: { words: 4872, kept: 4872, retention: 1, moved: 0 },
          warnings: ['không thấy cơ quan ban hành (issuer not found)', 'không thấy thẩm quyền ký TM./KT. (signing capacity not found)'],
          errors: [],
        },
      ],
      summary: { dryRun: true, files: 1, imported: 1, withWarnings: 1, failed: 0, unitsCreated: [], failures: [] },
    });
  });

  it('writes into another content folder with --out', () => {
    const { code } = run('in/bao-cao-127.txt', '--out', 'xuat');
    expect(code).toBe(0);
    expect(existsSync(path.join(dir, 'xuat/documents/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127.md'))).toBe(true);
    expect(existsSync(path.join(dir, 'xuat/sources/thai-nguyen/tan-hoa-phu-binh/bao-cao-127.txt'))).toBe(true);
    expect(written()).toEqual([]);
  });

  it('takes the unit given with --unit over the text, with a warning when the issuing body names another commune', () => {
    const other = readFileSync(path.join(root, 'tests/cli/fixtures/an-thinh-bao-cao-45.txt'), 'utf8');
    writeFileSync(path.join(dir, 'in/an-thinh.txt'), other);
    const { code, stdout } = run('in/an-thinh.txt', '--dry-run', '--unit', 'thai-nguyen/tan-hoa-phu-binh');
    expect(code).toBe(0);
    expect(stdout).toContain('→ content/documents/thai-nguyen/tan-hoa-phu-binh/2024-bao-cao-45.md');
    expect(stdout).toContain(
      'cảnh báo (warning): cơ quan ban hành "UỶ BAN NHÂN DÂN HUYỆN LƯƠNG TÀI / ỦY BAN NHÂN DÂN XÃ AN THỊNH" không phải xã Tân Hoà (issuer differs from --unit): vẫn nhập vào thai-nguyen/tan-hoa-phu-binh theo --unit',
    );
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

  it('writes the good files of a folder, lists the bad ones by reason, and exits with 1', () => {
    copyFileSync(path.join(fixtures, 'text/empty.txt'), path.join(dir, 'in/empty.txt'));
    const { code, stdout } = run('in');
    expect(code).toBe(1);
    expect(stdout).toBe(
      `${IMPORTED.replace('[1/1]', '[1/2]')}[2/2] Lỗi: tệp rỗng (empty file): empty.txt
Tổng kết (summary):
  đã nhập (imported)                           1
    trong đó có cảnh báo (with warnings)       1
  lỗi, không nhập (failed)                     1
  tổng số tệp (files)                          2
Lỗi theo lý do (failed, by reason):
  tệp rỗng (empty file) — 1 tệp:
    in/empty.txt
Xong (done): đã ghi 1 văn bản (documents written); 1 tệp lỗi, không nhập (failed, not imported).
`,
    );
    expect(written()).toEqual(['documents/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127.md', 'sources/thai-nguyen/tan-hoa-phu-binh/bao-cao-127.txt']);
  });

  it('refuses both inputs that would write the same document, and writes the others', () => {
    mkdirSync(path.join(dir, 'in/ban-sao'));
    copyFileSync(path.join(dir, 'in/bao-cao-127.txt'), path.join(dir, 'in/ban-sao/bao-cao-127-lan-2.txt'));
    copyFileSync(seedPath('003_4a4cdb79b3415bc2.txt'), path.join(dir, 'in/ke-hoach.txt'));
    const { code, stdout } = run('in', '--unit', 'thai-nguyen/tan-hoa-phu-binh');
    expect(code).toBe(1);
    const target = 'content/documents/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127.md';
    expect(stdout).toContain(`Lỗi: in/ban-sao/bao-cao-127-lan-2.txt và in/bao-cao-127.txt cùng ghi vào một tệp (both would write): ${target}`);
    expect(stdout).toContain(`Lỗi: in/bao-cao-127.txt và in/ban-sao/bao-cao-127-lan-2.txt cùng ghi vào một tệp (both would write): ${target}`);
    expect(stdout).toContain('  nhiều tệp cùng ghi vào một tệp (inputs that would write the same file) — 2 tệp:\n    in/ban-sao/bao-cao-127-lan-2.txt\n    in/bao-cao-127.txt\n');
    expect(written()).toEqual([
      'documents/thai-nguyen/tan-hoa-phu-binh/2024-ke-hoach-phat-dong-phong-trao-thi-dua.md',
      'sources/thai-nguyen/tan-hoa-phu-binh/ke-hoach.txt',
    ]);
  });

  it('reads every document format in a folder, and skips Word lock files, hidden files and other files', () => {
    for (const name of ['~$bao-cao.docx', '.an.txt', 'ghi-chu.xlsx', 'anh.png']) writeFileSync(path.join(dir, 'in', name), 'x');
    for (const name of ['a.doc', 'b.odt', 'c.pdf', 'd.md', 'e.html', 'f.htm']) writeFileSync(path.join(dir, 'in', name), '');
    const { stdout } = run('in', '--dry-run', '--json');
    const inputs = (JSON.parse(stdout) as { files: { input: string; format: string }[] }).files.map((f) => `${f.input} ${f.format}`);
    expect(inputs).toEqual(['in/a.doc doc', 'in/b.odt odt', 'in/bao-cao-127.txt txt', 'in/c.pdf pdf', 'in/d.md md', 'in/e.html html', 'in/f.htm html']);
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
