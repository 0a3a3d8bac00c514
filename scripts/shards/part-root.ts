import fs from 'node:fs';
import path from 'node:path';

/** What a part needs of the project to build: the site's code and configuration (node_modules is linked). */
const projectFiles = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'scripts/shards/astro.shard.config.mjs'];

/**
 * Makes a project root of its own for one part of a sharded build.
 *
 * Astro writes generated modules (content-modules.mjs, content-assets.mjs, types) to `<root>/.astro/`, which no
 * setting moves: two builds sharing a root overwrite each other's and fail at random ("UnknownContentCollection").
 * The code is copied (a few hundred small files) rather than linked, because Vite resolves links to their real
 * path and a page outside its root is not a page.
 */
export function makePartRoot(repo: string, target: string): string {
  fs.rmSync(target, { recursive: true, force: true });
  for (const entry of projectFiles) {
    const from = path.join(repo, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(target, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(target, 'node_modules'), 'dir');
  return target;
}
