import type { FileProblem } from './problem.ts';

/** An MDX or Markdown file split into its YAML frontmatter and its body. */
export interface SplitMarkdown {
  /** The YAML between the `---` lines. */
  yaml: string;
  /** Line of the file the YAML starts on. */
  yamlLine: number;
}

/**
 * Finds the frontmatter the way Astro does (`---` on the first line, closed by a `---` line).
 * The body is not cut out: markup checks parse the whole file so that their lines match the file's.
 */
export function splitFrontmatter(text: string): SplitMarkdown | { problem: FileProblem } {
  const match = /^(?:\s*\n)?---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) {
    return {
      problem: {
        severity: 'error',
        rule: 'frontmatter/missing',
        line: 1,
        found: 'tệp không có phần thông tin đầu (no frontmatter)',
        expected: 'dòng đầu là "---", tiếp theo là các trường YAML, rồi một dòng "---" (a "---" line, YAML fields, a closing "---" line)',
        fix: 'Thêm phần đầu như trong README, mục “Adding a report by hand”. (Add the frontmatter block shown in the README.)',
      },
    };
  }
  const before = match[0].indexOf('---');
  const yamlLine = text.slice(0, match.index + before).split('\n').length + 1;
  return { yaml: match[1] ?? '', yamlLine };
}
