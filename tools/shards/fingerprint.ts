import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { settings } from '../../src/settings.ts';

/** Files of the site's code whose change can change any page: a change to one of them rebuilds every part. */
const codeInputs = ['src', 'public', 'astro.config.mjs', 'tools/shards/astro.shard.config.mjs', 'tools/shards/routes.ts', 'tools/shards/part-root.ts', 'package-lock.json', 'tsconfig.json'];
/** Settings read from the environment that change the output. */
const environmentInputs = ['SITE', 'BASE'] as const;

function hashTree(hash: Hash, root: string, label: string): void {
  if (!fs.existsSync(root)) return;
  const files = fs.statSync(root).isFile()
    ? [root]
    : fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();
  for (const file of files) {
    // Paths and contents are both length-prefixed so that no two different trees hash alike.
    const name = `${label}/${path.relative(root, file)}`;
    const bytes = fs.readFileSync(file);
    hash.update(`${name.length}:${name}${bytes.length}:`);
    hash.update(bytes);
  }
}

/** What every part's output depends on besides its own content: the site's code, its settings and the build date. */
export function codeFingerprint(repo: string, buildDate: string): string {
  const hash = createHash('sha256');
  for (const input of codeInputs) hashTree(hash, path.join(repo, input), input);
  const values = settings();
  for (const name of environmentInputs) hash.update(`${name}=${values[name]}\n`);
  hash.update(`BUILD_DATE=${buildDate}\n`);
  return hash.digest('hex');
}

/** The fingerprint of one part: its content folder (paths and bytes) and the code fingerprint. */
export function partFingerprint(contentDir: string, code: string): string {
  const hash = createHash('sha256');
  hash.update(`${code}\n`);
  hashTree(hash, contentDir, 'content');
  return hash.digest('hex');
}

/**
 * A cheap fingerprint of a whole content folder: every file's path, size and modification time (no file is read),
 * with the code fingerprint. An edit changes it; a fresh checkout too (new times), which only costs a check.
 */
export function contentState(contentDir: string, code: string): string {
  const hash = createHash('sha256');
  hash.update(`${code}\n`);
  const entries = fs.readdirSync(contentDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();
  for (const file of entries) {
    const stat = fs.statSync(file);
    hash.update(`${path.relative(contentDir, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

const stampName = 'fingerprint.txt';

/** Whether a part's previous output was built from exactly these inputs (and finished). */
export function isUpToDate(partDir: string, fingerprint: string): boolean {
  const stamp = path.join(partDir, stampName);
  return fs.existsSync(stamp) && fs.existsSync(path.join(partDir, 'dist')) && fs.readFileSync(stamp, 'utf8') === fingerprint;
}

/** Records the inputs of a finished part; removed before a build so that an interrupted build is never reused. */
export function writeStamp(partDir: string, fingerprint: string | undefined): void {
  const stamp = path.join(partDir, stampName);
  if (fingerprint === undefined) fs.rmSync(stamp, { force: true });
  else fs.writeFileSync(stamp, fingerprint);
}
