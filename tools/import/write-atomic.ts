/**
 * Atomic file writes for the importer's command line: the data goes to a temporary file in the target's
 * own folder and is then renamed over the target. A rename within one file system replaces the file in one
 * step, so a crash or a full disk leaves either the old file or the new one, never half of one.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

/**
 * The temporary name next to `file`: hidden (a leading dot, which the importer's folder scan skips) and
 * ending in `.tmp`, so neither the site's content globs (`*.md`, `*.mdx`) nor a later import pick it up.
 */
export function temporaryPath(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** Writes `data` to `file` atomically, creating its folder when needed. On failure the target is untouched. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = temporaryPath(file);
  try {
    const fd = openSync(temporary, 'wx', 0o666);
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      // On disk before the rename: otherwise a power cut may keep the rename but not the data.
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
