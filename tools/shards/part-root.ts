import fs from 'node:fs';
import path from 'node:path';

/** What a part needs of the project to build: the site's code and configuration (node_modules is linked). */
const projectFiles = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'tools/shards/astro.shard.config.mjs'];

/**
 * Makes a project root of its own for one part of a sharded build, with only the page files the part builds.
 *
 * Astro writes generated modules (content-modules.mjs, content-assets.mjs, types) to `<root>/.astro/`, which no
 * setting moves: two builds sharing a root overwrite each other's and fail at random ("UnknownContentCollection").
 * The code is copied (a few hundred small files) rather than linked, because Vite resolves links to their real
 * path and a page outside its root is not a page.
 */
export function makePartRoot(repo: string, target: string, keepsRoute: (route: string) => boolean = () => true): string {
  fs.rmSync(target, { recursive: true, force: true });
  for (const entry of projectFiles) {
    const from = path.join(repo, entry);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(target, entry), { recursive: true });
  }
  const pages = path.join(target, 'src/pages');
  if (fs.existsSync(pages)) {
    for (const entry of fs.readdirSync(pages, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      if (!keepsRoute(path.relative(pages, file).split(path.sep).join('/'))) fs.rmSync(file);
    }
  }
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(target, 'node_modules'), 'dir');
  return target;
}
