import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../utils/walk-dir.ts';
import type { FileSteps } from './file-steps.ts';

/**
 * What the content check found in each file, kept between runs: a file whose bytes have not changed is not parsed and
 * checked again, its steps are replayed (run.ts), so that a rebuild after one edit checks one file, not every file
 * (the national corpus: 138,000 files). What needs every file (ids, references, duplicates, indicator series) is still
 * judged every run, from the replayed steps.
 *
 * A file's steps are reused when its bytes have the same digest and every file its check asked for (a story's cover,
 * a body's images) exists or not as it did. The whole cache is dropped when the checker changes: its code (src/:
 * the checks, the schemas, what they import), the lockfile (zod, the YAML parsers), the content folder or the build
 * date (embargoes). Kept in `<cache dir>/content-check.ndjson`: a first line with that fingerprint, then one line
 * per file.
 *
 * A file whose identity on disk (statSignature) is the one recorded is not even read: reading every byte of the
 * national corpus (1.2 GB) to learn that one file changed took most of a rebuild's check. As git's index does, a file
 * modified in the same instant as the cache was written is read again (its time cannot tell).
 */
export class CheckCache {
  private readonly previous = new Map<string, string>();
  private readonly next: string[] = [];
  private readonly file: string;
  private readonly fingerprint: string;
  /** When the kept cache was written: a file modified after this less the clock's step is read again. */
  private readonly savedAt: number = 0;
  reused = 0;

  constructor(cacheDir: string, root: string, today: string) {
    this.file = path.join(cacheDir, 'content-check.ndjson');
    this.fingerprint = JSON.stringify({ code: checkerCode(), root, today });
    const lines = fs.existsSync(this.file) ? fs.readFileSync(this.file, 'utf8').split('\n') : [];
    if (lines[0] !== this.fingerprint) return;
    this.savedAt = fs.statSync(this.file).mtimeMs;
    for (const line of lines.slice(1)) {
      const tab = line.indexOf('\t');
      if (tab > 0) this.previous.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }

  /**
   * The kept steps of a file whose identity on disk is the one recorded, without reading it; undefined when it may
   * have changed (then read it and ask `get`).
   */
  unchanged(file: string, stat: fs.Stats, exists: (relative: string) => boolean): FileSteps | undefined {
    const line = this.previous.get(file);
    if (!line || stat.mtimeMs >= this.savedAt - racyMs) return undefined;
    const [digest, signature] = line.split('\t', 2);
    if (signature !== statSignature(stat)) return undefined;
    return this.reuse(file, line, digest, signature, exists);
  }

  /** The kept steps of a file, when its bytes and the files its check asked for are as they were. */
  get(file: string, digest: string, stat: fs.Stats, exists: (relative: string) => boolean): FileSteps | undefined {
    const line = this.previous.get(file);
    if (!line?.startsWith(`${digest}\t`)) return undefined;
    return this.reuse(file, line, digest, statSignature(stat), exists);
  }

  set(file: string, digest: string, stat: fs.Stats, record: FileSteps): void {
    this.next.push(`${file}\t${digest}\t${statSignature(stat)}\t${JSON.stringify(record)}`);
  }

  private reuse(file: string, line: string, digest: string, signature: string, exists: (relative: string) => boolean): FileSteps | undefined {
    const json = line.slice(line.indexOf('\t', digest.length + 1) + 1);
    const record = JSON.parse(json) as FileSteps;
    for (const [relative, was] of Object.entries(record.exists)) if (exists(relative) !== was) return undefined;
    this.next.push(`${file}\t${digest}\t${signature}\t${json}`);
    this.reused++;
    return record;
  }

  /** Writes the cache of this run (a file read again replaces it whole; written aside and renamed, never half). */
  save(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const partial = `${this.file}.${process.pid}.tmp`;
    const fd = fs.openSync(partial, 'w');
    try {
      fs.writeSync(fd, `${this.fingerprint}\n`);
      // In pieces: the national cache is larger than one string may be.
      for (let i = 0; i < this.next.length; i += 5000) fs.writeSync(fd, `${this.next.slice(i, i + 5000).join('\n')}\n`);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(partial, this.file);
  }
}

/** How close to the cache's writing a file's modification time must not be for its identity to be trusted. */
export const racyMs = 2000;

/**
 * A file's identity on disk: inode, size and modification time (to the microsecond). Not the change time, as with
 * git's `core.trustctime=false`: hard-linking a file changes it, and the shard runner links every corpus file into
 * its parts' content folders, so the first rebuild after a cold build read the whole corpus again. An edit changes
 * the modification time; only a tool that puts it back on purpose, to the microsecond, and keeps the size, goes unseen.
 */
export function statSignature(stat: fs.Stats): string {
  return `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
}

export function digestOf(bytes: Buffer): string {
  return createHash('sha1').update(bytes).digest('hex');
}

let code: string | undefined;

/** Every file of src/ (the checks import schemas, settings and content-model rules) and the lockfile. */
function checkerCode(): string {
  if (code) return code;
  const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const hash = createHash('sha256');
  const files = filesUnder(src);
  for (const file of files) hash.update(`${path.relative(src, file)}\0`).update(fs.readFileSync(file));
  const lockfile = path.resolve(src, '..', 'package-lock.json');
  hash.update(fs.existsSync(lockfile) ? fs.readFileSync(lockfile) : 'no lockfile');
  code = hash.digest('hex');
  return code;
}
