import fs from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { storySchema } from '../schemas/story.ts';
import { buildDate } from '../settings.ts';
import { isPublic as isPublicEntry } from '../content-model/is-public.ts';
import { Problems, type Problem } from './problem.ts';
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
}

const sourceText = /\.(?:txt|md|csv|tsv|html?)$/i;

/**
 * Checks a whole content folder in one pass and returns every problem: encoding, YAML syntax, schema,
 * ids and duplicates, references, indicator values, personal data, unsafe markup, images, NFC.
 */
export function runContentCheck(options: CheckOptions): CheckResult {
  const root = path.resolve(options.dir);
  const today = options.buildDate ?? buildDate();
  const problems = new Problems();
  const index = new ContentIndex();
  const indicators = new IndicatorChecks();
  const fixed: string[] = [];
  const redirects = new Map<string, { file: string; line?: number; field: string }>();
  const tallies = new Map<string, string>();
  const exemplarNames = new Map<string, string>();
  const pendingSources: Array<{ file: string; hits: PrivacyHit[] }> = [];
  const sourceAllow = new Map<string, Set<string>>();
  const unknownFolders = new Set<string>();
  let files = 0;

  /** Reads a file as NFC text, or records why it cannot be read. */
  const readText = (file: string): string | undefined => {
    files++;
    const decoded = decodeContent(fs.readFileSync(path.join(root, file)));
    if ('problem' in decoded) {
      problems.addAll(file, [decoded.problem]);
      return undefined;
    }
    const nfcIssues = nfcProblems(decoded.text);
    if (!nfcIssues.length) return decoded.text;
    const normalized = decoded.text.normalize('NFC');
    if (options.fix) {
      fs.writeFileSync(path.join(root, file), normalized);
      fixed.push(file);
    } else {
      problems.addAll(file, nfcIssues);
    }
    return normalized;
  };

  // The registry first: values are checked against it as they are read.
  const registryFile = 'indicators.yaml';
  if (fs.existsSync(path.join(root, registryFile))) {
    const text = readText(registryFile);
    if (text !== undefined) {
      const yaml = parseYaml(text);
      problems.addAll(registryFile, yaml.errors);
      if (!yaml.errors.length) indicators.setRegistry(checkRegistry(yaml, registryFile, problems, index));
      problems.addAll(registryFile, privacyProblems(findPersonalData(text), new Set()));
    }
  }

  for (const file of walkFiles(root)) {
    if (file === registryFile) continue;
    const folder = file.includes('/') ? file.slice(0, file.indexOf('/')) : '';
    if (folder === 'sources') {
      const id = file.slice('sources/'.length);
      index.add('sources', id, file);
      if (!sourceText.test(file)) continue;
      const text = readText(file);
      if (text !== undefined) pendingSources.push({ file, hits: findPersonalData(text) });
      continue;
    }
    const rule = collectionRules.find((r) => r.folder === folder);
    if (!rule) {
      const key = folder || file;
      if (!unknownFolders.has(key)) {
        unknownFolders.add(key);
        problems.add(ignoredFile(file, folder ? `thư mục "${folder}/"` : `tệp "${file}"`));
      }
      continue;
    }
    if (!extensions[rule.format].test(file)) {
      if (!assetExtensions.test(file)) problems.add(ignoredFile(file, `tệp "${path.posix.basename(file)}"`, rule));
      continue;
    }
    const text = readText(file);
    if (text === undefined) continue;
    checkEntry(rule, file, text);
  }

  function checkEntry(rule: CollectionRule, file: string, text: string): void {
    const relative = file.slice(rule.folder.length + 1);
    const id = entryId(rule, relative);
    problems.addAll(file, idProblems(rule, relative));
    let yaml: YamlSource;
    if (rule.format === 'markdown') {
      const split = splitFrontmatter(text);
      if ('problem' in split) {
        problems.addAll(file, [split.problem]);
        return;
      }
      yaml = parseYaml(split.yaml, split.yamlLine);
    } else {
      yaml = parseYaml(text);
    }
    problems.addAll(file, yaml.errors);
    if (yaml.errors.length) return;
    const raw = (yaml.data ?? {}) as Record<string, unknown>;
    const isPublic = isPublicEntry(raw, today);

    const target = rule.name === 'indicatorValues' || rule.name === 'awards' ? undefined : rule.name;
    const duplicateOf = target ? index.add(target, id, file, isPublic) : undefined;
    if (duplicateOf) problems.add(duplicateProblem(rule, id, file, duplicateOf));

    const schema = rule.schema ?? storySchema(() => storyImage(path.posix.dirname(file)));
    const checked = schemaProblems(schema, raw, yaml.lineOf);
    problems.addAll(file, checked.problems);
    entryReferences(rule.name, raw, (ref) => index.refer({ ...ref, file, fromPublic: isPublic }));

    const allowed = new Set<string>();
    for (const item of Array.isArray(raw.privacyAllow) ? raw.privacyAllow : []) {
      if (item && typeof item === 'object' && typeof item.value === 'string') allowed.add(item.value.trim());
    }
    problems.addAll(file, privacyProblems(findPersonalData(text), allowed));

    if (rule.format === 'markdown') {
      const directory = path.join(root, path.dirname(file));
      problems.addAll(file, markupProblems(text, { mdx: file.endsWith('.mdx'), imageExists: (p) => fs.existsSync(path.join(directory, p)) }));
    }

    const value = checked.value as Record<string, unknown> | undefined;
    if (!value) return;
    if (rule.name === 'documents') {
      const unitOfFolder = id.split('/').slice(0, 2).join('/');
      if (id.split('/').length === 3 && value.unit !== unitOfFolder) {
        problems.add({
          severity: 'error',
          rule: 'reference/document-folder',
          file,
          line: yaml.lineOf(['unit']),
          field: 'unit',
          found: `"${String(value.unit)}" nhưng tệp nằm trong thư mục của "${unitOfFolder}" (the file is in another unit’s folder)`,
          expected: `unit: ${unitOfFolder}, hoặc tệp nằm ở documents/${String(value.unit)}/ (the unit of the folder)`,
          fix: 'Chuyển tệp vào thư mục của đúng đơn vị ban hành, hoặc sửa trường unit. (Move the file to its unit’s folder or fix unit.)',
        });
      }
      if (typeof value.sourceFile === 'string') {
        const sourceId = value.sourceFile.includes('/') ? value.sourceFile : `${String(value.unit)}/${value.sourceFile}`;
        const set = sourceAllow.get(sourceId) ?? new Set<string>();
        for (const v of allowed) set.add(v);
        sourceAllow.set(sourceId, set);
      }
    }
    if (rule.name === 'units') {
      (value.redirectFrom as string[]).forEach((from, i) => {
        const at = { file, line: yaml.lineOf(['redirectFrom', i]), field: `redirectFrom[${i}]` };
        const earlier = redirects.get(from);
        if (earlier) problems.add(redirectClash(at, from, `đã được dùng trong ${earlier.file} (already used by ${earlier.file})`));
        else redirects.set(from, at);
      });
    }
    if (rule.name === 'awards' || rule.name === 'indicatorValues') {
      const key = `${rule.name}|${String(value.unit)}|${String(value.year)}|${String(value.document)}`;
      const earlier = tallies.get(key);
      if (earlier) {
        problems.add({
          severity: 'error',
          rule: 'duplicate/data',
          file,
          line: yaml.lineOf(['document']),
          field: 'document',
          found: `cùng đơn vị, năm ${String(value.year)} và văn bản như ${earlier} (same unit, year and document as ${earlier})`,
          expected: 'mỗi văn bản một tệp số liệu cho mỗi năm (one data file per document and year)',
          fix: 'Gộp hai tệp làm một, nếu không các con số sẽ bị cộng hai lần. (Merge the two files, or the numbers are counted twice.)',
        });
      } else tallies.set(key, file);
    }
    if (rule.name === 'indicatorValues') {
      (value.values as Array<{ indicator: string; value: number; kind: string; note?: string; target?: number }>).forEach((v, i) => {
        const fieldPath = ['values', i, 'value'];
        const at = { file, field: `values[${i}]`, path: fieldPath, line: () => yaml.lineOf(fieldPath) };
        for (const p of indicators.value(value as { unit: string; year: number }, v, at)) problems.add(p);
      });
    }
    if (rule.name === 'exemplars') {
      const key = `${String(value.unit)}|${String(value.name).toLocaleLowerCase('vi')}`;
      const earlier = exemplarNames.get(key);
      if (earlier) {
        problems.add({
          severity: 'warning',
          rule: 'duplicate/exemplar',
          file,
          line: yaml.lineOf(['name']),
          field: 'name',
          found: `"${String(value.name)}" của cùng đơn vị đã có ở ${earlier} (same name and unit as ${earlier})`,
          expected: 'mỗi điển hình một tệp (one file per exemplar)',
          fix: 'Nếu là cùng một điển hình, gộp năm và danh hiệu vào một tệp. (If it is the same exemplar, merge the files.)',
        });
      } else exemplarNames.set(key, file);
    }
  }

  /** A cover image given to image(): a local file beside the story. */
  function storyImage(storyFolder: string): z.ZodType {
    return z.string().superRefine((src, ctx) => {
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) {
        ctx.addIssue({ code: 'custom', message: 'ảnh phải là tệp đặt cạnh bài, không lấy từ trang khác (a local file beside the story: the CSP allows only the site’s own images)' });
      } else if (!fs.existsSync(path.join(root, storyFolder, src.replace(/^\//, '')))) {
        ctx.addIssue({ code: 'custom', message: `không có tệp ảnh này cạnh bài viết (no such image beside the story, in ${storyFolder}/)` });
      }
    });
  }

  for (const [from, at] of redirects) {
    const owner = index.fileOf('units', from);
    if (owner) problems.add(redirectClash(at, from, `là id của đơn vị có thật ${owner} (is the id of a real unit, ${owner})`));
  }
  const findLine = lineFinder(root);
  for (const p of index.problems(findLine)) problems.add(p);
  for (const p of indicators.finish(registryFile, findLine)) problems.add(p);
  for (const { file, hits } of pendingSources) {
    problems.addAll(file, privacyProblems(hits, sourceAllow.get(file.slice('sources/'.length)) ?? new Set()));
  }

  const sorted = sortProblems(problems.list);
  return { problems: sorted, errorCount: problems.errorCount, warningCount: problems.warningCount, files, fixed };
}

/** Lines of fields of files read again on demand, one parse per file. */
function lineFinder(root: string): (file: string, path: PropertyKey[]) => number | undefined {
  let cachedFile = '';
  let cached: YamlSource | undefined;
  return (file, fieldPath) => {
    if (file !== cachedFile) {
      cachedFile = file;
      const text = fs.readFileSync(path.join(root, file), 'utf8').normalize('NFC');
      const split = /\.mdx?$/.test(file) ? splitFrontmatter(text) : { yaml: text, yamlLine: 1 };
      cached = 'problem' in split ? undefined : parseYaml(split.yaml, split.yamlLine);
    }
    return cached?.lineOf(fieldPath);
  };
}

/** Files in path order, lines in order within a file, so output is stable for snapshots and diffs. */
function sortProblems(list: Problem[]): Problem[] {
  return [...list].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
}
