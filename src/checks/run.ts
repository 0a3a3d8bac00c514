import fs from 'node:fs';
import path from 'node:path';
import { buildDate } from '../settings.ts';
import { Problems, sortProblems, type Problem } from './problem.ts';
import { checkRegistry } from './registry.ts';
import { ignoredFile, redirectClash } from './file-messages.ts';
import { decodeContent } from './encoding.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';
import { findPersonalData, privacyProblems, type PrivacyHit } from './privacy.ts';
import { nfcProblems } from './nfc.ts';
import { ContentIndex, type Target } from './references.ts';
import { IndicatorChecks } from './indicators.ts';
import { assetExtensions, collectionRules, extensions } from './collections.ts';
import { walkFiles } from './walk.ts';
import { duplicateProblem } from './ids.ts';
import { lineFinder } from './field-lines.ts';
import { duplicateDataProblem, duplicateExemplarProblem, firstOrDuplicate } from './entry-problems.ts';
import { entrySteps, problemSteps, type FileSteps, type Step } from './file-steps.ts';
import { CheckCache, digestOf } from './check-cache.ts';

export interface CheckOptions {
  /** The content folder. */
  dir: string;
  /** The date embargoes are measured against (YYYY-MM-DD); BUILD_DATE or today by default. */
  buildDate?: string;
  /** Rewrite files whose text is not NFC. */
  fix?: boolean;
  /** Where to keep what each file's check found, so that an unchanged file is not checked again (check-cache.ts). */
  cacheDir?: string;
}

export interface CheckResult {
  problems: Problem[];
  errorCount: number;
  warningCount: number;
  /** Number of files read. */
  files: number;
  /** Files rewritten to NFC by `fix`. */
  fixed: string[];
  /** Files the extractor proposed that no person has reviewed yet (`review: pending`). */
  pendingReview: string[];
  /** Files whose earlier result was reused (unchanged since a run with the same cache). */
  reused: number;
}

const sourceText = /\.(?:txt|md|csv|tsv|html?)$/i;

/**
 * Checks a whole content folder in one pass and returns every problem: encoding, YAML syntax, schema,
 * ids and duplicates, references, indicator values, personal data, unsafe markup, images, NFC.
 */
export function runContentCheck(options: CheckOptions): CheckResult {
  const root = path.resolve(options.dir);
  const today = options.buildDate ?? buildDate();
  // --fix rewrites files as it reads them: it always reads them.
  const cache = options.cacheDir && !options.fix ? new CheckCache(options.cacheDir, root, today) : undefined;
  const check = new ContentCheck(root, today, options.fix ?? false, cache);
  check.readRegistry();
  for (const file of walkFiles(check.root)) check.checkFile(file);
  cache?.save();
  return check.finish();
}

const registryFile = 'indicators.yaml';

/** One run of the content check: what has been read so far, and the problems found. */
class ContentCheck {
  readonly problems = new Problems();
  private readonly index = new ContentIndex();
  private readonly indicators = new IndicatorChecks();
  private readonly fixed: string[] = [];
  private readonly redirects = new Map<string, RedirectAt>();
  /** Award and indicator files by unit, year and document, and exemplars by unit and name: the first file of each. */
  private readonly firstOf = { tallies: new Map<string, string>(), exemplars: new Map<string, string>() };
  private readonly pendingSources: Array<{ file: string; hits: PrivacyHit[] }> = [];
  /** Personal data a document's frontmatter allows in its source file, by source id. */
  private readonly sourceAllow = new Map<string, Set<string>>();
  private readonly unknownFolders = new Set<string>();
  private readonly pendingReview: string[] = [];
  private files = 0;

  readonly root: string;
  private readonly today: string;
  private readonly fix: boolean;
  private readonly cache?: CheckCache;
  private readonly findLine: (file: string, path: PropertyKey[]) => number | undefined;

  constructor(root: string, today: string, fix: boolean, cache?: CheckCache) {
    this.root = root;
    this.today = today;
    this.fix = fix;
    this.cache = cache;
    this.findLine = lineFinder(root);
  }

  /** Decodes a file's bytes as NFC text, or records why they cannot be read. */
  private readText(file: string, bytes: Buffer, steps: Step[]): string | undefined {
    const decoded = decodeContent(bytes);
    if ('problem' in decoded) {
      steps.push(...problemSteps(file, [decoded.problem]));
      return undefined;
    }
    const nfcIssues = nfcProblems(decoded.text);
    if (!nfcIssues.length) return decoded.text;
    const normalized = decoded.text.normalize('NFC');
    if (this.fix) {
      fs.writeFileSync(path.join(this.root, file), normalized);
      this.fixed.push(file);
    } else {
      steps.push(...problemSteps(file, nfcIssues));
    }
    return normalized;
  }

  /**
   * Reads a file and finds its steps (`analyse`), or takes them from the cache when its bytes have not changed, then
   * applies them to this run.
   */
  private readFile(file: string, analyse: (text: string | undefined, record: FileSteps) => void): void {
    this.files++;
    const full = path.join(this.root, file);
    const exists = (relative: string) => fs.existsSync(path.join(this.root, relative));
    const stat = this.cache && fs.statSync(full);
    let record = stat ? this.cache!.unchanged(file, stat, exists) : undefined;
    if (!record) {
      const bytes = fs.readFileSync(full);
      const digest = this.cache && digestOf(bytes);
      record = digest ? this.cache!.get(file, digest, stat!, exists) : undefined;
      if (!record) {
        record = { steps: [], exists: {} };
        analyse(this.readText(file, bytes, record.steps), record);
        if (digest) this.cache!.set(file, digest, stat!, record);
      }
    }
    this.apply(file, record.steps);
  }

  /** The registry first: values are checked against it as they are read. */
  readRegistry(): void {
    if (!fs.existsSync(path.join(this.root, registryFile))) return;
    this.files++;
    const steps: Step[] = [];
    const text = this.readText(registryFile, fs.readFileSync(path.join(this.root, registryFile)), steps);
    this.apply(registryFile, steps);
    if (text === undefined) return;
    const yaml = parseYaml(text);
    this.problems.addAll(registryFile, yaml.errors);
    if (!yaml.errors.length) this.indicators.setRegistry(checkRegistry(yaml, registryFile, this.problems, this.index));
    this.problems.addAll(registryFile, privacyProblems(findPersonalData(text), new Set()));
  }

  /** One file of the content folder: a source, an entry of a collection, or a file that belongs nowhere. */
  checkFile(file: string): void {
    if (file === registryFile) return;
    const folder = file.includes('/') ? file.slice(0, file.indexOf('/')) : '';
    if (folder === 'sources') return this.checkSource(file);
    const rule = collectionRules.find((r) => r.folder === folder);
    if (!rule) return this.reportUnknownFolder(file, folder);
    if (!extensions[rule.format].test(file)) {
      if (!assetExtensions.test(file)) this.problems.add(ignoredFile(file, `tệp "${path.posix.basename(file)}"`, rule));
      return;
    }
    this.readFile(file, (text, record) => {
      if (text !== undefined) entrySteps(this.root, rule, file, text, this.today, record);
    });
  }

  /** An original document: its personal data is judged at the end, against what its document allows. */
  private checkSource(file: string): void {
    this.index.add('sources', file.slice('sources/'.length), file);
    if (!sourceText.test(file)) return;
    this.readFile(file, (text, record) => {
      if (text !== undefined) record.steps.push({ sourceHits: findPersonalData(text) });
    });
  }

  /** A folder the site does not read, reported once. */
  private reportUnknownFolder(file: string, folder: string): void {
    const key = folder || file;
    if (this.unknownFolders.has(key)) return;
    this.unknownFolders.add(key);
    this.problems.add(ignoredFile(file, folder ? `thư mục "${folder}/"` : `tệp "${file}"`));
  }

  /** Applies one file's steps to the run: its own problems, and what is judged with the other files. */
  private apply(file: string, steps: Step[]): void {
    // Lines of a duplicate are looked up only when there is one (the file is read again).
    const lines: YamlSource = { data: undefined, errors: [], lineOf: (fieldPath) => this.findLine(file, [...fieldPath]) };
    const duplicate = (first: Map<string, string>, key: string, problem: (earlier: string) => Problem) => {
      const found = firstOrDuplicate(first, key, file, problem);
      if (found) this.problems.add(found);
    };
    for (const step of steps) {
      if ('problem' in step) this.problems.add(step.problem);
      else if ('entry' in step) {
        const { collection, id, isPublic } = step.entry;
        const duplicateOf = this.index.add(collection as Target, id, file, isPublic);
        if (duplicateOf) this.problems.add(duplicateProblem(collectionRules.find((r) => r.name === collection)!, id, file, duplicateOf));
      } else if ('refer' in step) this.index.refer({ ...step.refer, file });
      else if ('review' in step) this.pendingReview.push(file);
      else if ('allow' in step) {
        const set = this.sourceAllow.get(step.allow.source) ?? new Set<string>();
        for (const v of step.allow.values) set.add(v);
        this.sourceAllow.set(step.allow.source, set);
      } else if ('redirect' in step) this.recordRedirect(file, step.redirect);
      else if ('tally' in step) duplicate(this.firstOf.tallies, step.tally.key, (earlier) => duplicateDataProblem(file, lines, { year: step.tally.year }, earlier));
      else if ('exemplar' in step) duplicate(this.firstOf.exemplars, step.exemplar.key, (earlier) => duplicateExemplarProblem(file, lines, { name: step.exemplar.name }, earlier));
      else if ('value' in step) this.checkValue(file, step.value);
      else if ('sourceHits' in step) this.pendingSources.push({ file, hits: step.sourceHits });
    }
  }

  /** A unit's former id, claimed once. */
  private recordRedirect(file: string, { from, line, field }: { from: string; line?: number; field: string }): void {
    const earlier = this.redirects.get(from);
    if (earlier) this.problems.add(redirectClash({ file, line, field }, from, `đã được dùng trong ${earlier.file} (already used by ${earlier.file})`));
    else this.redirects.set(from, { file, line, field });
  }

  /** An indicator value against the registry; its line is looked up only when it fails. */
  private checkValue(file: string, { entry, v, index }: Extract<Step, { value: unknown }>['value']): void {
    const fieldPath = ['values', index, 'value'];
    const at = { file, field: `values[${index}]`, path: fieldPath, line: () => this.findLine(file, fieldPath) };
    for (const p of this.indicators.value(entry, v, at)) this.problems.add(p);
  }
  /** What can only be judged once every file is read: references, redirects, indicator series, sources. */
  finish(): CheckResult {
    for (const [from, at] of this.redirects) {
      const owner = this.index.fileOf('units', from);
      if (owner) this.problems.add(redirectClash(at, from, `là id của đơn vị có thật ${owner} (is the id of a real unit, ${owner})`));
    }
    const findLine = lineFinder(this.root);
    for (const p of this.index.problems(findLine)) this.problems.add(p);
    for (const p of this.indicators.finish(registryFile, findLine)) this.problems.add(p);
    for (const { file, hits } of this.pendingSources) {
      this.problems.addAll(file, privacyProblems(hits, this.sourceAllow.get(file.slice('sources/'.length)) ?? new Set()));
    }
    const { problems } = this;
    return {
      problems: sortProblems(problems.list), errorCount: problems.errorCount, warningCount: problems.warningCount, files: this.files, fixed: this.fixed,
      pendingReview: this.pendingReview, reused: this.cache?.reused ?? 0,
    };
  }
}

interface RedirectAt {
  file: string;
  line?: number;
  field: string;
}
