import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { walkDir } from '../../src/utils/walk-dir.ts';

/** Every file of a folder, relative to it with `/`, sorted; none when there is no folder. */
export function siteFiles(out: string): string[] {
  if (!fs.existsSync(out)) return [];
  return walkDir(out).filter((e) => !e.isDirectory()).map((e) => path.relative(out, path.join(e.parentPath, e.name)).split(path.sep).join('/')).sort();
}

/** The digest of a sorted list of file names. */
export function digestOfNames(sorted: string[]): string {
  return createHash('sha256').update(sorted.join('\n')).digest('hex');
}

/**
 * The digest of a site's file names, listed on another thread: nationally 260,917 files, seconds of a rebuild that
 * the runner spends planning its parts meanwhile (its own thread is busy with synchronous reads).
 */
export function namesDigestAside(out: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./site-names-worker.ts', import.meta.url), { workerData: out });
    worker.once('message', (digest: string) => resolve(digest));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`listing ${out} stopped (exit code ${code})`));
    });
  });
}
