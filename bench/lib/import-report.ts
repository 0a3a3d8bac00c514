/** The importer benchmark's printed tables. */
import type { FileAccuracy, FormatAccuracy } from './import-accuracy.ts';

/** One folder imported by the CLI. */
export interface FolderSpeed {
  label: string;
  folder: string;
  files: number;
  bytes: number;
  ms: number;
  exitCode: number;
  peakRssBytes: number;
  imported: number;
  failed: number;
  failures: { reason: string; files: string[] }[];
}

const MB = 1024 * 1024;
const share = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(0)} %` : '–');

/** "synthetic: 500 files, 8.1 MB in 21.4 s — 23.4 files/s, 0.38 MB/s, peak 310 MB; imported 500, failed 0". */
export function speedLine(s: FolderSpeed): string {
  const seconds = s.ms / 1000;
  const reasons = s.failures.map((f) => `${f.files.length}× ${f.reason}`).join('; ');
  return (
    `${s.label} (${s.folder}): ${s.files} files, ${(s.bytes / MB).toFixed(1)} MB in ${seconds.toFixed(1)} s — ` +
    `${(s.files / seconds).toFixed(1)} files/s, ${(s.bytes / MB / seconds).toFixed(2)} MB/s, peak ${(s.peakRssBytes / MB).toFixed(0)} MB; ` +
    `imported ${s.imported}, failed ${s.failed}${reasons ? ` (${reasons})` : ''}`
  );
}

/** The per-format table, then each file's mismatches. */
export function accuracyLines(accuracy: { files: FileAccuracy[]; formats: FormatAccuracy[] }): string[] {
  const total = accuracy.formats.reduce(
    (sum, f) => ({ files: sum.files + f.files, imported: sum.imported + f.imported, wordsInOrder: sum.wordsInOrder + f.wordsInOrder, exactMetadata: sum.exactMetadata + f.exactMetadata }),
    { files: 0, imported: 0, wordsInOrder: 0, exactMetadata: 0 },
  );
  const row = (name: string, f: { files: number; imported: number; wordsInOrder: number; exactMetadata: number }, ms?: number) =>
    `| ${name.padEnd(6)} | ${String(f.files).padStart(5)} | ${share(f.imported, f.files).padStart(8)} | ${share(f.wordsInOrder, f.files).padStart(18)} | ${share(f.exactMetadata, f.files).padStart(14)} | ${ms === undefined ? '' : ms.toFixed(0).padStart(6)} |`;
  const lines = [
    '',
    '| format | files | imported | every word in order | exact metadata | ms/file |',
    '|---|---:|---:|---:|---:|---:|',
    ...accuracy.formats.map((f) => row(f.format, f, f.msPerFile)),
    row('all', total),
    '',
    'Mismatches (number, symbol, type, issuedOn, signer name; words):',
  ];
  for (const file of accuracy.files) if (file.mismatches.length) lines.push(`- ${file.file}: ${file.mismatches.join(' · ')}`);
  return lines;
}
