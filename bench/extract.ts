/**
 * How long the extractor takes on a 5,000-word report: `npm run bench:extract`. The report is the seeds' bodies
 * joined and cut at 5,000 words; it is read, cut into sentences and searched for exemplars, tallies and values
 * 20 times after 3 warm-up runs, and the median, fastest and slowest run are printed (and written as JSON to
 * bench/results/extract.json).
 */
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { parseBlocks, type SourceDocument } from '../tools/extract/document.ts';
import { propose, readKnowledge } from '../tools/extract/propose.ts';

const root = path.resolve(import.meta.dirname, '..');
const content = path.join(root, 'content');

function seedBodies(): string {
  const dir = path.join(content, 'documents');
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''))
    .join('\n\n');
}

/** The first 5,000 words of the seeds, whole lines only. */
function report(words: number): string {
  const lines: string[] = [];
  let count = 0;
  for (const line of seedBodies().split('\n')) {
    if (count >= words) break;
    lines.push(line);
    count += line.split(/\s+/).filter(Boolean).length;
  }
  return lines.join('\n');
}

const body = report(5000);
const knowledge = readKnowledge(content);
const run = (): { ms: number; files: number } => {
  const started = performance.now();
  const doc: SourceDocument = { id: 'quang-ngai/son-long-son-tay/bench', unit: 'quang-ngai/son-long-son-tay', type: 'báo cáo', title: 'bench', period: { from: 2023, to: 2024 }, body, blocks: parseBlocks(body) };
  const { files } = propose(doc, knowledge);
  return { ms: performance.now() - started, files: files.length };
};

for (let i = 0; i < 3; i++) run();
const runs = Array.from({ length: 20 }, run);
const times = runs.map((r) => r.ms).sort((a, b) => a - b);
const result = {
  date: new Date().toISOString(),
  words: body.split(/\s+/).filter(Boolean).length,
  proposalFiles: runs[0].files,
  medianMs: Number(times[10].toFixed(1)),
  fastestMs: Number(times[0].toFixed(1)),
  slowestMs: Number(times.at(-1)!.toFixed(1)),
  node: process.version,
  cpu: os.cpus()[0]?.model,
};
console.log(`Trích xuất một báo cáo ${result.words} từ (extracting a ${result.words}-word report): trung vị (median) ${result.medianMs} ms, nhanh nhất ${result.fastestMs} ms, chậm nhất ${result.slowestMs} ms — ${result.proposalFiles} tệp đề xuất`);
fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench/results/extract.json'), `${JSON.stringify(result, null, 2)}\n`);
