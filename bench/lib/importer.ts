import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { treeRss } from './process-tree.ts';

/** How fast the importer turns a folder of documents into Markdown documents. */
export interface ImportSpeed {
  files: number;
  ms: number;
  filesPerSecond: number;
  exitCode: number;
  peakRssBytes: number;
}

/** What `npm run import -- … --json` reports (the fields the benchmark reads). */
export interface ImportReport {
  files: { input: string; format: string; output: string | null; errors: string[]; fidelity: { retention: number; moved: number } | null }[];
  summary: { files: number; imported: number; withWarnings: number; failed: number; failures: { reason: string; files: string[] }[] };
}

/** One run of the real importer CLI, timed, with the peak memory of its process and its --json report. */
export interface ImporterRun {
  ms: number;
  exitCode: number;
  peakRssBytes: number;
  report?: ImportReport;
}

/**
 * Runs `tools/import/cli.ts <inputs> --out <out> --json --force [args]` with CONTENT_DIR set (where it finds the
 * units). The report goes to a file: it can be megabytes, and the log on stderr is not read.
 */
export function runImporter(options: { repo: string; inputs: string[]; out: string; content: string; args?: string[] }): Promise<ImporterRun> {
  const reportFile = `${options.out}.report.json`;
  fs.mkdirSync(path.dirname(reportFile), { recursive: true });
  const fd = fs.openSync(reportFile, 'w');
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cli = path.join(options.repo, 'tools/import/cli.ts');
    const child = spawn(process.execPath, [cli, ...options.inputs, '--out', options.out, '--json', '--force', ...(options.args ?? [])], {
      cwd: options.repo,
      env: { ...process.env, CONTENT_DIR: options.content },
      stdio: ['ignore', fd, 'ignore'],
    });
    let peak = 0;
    const poll = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid).total);
    }, 100);
    child.on('error', (error) => {
      clearInterval(poll);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(poll);
      fs.closeSync(fd);
      const ms = performance.now() - started;
      let report: ImportReport | undefined;
      try {
        report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as ImportReport;
      } catch {
        // No report: the run failed before printing it (its exit code says so).
      }
      resolve({ ms, exitCode: code ?? 1, peakRssBytes: peak, report });
    });
  });
}

/**
 * Copies up to `limit` generated originals (content/sources/**.txt) into a folder and runs the real importer on it
 * with CONTENT_DIR set so it can find the units. Returns undefined when the repository has no importer.
 */
export async function measureImport(repo: string, content: string, work: string, limit = 50): Promise<ImportSpeed | undefined> {
  const importer = path.join(repo, 'tools/import/cli.ts');
  const sources = path.join(content, 'sources');
  if (!fs.existsSync(importer) || !fs.existsSync(sources)) return undefined;
  const inputs = path.join(work, 'import-in');
  const out = path.join(work, 'import-out');
  fs.rmSync(inputs, { recursive: true, force: true });
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(inputs, { recursive: true });
  const files = (fs.readdirSync(sources, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).sort().slice(0, limit);
  for (const f of files) fs.copyFileSync(path.join(sources, f), path.join(inputs, f.replace(/\//g, '__')));
  if (files.length === 0) return undefined;
  const run = await runImporter({ repo, inputs: [inputs], out, content });
  return { files: files.length, ms: run.ms, filesPerSecond: files.length / (run.ms / 1000), exitCode: run.exitCode, peakRssBytes: run.peakRssBytes };
}
