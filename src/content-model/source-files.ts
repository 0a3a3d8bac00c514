import fs from 'node:fs';
import path from 'node:path';
import { contentPath } from '../settings.ts';

/** Folder of the original files (.docx, .pdf) documents were imported from. */
export function sourcesDir(): string {
  return contentPath('sources');
}

/** Absolute path of a source file, refusing names that would leave the sources folder. */
export function sourceFilePath(name: string): string | undefined {
  const dir = sourcesDir();
  const full = path.resolve(dir, name);
  return full.startsWith(dir + path.sep) ? full : undefined;
}

/** Whether a document's source file is present, so pages only link to downloads that exist. */
export function sourceFileExists(name: string): boolean {
  const full = sourceFilePath(name);
  return !!full && fs.existsSync(full);
}

const types: Record<string, string> = {
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.doc': 'application/msword',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.odt': 'application/vnd.oasis.opendocument.text',
};

/** Content type of a source file from its extension. */
export function sourceContentType(name: string): string {
  return types[path.extname(name).toLowerCase()] ?? 'application/octet-stream';
}
