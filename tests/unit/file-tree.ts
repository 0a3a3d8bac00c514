import fs from 'node:fs';
import path from 'node:path';

/** Makes a folder hold exactly these files (path → text), replacing what was there: a built site or part, by hand. */
export function tree(dir: string, files: Record<string, string>): void {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
}
