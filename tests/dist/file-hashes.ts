import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** SHA-256 of every file of a built site, by path relative to its folder (with `/`), to compare two builds. */
export function fileHashes(dir: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    map.set(path.relative(dir, file).split(path.sep).join('/'), crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex'));
  }
  return map;
}
