/**
 * Checks the data files drawn from the five seed documents: every entry passes its schema, every quote is
 * word for word in its seed, every number is in its quote, and every reference resolves.
 */
import { seedPath } from '../seeds.ts';
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { unitSchema } from '../../src/schemas/unit.ts';
import { exemplarSchema } from '../../src/schemas/exemplar.ts';
import { awardTallySchema } from '../../src/schemas/award-tally.ts';
import { indicatorSchema, indicatorValuesSchema } from '../../src/schemas/indicator.ts';
import { movementSchema } from '../../src/schemas/movement.ts';

const root = path.resolve(import.meta.dirname, '../..');
const content = path.join(root, 'content');

/** The five seeds: document id → file name (the register in /work/helper-rules.md). */
const seedFiles: Record<string, string> = {
  'quang-ngai/pho-van-duc-pho/2023-bao-cao-cong-tac-thi-dua-khen-thuong': '000_f1c8fe1713501660.txt',
  'thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127': '001_918d6d172b288aa9.txt',
  'quang-ngai/pho-minh-duc-pho/2024-bao-cao-31': '002_8938769ffed8800f.txt',
  'dong-thap/hoa-thuan-cao-lanh/2024-ke-hoach-phat-dong-phong-trao-thi-dua': '003_4a4cdb79b3415bc2.txt',
  'quang-ngai/son-long-son-tay/2024-bao-cao-tong-ket-cong-tac-thi-dua': '004_669cf7401ec93b75.txt',
};


/**
 * Text as quotes are compared: NFC, without the `*` emphasis marks of the text extraction, and with every
 * run of whitespace made one space, because the extraction breaks paragraphs at page boundaries.
 */
function comparable(text: string): string {
  return text.normalize('NFC').replace(/\*/g, '').replace(/\s+/g, ' ').trim();
}

const seedText = new Map<string, string>(
  Object.entries(seedFiles).map(([id, file]) => [id, comparable(readFileSync(seedPath(file), 'utf8'))]),
);

/** Every .yaml file under a folder of content/, with its path relative to that folder. */
function yamlFiles(folder: string): { rel: string; data: unknown }[] {
  const dir = path.join(content, folder);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((rel) => /\.ya?ml$/.test(rel))
    .sort()
    .map((rel) => ({ rel: rel.split(path.sep).join('/'), data: parse(readFileSync(path.join(dir, rel), 'utf8')) }));
}

/** Parses with a schema, failing with every problem and its path. */
function valid<T extends z.ZodType>(schema: T, data: unknown, where: string): z.infer<T> {
  const result = schema.safeParse(data);
  if (!result.success) {
    const list = result.error.issues.map((i) => `  ${i.path.join('.') || '(entry)'}: ${i.message}`).join('\n');
    throw new Error(`${where} does not match its schema:\n${list}`);
  }
  return result.data;
}

const withoutExt = (rel: string) => rel.replace(/\.ya?ml$/, '');

const units = yamlFiles('units').map(({ rel, data }) => ({ id: withoutExt(rel), ...valid(unitSchema, data, `units/${rel}`) }));
const exemplars = yamlFiles('exemplars').map(({ rel, data }) => ({
  rel,
  id: path.posix.basename(withoutExt(rel)),
  ...valid(exemplarSchema, data, `exemplars/${rel}`),
}));
const awards = yamlFiles('awards').map(({ rel, data }) => ({ id: withoutExt(rel), ...valid(awardTallySchema, data, `awards/${rel}`) }));
const indicatorValues = yamlFiles('indicator-values').map(({ rel, data }) => ({
  id: withoutExt(rel),
  ...valid(indicatorValuesSchema, data, `indicator-values/${rel}`),
}));
const movements = yamlFiles('movements').map(({ rel, data }) => ({ id: withoutExt(rel), ...valid(movementSchema, data, `movements/${rel}`) }));
const registryRaw: unknown = parse(readFileSync(path.join(content, 'indicators.yaml'), 'utf8'));
const indicators = (Array.isArray(registryRaw) ? registryRaw : []).map((entry, i) => valid(indicatorSchema, entry, `indicators.yaml[${i}]`));
const indicatorById = new Map(indicators.map((indicator) => [indicator.id, indicator]));

/** One quote with the document it must come from and where it is used. */
interface QuoteUse {
  where: string;
  document: string;
  quote: string;
}

const quoteUses: QuoteUse[] = [
  ...units.flatMap((u) => [
    ...u.facts.map((f) => ({ where: `units/${u.id} fact ${f.key}`, ...f.source })),
    ...u.formerNames.flatMap((n) => (n.source ? [{ where: `units/${u.id} former name ${n.name}`, ...n.source }] : [])),
  ]),
  ...exemplars.map((e) => ({ where: `exemplars/${e.rel}`, ...e.source })),
  ...awards.flatMap((a) => a.tallies.map((t, i) => ({ where: `awards/${a.id} tally ${i}`, document: a.document, quote: t.quote }))),
  ...indicatorValues.flatMap((f) =>
    f.values.map((v, i) => ({ where: `indicator-values/${f.id} value ${i} (${v.indicator})`, document: f.document, quote: v.quote })),
  ),
  ...movements.flatMap((m) => m.sources.map((s, i) => ({ where: `movements/${m.id} source ${i}`, ...s }))),
];

/**
 * The numbers a quote states, read both the Vietnamese way ("1.059" = 1059, "93,8" = 93.8) and the raw way
 * ("1,062" = 1062, as one seed writes a thousands group with a comma).
 */
function numbersIn(quote: string): number[] {
  return (quote.match(/\d+(?:[.,]\d+)*/g) ?? []).flatMap((token) =>
    [Number(token.replace(/\./g, '').replace(',', '.')), Number(token.replace(/,/g, ''))].filter(Number.isFinite),
  );
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const isYear = (n: number) => Number.isInteger(n) && n >= 1900 && n <= 2100;

/**
 * Whether a quote states a value. Zero may be said in words ("Không có"); a single named recipient needs no
 * numeral; an amount in "triệu đồng" may be quoted in "tỷ đồng".
 */
function states(quote: string, value: number, options: { unit?: string; single?: boolean } = {}): boolean {
  const numbers = numbersIn(quote);
  if (numbers.some((n) => same(n, value))) return true;
  if (value === 0 && /không có/i.test(quote)) return true;
  if (value === 1 && options.single && numbers.every(isYear)) return true;
  if (options.unit === 'triệu đồng' && /tỷ/.test(quote)) return numbers.some((n) => same(n * 1000, value));
  return false;
}

/** Every string in a parsed YAML value, with its path. */
function strings(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${at}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, at ? `${at}.${k}` : k));
  return [];
}

describe('seed data files', () => {
  it('finds the five seed documents to check quotes against, in content/sources/', () => {
    for (const file of Object.values(seedFiles)) expect(seedPath(file)).toContain(`${path.sep}content${path.sep}sources${path.sep}`);
  });

  it('have one unit per seed, at the path of its id', () => {
    expect(units.map((u) => u.id).sort()).toEqual([
      'dong-thap/hoa-thuan-cao-lanh',
      'quang-ngai/pho-minh-duc-pho',
      'quang-ngai/pho-van-duc-pho',
      'quang-ngai/son-long-son-tay',
      'thai-nguyen/tan-hoa-phu-binh',
    ]);
  });

  it('store every text in Unicode NFC', () => {
    const folders = ['units', 'exemplars', 'awards', 'indicator-values', 'movements'];
    const all = [
      ...folders.flatMap((folder) => yamlFiles(folder).map(({ rel, data }) => ({ where: `${folder}/${rel}`, data }))),
      { where: 'indicators.yaml', data: registryRaw },
    ];
    const notNfc = all.flatMap(({ where, data }) =>
      strings(data)
        .filter(([, s]) => s !== s.normalize('NFC'))
        .map(([at]) => `${where} ${at}`),
    );
    expect(notNfc).toEqual([]);
  });

  it('quote only the five seed documents', () => {
    const unknown = quoteUses.filter((q) => !seedText.has(q.document)).map((q) => `${q.where}: ${q.document}`);
    expect(unknown).toEqual([]);
  });

  it('copy every quote word for word from its seed', () => {
    const missing = quoteUses
      .filter((q) => !seedText.get(q.document)?.includes(comparable(q.quote)))
      .map((q) => `${q.where}: “${q.quote}”`);
    expect(missing).toEqual([]);
  });

  it('state every number in the quote that gives it', () => {
    const unstated: string[] = [];
    for (const u of units) {
      for (const f of u.facts) {
        if (f.value !== undefined && !states(f.source.quote, f.value)) unstated.push(`units/${u.id} ${f.key} = ${f.value}`);
      }
    }
    for (const a of awards) {
      a.tallies.forEach((t, i) => {
        if (!states(t.quote, t.count, { single: true })) unstated.push(`awards/${a.id} tally ${i} = ${t.count}`);
      });
    }
    for (const f of indicatorValues) {
      for (const v of f.values) {
        const unit = indicatorById.get(v.indicator)?.unit;
        if (!states(v.quote, v.value, { unit })) unstated.push(`indicator-values/${f.id} ${v.indicator} = ${v.value}`);
        if (v.target !== undefined && !states(v.quote, v.target, { unit })) {
          unstated.push(`indicator-values/${f.id} ${v.indicator} target ${v.target}`);
        }
      }
    }
    for (const m of movements) {
      for (const bound of [m.period?.from, m.period?.to]) {
        if (bound !== undefined && !m.sources.some((s) => numbersIn(s.quote).includes(bound))) {
          unstated.push(`movements/${m.id} period ${bound}`);
        }
      }
    }
    expect(unstated).toEqual([]);
  });

  it('hold at least 40 indicator values', () => {
    expect(indicatorValues.flatMap((f) => f.values).length).toBeGreaterThanOrEqual(40);
  });

  it('file awards and indicator values at <unit>/<year> of the unit and year they state, from that unit’s document', () => {
    const wrong = [...awards, ...indicatorValues]
      .filter((f) => f.id !== `${f.unit}/${f.year}` || !f.document.startsWith(`${f.unit}/`))
      .map((f) => f.id);
    expect(wrong).toEqual([]);
  });

  it('give every indicator a unique key, and resolve every partOf and every value’s indicator', () => {
    const ids = indicators.map((i) => i.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(indicators.filter((i) => i.partOf && !indicatorById.has(i.partOf)).map((i) => i.id)).toEqual([]);
    const unknown = indicatorValues.flatMap((f) => f.values.filter((v) => !indicatorById.has(v.indicator)).map((v) => `${f.id}: ${v.indicator}`));
    expect(unknown).toEqual([]);
  });

  it('keep percentages that cannot exceed 100 at or below 100', () => {
    const over = indicatorValues.flatMap((f) =>
      f.values.filter((v) => indicatorById.get(v.indicator)?.maxHundred && v.value > 100).map((v) => `${f.id}: ${v.indicator}`),
    );
    expect(over).toEqual([]);
  });

  it('mark as estimates only values the document calls “ước”, and as targets only values of a plan', () => {
    const values = indicatorValues.flatMap((f) => f.values.map((v) => ({ ...v, where: `${f.id}: ${v.indicator}`, document: f.document })));
    expect(values.filter((v) => v.kind === 'estimate' && !/ước/i.test(v.quote)).map((v) => v.where)).toEqual([]);
    expect(values.filter((v) => v.kind === 'target' && !v.document.includes('ke-hoach')).map((v) => v.where)).toEqual([]);
  });

  it('resolve the unit, movements and document of every exemplar, with ids unique across folders', () => {
    const unitIds = new Set(units.map((u) => u.id));
    const movementIds = new Set(movements.map((m) => m.id));
    const broken = exemplars.flatMap((e) => [
      ...(unitIds.has(e.unit) ? [] : [`${e.rel}: unit ${e.unit}`]),
      ...e.movements.filter((m) => !movementIds.has(m)).map((m) => `${e.rel}: movement ${m}`),
      ...(e.source.document.startsWith(`${e.unit}/`) ? [] : [`${e.rel}: document ${e.source.document}`]),
    ]);
    expect(broken).toEqual([]);
    const ids = exemplars.map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('resolve the unit of every award and indicator file, and cite each unit’s facts from its own document', () => {
    const unitIds = new Set(units.map((u) => u.id));
    expect([...awards, ...indicatorValues].filter((f) => !unitIds.has(f.unit)).map((f) => f.id)).toEqual([]);
    const foreign = units.flatMap((u) =>
      [...u.facts.map((f) => f.source.document), ...u.formerNames.flatMap((n) => (n.source ? [n.source.document] : []))]
        .filter((d) => !d.startsWith(`${u.id}/`))
        .map((d) => `${u.id}: ${d}`),
    );
    expect(foreign).toEqual([]);
  });

  it('record Phổ Minh’s former name and its 108 individuals and 62 collectives as proposed, not awarded', () => {
    const phoMinh = units.find((u) => u.id === 'quang-ngai/pho-minh-duc-pho');
    expect(phoMinh?.formerNames).toMatchObject([{ name: 'Phổ Minh', kind: 'xã' }]);
    const tallies = awards.filter((a) => a.unit === 'quang-ngai/pho-minh-duc-pho').flatMap((a) => a.tallies);
    expect(tallies).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ recipient: 'cá nhân', count: 108, status: 'proposed' }),
        expect.objectContaining({ recipient: 'tập thể', count: 62, status: 'proposed' }),
      ]),
    );
  });

  it('record no exemplar for Phổ Minh, whose report says it has none', () => {
    expect(exemplars.filter((e) => e.unit === 'quang-ngai/pho-minh-duc-pho').map((e) => e.id)).toEqual([]);
  });

  it('invent no successor for any unit, since no seed states one', () => {
    expect(units.filter((u) => u.successor).map((u) => u.id)).toEqual([]);
  });
});
