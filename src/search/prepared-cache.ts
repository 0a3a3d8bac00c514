import { readFile, rename, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * The text each page of a bundle was sent to Pagefind as (index-html.ts), kept between builds by the digest of the
 * page's HTML. Only for the national bundle, whose pages are mostly left out: its 3,321 unit pages are 399 MB of HTML,
 * mostly tables the index ignores, that trim to 43 MB. A rebuild that indexes it again (a story edited) reads the
 * 43 MB instead and prepares only the pages that changed.
 */
export interface PreparedCache {
  /** Where the texts are kept (JSON). */
  file: string;
  /** What the texts depend on besides the pages: the indexing code and how the bundle adapts its pages. */
  key: string;
  /** The digest of each page's HTML, in the order of the bundle's files. */
  digests: string[];
}

interface Kept {
  key: string;
  pages: Record<string, string>;
}

/** The kept texts by page digest; none when there are none, they are unreadable or were made with another key. */
export async function readPrepared(cache: PreparedCache): Promise<Map<string, string>> {
  const text = await readFile(cache.file, 'utf8').catch(() => undefined);
  if (!text) return new Map();
  try {
    const kept = JSON.parse(text) as Kept;
    return kept.key === cache.key ? new Map(Object.entries(kept.pages)) : new Map();
  } catch {
    return new Map();
  }
}

/** Keeps the texts of this build's pages (and no others), written aside and renamed, never half. */
export async function writePrepared(cache: PreparedCache, pages: Map<string, string>): Promise<void> {
  await mkdir(path.dirname(cache.file), { recursive: true });
  const partial = `${cache.file}.${process.pid}.tmp`;
  await writeFile(partial, JSON.stringify({ key: cache.key, pages: Object.fromEntries(pages) } satisfies Kept));
  await rename(partial, cache.file);
}
