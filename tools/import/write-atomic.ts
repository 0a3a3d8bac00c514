/**
 * Atomic file writes for the importer's command line: the data goes to a temporary file in the target's
 * own folder and is then renamed over the target. A rename within one file system replaces the file in one
 * step, so a crash or a full disk leaves either the old file or the new one, never half of one.
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

/**
 * The temporary name next to `file`: hidden (a leading dot, which the importer's folder scan skips) and
 * ending in `.tmp`, so neither the site's content globs (`*.md`, `*.mdx`) nor a later import pick it up.
 */
export function temporaryPath(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** One file of a group written together. */
export interface FileWrite {
  file: string;
  data: string | Uint8Array;
}

/** Writes `data` to a new temporary file beside `file` and flushes it; returns the temporary's path. */
function stage(file: string, data: string | Uint8Array): string {
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
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return temporary;
}

/** Writes `data` to `file` atomically, creating its folder when needed. On failure the target is untouched. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const temporary = stage(file, data);
  try {
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Keeps the old target under a hidden name: a hard link costs nothing; a copy where links are not allowed. */
function keep(file: string): string {
  const backup = temporaryPath(file);
  try {
    linkSync(file, backup);
  } catch {
    copyFileSync(file, backup);
  }
  return backup;
}

/**
 * Writes several files as one: a document, its source copy and its new unit. Every file is first written
 * whole to a temporary beside its target (where a full disk or a missing permission shows up); only then
 * are they renamed into place, each old target kept under a hidden name until all renames are done. When
 * anything fails, the targets are put back as they were: the site never sees a document without its
 * source, nor a unit created for a document that was not written.
 */
export function writeFilesAtomic(files: FileWrite[]): void {
  const staged: { file: string; temporary: string; backup?: string }[] = [];
  const done: typeof staged = [];
  try {
    for (const { file, data } of files) staged.push({ file, temporary: stage(file, data) });
    for (const entry of staged) {
      if (existsSync(entry.file)) entry.backup = keep(entry.file);
      renameSync(entry.temporary, entry.file);
      done.push(entry);
    }
  } catch (error) {
    for (const entry of done.reverse()) {
      if (entry.backup) renameSync(entry.backup, entry.file);
      else rmSync(entry.file, { force: true });
    }
    for (const entry of staged) rmSync(entry.temporary, { force: true });
    throw error;
  }
  for (const entry of done) if (entry.backup) rmSync(entry.backup, { force: true });
}
