/**
 * One thing wrong with the content, in words an office worker can act on.
 * Every text is Vietnamese first, with an English gloss in parentheses.
 */
export interface Problem {
  /** Errors stop the build; warnings are printed and the build goes on. */
  severity: 'error' | 'warning';
  /** Short stable code of the rule, e.g. "privacy/phone", "reference/unit". */
  rule: string;
  /** Path of the file relative to the content folder, with "/" separators. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** Path of the field in the entry, e.g. "tallies[2].count". */
  field?: string;
  /** What was found. */
  found: string;
  /** What is expected instead. */
  expected: string;
  /** How to fix it. */
  fix: string;
}

/** A problem before the file it belongs to is known. */
export type FileProblem = Omit<Problem, 'file'>;

/** Collects problems of a whole run. */
export class Problems {
  readonly list: Problem[] = [];

  add(problem: Problem): void {
    this.list.push(problem);
  }

  /** Adds problems found inside one file. */
  addAll(file: string, problems: Iterable<FileProblem>): void {
    for (const problem of problems) this.list.push({ ...problem, file });
  }

  get errorCount(): number {
    return this.list.filter((p) => p.severity === 'error').length;
  }

  get warningCount(): number {
    return this.list.length - this.errorCount;
  }
}

/** "tallies.2.count" style zod paths as "tallies[2].count". */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** A value quoted for a message, shortened when long. */
export function quote(value: unknown): string {
  if (value === undefined) return '(không có — missing)';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** Files in path order, lines in order within a file, so output is stable for snapshots and diffs. */
export function sortProblems(list: Problem[]): Problem[] {
  return [...list].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
}
