import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { settings } from '../../src/settings.ts';
import { racyMs, statSignature } from '../../src/checks/check-cache.ts';
import { CorpusListing } from './corpus-listing.ts';
import { stubOf, type ContentPlan } from './split.ts';
import { filesUnder } from '../../src/utils/walk-dir.ts';

/** Files of the site's code whose change can change any page: a change to one of them rebuilds every part. */
const codeInputs = ['src', 'public', 'astro.config.mjs', 'tools/shards/astro.shard.config.mjs', 'tools/shards/routes.ts', 'tools/shards/part-root.ts', 'package-lock.json', 'tsconfig.json'];
/** Settings read from the environment that change the output. */
const environmentInputs = ['SITE', 'BASE'] as const;

function hashTree(hash: Hash, root: string, label: string): void {
  if (!fs.existsSync(root)) return;
  const files = fs.statSync(root).isFile()
    ? [root]
    : filesUnder(root);
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

/**
 * The digests of the corpus's files, kept in the work folder between runs: a file whose identity on disk (inode,
 * size, modification time: src/checks/check-cache.ts) is the one recorded is not read again. A rebuild after one
 * edit reads the edited file, not the 1.2 GB of the national corpus that every part's fingerprint covers. As git's
 * index does, a file modified in the same instant as the record was written is read again.
 */
export class FileDigests {
  private readonly previous = new Map<string, string>();
  private readonly next = new Map<string, string>();
  private readonly stats = new Map<string, fs.Stats>();
  private readonly savedAt: number = 0;
  private readonly file: string;

  constructor(file: string) {
    this.file = file;
    if (!fs.existsSync(file)) return;
    this.savedAt = fs.statSync(file).mtimeMs;
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      const [name, signature, digest] = line.split('\t');
      if (digest) this.previous.set(name, `${signature}\t${digest}`);
    }
  }

  /**
   * A file's identity on disk, asked once per run: a corpus file is in a shard's plan and in the shared part's, and the
   * content check's stamp covers it again (nationally 138,289 files, three times).
   */
  stat(file: string): fs.Stats {
    let stat = this.stats.get(file);
    if (!stat) {
      stat = fs.statSync(file);
      this.stats.set(file, stat);
    }
    return stat;
  }

  /** The digest of a file's bytes, or of the stub made of it (split.ts). */
  digest(file: string, kind: 'bytes' | 'stub'): string {
    const key = `${kind}:${file}`;
    const stat = this.stat(file);
    const signature = statSignature(stat);
    const kept = this.previous.get(key);
    let digest = kept && stat.mtimeMs < this.savedAt - racyMs && kept.startsWith(`${signature}\t`) ? kept.slice(signature.length + 1) : undefined;
    if (!digest) {
      const hash = createHash('sha256');
      if (kind === 'bytes') hash.update(fs.readFileSync(file));
      else {
        const stub = stubOf(file);
        hash.update(`${stub.name('x.mdx')}\0`).update(stub.bytes);
      }
      digest = hash.digest('hex');
    }
    this.next.set(key, `${signature}\t${digest}`);
    return digest;
  }

  /** Writes the digests asked for in this run (written aside and renamed, never half). */
  save(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const partial = `${this.file}.${process.pid}.tmp`;
    const lines = [...this.next].map(([key, value]) => `${key}\t${value}`);
    const fd = fs.openSync(partial, 'w');
    try {
      for (let i = 0; i < lines.length; i += 5000) fs.writeSync(fd, `${lines.slice(i, i + 5000).join('\n')}\n`);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(partial, this.file);
  }
}

/**
 * Each file of a part's content folder as its fingerprint sees it, by path in the folder: how it is made (`file`,
 * `stub` or `text`) and the digest of the bytes it will hold.
 */
export function planInputs(plan: ContentPlan, digests: FileDigests): Map<string, string> {
  const inputs = new Map<string, string>();
  for (const name of [...plan.keys()].sort()) {
    const file = plan.get(name)!;
    const digest = 'from' in file ? digests.digest(file.from, 'bytes') : 'stubOf' in file ? digests.digest(file.stubOf, 'stub') : createHash('sha256').update(file.text).digest('hex');
    inputs.set(name, `${'from' in file ? 'file' : 'stubOf' in file ? 'stub' : 'text'}\0${digest}`);
  }
  return inputs;
}

/** The fingerprint of a part from its inputs (planInputs) and the code fingerprint. */
export function inputsFingerprint(inputs: Map<string, string>, code: string): string {
  const hash = createHash('sha256');
  hash.update(`${code}\n`);
  for (const [name, input] of inputs) hash.update(`${name.length}:${name}\0${input}\n`);
  return hash.digest('hex');
}

/**
 * The fingerprint of one part from the plan of its content folder (split.ts), without writing it: every file's path
 * and the digest of the bytes it will hold, and the code fingerprint.
 */
export function planFingerprint(plan: ContentPlan, code: string, digests: FileDigests): string {
  return inputsFingerprint(planInputs(plan, digests), code);
}

/**
 * A cheap fingerprint of a whole content folder: every file's path, size and modification time (no file is read),
 * with the code fingerprint. An edit changes it; a fresh checkout too (new times), which only costs a check.
 */
export function contentState(contentDir: string, code: string, statOf: (file: string) => fs.Stats = (file) => fs.statSync(file), listing = new CorpusListing(contentDir)): string {
  const hash = createHash('sha256');
  hash.update(`${code}\n`);
  for (const file of listing.under(contentDir)) {
    const stat = statOf(file);
    hash.update(`${path.relative(contentDir, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

const stampName = 'fingerprint.txt';

/** Whether a part has a finished build to compare with. */
export function hasStamp(partDir: string): boolean {
  return fs.existsSync(path.join(partDir, stampName));
}

/** The fingerprint of a part's last finished build, if any. */
export function readStamp(partDir: string): string | undefined {
  const stamp = path.join(partDir, stampName);
  return fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8') : undefined;
}

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
