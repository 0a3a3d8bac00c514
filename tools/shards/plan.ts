import fs from 'node:fs';
import path from 'node:path';
import { walkDir } from '../../src/utils/walk-dir.ts';

/** One shard: the provinces (folder slugs) whose entries it builds. */
export interface Shard {
  index: number;
  provinces: string[];
  /** Bytes of documents it holds, the measure used to balance shards. */
  bytes: number;
}

/** Province folders found in a content folder, with the bytes of their documents. */
export function provinceWeights(content: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const collection of ['units', 'documents']) {
    const dir = path.join(content, collection);
    if (!fs.existsSync(dir)) continue;
    for (const province of fs.readdirSync(dir).sort()) {
      const folder = path.join(dir, province);
      if (!fs.statSync(folder).isDirectory()) continue;
      let bytes = weights.get(province) ?? 0;
      if (collection === 'documents') {
        for (const f of walkDir(folder)) if (f.isFile()) bytes += fs.statSync(path.join(f.parentPath, f.name)).size;
      }
      weights.set(province, bytes);
    }
  }
  return weights;
}

/**
 * Groups provinces into `count` shards of about equal document bytes: largest province first into the lightest
 * shard (ties broken by index, so the plan is the same on every machine).
 */
export function planShards(weights: Map<string, number>, count: number): Shard[] {
  const shards: Shard[] = Array.from({ length: Math.max(1, count) }, (_, index) => ({ index, provinces: [], bytes: 0 }));
  const provinces = [...weights].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  for (const [province, bytes] of provinces) {
    const lightest = shards.reduce((min, s) => (s.bytes < min.bytes ? s : min), shards[0]);
    lightest.provinces.push(province);
    lightest.bytes += bytes;
  }
  for (const s of shards) s.provinces.sort();
  return shards.filter((s) => s.provinces.length > 0);
}

/**
 * The plan saved in the work folder when it still fits (same provinces, same shard count), else a new one, saved.
 * Reusing it keeps an edit that shifts a province's bytes from moving provinces between shards, which would
 * change every shard's content and rebuild them all.
 */
export function loadOrPlanShards(planFile: string, weights: Map<string, number>, count: number): Shard[] {
  const provinces = [...weights.keys()].sort();
  if (fs.existsSync(planFile)) {
    const saved = JSON.parse(fs.readFileSync(planFile, 'utf8')) as { count: number; shards: Shard[] };
    const planned = saved.shards.flatMap((s) => s.provinces).sort();
    if (saved.count === count && planned.length === provinces.length && planned.every((p, i) => p === provinces[i])) return saved.shards;
  }
  const shards = planShards(weights, count);
  fs.mkdirSync(path.dirname(planFile), { recursive: true });
  fs.writeFileSync(planFile, `${JSON.stringify({ count, shards }, null, 2)}\n`);
  return shards;
}

/**
 * Bytes of documents per shard when the count is not given: ≈ 900 generated documents. Measured on the national
 * corpus, 2 parts at a time: shards of ≈ 1,000 documents (22 MB) kept the whole tree at 7.6 GB next to the shared
 * part; shards twice as large reached 9.5 GB.
 */
export const autoShardBytes = 20 * 2 ** 20;

/** How many shards a content folder needs so that each stays around `autoShardBytes` of documents. */
export function autoShardCount(weights: Map<string, number>, bytesPerShard = autoShardBytes): number {
  const total = [...weights.values()].reduce((sum, bytes) => sum + bytes, 0);
  return Math.max(1, Math.min(weights.size, Math.ceil(total / bytesPerShard)));
}
