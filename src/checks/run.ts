import fs from 'node:fs';
import path from 'node:path';
import { storySchema } from '../schemas/story.ts';
import { buildDate } from '../settings.ts';
import { isPublic as isPublicEntry } from '../content-model/is-public.ts';
import { Problems, sortProblems, type Problem } from './problem.ts';
import { checkRegistry } from './registry.ts';
import { ignoredFile, redirectClash } from './file-messages.ts';
import { decodeContent } from './encoding.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { schemaProblems } from './schema-issues.ts';
import { findPersonalData, privacyProblems, type PrivacyHit } from './privacy.ts';
import { markupProblems } from './markup.ts';
import { nfcProblems } from './nfc.ts';
import { ContentIndex } from './references.ts';
import { entryReferences } from './entry-references.ts';
import { IndicatorChecks } from './indicators.ts';
import { assetExtensions, collectionRules, entryId, extensions, type CollectionRule } from './collections.ts';
import { walkFiles } from './walk.ts';
import { idProblems, duplicateProblem } from './ids.ts';
import { storyImage } from './cover-image.ts';
import { lineFinder } from './field-lines.ts';
import { documentFolderProblem, duplicateDataProblem, duplicateExemplarProblem, firstOrDuplicate, tallyKey } from './entry-problems.ts';

export interface CheckOptions {
  /** The content folder. */
  dir: string;
  /** The date embargoes are measured against (YYYY-MM-DD); BUILD_DATE or today by default. */
  buildDate?: string;
  /** Rewrite files whose text is not NFC. */
  fix?: boolean;
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
}

const sourceText = /\.(?:txt|md|csv|tsv|html?)$/i;

/**
 * Checks a whole content folder in one pass and returns every problem: encoding, YAML syntax, schema,
 * ids and duplicates, references, indicator values, personal data, unsafe markup, images, NFC.
 */
export function runContentCheck(options: CheckOptions): CheckResult {
  const check = new ContentCheck(path.resolve(options.dir), options.buildDate ?? buildDate(), options.fix ?? false);
  check.readRegistry();
  for (const file of walkFiles(check.root)) check.checkFile(file);
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

  constructor(root: string, today: string, fix: boolean) {
    this.root = root;
    this.today = today;
    this.fix = fix;
  }

  /** Reads a file as NFC text, or records why it cannot be read. */
  private readText(file: string): string | undefined {
    this.files++;
    const decoded = decodeContent(fs.readFileSync(path.join(this.root, file)));
    if ('problem' in decoded) {
      this.problems.addAll(file, [decoded.problem]);
      return undefined;
    }
    const nfcIssues = nfcProblems(decoded.text);
    if (!nfcIssues.length) return decoded.text;
    const normalized = decoded.text.normalize('NFC');
    if (this.fix) {
      fs.writeFileSync(path.join(this.root, file), normalized);
      this.fixed.push(file);
    } else {
      this.problems.addAll(file, nfcIssues);
    }
    return normalized;
  }

  /** The registry first: values are checked against it as they are read. */
  readRegistry(): void {
    if (!fs.existsSync(path.join(this.root, registryFile))) return;
    const text = this.readText(registryFile);
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
    const text = this.readText(file);
    if (text !== undefined) this.checkEntry(rule, file, text);
  }

  /** An original document: its personal data is judged at the end, against what its document allows. */
  private checkSource(file: string): void {
    this.index.add('sources', file.slice('sources/'.length), file);
    if (!sourceText.test(file)) return;
    const text = this.readText(file);
    if (text !== undefined) this.pendingSources.push({ file, hits: findPersonalData(text) });
  }

  /** A folder the site does not read, reported once. */
  private reportUnknownFolder(file: string, folder: string): void {
    const key = folder || file;
    if (this.unknownFolders.has(key)) return;
    this.unknownFolders.add(key);
    this.problems.add(ignoredFile(file, folder ? `thư mục "${folder}/"` : `tệp "${file}"`));
  }

  /** The YAML of an entry (a data file, or a Markdown file's frontmatter), or undefined when it cannot be read. */
  private parseEntry(rule: CollectionRule, file: string, text: string): YamlSource | undefined {
    let yaml: YamlSource;
    if (rule.format === 'markdown') {
      const split = splitFrontmatter(text);
      if ('problem' in split) {
        this.problems.addAll(file, [split.problem]);
        return undefined;
      }
      yaml = parseYaml(split.yaml, split.yamlLine);
    } else {
      yaml = parseYaml(text);
    }
    this.problems.addAll(file, yaml.errors);
    return yaml.errors.length ? undefined : yaml;
  }

  /** Every check of one entry: id, duplicates, schema, references, personal data, markup, then its collection's own. */
  private checkEntry(rule: CollectionRule, file: string, text: string): void {
    const relative = file.slice(rule.folder.length + 1);
    const id = entryId(rule, relative);
    this.problems.addAll(file, idProblems(rule, relative));
    const yaml = this.parseEntry(rule, file, text);
    if (!yaml) return;
    const raw = (yaml.data ?? {}) as Record<string, unknown>;
    const isPublic = isPublicEntry(raw, this.today);
    if (raw.review === 'pending') this.pendingReview.push(file);

    const target = rule.name === 'indicatorValues' || rule.name === 'awards' ? undefined : rule.name;
    const duplicateOf = target ? this.index.add(target, id, file, isPublic) : undefined;
    if (duplicateOf) this.problems.add(duplicateProblem(rule, id, file, duplicateOf));

    const schema = rule.schema ?? storySchema(() => storyImage(this.root, path.posix.dirname(file)));
    const checked = schemaProblems(schema, raw, yaml.lineOf);
    this.problems.addAll(file, checked.problems);
    entryReferences(rule.name, raw, (ref) => this.index.refer({ ...ref, file, fromPublic: isPublic }));

    const allowed = privacyAllowed(raw);
    this.problems.addAll(file, privacyProblems(findPersonalData(text), allowed));
    if (rule.format === 'markdown') {
      const directory = path.join(this.root, path.dirname(file));
      this.problems.addAll(file, markupProblems(text, { mdx: file.endsWith('.mdx'), imageExists: (p) => fs.existsSync(path.join(directory, p)) }));
    }
    const value = checked.value as Record<string, unknown> | undefined;
    if (value) this.checkCollectionRules(rule, { file, id, yaml, value, allowed });
  }

  /** What only one collection needs: a document in its unit's folder, redirects, one data file per document. */
  private checkCollectionRules(rule: CollectionRule, entry: CheckedEntry): void {
    const { file, yaml, value } = entry;
    if (rule.name === 'documents') this.checkDocument(entry);
    if (rule.name === 'units') this.recordRedirects(entry);
    if (rule.name === 'awards' || rule.name === 'indicatorValues') {
      const problem = firstOrDuplicate(this.firstOf.tallies, tallyKey(rule.name, value), file, (earlier) => duplicateDataProblem(file, yaml, value, earlier));
      if (problem) this.problems.add(problem);
    }
    if (rule.name === 'indicatorValues') {
      (value.values as Array<{ indicator: string; value: number; kind: string; note?: string; target?: number }>).forEach((v, i) => {
        const fieldPath = ['values', i, 'value'];
        const at = { file, field: `values[${i}]`, path: fieldPath, line: () => yaml.lineOf(fieldPath) };
        for (const p of this.indicators.value(value as { unit: string; year: number }, v, at)) this.problems.add(p);
      });
    }
    if (rule.name === 'exemplars') {
      const key = `${String(value.unit)}|${String(value.name).toLocaleLowerCase('vi')}`;
      const problem = firstOrDuplicate(this.firstOf.exemplars, key, file, (earlier) => duplicateExemplarProblem(file, yaml, value, earlier));
      if (problem) this.problems.add(problem);
    }
  }

  /** A document lies in its unit's folder; the personal data it allows is allowed in its source file too. */
  private checkDocument({ file, id, yaml, value, allowed }: CheckedEntry): void {
    const folderProblem = documentFolderProblem(file, id, yaml, value);
    if (folderProblem) this.problems.add(folderProblem);
    if (typeof value.sourceFile !== 'string') return;
    const sourceId = value.sourceFile.includes('/') ? value.sourceFile : `${String(value.unit)}/${value.sourceFile}`;
    const set = this.sourceAllow.get(sourceId) ?? new Set<string>();
    for (const v of allowed) set.add(v);
    this.sourceAllow.set(sourceId, set);
  }

  /** A unit's former ids, each claimed once. */
  private recordRedirects({ file, yaml, value }: CheckedEntry): void {
    (value.redirectFrom as string[]).forEach((from, i) => {
      const at = { file, line: yaml.lineOf(['redirectFrom', i]), field: `redirectFrom[${i}]` };
      const earlier = this.redirects.get(from);
      if (earlier) this.problems.add(redirectClash(at, from, `đã được dùng trong ${earlier.file} (already used by ${earlier.file})`));
      else this.redirects.set(from, at);
    });
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
    return { problems: sortProblems(problems.list), errorCount: problems.errorCount, warningCount: problems.warningCount, files: this.files, fixed: this.fixed, pendingReview: this.pendingReview };
  }
}

interface RedirectAt {
  file: string;
  line?: number;
  field: string;
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

/** The values an entry's `privacyAllow` lets through. */
function privacyAllowed(raw: Record<string, unknown>): Set<string> {
  const allowed = new Set<string>();
  for (const item of Array.isArray(raw.privacyAllow) ? raw.privacyAllow : []) {
    if (item && typeof item === 'object' && typeof item.value === 'string') allowed.add(item.value.trim());
  }
  return allowed;
}
