/**
 * A document's proposals as the data files of the collections: exemplars one file each, award tallies and
 * indicator values one file per year. Every file is validated with its collection's schema and marked
 * `review: pending` until a person has checked it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { exemplarSchema } from '../../src/schemas/exemplar.ts';
import { awardTallySchema } from '../../src/schemas/award-tally.ts';
import { indicatorSchema, indicatorValuesSchema, type Indicator } from '../../src/schemas/indicator.ts';
import { slugify } from '../../src/utils/vietnamese.ts';
import { defaultYear, type SourceDocument } from './document.ts';
import { extractExemplars, type ExemplarProposal } from './exemplars.ts';
import { extractTallies } from './awards.ts';
import { extractIndicatorValues, Registry } from './indicators.ts';
import { looseName } from './text.ts';
import { groupBy } from '../../src/utils/group-by.ts';

export type Collection = 'exemplars' | 'awards' | 'indicatorValues';

export interface ProposedFile {
  collection: Collection;
  /** Path under the content folder, e.g. "awards/quang-ngai/son-long-son-tay/2024.yaml". */
  path: string;
  /** The entry, with `review: "pending"`. */
  data: Record<string, unknown>;
}

export interface Knowledge {
  registry: Registry;
  /** Movements by id and name. */
  movements: Array<{ id: string; name: string }>;
}

/** The registry and the movements of a content folder. */
export function readKnowledge(contentDir: string): Knowledge {
  const raw = parse(fs.readFileSync(path.join(contentDir, 'indicators.yaml'), 'utf8')) as unknown[];
  const indicators = raw.flatMap((entry) => {
    const result = indicatorSchema.safeParse(entry);
    return result.success ? [result.data as Indicator] : [];
  });
  const folder = path.join(contentDir, 'movements');
  const movements = fs.existsSync(folder)
    ? fs.readdirSync(folder).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => ({ id: f.replace(/\.ya?ml$/, ''), name: String((parse(fs.readFileSync(path.join(folder, f), 'utf8')) as { name?: string })?.name ?? '') }))
    : [];
  return { registry: new Registry(indicators), movements };
}

/** The movement a document files an exemplar under: the nearest title above it (a list item or heading) naming one. */
function movementOf(doc: SourceDocument, exemplar: ExemplarProposal, movements: Knowledge['movements']): string[] {
  for (let i = exemplar.block - 1; i >= Math.max(0, exemplar.block - 40); i--) {
    const block = doc.blocks[i];
    if ((block.kind !== 'item' && block.kind !== 'heading') || block.text.length > 160) continue;
    const text = looseName(block.text);
    const named = movements.filter((m) => m.name && text.includes(looseName(m.name))).sort((a, b) => b.name.length - a.name.length);
    if (named.length) return [named[0].id];
  }
  return [];
}

const pending = { review: 'pending' } as const;

/** Parses with the schema; the problem, in words, when it does not pass. */
function validated(schema: { safeParse: (d: unknown) => { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } } }, data: Record<string, unknown>, where: string, problems: string[]): boolean {
  const result = schema.safeParse(data);
  if (!result.success) problems.push(`${where}: ${result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return result.success;
}

/** Every proposal for one document, as files. */
export function propose(doc: SourceDocument, knowledge: Knowledge): { files: ProposedFile[]; problems: string[] } {
  const year = defaultYear(doc);
  const files: ProposedFile[] = [];
  const problems: string[] = [];
  const [province, unitSlug] = doc.unit.split('/');
  for (const e of extractExemplars(doc, year)) {
    const data = { ...pending, name: e.name, kind: e.kind, unit: doc.unit, years: e.years, movements: movementOf(doc, e, knowledge.movements), recognitions: e.recognitions, source: { document: doc.id, quote: e.quote } };
    const file = `exemplars/${province}/${slugify(e.name)}-${unitSlug}.yaml`;
    if (validated(exemplarSchema, data, file, problems)) files.push({ collection: 'exemplars', path: file, data });
  }
  for (const [y, tallies] of groupBy(extractTallies(doc, year), (t) => t.year)) {
    const data = { ...pending, unit: doc.unit, year: y, document: doc.id, tallies: tallies.map(({ year: _year, named: _named, ...t }) => t) };
    const file = `awards/${doc.unit}/${y}.yaml`;
    if (validated(awardTallySchema, data, file, problems)) files.push({ collection: 'awards', path: file, data });
  }
  for (const [y, values] of groupBy(extractIndicatorValues(knowledge.registry, doc, year), (v) => v.year)) {
    const data = { ...pending, unit: doc.unit, year: y, document: doc.id, values: values.map(({ year: _year, ...v }) => v) };
    const file = `indicator-values/${doc.unit}/${y}.yaml`;
    if (validated(indicatorValuesSchema, data, file, problems)) files.push({ collection: 'indicatorValues', path: file, data });
  }
  return { files: files.sort((a, b) => a.path.localeCompare(b.path)), problems };
}
