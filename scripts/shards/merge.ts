import fs from 'node:fs';
import path from 'node:path';
import { shardOutputFolders } from './routes.ts';

function copyTree(from: string, to: string, overwrite: boolean): number {
  if (!fs.existsSync(from)) return 0;
  let files = 0;
  for (const entry of fs.readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const target = path.join(to, path.relative(from, file));
    if (!overwrite && fs.existsSync(target)) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.rmSync(target, { force: true });
    try {
      fs.linkSync(file, target);
    } catch {
      fs.copyFileSync(file, target);
    }
    files++;
  }
  return files;
}

/**
 * Merges the parts of a sharded build into one site: the shared part's output, then each shard's pages
 * (documents, units, exemplars, stories: a shard builds nothing else, see routes.ts), its hashed assets
 * (/_astro/…, distinct names, so the union is safe) and its provinces' search bundles (/pagefind/vung/…). A shard's page replaces the shared part's where both
 * built one (a story), because only the shard had the document bodies its quotes link into.
 */
export function mergeOutputs(out: string, global: string, shards: Array<{ dist: string }>): { files: number } {
  fs.rmSync(out, { recursive: true, force: true });
  let files = copyTree(global, out, true);
  for (const shard of shards) {
    for (const folder of shardOutputFolders) files += copyTree(path.join(shard.dist, folder), path.join(out, folder), true);
    files += copyTree(path.join(shard.dist, '_astro'), path.join(out, '_astro'), false);
    // The search bundles of the shard's provinces (distinct folders per province).
    files += copyTree(path.join(shard.dist, 'pagefind', 'vung'), path.join(out, 'pagefind', 'vung'), true);
  }
  return { files };
}
