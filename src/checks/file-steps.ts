import fs from 'node:fs';
import path from 'node:path';
import { storySchema } from '../schemas/story.ts';
import { isPublic as isPublicEntry } from '../content-model/is-public.ts';
import type { Problem } from './problem.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { schemaProblems } from './schema-issues.ts';
import { findPersonalData, privacyProblems, type PrivacyHit } from './privacy.ts';
import { markupProblems } from './markup.ts';
import { entryReferences } from './entry-references.ts';
import { entryId, type CollectionRule } from './collections.ts';
import { idProblems } from './ids.ts';
import { storyImage } from './cover-image.ts';
import { documentFolderProblem, tallyKey } from './entry-problems.ts';
import type { Reference } from './references.ts';

export interface IndicatorValue {
  indicator: string;
  value: number;
  kind: string;
  note?: string;
  target?: number;
}

/**
 * What checking one file found, in the order it was found: problems of the file alone, and what can only be judged
 * with the other files (its id, its references, duplicates, indicator values against the registry, personal data of
 * a source against what its document allows). Plain data, so that a file whose bytes have not changed is not read,
 * parsed and checked again: its steps are kept (check-cache.ts) and replayed (run.ts).
 */
export type Step =
  | { problem: Problem }
  | { entry: { collection: CollectionRule['name']; id: string; isPublic: boolean } }
  | { source: string }
  | { refer: Omit<Reference, 'file'> }
  | { review: true }
  | { allow: { source: string; values: string[] } }
  | { redirect: { from: string; line?: number; field: string } }
  | { tally: { key: string; year: unknown } }
  | { exemplar: { key: string; name: unknown } }
  | { value: { entry: { unit: string; year: number }; v: IndicatorValue; index: number } }
  | { sourceHits: PrivacyHit[] };

/** A file's steps, and the files whose existence they depend on (a story's cover, a body's images), as found. */
export interface FileSteps {
  steps: Step[];
  exists: Record<string, boolean>;
}

/** Records which files a check asked for, relative to the content folder. */
export function existsRecorder(root: string, record: FileSteps): (relative: string) => boolean {
  return (relative) => (record.exists[relative] ??= fs.existsSync(path.join(root, relative)));
}

export function problemSteps(file: string, problems: Iterable<Omit<Problem, 'file'>>): Step[] {
  return [...problems].map((p) => ({ problem: { ...p, file } }));
}

/** The YAML of an entry (a data file, or a Markdown file's frontmatter), or undefined when it cannot be read. */
function parseEntry(rule: CollectionRule, file: string, text: string, record: FileSteps): YamlSource | undefined {
  let yaml: YamlSource;
  if (rule.format === 'markdown') {
    const split = splitFrontmatter(text);
    if ('problem' in split) {
      record.steps.push(...problemSteps(file, [split.problem]));
      return undefined;
    }
    yaml = parseYaml(split.yaml, split.yamlLine);
  } else {
    yaml = parseYaml(text);
  }
  record.steps.push(...problemSteps(file, yaml.errors));
  return yaml.errors.length ? undefined : yaml;
}

/** Every check of one entry: id, duplicates, schema, references, personal data, markup, then its collection's own. */
export function entrySteps(root: string, rule: CollectionRule, file: string, text: string, today: string, record: FileSteps): void {
  const { steps } = record;
  const relative = file.slice(rule.folder.length + 1);
  const id = entryId(rule, relative);
  steps.push(...problemSteps(file, idProblems(rule, relative)));
  const yaml = parseEntry(rule, file, text, record);
  if (!yaml) return;
  const raw = (yaml.data ?? {}) as Record<string, unknown>;
  const isPublic = isPublicEntry(raw, today);
  if (raw.review === 'pending') steps.push({ review: true });
  if (rule.name !== 'indicatorValues' && rule.name !== 'awards') steps.push({ entry: { collection: rule.name, id, isPublic } });

  const exists = existsRecorder(root, record);
  const folder = path.posix.dirname(file);
  const schema = rule.schema ?? storySchema(() => storyImage(folder, exists));
  const checked = schemaProblems(schema, raw, yaml.lineOf);
  steps.push(...checked.problems.map((problem) => ({ problem: { ...problem, file } })));
  entryReferences(rule.name, raw, (ref) => steps.push({ refer: { ...ref, fromPublic: isPublic } }));

  const allowed = privacyAllowed(raw);
  steps.push(...problemSteps(file, privacyProblems(findPersonalData(text), allowed)));
  if (rule.format === 'markdown') {
    steps.push(...problemSteps(file, markupProblems(text, { mdx: file.endsWith('.mdx'), imageExists: (p) => exists(path.posix.join(folder, p)) })));
  }
  const value = checked.value as Record<string, unknown> | undefined;
  if (value) collectionSteps(rule, { file, id, yaml, value, allowed }, steps);
}

/** An entry that passed its schema, with what its collection's own checks need. */
interface CheckedEntry {
  file: string;
  id: string;
  yaml: YamlSource;
  value: Record<string, unknown>;
  /** The personal data its frontmatter allows (privacyAllow). */
  allowed: Set<string>;
}

/** What only one collection needs: a document in its unit's folder, redirects, one data file per document. */
function collectionSteps(rule: CollectionRule, { file, id, yaml, value, allowed }: CheckedEntry, steps: Step[]): void {
  if (rule.name === 'documents') {
    const folderProblem = documentFolderProblem(file, id, yaml, value);
    if (folderProblem) steps.push({ problem: folderProblem });
    // The personal data a document allows is allowed in its source file too.
    if (typeof value.sourceFile === 'string') {
      const source = value.sourceFile.includes('/') ? value.sourceFile : `${String(value.unit)}/${value.sourceFile}`;
      steps.push({ allow: { source, values: [...allowed] } });
    }
  }
  if (rule.name === 'units') {
    (value.redirectFrom as string[]).forEach((from, i) => steps.push({ redirect: { from, line: yaml.lineOf(['redirectFrom', i]), field: `redirectFrom[${i}]` } }));
  }
  if (rule.name === 'awards' || rule.name === 'indicatorValues') steps.push({ tally: { key: tallyKey(rule.name, value), year: value.year } });
  if (rule.name === 'indicatorValues') {
    const entry = value as { unit: string; year: number };
    (value.values as IndicatorValue[]).forEach((v, index) => steps.push({ value: { entry: { unit: entry.unit, year: entry.year }, v, index } }));
  }
  if (rule.name === 'exemplars') {
    steps.push({ exemplar: { key: `${String(value.unit)}|${String(value.name).toLocaleLowerCase('vi')}`, name: value.name } });
  }
}

/** The values an entry's `privacyAllow` lets through. */
function privacyAllowed(raw: Record<string, unknown>): Set<string> {
  const allowed = new Set<string>();
  for (const item of Array.isArray(raw.privacyAllow) ? raw.privacyAllow : []) {
    if (item && typeof item === 'object' && typeof item.value === 'string') allowed.add(item.value.trim());
  }
  return allowed;
}
