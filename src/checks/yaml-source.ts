import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, isCollection, isNode, parseDocument, type Document } from 'yaml';
import type { FileProblem } from './problem.ts';

/** Parsed YAML that can tell the line of any field. */
export interface YamlSource {
  /** Plain data, as the loader sees it. */
  data: unknown;
  /** 1-based line of the value at a path (or of its nearest existing parent). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** Syntax errors, each with its line. */
  errors: FileProblem[];
}

/**
 * Parses YAML (YAML 1.2 core schema). Dates stay strings here on purpose: a loader that turns `2023-02-30` into
 * a Date silently moves it to 2 March, the date check must see it as written. `firstLine` is the line of the file
 * the YAML text starts on (2 for MDX frontmatter).
 *
 * Most files are valid and most fields too, so the data comes from js-yaml (the parser Astro's loaders use, about
 * ten times faster: the content check of a national corpus reads 138,000 files); the `yaml` package, which keeps
 * every node's position, parses a file again only when a line is asked for or js-yaml rejects it.
 */
export function parseYaml(text: string, firstLine = 1): YamlSource {
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA });
  } catch {
    return parseYamlWithPositions(text, firstLine);
  }
  let detailed: YamlSource | undefined;
  return { data, errors: [], lineOf: (path) => (detailed ??= parseYamlWithPositions(text, firstLine)).lineOf(path) };
}

/** Parses YAML with the `yaml` package, which can tell the line of every node and of every syntax error. */
function parseYamlWithPositions(text: string, firstLine: number): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const errors: FileProblem[] = doc.errors.map((error) => ({
    severity: 'error',
    rule: 'yaml/syntax',
    line: at(error.pos[0]),
    found: `lỗi cú pháp YAML: ${error.message.split('\n')[0]} (YAML syntax error)`,
    expected: 'YAML hợp lệ: mỗi dòng "tên: giá trị", thụt lề bằng dấu cách đều nhau (valid YAML: "key: value", consistent space indentation)',
    fix: 'Sửa dòng được chỉ ra: kiểm tra dấu hai chấm, thụt lề, dấu ngoặc kép đóng mở; đặt giá trị có dấu ":" hoặc "#" trong ngoặc kép. (Check colons, indentation and quotes; quote values containing ":" or "#".)',
  }));
  const data = errors.length ? undefined : doc.toJS({ maxAliasCount: 100 });
  return {
    data,
    errors,
    lineOf(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
        if (isNode(node) && node.range) {
          // A collection starts at its first item; its key line is the more helpful one.
          if (isCollection(node) && depth > 0) {
            const pair = findPairLine(doc, path.slice(0, depth), at);
            if (pair !== undefined) return pair;
          }
          return at(node.range[0]);
        }
      }
      return undefined;
    },
  };
}

/** Line of the key of a mapping pair, e.g. the line of "tallies:". */
function findPairLine(doc: Document, path: readonly PropertyKey[], at: (offset: number) => number): number | undefined {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1) as unknown[], true);
  const key = path[path.length - 1];
  if (!isCollection(parent)) return undefined;
  for (const item of parent.items) {
    if (typeof item === 'object' && item && 'key' in item && isNode(item.key) && item.key.range) {
      const keyValue = (item.key as { value?: unknown }).value;
      if (keyValue === key) return at(item.key.range[0]);
    }
  }
  return undefined;
}
