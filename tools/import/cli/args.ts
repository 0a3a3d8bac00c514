/** The importer's command line: its options, its usage text, and usage errors in the user's words. */
import { parseArgs } from 'node:util';

export const USAGE = `Cách dùng (usage): npm run import -- <tệp hoặc thư mục>... [--unit <tỉnh>/<đơn-vị>] [--out <thư-mục>] [--force] [--dry-run] [--json] [--extract]

  <tệp hoặc thư mục>  tệp .docx .doc .odt .pdf .txt .md .html, hoặc thư mục chứa chúng (files or folders)
  --unit <id>          đơn vị ban hành, ví dụ thai-nguyen/tan-hoa-phu-binh; đơn vị chưa có thì được tạo từ văn bản
                       (issuing unit; otherwise found from the text; a unit not yet on the site is created)
  --out <thư-mục>      thư mục nội dung để ghi vào, thay cho content/ (content folder to write: <dir>/documents, <dir>/sources, <dir>/units)
  --force              ghi đè tệp đã có (overwrite existing files)
  --dry-run            không ghi gì, chỉ báo sẽ làm gì (write nothing, print what would be done)
  --json               in kết quả dạng JSON (print results as JSON)
  --extract            đề xuất điển hình, khen thưởng, chỉ số từ văn bản đã nhập, chờ duyệt (propose facts for review)
`;

/** What the command line asks for. */
export interface CliOptions {
  inputs: string[];
  unit?: string;
  out?: string;
  force: boolean;
  dryRun: boolean;
  json: boolean;
  /** Propose the facts of each imported document for review (npm run extract --write). */
  extract: boolean;
  help: boolean;
}

/** A usage error: exit code 2, the message and the usage on stderr. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** parseArgs' errors in the user's words. */
function usageMessage(error: Error & { code?: string }): string {
  const option = /'([^']+)'/u.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Lỗi: không có tùy chọn ${option} (unknown option)`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /does not take/u.test(error.message)) return `Lỗi: tùy chọn ${option.split(' ')[0]} không nhận giá trị (option takes no value)`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `Lỗi: tùy chọn ${option.split(' ')[0]} cần một giá trị (option needs a value)`;
  return `Lỗi: ${error.message}`;
}

/** Reads the arguments; throws {@link UsageError}. */
export function parseCli(args: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        unit: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        extract: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(usageMessage(error as Error & { code?: string }));
  }
  const { values, positionals } = parsed;
  const options: CliOptions = { inputs: positionals, unit: values.unit, out: values.out, force: values.force, dryRun: values['dry-run'], json: values.json, extract: values.extract, help: values.help };
  if (options.help) return options;
  if (positionals.length === 0) throw new UsageError('Lỗi: thiếu tệp cần nhập (no input files)');
  if (options.unit !== undefined && !/^[a-z0-9-]+\/[a-z0-9-]+$/u.test(options.unit)) {
    throw new UsageError(`Lỗi: --unit phải có dạng <tỉnh>/<đơn-vị>, ví dụ thai-nguyen/tan-hoa-phu-binh (expected "<province>/<unit>"): ${options.unit}`);
  }
  if (options.out !== undefined && options.out.trim() === '') throw new UsageError('Lỗi: --out cần một thư mục (--out needs a folder)');
  return options;
}
