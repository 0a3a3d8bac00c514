import fs from 'node:fs';
import path from 'node:path';
import { shardOutputFolders } from './routes.ts';
import { walkDir } from '../../src/utils/walk-dir.ts';

/**
 * The files of a merged site, relative to it with `/` between folders, as the merge placed them: the sitemap is
 * written from this list (reading the folder back took 15–30 s nationally, 254,000 files).
 */
export type MergedFiles = Set<string>;

function copyTree(from: string, to: string, overwrite: boolean, site: string, merged: MergedFiles): number {
  if (!fs.existsSync(from)) return 0;
  let files = 0;
  const made = new Set<string>();
  for (const entry of walkDir(from)) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const target = path.join(to, path.relative(from, file));
    merged.add(path.relative(site, target).split(path.sep).join('/'));
    if (!overwrite && fs.existsSync(target)) continue;
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    if (overwrite) fs.rmSync(target, { force: true });
    try {
      fs.linkSync(file, target);
    } catch {
      fs.copyFileSync(file, target);
    }
    files++;
  }
  return files;
}

/** Adds the shared part's output to a merged site; a page a shard already put there stays the shard's. */
export function mergeShared(out: string, global: string, merged: MergedFiles = new Set()): number {
  return copyTree(global, out, false, out, merged);
}

/**
 * Adds one shard's output to a merged site: its pages (documents, units, exemplars, stories: a shard builds nothing
 * else, see routes.ts), its hashed assets (/_astro/…, distinct names, so the union is safe) and its provinces'
 * search bundles (/pagefind/vung/…, distinct folders per province). A shard's page replaces the shared part's where
 * both built one, because only the shard had the document bodies its quotes link into. With mergeShared keeping a
 * shard's page, parts can be merged in any order, each as soon as it is built.
 */
export function mergeShard(out: string, shard: string, merged: MergedFiles = new Set()): number {
  let files = 0;
  for (const folder of shardOutputFolders) files += copyTree(path.join(shard, folder), path.join(out, folder), true, out, merged);
  files += copyTree(path.join(shard, '_astro'), path.join(out, '_astro'), false, out, merged);
  files += copyTree(path.join(shard, 'pagefind', 'vung'), path.join(out, 'pagefind', 'vung'), true, out, merged);
  return files;
}

/** Merges the parts of a sharded build into one site, built anew: the shared part's output and every shard's. */
export function mergeOutputs(out: string, global: string, shards: Array<{ dist: string }>, merged: MergedFiles = new Set()): { files: number } {
  fs.rmSync(out, { recursive: true, force: true });
  let files = mergeShared(out, global, merged);
  for (const shard of shards) files += mergeShard(out, shard.dist, merged);
  return { files };
}
