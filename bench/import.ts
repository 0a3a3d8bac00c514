/**
 * The importer's benchmark.
 *
 *   npm run bench:import -- [folder] [--count 500] [--unit <province>/<unit>] [--keep]
 *
 * Without a folder: a synthetic folder of `--count` documents (the seeds with small variations, .txt, UTF-16
 * and .docx) imported in one command, then the real documents of tests/fixtures/real. With a folder: that
 * folder. Each folder is imported by the real CLI into a temporary --out (files/s, MB/s, peak memory); a
 * folder with a manifest.json is also checked file by file (bench/lib/import-accuracy.ts). The real documents
 * come from provinces and ministries the site does not have, so they are imported into --unit (default: the
 * first unit of content/), which every one of them accepts with a warning. Writes bench/results/import.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadUnits } from '../tools/import/load-units.ts';
import { measureAccuracy } from './lib/import-accuracy.ts';
import { writeSyntheticFolder } from './lib/import-corpus.ts';
import { runImporter } from './lib/importer.ts';
import { accuracyLines, speedLine, type FolderSpeed } from './lib/import-report.ts';

const repo = path.resolve(import.meta.dirname, '..');
const content = path.join(repo, 'content');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { count: { type: 'string', default: '500' }, unit: { type: 'string' }, keep: { type: 'boolean', default: false } },
});
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-import-'));
const unit = values.unit ?? loadUnits(path.join(content, 'units'))[0]?.id;

function folderBytes(folder: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === 'manifest.json' || !/\.(docx?|odt|pdf|txt|md|html?)$/iu.test(entry.name)) continue;
    files++;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

async function speed(label: string, folder: string, args: string[]): Promise<FolderSpeed> {
  const { files, bytes } = folderBytes(folder);
  const out = path.join(work, `out-${label}`);
  const run = await runImporter({ repo, inputs: [folder], out, content, args });
  const summary = run.report?.summary;
  const shown = folder.startsWith(work) ? `(tạm, temporary) ${path.basename(folder)}` : path.relative(repo, folder) || folder;
  // The CLI's own count: a folder may hold documents the manifest does not list (a README.md).
  return { label, folder: shown, files: summary?.files ?? files, bytes, ms: run.ms, exitCode: run.exitCode, peakRssBytes: run.peakRssBytes, imported: summary?.imported ?? 0, failed: summary?.failed ?? files, failures: summary?.failures ?? [] };
}

const results: { speed: FolderSpeed[]; accuracy?: Awaited<ReturnType<typeof measureAccuracy>> } = { speed: [] };
try {
  const folders = positionals.length ? positionals.map((f) => path.resolve(f)) : [path.join(repo, 'tests/fixtures/real')];
  if (positionals.length === 0) {
    const synthetic = path.join(work, 'tong-hop');
    await writeSyntheticFolder(synthetic, content, Number(values.count));
    results.speed.push(await speed('synthetic', synthetic, []));
    console.log(speedLine(results.speed.at(-1)!));
  }
  for (const folder of folders) {
    if (!fs.existsSync(folder)) continue;
    results.speed.push(await speed(path.basename(folder), folder, unit ? ['--unit', unit] : []));
    console.log(speedLine(results.speed.at(-1)!));
    const accuracy = await measureAccuracy(folder);
    if (accuracy) {
      results.accuracy = accuracy;
      console.log(accuracyLines(accuracy).join('\n'));
    }
  }
  const file = path.join(repo, 'bench/results/import.json');
  fs.writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model, ...results }, null, 2)}\n`);
  console.log(`\nKết quả (results): ${path.relative(process.cwd(), file)}`);
} finally {
  if (!values.keep) fs.rmSync(work, { recursive: true, force: true });
  else console.log(`Giữ lại (kept): ${work}`);
}
