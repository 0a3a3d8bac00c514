/**
 * Indicator values: every number of a sentence that has a unit of measure and matches an indicator of the
 * registry by its words (indicator-rules.ts) and its unit, with the year and kind the sentence gives it.
 */
import type { Indicator } from '../../src/schemas/indicator.ts';
import type { SourceDocument } from './document.ts';
import { splitSentences } from './document.ts';
import { findAmounts, type Amount } from './numbers.ts';
import { unitFactor } from './units.ts';
import { fold } from './text.ts';
import { indicatorRules, type IndicatorRule } from './indicator-rules.ts';
import { isEstimate, isTarget, yearBefore } from './context.ts';
import { quoteFor } from './quote.ts';

export interface ValueProposal {
  indicator: string;
  value: number;
  kind: 'actual' | 'estimate' | 'target';
  year: number;
  target?: number;
  note?: string;
  quote: string;
}

/** The registry as the matcher needs it: units, and each indicator's plan-rate and growth-rate partners. */
export class Registry {
  readonly byId: Map<string, Indicator>;
  readonly planRate = new Map<string, string>();
  readonly growthRate = new Map<string, string>();

  constructor(indicators: Indicator[]) {
    this.byId = new Map(indicators.map((i) => [i.id, i]));
    for (const i of indicators) {
      if (!i.partOf) continue;
      if (i.id.endsWith('-plan-rate')) this.planRate.set(i.partOf, i.id);
      if (i.id.endsWith('-growth-rate')) this.growthRate.set(i.partOf, i.id);
    }
  }
}

interface Found {
  indicator: string;
  /** The indicator a plan or growth rate belongs to; the indicator itself for a level. */
  base: string;
  amount: Amount;
  kind: ValueProposal['kind'];
}

interface Candidate {
  rule: IndicatorRule;
  end: number;
  length: number;
  exact: boolean;
}

/** The last match of a pattern in a text: where it ends and how long it is. */
function lastMatch(re: RegExp, text: string): { end: number; length: number } | undefined {
  let found: { end: number; length: number } | undefined;
  for (const m of text.matchAll(new RegExp(re.source, 'g'))) found = { end: m.index + m[0].length, length: m[0].length };
  return found;
}

/** The indicator a number measures, by the words before or after it and its unit; undefined when none fits. */
function matchIndicator(registry: Registry, amount: Amount, words: { window: string; tail: string; sentence: string; block: string }, anyUnit = false): string | undefined {
  const candidates: Candidate[] = [];
  for (const rule of indicatorRules) {
    const unit = registry.byId.get(rule.id)?.unit;
    if (!unit || (!anyUnit && (!amount.unit || unitFactor(amount.unit, unit) === undefined))) continue;
    if ((rule.context && !rule.context.test(words.sentence)) || (rule.block && !rule.block.test(words.block))) continue;
    const exact = amount.unit === unit;
    // Words right after the number name it most surely ("58 hộ nghèo"): they win over anything before.
    if (rule.after?.test(words.tail)) candidates.push({ rule, end: Infinity, length: 0, exact });
    const hit = rule.before ? lastMatch(rule.before, words.window) : undefined;
    if (hit) candidates.push({ rule, ...hit, exact });
  }
  candidates.sort((a, b) => b.end - a.end || Number(b.exact) - Number(a.exact) || b.length - a.length);
  return candidates[0]?.rule.id;
}

const planWords = /^%\s*(?:so voi\s+)?(?:ke hoach|du toan|chi tieu|nghi quyet|kh\b)/;

/** How a percentage relates to the figure before it: its share of the plan, its growth, or a level of its own. */
function relation(amount: Amount, window: string, tail: string, sincePrevious: string | undefined): 'plan' | 'growth' | 'level' {
  if (amount.unit !== '%') return 'level';
  if (planWords.test(tail)) return 'plan';
  if (/\btang\s*$/.test(window) && /^%\s*so voi/.test(tail)) return 'growth';
  // "ước đạt 571,5 tỷ đồng, ước đạt 100,09%": right after a figure, a bare percentage is its share of the plan.
  if (sincePrevious !== undefined && /^[^;]{0,14}\b(?:dat|bang)\s*$/.test(sincePrevious)) return 'plan';
  return 'level';
}

/** Every indicator value of one sentence. */
function sentenceValues(registry: Registry, doc: SourceDocument, at: { sentence: string; block: string; heading: string; year: number }): ValueProposal[] {
  const { sentence, block, heading } = at;
  const folded = fold(sentence);
  const words = { sentence: folded, block: fold(block) };
  const found: Found[] = [];
  const out: ValueProposal[] = [];
  let parenOwner: string | undefined;
  for (const amount of findAmounts(sentence)) {
    const window = folded.slice(0, amount.start);
    const tail = folded.slice(amount.numberEnd).trimStart().slice(0, 80);
    const previous = found.at(-1);
    const sincePrevious = previous ? folded.slice(previous.amount.end, amount.start) : undefined;
    // A change ("tăng 03 triệu đồng/ha", "vượt chỉ tiêu 01 tân binh") is not a level, unless counted per year.
    if (amount.unit !== '%' && !amount.unit?.endsWith('/năm') && /\b(?:tang|giam|vuot)\b(?: them| chi tieu[^,;]{0,30})?\s*$/.test(window)) continue;
    const rel = relation(amount, window, tail, sincePrevious);
    let indicator: string | undefined;
    let base: string | undefined;
    if (rel === 'level') {
      indicator = base = matchIndicator(registry, amount, { ...words, window, tail });
    } else {
      const partners = rel === 'plan' ? registry.planRate : registry.growthRate;
      base = previous ? previous.base : matchIndicator(registry, amount, { ...words, window, tail }, true);
      indicator = base ? partners.get(base) : undefined;
    }
    if (!indicator || !base) continue;
    // "Có 04 mô hình (Kinh tế: 1; VH-XH: 02 mô hình…)": figures in brackets that break down the one before.
    const open = sentence.lastIndexOf('(', amount.start) > sentence.lastIndexOf(')', amount.start);
    if (open && parenOwner === indicator) continue;
    if (!open) parenOwner = indicator;
    const estimate = isEstimate(sincePrevious ?? window) || (rel !== 'level' && previous?.kind === 'estimate');
    const kind = isTarget(doc.type, window, heading) ? 'target' : estimate ? 'estimate' : 'actual';
    found.push({ indicator, base, amount, kind });
    out.push(toProposal(registry, indicator, amount, kind, yearBefore(window, at.year), sentence, tail));
  }
  return out;
}

function toProposal(registry: Registry, indicator: string, amount: Amount, kind: ValueProposal['kind'], year: number, sentence: string, tail: string): ValueProposal {
  const factor = unitFactor(amount.unit ?? '', registry.byId.get(indicator)?.unit ?? '') ?? 1;
  const value = Math.round(amount.value * factor * 1e6) / 1e6;
  const notes: string[] = [];
  if (amount.ambiguous) notes.push(`văn bản ghi “${sentence.slice(amount.start, amount.numberEnd)}”, đọc là ${amount.value}: cần kiểm tra (ambiguous number)`);
  if (amount.of !== undefined) notes.push(`trên ${amount.of}`);
  const target = amount.of !== undefined && /chi tieu/.test(tail) ? amount.of * factor : undefined;
  return { indicator, value, kind, year, ...(target !== undefined ? { target } : {}), ...(notes.length ? { note: notes.join('; ') } : {}), quote: quoteFor(sentence, amount.start) };
}

/** Every indicator value a document states, once each (the same figure repeated is proposed once). */
export function extractIndicatorValues(registry: Registry, doc: SourceDocument, year: number): ValueProposal[] {
  const seen = new Set<string>();
  const out: ValueProposal[] = [];
  let heading = '';
  for (const block of doc.blocks) {
    if (block.kind === 'heading') heading = block.text;
    if (/^căn cứ\b/i.test(block.text)) continue;
    for (const s of splitSentences(block.text)) {
      for (const v of sentenceValues(registry, doc, { sentence: s.text, block: block.text, heading, year })) {
        const key = `${v.indicator}|${v.year}|${v.value}|${v.kind}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(v);
      }
    }
  }
  return out;
}
