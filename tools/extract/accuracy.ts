/**
 * Accuracy against the hand-curated facts of content/: for every document that reviewed files cite, the
 * extractor's proposals are matched with those facts, kind by kind, and precision and recall are counted.
 * Matching: an exemplar by unit and name (compared without marks, case or punctuation); a tally by year, level,
 * recipient, status and count; an indicator value by indicator, year, value and kind. Each proposal's quote
 * must also be found word for word in its document.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { readDocument } from './document.ts';
import { propose, readKnowledge, type ProposedFile } from './propose.ts';
import { comparableBody, looseName } from './text.ts';
import { isPending } from './write.ts';

export interface KindScore {
  proposed: number;
  reference: number;
  matched: number;
  precision: number;
  recall: number;
  /** Keys proposed that the reference does not hold, and reference keys not proposed. */
  extra: string[];
  missed: string[];
}

export interface AccuracyReport {
  documents: string[];
  exemplars: KindScore;
  awards: KindScore;
  indicatorValues: KindScore;
  /** Proposals whose quote is not in the document's text. */
  badQuotes: string[];
}

type Kind = 'exemplars' | 'awards' | 'indicatorValues';
type Keys = Record<Kind, string[]>;

const folders: Record<Kind, string> = { exemplars: 'exemplars', awards: 'awards', indicatorValues: 'indicator-values' };

/** The match keys of one file's entries. */
function keysOf(kind: Kind, data: Record<string, unknown>): string[] {
  if (kind === 'exemplars') return [`${String(data.unit)} | ${looseName(String(data.name))}`];
  if (kind === 'awards') {
    return (data.tallies as Array<Record<string, unknown>>).map((t) => [data.year, t.level ?? '-', t.recipient ?? '-', t.status ?? 'awarded', t.count].join(' | '));
  }
  return (data.values as Array<Record<string, unknown>>).map((v) => [v.indicator, data.year, v.value, v.kind].join(' | '));
}

const documentOf = (data: Record<string, unknown>) => String((data.source as { document?: string } | undefined)?.document ?? data.document);

/** The reviewed facts of content/, by document. */
function referenceKeys(contentDir: string): Map<string, Keys> {
  const byDocument = new Map<string, Keys>();
  for (const kind of Object.keys(folders) as Kind[]) {
    const dir = path.join(contentDir, folders[kind]);
    for (const e of fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true, recursive: true }) : []) {
      if (!e.isFile() || !/\.ya?ml$/.test(e.name)) continue;
      const text = fs.readFileSync(path.join(e.parentPath, e.name), 'utf8');
      if (isPending(text)) continue;
      const data = parse(text) as Record<string, unknown>;
      const keys = byDocument.get(documentOf(data)) ?? { exemplars: [], awards: [], indicatorValues: [] };
      keys[kind].push(...keysOf(kind, data));
      byDocument.set(documentOf(data), keys);
    }
  }
  return byDocument;
}

/** Matches two lists of keys as multisets. */
function score(proposed: string[], reference: string[]): KindScore {
  const left = [...reference];
  const extra: string[] = [];
  for (const key of proposed) {
    const at = left.indexOf(key);
    if (at >= 0) left.splice(at, 1);
    else extra.push(key);
  }
  const matched = proposed.length - extra.length;
  return { proposed: proposed.length, reference: reference.length, matched, precision: proposed.length ? matched / proposed.length : 1, recall: reference.length ? matched / reference.length : 1, extra, missed: left };
}

const quotesOf = (f: ProposedFile): string[] =>
  f.collection === 'exemplars'
    ? [String((f.data.source as { quote: string }).quote)]
    : ((f.collection === 'awards' ? f.data.tallies : f.data.values) as Array<{ quote: string }>).map((x) => x.quote);

/** Runs the extractor over every document the reviewed facts cite and scores it. */
export function measureAccuracy(contentDir: string): AccuracyReport {
  const knowledge = readKnowledge(contentDir);
  const reference = referenceKeys(contentDir);
  const documents = [...reference.keys()].filter((id) => fs.existsSync(path.join(contentDir, 'documents', `${id}.md`))).sort();
  const proposed: Keys = { exemplars: [], awards: [], indicatorValues: [] };
  const expected: Keys = { exemplars: [], awards: [], indicatorValues: [] };
  const badQuotes: string[] = [];
  for (const id of documents) {
    const doc = readDocument(path.join(contentDir, 'documents', `${id}.md`), id);
    const body = comparableBody(doc.body);
    for (const file of propose(doc, knowledge).files) {
      proposed[file.collection].push(...keysOf(file.collection, file.data));
      for (const q of quotesOf(file)) if (!body.includes(q)) badQuotes.push(`${id}: “${q}”`);
    }
    for (const kind of Object.keys(folders) as Kind[]) expected[kind].push(...(reference.get(id)?.[kind] ?? []));
  }
  return {
    documents,
    exemplars: score(proposed.exemplars, expected.exemplars),
    awards: score(proposed.awards, expected.awards),
    indicatorValues: score(proposed.indicatorValues, expected.indicatorValues),
    badQuotes,
  };
}
