import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { walkDir } from '../utils/walk-dir.ts';

/**
 * A rebuild keeps the output folder of the build before instead of emptying it, and removes afterwards what this
 * build did not write. Astro empties the output folder before every build, then copies each page whose cache key is
 * unchanged (src/content-model/page-cache-keys.ts) back from its cache: at 1,000 documents, 20,000 files deleted
 * and 13,000 copied back, the largest part of a rebuild after one edit. Kept in place, an unchanged page is not
 * touched (Astro leaves a keyed page that is already in the output folder).
 *
 * What makes this safe:
 * - The output folder is kept only when it is exactly as the last build with this cache left it: every file's path,
 *   inode, size and change time, recorded in the cache (`kept-output.json`) when the build finished. A folder
 *   another build wrote, a file changed by hand, an interrupted build (the record is removed as a build starts)
 *   or a missing record: the folder is emptied, as Astro would.
 * - After the build, a file that was there before and that this build neither wrote nor kept as a cached page
 *   (Astro's incremental manifest) is removed: a page, feed or asset that no longer exists, a sitemap file fewer.
 *   A file this build wrote again has a new change time; a hard link made by this build (a search bundle copied
 *   from the cache) has one too.
 * - The search index (`pagefind/`) is removed first: its unchanged bundles are hard links to the kept bundles
 *   (src/search/bundle-cache.ts), which Pagefind must not write into.
 *
 * Only with Astro's incremental build: a part of a sharded build (tools/shards/astro.shard.config.mjs) is built whole.
 */
export default function keepOutputIntegration(): AstroIntegration {
  let active = false;
  let outDir = '';
  let cacheDir = '';
  let before = new Map<string, string>();
  return {
    name: 'bang-vang:keep-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        active = command === 'build' && Boolean(config.experimental?.incrementalBuild);
        if (active) updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': ({ logger }) => {
        if (!active) return;
        const prepared = prepareOutput(outDir, cacheDir);
        before = prepared.files;
        if (prepared.emptied) logger.info(`Thư mục kết quả được làm trống (output folder emptied: ${prepared.emptied})`);
        else if (before.size) logger.info(`Giữ ${before.size} tệp của lần dựng trước (kept ${before.size} files of the previous build in place)`);
      },
      'astro:build:done': ({ logger }) => {
        if (!active) return;
        const removed = pruneOutput(outDir, cacheDir, before);
        if (removed) logger.info(`Đã xoá ${removed} tệp cũ không còn được dựng (removed ${removed} stale files)`);
      },
    },
  };
}

const recordName = 'kept-output.json';

/** Every file of a folder, relative to it with `/`, and its signature: inode, size and change time. */
export function outputState(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!fs.existsSync(dir)) return files;
  for (const entry of walkDir(dir)) {
    if (entry.isDirectory()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const stat = fs.lstatSync(file);
    files.set(path.relative(dir, file).split(path.sep).join('/'), `${stat.ino}:${stat.size}:${stat.ctimeMs}`);
  }
  return files;
}

function stateDigest(dir: string, files: Map<string, string>): string {
  const hash = createHash('sha256').update(`${path.resolve(dir)}\n`);
  for (const name of [...files.keys()].sort()) hash.update(`${name}\0${files.get(name)}\n`);
  return hash.digest('hex');
}

/**
 * Before the build: the files of the output folder when it is the one the last build with this cache left, or an
 * emptied folder (and why) otherwise. The record is removed, so that a build stopped half-way is never kept.
 */
export function prepareOutput(outDir: string, cacheDir: string): { files: Map<string, string>; emptied?: string } {
  const record = path.join(cacheDir, recordName);
  const recorded = fs.existsSync(record) ? fs.readFileSync(record, 'utf8') : undefined;
  fs.rmSync(record, { force: true });
  if (!fs.existsSync(outDir)) return { files: new Map() };
  const files = outputState(outDir);
  const why = recorded === undefined ? 'no record of the last build' : recorded !== stateDigest(outDir, files) ? 'not as the last build left it' : undefined;
  if (why) {
    emptyFolder(outDir);
    return { files: new Map(), emptied: why };
  }
  fs.rmSync(path.join(outDir, 'pagefind'), { recursive: true, force: true });
  for (const name of [...files.keys()]) if (name.startsWith('pagefind/')) files.delete(name);
  return { files };
}

/** After the build: removes what the build before left and this one did not make, then records the folder. */
export function pruneOutput(outDir: string, cacheDir: string, before: Map<string, string>): number {
  const reused = cachedPages(cacheDir);
  let removed = 0;
  for (const [name, signature] of before) {
    if (reused.has(name)) continue;
    const file = path.join(outDir, name);
    const stat = fs.lstatSync(file, { throwIfNoEntry: false });
    if (!stat || `${stat.ino}:${stat.size}:${stat.ctimeMs}` !== signature) continue;
    fs.rmSync(file);
    removed++;
  }
  if (removed) removeEmptyFolders(outDir);
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.writeFileSync(path.join(cacheDir, recordName), stateDigest(outDir, outputState(outDir)));
  return removed;
}

/** The output files of the pages Astro's incremental build kept or wrote in this build (`incremental-build.json`). */
function cachedPages(cacheDir: string): Set<string> {
  const kept = new Set<string>();
  const manifest = path.join(cacheDir, 'incremental-build.json');
  if (!fs.existsSync(manifest)) return kept;
  const data = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }> };
  for (const route of Object.values(data.routes ?? {})) {
    for (const entry of Object.values(route.paths ?? {})) if (entry.outputFile) kept.add(decodeURI(entry.outputFile).replace(/^\/+/, ''));
  }
  return kept;
}

/** Empties a folder but keeps it (and a `.git` in it, as Astro does). */
function emptyFolder(dir: string): void {
  for (const name of fs.readdirSync(dir)) if (name !== '.git') fs.rmSync(path.join(dir, name), { recursive: true, force: true });
}

function removeEmptyFolders(dir: string): boolean {
  let empty = true;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && removeEmptyFolders(path.join(dir, entry.name))) fs.rmdirSync(path.join(dir, entry.name));
    else empty = false;
  }
  return empty;
}
