import fs from 'node:fs';
import path from 'node:path';
import { runMeasured } from './process-tree.ts';

/** How fast the importer turns generated plain-text originals into Markdown documents. */
export interface ImportSpeed {
  files: number;
  ms: number;
  filesPerSecond: number;
  exitCode: number;
  peakRssBytes: number;
}

/**
 * Copies up to `limit` generated originals (content/sources/**.txt) into a folder and runs the real importer on it
 * (`tools/import/cli.ts <folder> --out <tmp> --json`) with CONTENT_DIR set so it can find the units.
 * Returns undefined when the repository has no importer.
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
  const result = await runMeasured(process.execPath, [importer, inputs, '--out', out, '--json', '--force'], {
    cwd: repo, env: { ...process.env, CONTENT_DIR: content },
  });
  return { files: files.length, ms: result.ms, filesPerSecond: files.length / (result.ms / 1000), exitCode: result.code, peakRssBytes: result.peakRssBytes };
}
