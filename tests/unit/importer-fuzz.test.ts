import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markupProblems } from '../../src/checks/markup.ts';

/**
 * The importer under bad input. Thousands of random and mutated inputs — random bytes, truncated and corrupted
 * .docx files made with the `docx` package, seeds cut, spliced, decomposed (NFD), re-encoded (UTF-16, 8-bit),
 * joined into huge lines — go through readSource() and importDocument() in a worker thread, one at a time,
 * each under a time limit: a hang terminates the worker and is reported with the input's number and seed.
 * Every input must end in a result or a clean InputError ("Lỗi: …"), never another exception, and every MDX
 * the importer produces must parse and carry no unsafe markup. Then the CLI is run on a batch with bad
 * files: it writes the good one and nothing of the bad ones.
 * FUZZ_INPUTS sets the number of inputs (default 2000), FUZZ_SEED the seed.
 */
const COUNT = Number(process.env.FUZZ_INPUTS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const TIME_LIMIT_MS = Number(process.env.FUZZ_TIME_LIMIT_MS ?? 30_000);
/** FUZZ_ONLY=85,120 replays single inputs of a run, e.g. one reported as hung. */
const ONLY = process.env.FUZZ_ONLY?.split(',').map(Number);

/** mulberry32: a small seeded PRNG, so a failing input can be rebuilt from (seed, index). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seeds = fs
  .readdirSync('content/sources', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => fs.readFileSync(path.join('content/sources', f), 'utf8'));

let docxSamples: Buffer[] = [];

async function makeDocx(text: string): Promise<Buffer> {
  const paragraphs = text.split('\n').map(
    (line, i) => new Paragraph({ children: [new TextRun({ text: line, bold: i % 7 === 0, italics: i % 11 === 0 })] }),
  );
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}

interface Input {
  index: number;
  kind: string;
  name: string;
  bytes: Uint8Array;
}

/** The index-th input: which mutation, and its bytes, depend only on (SEED, index). */
function makeInput(index: number): Input {
  const random = prng(SEED * 7919 + index);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T,>(list: readonly T[]): T => list[int(list.length)];
  const seed = seeds.length ? pick(seeds) : 'BÁO CÁO\nCông tác thi đua, khen thưởng năm 2024';
  const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
  const randomBytes = (n: number) => Uint8Array.from({ length: n }, () => int(256));
  const cut = (text: string) => text.slice(int(text.length), int(text.length) + 1 + int(text.length));
  const kinds = [
    'random-bytes', 'random-docx', 'truncated-seed', 'spliced-seed', 'nfd-seed', 'huge-line', 'utf16', 'mixed-encodings',
    'latin1', 'markup-chars', 'structure-storm', 'truncated-docx', 'corrupted-docx', 'unicode-noise',
  ] as const;
  const kind = pick(kinds);
  switch (kind) {
    case 'random-bytes':
      return { index, kind, name: `ngau-nhien-${index}.txt`, bytes: randomBytes(int(4) === 0 ? int(200_000) : int(2048)) };
    case 'random-docx':
      return { index, kind, name: `ngau-nhien-${index}.docx`, bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...randomBytes(int(8192))]) };
    case 'truncated-seed': {
      const bytes = utf8(seed);
      return { index, kind, name: `cat-${index}.txt`, bytes: bytes.subarray(0, int(bytes.length + 1)) };
    }
    case 'spliced-seed': {
      const parts: string[] = [];
      for (let i = 0, n = 1 + int(6); i < n; i++) parts.push(cut(pick(seeds.length ? seeds : [seed])));
      return { index, kind, name: `ghep-${index}.txt`, bytes: utf8(parts.join(pick(['', '\n', '\n\n', ' ', '\r\n']))) };
    }
    case 'nfd-seed': {
      const at = int(seed.length);
      return { index, kind, name: `nfd-${index}.txt`, bytes: utf8(seed.slice(0, at) + seed.slice(at).normalize('NFD')) };
    }
    case 'huge-line': {
      const line = int(2) ? seed.replace(/\n/g, ' ') : cut(seed).repeat(1 + int(200));
      return { index, kind, name: `dong-dai-${index}.txt`, bytes: utf8(line.slice(0, 500_000)) };
    }
    case 'utf16': {
      const be = int(2) === 1;
      const body = Buffer.from(cut(seed) || seed, 'utf16le');
      if (be) body.swap16();
      const bom = int(2) ? Buffer.from(be ? [0xfe, 0xff] : [0xff, 0xfe]) : Buffer.alloc(0);
      const all = Buffer.concat([bom, body]);
      return { index, kind, name: `utf16-${index}.txt`, bytes: new Uint8Array(all.subarray(0, int(3) ? all.length : int(all.length))) };
    }
    case 'mixed-encodings': {
      const parts = [Buffer.from(cut(seed), 'utf8'), Buffer.from(cut(seed), 'latin1'), Buffer.from(cut(seed), 'utf16le'), Buffer.from('C«ng t¸c thi ®ua', 'latin1')];
      return { index, kind, name: `tron-ma-${index}.txt`, bytes: new Uint8Array(Buffer.concat(parts.sort(() => random() - 0.5))) };
    }
    case 'latin1':
      return { index, kind, name: `latin1-${index}.txt`, bytes: new Uint8Array(Buffer.from(seed, 'latin1')) };
    case 'markup-chars': {
      const noise = ['<script>alert(1)</script>', '{process.exit(1)}', 'import x from "y"', 'export const a = 1', '<iframe src=x>', '*', '**', '_', '`', '[^1]', '\\', '|', '#', '>', '---', '<!--', '{', '}', '<', '&amp;', 'javascript:alert(1)', '[a](javascript:x)'];
      const lines = seed.split('\n').map((line) => (int(3) ? line : `${pick(noise)} ${line} ${pick(noise)}`));
      return { index, kind, name: `ky-tu-${index}.txt`, bytes: utf8(lines.join('\n')) };
    }
    case 'structure-storm': {
      const markers = ['PHẦN I', 'I.', '1.', '1.1.', '2.1.', 'a)', '-', '+', 'Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Số: /BC-UBND', 'BÁO CÁO', '¹', '²'];
      const lines = Array.from({ length: 1 + int(5000) }, () => `${pick(markers)} ${int(2) ? cut(seed).slice(0, 80) : ''}`);
      return { index, kind, name: `cau-truc-${index}.txt`, bytes: utf8(lines.join('\n')) };
    }
    case 'truncated-docx': {
      const docx = pick(docxSamples);
      return { index, kind, name: `docx-cat-${index}.docx`, bytes: new Uint8Array(docx.subarray(0, int(docx.length + 1))) };
    }
    case 'corrupted-docx': {
      const docx = Buffer.from(pick(docxSamples));
      for (let i = 0, n = 1 + int(20); i < n; i++) docx[int(docx.length)] = int(256);
      return { index, kind, name: `docx-hong-${index}.docx`, bytes: new Uint8Array(docx) };
    }
    case 'unicode-noise': {
      const chars = Array.from({ length: int(5000) }, () => String.fromCodePoint(pick([int(0x80), 0x300 + int(0x70), 0x1ea0 + int(0x5a), 0x200b + int(5), 0xfeff, 0x202e, int(0x10ffff)].map((c) => (c >= 0xd800 && c <= 0xdfff ? 0x41 : c)))));
      return { index, kind, name: `unicode-${index}.txt`, bytes: utf8(chars.join('') + '\n' + cut(seed)) };
    }
  }
}

/** The worker: imports each input it is sent and answers with what happened. */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { readSource } = await import(workerData.readSource);
  const { importDocument } = await import(workerData.importDocument);
  const { InputError } = await import(workerData.encoding);
  const { loadUnits } = await import(workerData.loadUnits);
  const units = loadUnits(workerData.unitsDir);
  parentPort.on('message', async ({ index, name, bytes }) => {
    try {
      const source = await readSource(bytes, name);
      const result = importDocument({ fileName: name, lines: source.lines, notes: source.notes }, { units });
      parentPort.postMessage({ index, outcome: result.errors.length ? 'rejected' : 'imported', errors: result.errors, markdown: result.errors.length ? undefined : result.markdown });
    } catch (error) {
      parentPort.postMessage({ index, outcome: error instanceof InputError ? 'refused' : 'crashed', errors: [String(error && error.stack || error).slice(0, 600)] });
    }
  });
  parentPort.postMessage({ ready: true });
})().catch((error) => parentPort.postMessage({ fatal: String(error && error.stack || error) }));
`;

interface Outcome {
  index: number;
  outcome: 'imported' | 'rejected' | 'refused' | 'crashed' | 'hung';
  errors: string[];
  markdown?: string;
}

class FuzzWorker {
  private worker!: Worker;
  private ready!: Promise<void>;

  constructor() {
    this.start();
  }

  private start(): void {
    const url = (file: string) => pathToFileURL(path.resolve(file)).href;
    this.worker = new Worker(workerSource, {
      eval: true,
      workerData: {
        readSource: url('tools/import/read-source.ts'),
        importDocument: url('tools/import/import-document.ts'),
        encoding: url('tools/import/encoding.ts'),
        loadUnits: url('tools/import/load-units.ts'),
        unitsDir: path.resolve('content/units'),
      },
      resourceLimits: { maxOldGenerationSizeMb: 1024 },
    });
    this.ready = new Promise((resolve, reject) => {
      this.worker.once('message', (m: { ready?: boolean; fatal?: string }) => (m.ready ? resolve() : reject(new Error(m.fatal))));
      this.worker.once('error', reject);
    });
  }

  /** Runs one input; a hang past the limit kills the worker and starts a new one. */
  async run(input: Input): Promise<Outcome> {
    await this.ready;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.worker.removeAllListeners('message');
        this.worker.removeAllListeners('error');
        void this.worker.terminate();
        this.start();
        resolve({ index: input.index, outcome: 'hung', errors: [`no answer within ${TIME_LIMIT_MS} ms`] });
      }, TIME_LIMIT_MS);
      const done = (outcome: Outcome) => {
        clearTimeout(timer);
        this.worker.removeAllListeners('error');
        resolve(outcome);
      };
      this.worker.once('message', (m: Outcome) => done(m));
      this.worker.once('error', (error) => {
        this.start();
        done({ index: input.index, outcome: 'crashed', errors: [String(error.stack ?? error)] });
      });
      this.worker.postMessage({ index: input.index, name: input.name, bytes: input.bytes });
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bang-vang-fuzz-'));

beforeAll(async () => {
  docxSamples = await Promise.all((seeds.length ? seeds : ['BÁO CÁO\nThi đua']).map(makeDocx));
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the importer under bad input', () => {
  it(`never crashes or hangs on ${COUNT} random and mutated inputs, and only writes safe Markdown (and MDX)`, async () => {
    const worker = new FuzzWorker();
    const failures: string[] = [];
    let slowest: Array<[number, string]>;
    const counts: Record<string, number> = {};
    try {
      slowest = [];
      for (const index of ONLY ?? Array.from({ length: COUNT }, (_, i) => i)) {
        const input = makeInput(index);
        const started = performance.now();
        const result = await worker.run(input);
        slowest.push([performance.now() - started, `#${index} ${input.kind} ${input.bytes.length} B`]);
        counts[result.outcome] = (counts[result.outcome] ?? 0) + 1;
        const where = `#${index} (${input.kind}, seed ${SEED})`;
        if (result.outcome === 'crashed' || result.outcome === 'hung') failures.push(`${where}: ${result.outcome}: ${result.errors.join(' | ')}`);
        if (result.outcome === 'refused' && !result.errors.every((e) => /^InputError: Lỗi: /.test(e))) failures.push(`${where}: unclear refusal: ${result.errors[0]}`);
        if (result.outcome === 'rejected' && !result.errors.every((e) => typeof e === 'string' && e.trim() && !/undefined|\[object/.test(e))) {
          failures.push(`${where}: unclear errors: ${JSON.stringify(result.errors).slice(0, 200)}`);
        }
        if (result.outcome === 'imported') {
          const markdown = result.markdown ?? '';
          if (markdown !== markdown.normalize('NFC')) failures.push(`${where}: the document is not NFC`);
          // Checked as the .md it is written as, and as MDX: the same text must compile there too (tools/import/escape.ts).
          for (const mdx of [false, true]) {
            const unsafe = markupProblems(markdown, { mdx, imageExists: () => true }).filter((p) => p.rule !== 'image/missing');
            if (unsafe.length) failures.push(`${where}: imported ${mdx ? 'as MDX' : 'Markdown'} has ${unsafe.map((p) => `${p.rule} line ${p.line}: ${p.found}`).join('; ')}`);
          }
        }
      }
    } finally {
      await worker.close();
    }
    slowest.sort((a, b) => b[0] - a[0]);
    console.log(`importer fuzz (seed ${SEED}): ${JSON.stringify(counts)}; slowest: ${slowest.slice(0, 5).map(([ms, what]) => `${what} ${Math.round(ms)} ms`).join(', ')}`);
    expect(failures).toEqual([]);
    if (!ONLY) expect((counts.refused ?? 0) + (counts.rejected ?? 0)).toBeGreaterThan(COUNT / 4);
  }, 1_800_000);

  it('writes the good file of a batch and nothing of the bad ones (npm run import -- … --out)', () => {
    const inputs = path.join(work, 'lo');
    const out = path.join(work, 'out');
    fs.mkdirSync(inputs, { recursive: true });
    fs.copyFileSync(path.join('content/sources', fs.readdirSync('content/sources', { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('.txt')) ?? ''), path.join(inputs, 'a-tot.txt'));
    fs.writeFileSync(path.join(inputs, 'b-hong.docx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    fs.writeFileSync(path.join(inputs, 'c-nhi-phan.txt'), Buffer.from([0, 1, 2, 3, 255, 0, 9]));
    const result = spawnSync(process.execPath, ['tools/import/cli.ts', inputs, '--out', out], { encoding: 'utf8', timeout: 120_000 });
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toMatch(/Lỗi/);
    const written = fs.readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => /\.\w+$/.test(f));
    expect(written.map((f) => path.basename(f)).sort()).toEqual([expect.stringMatching(/\.md$/), 'a-tot.txt']);
  }, 120_000);

  it('writes complete files when the whole batch is good', () => {
    const inputs = path.join(work, 'lo-tot');
    const out = path.join(work, 'out-tot');
    fs.mkdirSync(inputs, { recursive: true });
    const source = fs.readdirSync('content/sources', { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('.txt')) ?? '';
    fs.copyFileSync(path.join('content/sources', source), path.join(inputs, path.basename(source)));
    const result = spawnSync(process.execPath, ['tools/import/cli.ts', inputs, '--out', out], { encoding: 'utf8', timeout: 120_000 });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const written = fs.readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f));
    expect(written).toEqual([expect.stringMatching(/\.md$/)]);
    const markdown = fs.readFileSync(path.join(out, written[0]), 'utf8');
    expect(markdown.startsWith('---\n')).toBe(true);
    expect(markdown.endsWith('\n')).toBe(true);
    expect(markupProblems(markdown, { mdx: false, imageExists: () => true })).toEqual([]);
    expect(fs.readFileSync(path.join(out, 'sources', path.dirname(written[0]).replace(/^documents[/\\]/, ''), path.basename(source)))).toEqual(fs.readFileSync(path.join('content/sources', source)));
  }, 120_000);
});
