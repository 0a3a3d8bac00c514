import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Search bundles kept between builds, so that a rebuild indexes again only the bundles whose pages changed.
 *
 * A bundle is kept under `<cache>/search-bundles/<bundle>/` with its key: the digest of every page it was indexed
 * from (path and bytes of the built HTML, in order), the bundle's place and kind, the indexing code (src/search/)
 * and Pagefind's version. Pagefind writes the same bytes for the same pages in the same order (write-index.ts), so
 * a bundle copied back is the bundle indexing would write; any other change to the inputs indexes it again.
 */

export interface BundleInput {
  file: string;
  /** Digest of the page's built HTML (PageFacts.digest). */
  digest?: string;
}

const keyFile = 'key.txt';
const filesFolder = 'files';

/** The key of one bundle, or undefined when a page's digest is unknown (the bundle is then always indexed). */
export function bundleKey(bundle: string, kind: string, pages: BundleInput[]): string | undefined {
  if (pages.some((p) => !p.digest)) return undefined;
  const hash = createHash('sha256').update(`${indexingCode()}\n${bundle}\n${kind}\n`);
  for (const page of pages) hash.update(`${page.file}\0${page.digest}\n`);
  return hash.digest('hex');
}

/** Copies a kept bundle into place when its key matches; true when it did. */
export async function restoreBundle(cache: string, bundle: string, key: string, outputPath: string): Promise<boolean> {
  const dir = keptFolder(cache, bundle);
  const kept = await readFile(path.join(dir, keyFile), 'utf8').catch(() => undefined);
  if (kept !== key) return false;
  await linkTree(path.join(dir, filesFolder), outputPath, new Set());
  return true;
}

/**
 * Keeps a freshly written bundle. `nested` are the folders of other bundles inside this one (the primary bundle
 * holds the others' folders), which are not part of it. The key is written last: a copy cut short is not reused.
 */
export async function keepBundle(cache: string, bundle: string, key: string, outputPath: string, nested: string[]): Promise<void> {
  const dir = keptFolder(cache, bundle);
  await rm(dir, { recursive: true, force: true });
  await linkTree(outputPath, path.join(dir, filesFolder), new Set(nested.map((n) => path.resolve(outputPath, n))));
  await writeFile(path.join(dir, keyFile), key);
}

/**
 * Places every file of a folder in another as a hard link (a copy where links cannot be made, across file
 * systems): a national shard's bundles are 4,500 files. Pagefind's files are written once and never changed in
 * place, so the kept bundle and the site's share them safely.
 */
async function linkTree(from: string, to: string, skip: Set<string>): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    if (skip.has(path.resolve(source))) continue;
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) await linkTree(source, target, skip);
    else await placeLink(source, target);
  }
}

/**
 * Links a file into place. A target that already is this file (the kept site of a rebuild holds the bundle it had)
 * is left alone: copying the national bundle's 4,191 files over themselves took 13 s of a story's rebuild.
 */
async function placeLink(source: string, target: string): Promise<void> {
  const linked = await link(source, target).then(() => true, (error: NodeJS.ErrnoException) => {
    if (error.code === 'EEXIST') return false;
    return copyFile(source, target).then(() => true);
  });
  if (linked) return;
  const [from, to] = await Promise.all([stat(source), stat(target)]);
  if (from.ino === to.ino && from.dev === to.dev) return;
  await rm(target);
  await link(source, target).catch(() => copyFile(source, target));
}

/** Digest of a built page, as bundle keys use it. */
export function pageDigest(html: string): string {
  return createHash('sha1').update(html).digest('hex');
}

function keptFolder(cache: string, bundle: string): string {
  return path.join(cache, 'search-bundles', bundle === '' ? '_primary' : bundle);
}

let code: string | undefined;

/** The indexing code and Pagefind's version: a change to either indexes every bundle again. */
export function indexingCode(): string {
  if (code) return code;
  const hash = createHash('sha256');
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const name of readdirSync(here).filter((n) => n.endsWith('.ts')).sort()) hash.update(`${name}\0`).update(readFileSync(path.join(here, name)));
  // The project's own Pagefind (a part of a sharded build links the project's node_modules).
  const manifest = path.resolve('node_modules/pagefind/package.json');
  hash.update(existsSync(manifest) ? readFileSync(manifest) : 'pagefind: unknown version');
  code = hash.digest('hex');
  return code;
}
