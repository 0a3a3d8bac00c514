import fs from 'node:fs';
import path from 'node:path';

/**
 * Every file under a folder, as "/"-separated paths relative to it, in a stable (sorted) order.
 * Iterative, so deep trees do not grow the stack; dotfiles are skipped like Astro's glob loader skips them.
 */
export function* walkFiles(root: string): Generator<string> {
  const stack: string[] = [''];
  while (stack.length) {
    const relative = stack.pop() as string;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(root, relative), { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
    const files: string[] = [];
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) stack.push(child);
      else if (entry.isFile()) files.push(child);
    }
    for (let i = files.length - 1; i >= 0; i--) yield files[i];
  }
}
