/** The content check of a sharded build: once, for the whole content folder, in its own process beside the parts. */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type fs from 'node:fs';
import path from 'node:path';
import type { ChildProcesses, JobResult } from './child-processes.ts';
import type { CorpusListing } from './corpus-listing.ts';
import { contentState } from './fingerprint.ts';

export interface CheckJob {
  content: string;
  work: string;
  repo: string;
  fresh: boolean;
  /** The code fingerprint: a change of code checks the folder again. */
  code: string;
  /** Each file's identity on disk, asked once per run (fingerprint.ts, FileDigests.stat). */
  statOf: (file: string) => fs.Stats;
  listing?: CorpusListing;
  processes: ChildProcesses;
  log: (text: string) => void;
}

/**
 * Checks the whole content folder once (tools/check/cli.ts), so that the parts need not: the shared part would check
 * every entry again and each shard its own, and only the whole folder shows a reference from one province's entry
 * to another's. Skipped when the folder (every file's path, size and modification time) and the code are as they
 * were when it last passed (the identities of the files the planning asked for are not asked again). A failed check
 * stops every part.
 */
export function checkContentOnce({ content, work, repo, fresh, code, statOf, listing, processes, log }: CheckJob): Promise<JobResult> {
  const stamp = path.join(work, 'check-fingerprint.txt');
  const fingerprint = contentState(content, code, statOf, listing);
  if (!fresh && existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) {
    log('content check: content unchanged since it passed, not checked again');
    return Promise.resolve({ name: 'check', ms: 0, code: 0 });
  }
  rmSync(stamp, { force: true });
  // Each file's findings are kept (src/checks/check-cache.ts): after an edit, only the files that changed are checked.
  return processes.run('check', [path.join(repo, 'tools/check/cli.ts'), content, '--cache', path.join(work, 'check-cache')], { cwd: repo, env: process.env, keep: Infinity }, (status, output, seconds) => {
    const summary = output.filter((l) => l.trim()).at(-1) ?? '';
    log(`content check: ${status === 0 ? 'ok' : 'FAILED'} in ${seconds} s: ${summary.trim()}`);
    if (status === 0) writeFileSync(stamp, fingerprint);
    // Problems (warnings pass) are printed as the check wrote them, every one; a clean check prints only its summary.
    if (output.filter((l) => l.trim()).length > 1) process.stderr.write(`${output.join('\n')}\n`);
    if (status !== 0) processes.abort();
  });
}
