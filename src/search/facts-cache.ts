import { existsSync, readFileSync } from 'node:fs';
import { lstat, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PageFacts } from './bundles.ts';
import { indexingCode } from './bundle-cache.ts';

/**
 * The facts of the built pages (searchable or not, province, year, digest) kept between builds, so that a rebuild
 * reads again only the pages it wrote: at 1,000 documents every build read 11,000 pages (208 MB) to learn which are
 * searchable, even when one had changed.
 *
 * A page's facts are reused when its file is the same file as when they were read: same inode, size and modification
 * time. A page written again has a new modification time; the output folder kept between builds
 * (src/integrations/keep-output.ts) leaves an unchanged page's file untouched, and an emptied one gives every file a
 * new inode. Kept in `<cache>/search-facts.json`, with the indexing code's fingerprint (src/search/, Pagefind's version).
 */

/** One page's facts, or null when it is not searchable. */
export type CachedFacts = Omit<PageFacts, 'file'> | null;

interface Kept {
  version: string;
  site: string;
  pages: Record<string, { id: string; facts: CachedFacts }>;
}

const cacheFile = (cacheDir: string) => path.join(cacheDir, 'search-facts.json');

async function identity(site: string, file: string): Promise<string> {
  const stat = await lstat(path.join(site, file));
  return `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
}

/**
 * The facts of every page of `files`: kept ones for pages unchanged since they were read, `read` for the others.
 * `read` returns, for each file it is given, its facts or null.
 */
export async function factsWithCache(site: string, files: string[], cacheDir: string, read: (files: string[]) => Promise<Map<string, CachedFacts>>): Promise<Map<string, CachedFacts>> {
  const kept = readKept(cacheDir, site);
  const ids = new Map<string, string>();
  for (let start = 0; start < files.length; start += 256) {
    const batch = files.slice(start, start + 256);
    const found = await Promise.all(batch.map((file) => identity(site, file)));
    batch.forEach((file, i) => ids.set(file, found[i]));
  }
  const result = new Map<string, CachedFacts>();
  const toRead: string[] = [];
  for (const file of files) {
    const entry = kept?.pages[file];
    if (entry && entry.id === ids.get(file)) result.set(file, entry.facts);
    else toRead.push(file);
  }
  for (const [file, facts] of await read(toRead)) result.set(file, facts);
  const next: Kept = { version: indexingCode(), site: path.resolve(site), pages: {} };
  for (const file of files) next.pages[file] = { id: ids.get(file)!, facts: result.get(file) ?? null };
  await mkdir(cacheDir, { recursive: true });
  const partial = `${cacheFile(cacheDir)}.${process.pid}.tmp`;
  await writeFile(partial, JSON.stringify(next));
  await rename(partial, cacheFile(cacheDir));
  return result;
}

function readKept(cacheDir: string, site: string): Kept | undefined {
  if (!existsSync(cacheFile(cacheDir))) return undefined;
  try {
    const kept = JSON.parse(readFileSync(cacheFile(cacheDir), 'utf8')) as Kept;
    return kept.version === indexingCode() && kept.site === path.resolve(site) ? kept : undefined;
  } catch {
    return undefined;
  }
}
