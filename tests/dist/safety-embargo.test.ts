import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv } from './build-env.ts';

/**
 * Drafts and embargoes reach no output. A copy of content/ gets an embargoed story, an embargoed exemplar,
 * a draft story, a draft exemplar and a draft document, each carrying a unique made-up word; the site is built
 * with a pinned BUILD_DATE and every byte of the output is searched for those words — HTML, feeds, sitemaps,
 * open data, the Pagefind index (its .pf_* files are gzip: decompressed first) and file names.
 * A second build dated after the embargo shows the story.
 */
const SKIP = process.env.SKIP_SLOW_BUILDS === '1';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bang-vang-embargo-'));
const content = path.join(work, 'content');
const before = '2026-11-22';
const after = '2031-06-02';

/** Made-up words that appear in no real text, one per hidden entry. */
const words = {
  embargoedStory: 'zqxcamvanbaiviet',
  embargoedStoryCover: 'zqxcamvananhbia',
  embargoedExemplar: 'zqxcamvandienhinh',
  draftStory: 'zqxnhapbaiviet',
  draftExemplar: 'zqxnhapdienhinh',
  draftDocument: 'zqxnhapvanban',
  // File names become URLs: the sitemap and lists must not name hidden entries either.
  embargoedStorySlug: 'zqxslugbaicamvan',
  embargoedExemplarSlug: 'zqxslugdienhinhcamvan',
  draftStorySlug: 'zqxslugbainhap',
  draftExemplarSlug: 'zqxslugdienhinhnhap',
  draftDocumentSlug: 'zqxslugvanbannhap',
};

function build(outDir: string, buildDate: string, extraEnv: Record<string, string> = {}): string {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: buildEnv({ CONTENT_DIR: content, OUT_DIR: outDir, CACHE_DIR: `${outDir}-cache`, BUILD_DATE: buildDate, ...extraEnv }),
    timeout: 600_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`astro build failed (${result.status}):\n${output.slice(-4000)}`);
  return output;
}

function* files(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) yield path.join(entry.parentPath, entry.name);
  }
}

/** A file's bytes as searchable lowercase text, gunzipped when it is gzip (Pagefind's .pf_* files). */
function readable(file: string): string {
  let bytes = fs.readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = zlib.gunzipSync(bytes);
  // latin1 keeps every byte, so ASCII words are found in binary files too (images, CBOR index chunks).
  return bytes.toString('latin1').toLowerCase() + '\n' + bytes.toString('utf8').normalize('NFC').toLowerCase();
}

/** Where each word occurs in an output folder: file contents and file names. */
function occurrences(dir: string, wanted: string[]): Map<string, string[]> {
  const found = new Map<string, string[]>(wanted.map((w) => [w, []]));
  for (const file of files(dir)) {
    const relative = path.relative(dir, file);
    const text = readable(file) + '\n' + relative.toLowerCase();
    for (const word of wanted) if (text.includes(word)) found.get(word)?.push(relative);
  }
  return found;
}

/** A 1×1 PNG carrying a word in a tEXt chunk, so a copied original image is found by the byte search. */
function pngWith(word: string): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const pixel = zlib.deflateSync(Buffer.from([0, 200, 40, 40]));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('tEXt', Buffer.from(`Comment\0${word}`, 'latin1')),
    chunk('IDAT', pixel),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Ids of real entries to point the hidden ones at, so that they pass the content check. */
function firstId(folder: string, depth: number): string {
  const root = path.join(content, folder);
  const file = [...files(root)].filter((f) => /\.(ya?ml|mdx?)$/.test(f)).sort()[0];
  if (!file) throw new Error(`content/${folder} is empty`);
  return path.relative(root, file).replace(/\.(ya?ml|mdx?)$/, '').split(path.sep).slice(0, depth).join('/');
}

function addHiddenEntries(): void {
  const unit = firstId('units', 2);
  const document = firstId('documents', 3);
  const write = (relative: string, text: string | Buffer) => {
    const file = path.join(content, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  };
  const story = (title: string, word: string, frontmatter: string) => `---
title: ${title} ${word}
summary: Tóm tắt ${word}.
author: Ban biên tập ${word}
units: [${unit}]
${frontmatter}
---

Nội dung có từ ${word} ở giữa câu.
`;
  write(`stories/${words.embargoedStorySlug}.mdx`, story('Bài chờ ngày công bố', words.embargoedStory, `publishedOn: ${after.slice(0, 8)}01\ncover: { src: ./${words.embargoedStorySlug}.png, alt: Ảnh ${words.embargoedStory} }`));
  write(`stories/${words.embargoedStorySlug}.png`, pngWith(words.embargoedStoryCover));
  write(`stories/${words.draftStorySlug}.mdx`, story('Bài nháp', words.draftStory, `publishedOn: 2020-01-01\ndraft: true`));
  const exemplar = (name: string, extra: string) => `name: ${name}
kind: tập thể
unit: ${unit}
years: [2024]
description: Mô tả ${name}.
source:
  document: ${document}
  quote: Câu trích ${name}.
${extra}
`;
  write(`exemplars/${words.embargoedExemplarSlug}.yaml`, exemplar(`Tổ sản xuất ${words.embargoedExemplar}`, `publishedOn: ${after.slice(0, 8)}01`));
  write(`exemplars/${words.draftExemplarSlug}.yaml`, exemplar(`Tổ sản xuất ${words.draftExemplar}`, 'draft: true'));
  write(
    `documents/${unit}/2099-bao-cao-${words.draftDocumentSlug}.mdx`,
    `---
unit: ${unit}
type: báo cáo
symbol: BC-UBND
issuedOn: 2024-12-30
title: Báo cáo nháp ${words.draftDocument}
draft: true
---

## I. Nội dung

Văn bản nháp có từ ${words.draftDocument}.
`,
  );
}

const early = path.join(work, 'dist-before');
const late = path.join(work, 'dist-after');
const nodeEnvTest = path.join(work, 'dist-node-env-test');

describe.skipIf(SKIP)('drafts and embargoes', () => {
  beforeAll(() => {
    fs.cpSync(path.resolve('content'), content, { recursive: true });
    addHiddenEntries();
    build(early, before);
  }, 600_000);

  // SAFETY_KEEP=1 keeps the builds for a look after a failure.
  afterAll(() => {
    if (process.env.SAFETY_KEEP !== '1') fs.rmSync(work, { recursive: true, force: true });
  });

  it('keeps every draft and embargoed entry out of every output file before the date, search index and feeds included', () => {
    const found = occurrences(early, Object.values(words));
    expect(Object.fromEntries(found)).toEqual(Object.fromEntries(Object.values(words).map((w) => [w, []])));
    // The scan really reached the compressed search index and the feeds.
    const names = [...files(early)].map((f) => path.relative(early, f));
    expect(names.some((n) => n.endsWith('.pf_fragment'))).toBe(true);
    expect(names.some((n) => n.endsWith('.xml'))).toBe(true);
  });

  it('publishes the embargoed story once the build date has passed, and still no draft', () => {
    build(late, after);
    const found = occurrences(late, Object.values(words));
    const story = found.get(words.embargoedStory) ?? [];
    expect(story.some((f) => f.startsWith(`bai-viet${path.sep}${words.embargoedStorySlug}`))).toBe(true);
    expect(story.some((f) => f.endsWith('.xml'))).toBe(true);
    expect(story.some((f) => f.endsWith('.pf_fragment'))).toBe(true);
    expect(found.get(words.embargoedStorySlug)?.some((f) => f.startsWith('sitemap'))).toBe(true);
    expect(found.get(words.embargoedExemplar)?.length).toBeGreaterThan(0);
    for (const word of [words.draftStory, words.draftExemplar, words.draftDocument, words.draftStorySlug, words.draftExemplarSlug, words.draftDocumentSlug]) {
      expect(found.get(word), word).toEqual([]);
    }
  }, 600_000);

  it('hides them too when the build runs with NODE_ENV=test, as CI systems often set it (only `astro dev` shows drafts)', () => {
    build(nodeEnvTest, before, { NODE_ENV: 'test' });
    const found = occurrences(nodeEnvTest, Object.values(words));
    expect(Object.fromEntries(found)).toEqual(Object.fromEntries(Object.values(words).map((w) => [w, []])));
  }, 600_000);
});
