import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { generateCorpus, type CorpusFile } from '../../tools/corpus/corpus.ts';
import { parseGenerateArgs, writeCorpus } from '../../tools/corpus/cli.ts';
import { loadRegistry } from '../../tools/corpus/indicators.ts';
import { REPORT_WORDS } from '../../tools/corpus/report.ts';
import { countWords } from '../../tools/corpus/text.ts';
import { unitSchema } from '../../src/schemas/unit.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { exemplarSchema } from '../../src/schemas/exemplar.ts';
import { awardTallySchema } from '../../src/schemas/award-tally.ts';
import { indicatorSchema, indicatorValuesSchema } from '../../src/schemas/indicator.ts';
import { movementSchema } from '../../src/schemas/movement.ts';
import { storySchema } from '../../src/schemas/story.ts';

const registry = loadRegistry(path.resolve('content/indicators.yaml'));
const files: CorpusFile[] = [...generateCorpus({ units: 12, years: 3, seed: 'test', registry })];

function split(content: string): { data: Record<string, unknown>; body: string } {
  const end = content.indexOf('\n---\n', 4);
  return { data: parse(content.slice(4, end)) as Record<string, unknown>, body: content.slice(end + 5) };
}

const documents = new Map(
  files.filter((f) => f.path.startsWith('documents/')).map((f) => [f.path.replace(/^documents\//, '').replace(/\.mdx?$/, ''), split(f.content)]),
);
const yamlOf = (prefix: string) => files.filter((f) => f.path.startsWith(prefix)).map((f) => ({ path: f.path, data: parse(f.content) as Record<string, unknown> }));

function expectValid(schema: z.ZodType, data: unknown, where: string) {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`${where}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
}

describe('corpus generator', () => {
  it('writes the same bytes for the same seed', () => {
    const dirs = [0, 1].map((i) => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-')), `run${i}`));
    for (const out of dirs) writeCorpus(parseGenerateArgs(['--units', '5', '--years', '2', '--seed', 'same', '--out', out]));
    const read = (dir: string) =>
      (fs.readdirSync(dir, { recursive: true }) as string[]).sort().filter((p) => fs.statSync(path.join(dir, p)).isFile()).map((p) => [p, fs.readFileSync(path.join(dir, p), 'utf8')]);
    const [a, b] = dirs.map(read);
    expect(a.length).toBeGreaterThan(30);
    expect(b).toEqual(a);
    for (const dir of dirs) fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  it('writes different content for a different seed', () => {
    const other = [...generateCorpus({ units: 12, years: 3, seed: 'other', registry })];
    expect(other.find((f) => f.kind === 'report')?.content).not.toBe(files.find((f) => f.kind === 'report')?.content);
  });

  it('writes a complete content folder', () => {
    const top = new Set(files.map((f) => f.path.split('/')[0]));
    for (const folder of ['units', 'documents', 'exemplars', 'awards', 'indicators.yaml', 'indicator-values', 'movements', 'stories', 'sources']) {
      expect(top, folder).toContain(folder);
    }
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
  });

  it('writes every file valid against the site schemas', () => {
    for (const { path: p, data } of yamlOf('units/')) expectValid(unitSchema, data, p);
    for (const [id, { data }] of documents) expectValid(documentSchema, data, id);
    for (const { path: p, data } of yamlOf('exemplars/')) expectValid(exemplarSchema, data, p);
    for (const { path: p, data } of yamlOf('awards/')) expectValid(awardTallySchema, data, p);
    for (const { path: p, data } of yamlOf('indicator-values/')) expectValid(indicatorValuesSchema, data, p);
    for (const { path: p, data } of yamlOf('movements/')) expectValid(movementSchema, data, p);
    for (const def of parse(files.find((f) => f.path === 'indicators.yaml')!.content) as unknown[]) expectValid(indicatorSchema, def, 'indicators.yaml');
    const story = storySchema(() => z.string());
    for (const f of files.filter((f) => f.kind === 'story')) expectValid(story, split(f.content).data, f.path);
  });

  it('gives every unit a unique slug that carries its district', () => {
    const units = yamlOf('units/');
    expect(new Set(units.map((u) => u.path)).size).toBe(units.length);
    const ids = new Set(units.map((u) => u.path.replace(/^units\/|\.yaml$/g, '')));
    for (const { data } of units) for (const old of (data.redirectFrom as string[] | undefined) ?? []) expect(ids).not.toContain(old);
    const successors = units.map((u) => (u.data.successor as { unit?: string } | undefined)?.unit).filter(Boolean);
    for (const id of successors) expect(ids).toContain(id);
  });

  it('quotes every fact word for word from the document it cites', () => {
    const check = (document: string, quote: string, where: string) => {
      const doc = documents.get(document);
      expect(doc, `${where} cites ${document}`).toBeDefined();
      expect(doc!.body.includes(quote), `${where}: quote not in ${document}`).toBe(true);
    };
    for (const { path: p, data } of yamlOf('exemplars/')) {
      const source = data.source as { document: string; quote: string };
      check(source.document, source.quote, p);
    }
    for (const { path: p, data } of [...yamlOf('awards/'), ...yamlOf('indicator-values/')]) {
      for (const item of [...((data.tallies as { quote: string }[]) ?? []), ...((data.values as { quote: string }[]) ?? [])]) check(data.document as string, item.quote, p);
    }
    for (const { path: p, data } of yamlOf('units/')) for (const fact of data.facts as { source: { document: string; quote: string } }[]) check(fact.source.document, fact.source.quote, p);
  });

  it('writes reports of 3,000 to 6,000 words', () => {
    const reports = files.filter((f) => f.kind === 'report');
    expect(reports.length).toBe(36);
    for (const report of reports) {
      const words = countWords(split(report.content).body);
      expect(words, report.path).toBeGreaterThanOrEqual(REPORT_WORDS.min);
      expect(words, report.path).toBeLessThanOrEqual(REPORT_WORDS.max);
    }
  });

  it('writes document and story bodies with no characters Markdown or MDX would read as code or markup', () => {
    const bodies = files.filter((f) => /\.mdx?$/.test(f.path));
    expect(bodies.filter((f) => f.path.startsWith('documents/') && f.path.endsWith('.md')).length).toBeGreaterThan(0);
    for (const f of bodies) expect(split(f.content).body, f.path).not.toMatch(/[{}<>]/);
  });

  it('writes Unicode NFC text only', () => {
    for (const f of files) expect(f.content === f.content.normalize('NFC'), f.path).toBe(true);
  });

  it('refuses a missing unit count with a message naming the option', () => {
    expect(() => parseGenerateArgs(['--out', '/tmp/x'])).toThrow(/--units/);
  });
});

describe('generated corpus and the content check', () => {
  it('passes the site content check with no errors', async () => {
    const { runContentCheck, formatProblems } = await import('../../src/checks/index.ts');
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-check-')), 'content');
    writeCorpus(parseGenerateArgs(['--units', '12', '--years', '3', '--seed', 'check', '--out', out]));
    const result = runContentCheck({ dir: out, buildDate: '2026-01-01' });
    expect(result.errorCount, formatProblems(result.problems.filter((p) => p.severity === 'error'))).toBe(0);
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  });
});
