import { slugify } from '../../src/utils/vietnamese.ts';
import { renderMarkdown, renderPlainText, withFrontmatter, yaml, type Body } from './blocks.ts';
import { writeDecision } from './decision.ts';
import { indicatorFacts, type IndicatorDef } from './indicators.ts';
import { movements } from './movements.ts';
import { writePlan } from './plan.ts';
import { createRng, type Rng } from './prng.ts';
import { awardTallies, exemplarFacts, type ExemplarFact } from './records.ts';
import { writeReport, type ReportFacts } from './report.ts';
import { writeStory } from './story.ts';
import { formatVi, type TextContext } from './text.ts';
import { planUnits, type UnitPlan } from './units.ts';

/** What to generate. */
export interface CorpusOptions {
  units: number;
  years: number;
  seed: string;
  /** Last year reported on (reports cover endYear - years + 1 … endYear). */
  endYear?: number;
  /** Document files as the site writes them, plain .md (default), or .mdx to compare build costs. */
  format?: 'mdx' | 'md';
  /** Which reports also get their original as plain text under sources/: every tenth unit's (default), all, none. */
  sources?: 'some' | 'all' | 'none';
  /** Indicator registry: definitions and the YAML text copied to indicators.yaml. */
  registry: { defs: IndicatorDef[]; yamlText: string };
}

/** One output file, path relative to the content folder. */
export interface CorpusFile {
  path: string;
  content: string;
  /** What it is, for statistics. */
  kind: 'unit' | 'report' | 'plan' | 'decision' | 'exemplar' | 'awards' | 'indicator-values' | 'story' | 'movement' | 'registry' | 'source';
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const firstWords = (title: string, n: number) => slugify(title.split(/\s+/).slice(0, n).join(' '));

/**
 * Every file of a complete content folder, in a fixed order. Files are yielded one at a time, so a national corpus
 * never sits in memory; each unit draws from its own seeded stream.
 */
export function* generateCorpus(options: CorpusOptions): Generator<CorpusFile> {
  yield { path: 'indicators.yaml', content: options.registry.yamlText, kind: 'registry' };
  yield* movementFiles();
  const units = planUnits(options.units, options.seed);
  const endYear = options.endYear ?? 2024;
  const stories = { count: 0 };
  for (const unit of units) {
    const exemplars = new Map<string, KnownExemplar>();
    const unitFacts: unknown[] = [];
    for (let year = endYear - options.years + 1; year <= endYear; year++) {
      const last = unit.index === units.length - 1 && year === endYear;
      yield* unitYearFiles(options, { unit, year, endYear, exemplars, unitFacts, stories, last });
    }
    yield* exemplarFiles(unit, exemplars);
    yield { path: `units/${unit.id}.yaml`, kind: 'unit', content: yaml(unitData(unit, unitFacts)) };
  }
}

/** An exemplar as the years of a unit name it: first fact, every year, the document that first quotes it. */
interface KnownExemplar {
  fact: ExemplarFact;
  years: number[];
  document: string;
}

/** What one unit-year is generated from, and what it adds to for the unit and the corpus. */
interface UnitYear {
  unit: UnitPlan;
  year: number;
  endYear: number;
  exemplars: Map<string, KnownExemplar>;
  unitFacts: unknown[];
  stories: { count: number };
  /** The corpus's last unit-year: it writes a story if none was written, so that every corpus has one. */
  last: boolean;
}

function* movementFiles(): Generator<CorpusFile> {
  for (const m of movements) {
    yield {
      path: `movements/${m.slug}.yaml`, kind: 'movement',
      content: yaml({ name: m.name, launchedBy: { level: m.level, body: m.body }, period: { from: m.from }, description: `Phong trào thi đua “${m.name}” do ${m.body} phát động.` }),
    };
  }
}

/** One unit's year: its report with the records that quote it, and some years a plan, a decision, a story. */
function* unitYearFiles(options: CorpusOptions, at: UnitYear): Generator<CorpusFile> {
  const { unit, year, endYear } = at;
  const { registry } = options;
  const ext = options.format ?? 'md';
  const rng = createRng(`${options.seed}/unit/${unit.index}/year/${year}`);
  const ctx: TextContext = { ...unit.text, year };
  const writeSource = options.sources === 'all' || ((options.sources ?? 'some') === 'some' && unit.index % 10 === 0);

  const facts: ReportFacts = {
    indicators: indicatorFacts(registry.defs, ctx, rng.fork('indicators'), rng.int(10, 16)),
    tallies: awardTallies(unit, ctx, rng.fork('awards')),
    exemplars: exemplarFacts(unit, ctx, rng.fork('exemplars'), rng.int(3, 6)),
  };
  const profile = year === endYear - options.years + 1 ? profileFacts(unit, ctx, rng.fork('profile')) : undefined;
  facts.profile = profile?.quote;
  const report = writeReport(unit, ctx, rng.fork('report'), facts);
  const numbered = rng.chance(0.7);
  const number = String(rng.int(60, 320));
  const reportId = numbered ? `${year}-bao-cao-${number}` : `${year}-bao-cao-${firstWords(report.title, 6)}`;
  const reportDate = rng.chance(0.15) ? `${year}-12` : `${year}-${rng.chance(0.7) ? 12 : 11}-${pad2(rng.int(1, 28))}`;
  const documentId = `${unit.id}/${reportId}`;
  yield* documentFiles(unit, reportId, ext, writeSource, report, {
    type: 'báo cáo', number: numbered ? number : undefined, symbol: 'BC-UBND', issuedOn: reportDate, period: { from: year, to: year },
  }, 'report', rng);
  if (profile) at.unitFacts.push(...profile.facts.map((f) => ({ ...f, source: { document: documentId, quote: profile.quote } })));

  yield { path: `awards/${unit.id}/${year}.yaml`, kind: 'awards', content: yaml({ unit: unit.id, year, document: documentId, tallies: facts.tallies }) };
  yield { path: `indicator-values/${unit.id}/${year}.yaml`, kind: 'indicator-values', content: yaml({ unit: unit.id, year, document: documentId, values: facts.indicators }) };
  for (const fact of facts.exemplars) {
    const known = at.exemplars.get(fact.slug);
    if (known) known.years.push(year);
    else at.exemplars.set(fact.slug, { fact, years: [year], document: documentId });
  }
  yield* occasionalFiles(options, at, ctx, rng, facts);
}

/** A plan some years, a decision with its list of awardees some years, and a story about one unit-year in 25. */
function* occasionalFiles(options: CorpusOptions, at: UnitYear, ctx: TextContext, rng: Rng, facts: ReportFacts): Generator<CorpusFile> {
  const { unit, year } = at;
  const ext = options.format ?? 'md';
  if (rng.chance(0.35)) {
    const plan = writePlan(unit, ctx, rng.fork('plan'), options.registry.defs);
    const planNumbered = rng.chance(0.6);
    const planNumber = String(rng.int(3, 40));
    const planId = planNumbered ? `${year}-ke-hoach-${planNumber}` : `${year}-ke-hoach-${firstWords(plan.title, 6)}`;
    yield* documentFiles(unit, planId, ext, false, plan, {
      type: 'kế hoạch', number: planNumbered ? planNumber : undefined, symbol: 'KH-UBND', issuedOn: `${year}-01-${pad2(rng.int(5, 28))}`, period: { from: year, to: year },
    }, 'plan', rng);
  }
  if (rng.chance(0.3)) {
    const decision = writeDecision(unit, ctx, rng.fork('decision'));
    const decisionNumber = String(rng.int(100, 900));
    yield* documentFiles(unit, `${year}-quyet-dinh-${decisionNumber}`, ext, false, decision, {
      type: 'quyết định', number: decisionNumber, symbol: 'QĐ-UBND', issuedOn: `${year}-12-${pad2(rng.int(10, 30))}`,
    }, 'decision', rng);
  }
  if (rng.chance(0.04) || (at.last && at.stories.count === 0)) {
    const exemplar = facts.exemplars[0];
    const story = writeStory(unit, ctx, rng.fork('story'), exemplar);
    at.stories.count++;
    yield {
      path: `stories/${slugify(`${exemplar.name} ${unit.slug} ${year}`)}.${ext}`, kind: 'story',
      content: withFrontmatter({
        title: story.title, summary: story.summary, author: 'Ban biên tập',
        publishedOn: `${year + 1}-${pad2(rng.int(1, 6))}-${pad2(rng.int(1, 28))}`,
        exemplars: [exemplar.slug], units: [unit.id],
      }, story.markdown),
    };
  }
}

function* exemplarFiles(unit: UnitPlan, exemplars: Map<string, KnownExemplar>): Generator<CorpusFile> {
  for (const { fact, years, document } of exemplars.values()) {
    yield {
      path: `exemplars/${unit.provinceSlug}/${fact.slug}.yaml`, kind: 'exemplar',
      content: yaml({
        name: fact.name, kind: fact.kind, unit: unit.id, years, movements: [fact.movement], description: fact.description,
        recognitions: [fact.recognition], source: { document, quote: fact.quote },
      }),
    };
  }
}

/** Frontmatter fields that differ between document types. */
interface DocumentMeta {
  type: 'báo cáo' | 'kế hoạch' | 'quyết định';
  number?: string;
  symbol: string;
  issuedOn: string;
  period?: { from: number; to: number };
}

function* documentFiles(
  unit: UnitPlan, docId: string, ext: string, writeSource: boolean, doc: { title: string; body: Body }, meta: DocumentMeta,
  kind: 'report' | 'plan' | 'decision', rng: Rng,
): Generator<CorpusFile> {
  const sourceFile = writeSource ? `${unit.id}/${docId}.txt` : undefined;
  const signer = meta.type === 'quyết định' || rng.chance(0.7)
    ? { name: unit.chairman.name, title: 'CHỦ TỊCH', capacity: meta.type === 'quyết định' ? undefined : 'TM. ỦY BAN NHÂN DÂN' }
    : { name: unit.chairman.name, title: 'PHÓ CHỦ TỊCH', capacity: 'KT. CHỦ TỊCH' };
  const recipients = [`UBND ${unit.district.kind} ${unit.district.name}`, `Hội đồng Thi đua - Khen thưởng ${unit.district.kind}`, `TT Đảng ủy, HĐND ${unit.kind}`, `UBMTTQVN ${unit.kind}`, 'Lưu: VT'];
  const data = {
    unit: unit.id,
    issuer: [`UBND ${unit.district.kind} ${unit.district.name}`.toUpperCase(), `UBND ${unit.kind} ${unit.name}`.toUpperCase()],
    type: meta.type, ...(meta.number ? { number: meta.number } : {}), symbol: meta.symbol, place: unit.name,
    issuedOn: meta.issuedOn, title: doc.title, ...(meta.period ? { period: meta.period } : {}),
    signer: Object.fromEntries(Object.entries(signer).filter(([, v]) => v !== undefined)), recipients,
    ...(sourceFile ? { sourceFile } : {}),
  };
  yield { path: `documents/${unit.id}/${docId}.${ext}`, kind, content: withFrontmatter(data, renderMarkdown(doc.body)) };
  if (sourceFile) {
    const [y, m, d] = meta.issuedOn.split('-');
    const heading = { 'báo cáo': 'BÁO CÁO', 'kế hoạch': 'KẾ HOẠCH', 'quyết định': 'QUYẾT ĐỊNH' }[meta.type];
    const text = [
      '', '', `Số: ${meta.number ?? ''}/${meta.symbol}`, '', `${unit.name}, ngày ${d ?? ''} tháng ${m ?? ''} năm ${y}`, '', heading, '', doc.title, '',
      renderPlainText(doc.body), 'Nơi nhận:', '', ...recipients.map((r) => `- ${r};`), '', `**${signer.capacity ? `${signer.capacity}\n` : ''}${signer.title}**`, '', signer.name, '',
    ].join('\n');
    yield { path: `sources/${sourceFile}`, kind: 'source', content: text };
  }
}

function profileFacts(unit: UnitPlan, ctx: TextContext, rng: Rng) {
  const area = Math.round((200 + rng.next() * 6000) * 10) / 10;
  const population = rng.int(2500, 28000);
  const households = Math.round(population / (3.2 + rng.next() * 1.2));
  const quote = `${ctx.kind === 'xã' ? 'Xã' : ctx.kind === 'phường' ? 'Phường' : 'Thị trấn'} ${unit.name} có diện tích tự nhiên ${formatVi(area, 1)} ha, dân số ${formatVi(population)} người với ${formatVi(households)} hộ, sinh sống tại ${unit.hamlets.length} ${unit.hamletWord}.`;
  return {
    quote,
    facts: [
      { key: 'area-natural', label: 'Diện tích tự nhiên', value: area, unit: 'ha', year: ctx.year },
      { key: 'population', label: 'Dân số', value: population, unit: 'người', year: ctx.year },
      { key: 'households', label: 'Số hộ', value: households, unit: 'hộ', year: ctx.year },
    ],
  };
}

function unitData(unit: UnitPlan, facts: unknown[]) {
  return {
    name: unit.name, kind: unit.kind, district: unit.district, province: unit.province, facts,
    ...(unit.formerName ? { formerNames: [unit.formerName] } : {}),
    ...(unit.successor ? { successor: unit.successor } : {}),
    ...(unit.redirectFrom.length ? { redirectFrom: unit.redirectFrom } : {}),
  };
}
