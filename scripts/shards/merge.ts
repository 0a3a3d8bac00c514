import fs from 'node:fs';
import path from 'node:path';

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

/** Page folders a shard owns: its provinces' documents and units, and the exemplars and stories in its content. */
export function ownedPages(shard: { provinces: string[]; content?: string }): string[] {
  const pages = shard.provinces.flatMap((p) => [`van-ban/${p}`, `don-vi/${p}`]);
  if (!shard.content) return pages;
  const names = (dir: string) => (fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]) : []);
  for (const f of names(path.join(shard.content, 'exemplars'))) if (/\.ya?ml$/.test(f)) pages.push(`dien-hinh/${path.basename(f).replace(/\.ya?ml$/, '')}`);
  for (const f of names(path.join(shard.content, 'stories'))) if (/\.mdx?$/.test(f)) pages.push(`bai-viet/${path.basename(f).replace(/\.mdx?$/, '')}`);
  return pages;
}

/**
 * Merges the parts of a sharded build into one site: the shared part's output, then from each shard the pages
 * it owns (document pages need their bodies; unit and exemplar pages link to the heading above each quote, which
 * needs the body too), and its hashed assets (/_astro/…, distinct names, so the union is safe).
 */
export function mergeOutputs(out: string, global: string, shards: Array<{ dist: string; provinces: string[]; content?: string }>): { files: number } {
  fs.rmSync(out, { recursive: true, force: true });
  let files = copyTree(global, out, true);
  for (const shard of shards) {
    for (const page of ownedPages(shard)) {
      const from = path.join(shard.dist, page);
      if (!fs.existsSync(from)) continue;
      fs.rmSync(path.join(out, page), { recursive: true, force: true });
      files += copyTree(from, path.join(out, page), true);
    }
    files += copyTree(path.join(shard.dist, '_astro'), path.join(out, '_astro'), false);
  }
  return { files };
}
