/**
 * The merged site kept between runs: after an edit, only the files of the parts that were built again are placed,
 * not every file of every part (nationally 249,599 hard links, ≈ 20 s, for one shard rebuilt).
 *
 * The runner records, when a run has finished, each part's fingerprint and the files it gave the merged site
 * (`<work>/merged.json`), with the names of every file of the merged site. The next run keeps the site when that
 * record is there, is for the same `--out` and every file name is as recorded; otherwise the site is merged anew.
 * The record is removed when a run starts, so that a run stopped half-way is never kept.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { shardOutputFolders } from './routes.ts';

export interface MergedPart {
  name: string;
  /** The part's output folder. */
  dist: string;
  fingerprint: string;
  /** The files it gives the merged site, relative to it with `/`. */
  files: string[];
}

interface MergeRecord {
  out: string;
  names: string;
  parts: Record<string, { fingerprint: string; files: string[] }>;
}

const recordFile = (work: string) => path.join(work, 'merged.json');

function siteFiles(out: string): string[] {
  if (!fs.existsSync(out)) return [];
  return fs.readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => !e.isDirectory()).map((e) => path.relative(out, path.join(e.parentPath, e.name)).split(path.sep).join('/')).sort();
}

function namesDigest(out: string): string {
  return createHash('sha256').update(siteFiles(out).join('\n')).digest('hex');
}

/** The record of the last finished run, when the merged site is still as it left it; removed in any case. */
export function takeMergeRecord(work: string, out: string): MergeRecord | undefined {
  const file = recordFile(work);
  if (!fs.existsSync(file)) return undefined;
  const record = JSON.parse(fs.readFileSync(file, 'utf8')) as MergeRecord;
  fs.rmSync(file);
  return record.out === path.resolve(out) && record.names === namesDigest(out) ? record : undefined;
}

export function saveMergeRecord(work: string, out: string, parts: MergedPart[]): void {
  const record: MergeRecord = { out: path.resolve(out), names: namesDigest(out), parts: Object.fromEntries(parts.map((p) => [p.name, { fingerprint: p.fingerprint, files: p.files }])) };
  fs.writeFileSync(recordFile(work), JSON.stringify(record));
}

/** What a part gives the merged site (merge.ts): the shared part every file, a shard its page folders, assets and bundles. */
export function partFiles(dist: string, shared: boolean): string[] {
  const folders = shared ? [''] : [...shardOutputFolders, '_astro', 'pagefind/vung'];
  return folders.flatMap((folder) => siteFiles(path.join(dist, folder)).map((f) => (folder ? `${folder}/${f}` : f)));
}

/** The files a part gave the merged site in the recorded run, when it is unchanged since. */
export function recordedFiles(record: MergeRecord, name: string, fingerprint: string): string[] | undefined {
  const part = record.parts[name];
  return part?.fingerprint === fingerprint ? part.files : undefined;
}

/**
 * Places again, in a kept merged site, every file that a part built again gave or had given: from the shard that has
 * it, else from the shared part (a shard's page wins, as in merge.ts), or removes it when no part has it any more.
 * Returns the number of files placed or removed.
 */
export function mergeChanged(out: string, record: MergeRecord, parts: MergedPart[]): number {
  const current = new Set(parts.map((p) => p.name));
  const changed = [...parts.filter((p) => record.parts[p.name]?.fingerprint !== p.fingerprint).map((p) => p.name), ...Object.keys(record.parts).filter((n) => !current.has(n))];
  const affected = new Set<string>();
  for (const name of changed) {
    for (const file of record.parts[name]?.files ?? []) affected.add(file);
    for (const file of parts.find((p) => p.name === name)?.files ?? []) affected.add(file);
  }
  if (!affected.size) return 0;
  const owners = [...parts.filter((p) => p.name !== 'global'), ...parts.filter((p) => p.name === 'global')].map((p) => ({ dist: p.dist, files: new Set(p.files) }));
  for (const file of affected) {
    const target = path.join(out, file);
    fs.rmSync(target, { force: true });
    const owner = owners.find((o) => o.files.has(file));
    if (!owner) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    try {
      fs.linkSync(path.join(owner.dist, file), target);
    } catch {
      fs.copyFileSync(path.join(owner.dist, file), target);
    }
  }
  return affected.size;
}

/** What the runner writes itself after merging (sitemap, the primary and national search bundles): written anew. */
export function removeRunnerFiles(out: string): void {
  if (!fs.existsSync(out)) return;
  for (const name of fs.readdirSync(out)) if (/^sitemap-.*\.xml$/.test(name)) fs.rmSync(path.join(out, name));
  const pagefind = path.join(out, 'pagefind');
  if (!fs.existsSync(pagefind)) return;
  for (const name of fs.readdirSync(pagefind)) if (name !== 'vung') fs.rmSync(path.join(pagefind, name), { recursive: true, force: true });
}
