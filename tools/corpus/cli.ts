/**
 * Generates a synthetic, deterministic content folder in the site's formats:
 *   node tools/corpus/cli.ts --units 200 --years 3 --seed bench --out /tmp/corpus [--format mdx] [--sources all]
 * Same options, same bytes. Prints a summary (files and words per kind) as JSON on stdout.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus, type CorpusFile } from './corpus.ts';
import { loadRegistry } from './indicators.ts';
import { countWords } from './text.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Options of the command line, checked. */
export interface GenerateArgs {
  units: number;
  years: number;
  seed: string;
  out: string;
  format: 'mdx' | 'md';
  sources: 'some' | 'all' | 'none';
}

/** Parses and checks the command line; throws one message listing every problem. */
export function parseGenerateArgs(argv: string[]): GenerateArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      units: { type: 'string' }, years: { type: 'string', default: '3' }, seed: { type: 'string', default: 'bang-vang' },
      out: { type: 'string' }, format: { type: 'string', default: 'md' }, sources: { type: 'string', default: 'some' },
    },
  });
  const problems: string[] = [];
  const units = Number(values.units);
  const years = Number(values.years);
  if (!Number.isInteger(units) || units < 1) problems.push('--units <n>: số đơn vị, số nguyên ≥ 1 (number of units, an integer ≥ 1)');
  if (!Number.isInteger(years) || years < 1 || years > 20) problems.push('--years <y>: số năm, 1–20 (number of years, 1–20)');
  if (!values.out) problems.push('--out <dir>: thư mục ghi nội dung (the folder to write the content to)');
  if (values.format !== 'mdx' && values.format !== 'md') problems.push('--format: md hoặc mdx (md or mdx)');
  if (!['some', 'all', 'none'].includes(values.sources ?? '')) problems.push('--sources: some, all hoặc none');
  if (problems.length) throw new Error(`Tham số không hợp lệ (invalid arguments):\n  ${problems.join('\n  ')}`);
  return { units, years, seed: values.seed ?? 'bang-vang', out: path.resolve(values.out!), format: values.format as 'mdx' | 'md', sources: values.sources as GenerateArgs['sources'] };
}

/** Writes the corpus into `out` (which must be empty or absent) and returns counts per kind. */
export function writeCorpus(args: GenerateArgs): Record<string, { files: number; bytes: number; words?: number }> {
  if (fs.existsSync(args.out) && fs.readdirSync(args.out).length > 0) {
    throw new Error(`${args.out} không trống (is not empty): chọn thư mục khác hoặc xóa nó trước (choose another folder or remove it first)`);
  }
  const registry = loadRegistry(path.join(repoRoot, 'content/indicators.yaml'));
  const stats: Record<string, { files: number; bytes: number; words?: number }> = {};
  const made = new Set<string>();
  for (const file of generateCorpus({ ...args, registry }) as Iterable<CorpusFile>) {
    const target = path.join(args.out, file.path);
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    fs.writeFileSync(target, file.content);
    const s = (stats[file.kind] ??= { files: 0, bytes: 0 });
    s.files++;
    s.bytes += Buffer.byteLength(file.content);
    if (file.kind === 'report' || file.kind === 'plan' || file.kind === 'decision') s.words = (s.words ?? 0) + countWords(file.content.split('\n---\n').slice(1).join('\n'));
  }
  return stats;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const args = parseGenerateArgs(process.argv.slice(2));
    const started = performance.now();
    const stats = writeCorpus(args);
    console.log(JSON.stringify({ out: args.out, seconds: Math.round(performance.now() - started) / 1000, stats }, null, 2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
}
