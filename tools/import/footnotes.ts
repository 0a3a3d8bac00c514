/**
 * Footnotes: marks written as superscript digits ("hành động¹"), "[1]" or "*[1]*", with their definitions
 * at the foot of a page ("¹ (1) Tỷ lệ…"), become GFM footnotes. A mark without a definition stays text:
 * "m²" is a unit, not a note.
 */
import type { Footnote } from './types.ts';
import type { RawParagraph } from './paragraphs.ts';
import { FOOTNOTE_DEF, fromSuperscript } from './patterns.ts';

const SUPERSCRIPT_REF = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu;
const BRACKET_REF = /\*?\[(\d{1,3})\]\*?/gu;
/** A unit of area or volume written right before the superscript: m², km², cm³. */
const UNIT_BEFORE = /(?:^|[^\p{L}])(?:k|c|d|m|h)?m$/u;

/** Private-use characters that stand for a footnote reference until the Markdown is written. */
export const REF_OPEN = '\uE000';
export const REF_CLOSE = '\uE001';

function superscriptRefs(text: string): { index: number; raw: string; label: string }[] {
  const refs: { index: number; raw: string; label: string }[] = [];
  for (const match of text.matchAll(SUPERSCRIPT_REF)) {
    const before = text.slice(0, match.index);
    if (before.trim() === '' || UNIT_BEFORE.test(before)) continue;
    refs.push({ index: match.index, raw: match[0], label: fromSuperscript(match[0]) });
  }
  return refs;
}

function bracketRefs(text: string): { index: number; raw: string; label: string }[] {
  const refs: { index: number; raw: string; label: string }[] = [];
  for (const match of text.matchAll(BRACKET_REF)) {
    if (text.slice(0, match.index).trim() === '') continue;
    refs.push({ index: match.index, raw: match[0], label: match[1] });
  }
  return refs;
}

/** Labels used as references anywhere in the text (not at a line's start, where a definition stands). */
export function referenceLabels(lines: string[]): Set<string> {
  const labels = new Set<string>();
  for (const line of lines) {
    for (const ref of [...superscriptRefs(line), ...bracketRefs(line)]) labels.add(ref.label);
  }
  return labels;
}

/** The label of a footnote definition starting this text, when some reference uses that label. */
export function definitionLabel(text: string, labels: Set<string>): string | undefined {
  const match = FOOTNOTE_DEF.exec(text);
  if (!match) return undefined;
  const label = match[1] ? fromSuperscript(match[1]) : (match[2] ?? match[3]);
  return labels.has(label) ? label : undefined;
}

/** Marks paragraphs that are footnote definitions, stripping their mark. */
export function markDefinitions(paragraph: RawParagraph, labels: Set<string>): RawParagraph {
  if (paragraph.table) return paragraph;
  const label = definitionLabel(paragraph.text, labels);
  // A note's paragraphs are kept on one line, parted by "\n" (import-document.ts); a note no mark uses is text.
  if (label === undefined) return paragraph.text.includes('\n') ? { text: paragraph.text.replace(/\n/gu, ' ') } : paragraph;
  return { text: paragraph.text.replace(FOOTNOTE_DEF, ''), footnote: label };
}

/**
 * Pairs references with definitions (the n-th reference labelled 1 with the n-th definition labelled 1, as
 * numbering may restart on each page) and gives each pair a unique id. References become placeholders
 * (REF_OPEN id REF_CLOSE) in the paragraphs; definitions are taken out and returned.
 */
export function extractFootnotes(paragraphs: RawParagraph[]): { paragraphs: RawParagraph[]; footnotes: Footnote[] } {
  const definitions = paragraphs.filter((p) => p.footnote !== undefined);
  const defined = new Map<string, number>();
  for (const def of definitions) defined.set(def.footnote!, (defined.get(def.footnote!) ?? 0) + 1);
  const used = new Map<string, number>();
  const idFor = (label: string, counter: Map<string, number>): string => {
    const n = (counter.get(label) ?? 0) + 1;
    counter.set(label, n);
    return n === 1 ? label : `${label}-${n}`;
  };

  const footnotes: Footnote[] = [];
  const defSeen = new Map<string, number>();
  for (const def of definitions) footnotes.push({ label: idFor(def.footnote!, defSeen), text: def.text });

  const body = paragraphs
    .filter((p) => p.footnote === undefined)
    .map((p) => {
      if (p.table) return p;
      const refs = [...superscriptRefs(p.text), ...bracketRefs(p.text)].sort((a, b) => a.index - b.index);
      let text = '';
      let last = 0;
      for (const ref of refs) {
        const available = defined.get(ref.label) ?? 0;
        if ((used.get(ref.label) ?? 0) >= available) continue;
        text += p.text.slice(last, ref.index) + REF_OPEN + idFor(ref.label, used) + REF_CLOSE;
        last = ref.index + ref.raw.length;
      }
      return { ...p, text: text + p.text.slice(last) };
    });
  return { paragraphs: body, footnotes };
}
