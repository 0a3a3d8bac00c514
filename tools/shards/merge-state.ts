/**
 * The merged site kept between runs: after an edit, only the files of the parts that were built again are placed,
 * not every file of every part (nationally 249,599 hard links, ≈ 20 s, for one shard rebuilt).
 *
 * The runner records, when a run has finished, each part's fingerprint and the files it gave the merged site
 * (`<work>/merged.json`), with the names of every file of the merged site. The next run keeps the site when that
 * record is there, is for the same `--out` and every file name is as recorded; otherwise the site is merged anew.
 * The record is removed when a run starts, so that a run stopped half-way is never kept.
 */
import fs from 'node:fs';
import path from 'node:path';
import { shardOutputFolders } from './routes.ts';
import { digestOfNames, namesDigestAside, siteFiles } from './site-names.ts';

export interface MergedPart {
  name: string;
  /** The part's output folder. */
  dist: string;
  fingerprint: string;
  /** The files it gives the merged site, relative to it with `/`. */
  files: string[];
}

export interface MergeRecord {
  out: string;
  names: string;
  parts: Record<string, { fingerprint: string; files: string[] }>;
}

const recordFile = (work: string) => path.join(work, 'merged.json');

/**
 * The record of the last finished run, when the merged site is still as it left it; removed in any case. The site is
 * listed on another thread (site-names.ts): the caller plans its parts meanwhile.
 */
export async function takeMergeRecord(work: string, out: string): Promise<MergeRecord | undefined> {
  const file = recordFile(work);
  if (!fs.existsSync(file)) return undefined;
  const record = JSON.parse(fs.readFileSync(file, 'utf8')) as MergeRecord;
  fs.rmSync(file);
  if (record.out !== path.resolve(out)) return undefined;
  // A site that cannot be listed is merged anew.
  const names = await namesDigestAside(out).catch(() => undefined);
  return record.names === names ? record : undefined;
}

/**
 * Records the finished merged site. Its file names are known without listing it (nationally 260,917 files, seconds on
 * a busy disk): the files its parts gave it, and those the runner wrote itself (runnerFiles), listed. The next run
 * lists the site and compares: a name missing or added since, by hand or by a part that gave other files than it
 * said, and the site is merged anew.
 */
export function saveMergeRecord(work: string, out: string, parts: MergedPart[]): void {
  const names = new Set(runnerFiles(out));
  for (const part of parts) for (const file of part.files) if (!isRunnerFile(file)) names.add(file);
  const record: MergeRecord = { out: path.resolve(out), names: digestOfNames([...names].sort()), parts: Object.fromEntries(parts.map((p) => [p.name, { fingerprint: p.fingerprint, files: p.files }])) };
  fs.writeFileSync(recordFile(work), JSON.stringify(record));
}

/** What the runner writes itself after merging: the sitemap and the search bundles that are not a province's. */
function isRunnerFile(file: string): boolean {
  return /^sitemap-[^/]*\.xml$/.test(file) || (file.startsWith('pagefind/') && !file.startsWith('pagefind/vung/'));
}

function runnerFiles(out: string): string[] {
  const sitemaps = fs.existsSync(out) ? fs.readdirSync(out).filter((name) => isRunnerFile(name)) : [];
  const pagefind = path.join(out, 'pagefind');
  if (!fs.existsSync(pagefind)) return sitemaps;
  const bundles = fs.readdirSync(pagefind, { withFileTypes: true }).filter((e) => e.name !== 'vung').flatMap((e) =>
    e.isDirectory() ? siteFiles(path.join(pagefind, e.name)).map((f) => `pagefind/${e.name}/${f}`) : [`pagefind/${e.name}`]);
  return [...sitemaps, ...bundles];
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
 * A file the site already has from its owner (the same file: the merge's hard link) is left: a part whose entries'
 * pages alone were built again replaced a few of its files (entry-pages.ts), and nationally the shared part's other
 * 40,000 files were linked again for nothing (2.1 s). Returns the number of files placed or removed.
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
  let placed = 0;
  for (const file of affected) {
    const target = path.join(out, file);
    const owner = owners.find((o) => o.files.has(file));
    const source = owner && path.join(owner.dist, file);
    if (source && sameFile(source, target)) continue;
    placed++;
    fs.rmSync(target, { force: true });
    if (!source) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    try {
      fs.linkSync(source, target);
    } catch {
      fs.copyFileSync(source, target);
    }
  }
  return placed;
}

/** Whether two paths are one file (hard links of each other). */
function sameFile(a: string, b: string): boolean {
  const one = fs.statSync(a, { throwIfNoEntry: false });
  const other = fs.statSync(b, { throwIfNoEntry: false });
  return Boolean(one && other && one.ino === other.ino && one.dev === other.dev);
}

/** What the runner writes itself after merging (sitemap, the primary and national search bundles): written anew. */
export function removeRunnerFiles(out: string): void {
  if (!fs.existsSync(out)) return;
  for (const name of fs.readdirSync(out)) if (/^sitemap-.*\.xml$/.test(name)) fs.rmSync(path.join(out, name));
  const pagefind = path.join(out, 'pagefind');
  if (!fs.existsSync(pagefind)) return;
  for (const name of fs.readdirSync(pagefind)) if (name !== 'vung') fs.rmSync(path.join(pagefind, name), { recursive: true, force: true });
}
