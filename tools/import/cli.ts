/**
 * The importer's command line: turns .docx and .txt documents into MDX files of the documents collection.
 *
 *   npm run import -- <file or folder>... [--unit <province>/<unit>] [--out <dir>] [--force] [--dry-run] [--json]
 *
 * Every input is read and checked first; files are written only when all of them import cleanly, so a
 * bad input never leaves half a batch behind. Exit codes: 0 done, 1 bad input, 2 usage error.
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../../src/settings.ts';
import { formatNumber } from '../../src/utils/vietnamese.ts';
import { InputError } from './encoding.ts';
import { importDocument, type ImportResult } from './import-document.ts';
import { loadUnits } from './load-units.ts';
import { readSource, type Source } from './read-source.ts';
import { writeFileAtomic } from './write-atomic.ts';

const USAGE = `Cách dùng (usage): npm run import -- <tệp hoặc thư mục>... [--unit <tỉnh>/<đơn-vị>] [--out <thư-mục>] [--force] [--dry-run] [--json]

  <tệp hoặc thư mục>  tệp .docx/.txt, hoặc thư mục chứa chúng (files or folders)
  --unit <id>          đơn vị ban hành, ví dụ thai-nguyen/tan-hoa-phu-binh (issuing unit; otherwise found from the text)
  --out <thư-mục>      thư mục nội dung để ghi vào, thay cho content/ (content folder to write: <dir>/documents, <dir>/sources)
  --force              ghi đè tệp đã có (overwrite existing files)
  --dry-run            không ghi gì, chỉ báo sẽ làm gì (write nothing, print what would be done)
  --json               in kết quả dạng JSON (print results as JSON)
`;

interface Planned {
  input: string;
  source?: Source;
  result?: ImportResult;
  output?: string;
  /** The same document as `.mdx` (imported before documents were Markdown), replaced with --force. */
  replaces?: string;
  sourceCopy?: string;
  error?: string;
}

/** parseArgs' errors in the user's words. */
function usageMessage(error: Error & { code?: string }): string {
  const option = /'([^']+)'/u.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Lỗi: không có tùy chọn ${option} (unknown option)`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /does not take/u.test(error.message)) return `Lỗi: tùy chọn ${option.split(' ')[0]} không nhận giá trị (option takes no value)`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `Lỗi: tùy chọn ${option.split(' ')[0]} cần một giá trị (option needs a value)`;
  return `Lỗi: ${error.message}`;
}

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function relative(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..' + path.sep + '..' + path.sep + '..') ? rel : file;
}

/** Files named on the command line, folders expanded to the .docx and .txt files in them. */
function expandInputs(inputs: string[]): { files: string[]; errors: Planned[] } {
  const files: string[] = [];
  const errors: Planned[] = [];
  for (const input of inputs) {
    let stats;
    try {
      stats = statSync(input);
    } catch {
      errors.push({ input, error: `Lỗi: không tìm thấy tệp (file not found): ${input}` });
      continue;
    }
    if (stats.isDirectory()) {
      const found = readdirSync(input, { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(docx|txt)$/iu.test(f) && !path.basename(f).startsWith('~$') && !path.basename(f).startsWith('.'))
        .sort()
        .map((f) => path.join(input, f));
      if (found.length === 0) errors.push({ input, error: `Lỗi: thư mục không có tệp .docx hay .txt (no .docx or .txt files in folder): ${input}` });
      files.push(...found);
    } else {
      files.push(input);
    }
  }
  return { files, errors };
}

async function plan(file: string, options: { unit?: string; root: string; force: boolean; units: ReturnType<typeof loadUnits> }): Promise<Planned> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    return { input: file, error: `Lỗi: không đọc được tệp (unreadable file): ${file}` };
  }
  let source: Source;
  try {
    source = await readSource(bytes, path.basename(file));
  } catch (error) {
    if (error instanceof InputError) return { input: file, error: error.message };
    throw error;
  }
  const result = importDocument({ fileName: path.basename(file), lines: source.lines, notes: source.notes }, { units: options.units, unit: options.unit });
  result.warnings.unshift(...source.warnings);
  if (result.errors.length > 0 || !result.frontmatter || !result.slug) {
    return { input: file, source, result, error: `Lỗi: ${path.basename(file)}: ${result.errors.join('; ')}` };
  }
  const unit = result.frontmatter.unit;
  // Documents are plain Markdown (no components, and no MDX bundling per document: see bench/README.md).
  const output = path.join(options.root, 'documents', ...unit.split('/'), `${result.slug}.md`);
  const older = output.replace(/\.md$/, '.mdx');
  const replaces = existsSync(older) ? older : undefined;
  const sourceCopy = path.join(options.root, 'sources', ...unit.split('/'), path.basename(file));
  const existing = existsSync(output) ? output : replaces;
  if (!options.force && existing) {
    return { input: file, source, result, output, error: `Lỗi: đã có tệp, dùng --force để ghi đè (file exists, use --force to overwrite): ${relative(existing)}` };
  }
  if (!options.force && existsSync(sourceCopy) && !readFileSync(sourceCopy).equals(Buffer.from(bytes))) {
    return { input: file, source, result, output, error: `Lỗi: đã có bản gốc khác cùng tên, dùng --force để ghi đè (a different source file exists, use --force): ${relative(sourceCopy)}` };
  }
  return { input: file, source, result, output, replaces, sourceCopy };
}

function percent(ratio: number): string {
  return `${formatNumber(Math.floor(ratio * 10000) / 100)}%`;
}

function jsonRecord(item: Planned) {
  const fm = item.result?.frontmatter;
  return {
    input: item.input,
    output: item.error ? null : item.output ? relative(item.output) : null,
    encoding: item.source?.encoding ?? null,
    type: fm?.type ?? item.result?.type ?? null,
    number: fm?.number ?? null,
    symbol: fm?.symbol ?? null,
    issuedOn: fm?.issuedOn ?? null,
    place: fm?.place ?? null,
    title: fm?.title ?? null,
    unit: fm?.unit ?? null,
    signer: { name: fm?.signer.name ?? null, title: fm?.signer.title ?? null, capacity: fm?.signer.capacity ?? null },
    recipients: fm?.recipients ?? [],
    warnings: item.result?.warnings ?? [],
    errors: item.error ? [item.error] : [],
  };
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      strict: true,
      options: {
        unit: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    fail(`${usageMessage(error as Error & { code?: string })}\n\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  if (positionals.length === 0) fail(`Lỗi: thiếu tệp cần nhập (no input files)\n\n${USAGE}`, 2);
  if (values.unit !== undefined && !/^[a-z0-9-]+\/[a-z0-9-]+$/u.test(values.unit)) {
    fail(`Lỗi: --unit phải có dạng <tỉnh>/<đơn-vị>, ví dụ thai-nguyen/tan-hoa-phu-binh (expected "<province>/<unit>"): ${values.unit}\n\n${USAGE}`, 2);
  }
  if (values.out !== undefined && values.out.trim() === '') fail(`Lỗi: --out cần một thư mục (--out needs a folder)\n\n${USAGE}`, 2);

  const log = (line: string) => (values.json ? process.stderr : process.stdout).write(`${line}\n`);
  const root = path.resolve(values.out ?? contentDir());
  const units = loadUnits(path.join(contentDir(), 'units'));
  const { files, errors: inputErrors } = expandInputs(positionals);
  const planned: Planned[] = [...inputErrors];
  const total = files.length;
  for (const [index, file] of files.entries()) {
    const item = await plan(file, { unit: values.unit, root, force: values.force, units });
    planned.push(item);
    const counter = `[${index + 1}/${total}]`;
    if (item.error) log(`${counter} ${item.error}`);
    else {
      const fidelity = item.result!.fidelity!;
      log(`${counter} ${file} → ${relative(item.output!)} (${item.source!.encoding}, ${item.result!.frontmatter!.type}, ${formatNumber(fidelity.total)} từ, giữ ${percent(fidelity.retention)})`);
    }
    for (const warning of item.result?.warnings ?? []) log(`      cảnh báo (warning): ${warning}`);
  }
  for (const item of inputErrors) log(item.error!);

  // Two inputs that would write the same file.
  const seen = new Map<string, string>();
  for (const item of planned) {
    if (!item.output || item.error) continue;
    const other = seen.get(item.output);
    if (other) item.error = `Lỗi: ${item.input} và ${other} cùng ghi vào một tệp (both would write): ${relative(item.output)}`, log(item.error);
    seen.set(item.output, item.input);
  }

  const failed = planned.filter((item) => item.error);
  if (failed.length > 0) {
    log(`Dừng (stopped): ${failed.length} lỗi trên ${planned.length} tệp, không ghi tệp nào (errors: nothing written).`);
  } else if (values['dry-run']) {
    for (const item of planned) {
      const replacing = item.replaces ? `, thay (replacing) ${relative(item.replaces)}` : '';
      log(`(thử) sẽ ghi (would write): ${relative(item.output!)} và ${relative(item.sourceCopy!)}${replacing}`);
    }
    log(`Thử (dry run): ${planned.length} văn bản, không ghi gì (nothing written).`);
  } else {
    // Each file is written whole or not at all (a temporary file renamed over it): a crash never leaves a
    // truncated .md for the site build to choke on.
    for (const item of planned) {
      writeFileAtomic(item.output!, item.result!.markdown!);
      // Both would be one document with two files, which the content check refuses.
      if (item.replaces) {
        rmSync(item.replaces);
        log(`đã thay (replaced): ${relative(item.replaces)}`);
      }
      writeFileAtomic(item.sourceCopy!, readFileSync(item.input));
    }
    log(`Xong (done): đã ghi ${planned.length} văn bản (documents written).`);
  }
  if (values.json) process.stdout.write(`${JSON.stringify(planned.map(jsonRecord), null, 2)}\n`);
  process.exitCode = failed.length > 0 ? 1 : 0;
}

await main();
