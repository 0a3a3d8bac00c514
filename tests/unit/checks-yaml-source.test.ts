import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseYaml } from '../../src/checks/yaml-source.ts';

const contentFiles = fs.readdirSync('content', { recursive: true, encoding: 'utf8' }).map((f) => path.join('content', f));
const yamlTexts = [
  ...contentFiles.filter((f) => /\.ya?ml$/.test(f)).map((file) => ({ file, text: fs.readFileSync(file, 'utf8') })),
  // The frontmatter of documents and stories.
  ...contentFiles.filter((f) => /\.mdx?$/.test(f)).map((file) => ({ file, text: /^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(file, 'utf8'))?.[1] ?? '' })),
];

describe('reading YAML for the content check', () => {
  it('reads every YAML file and frontmatter of the bundled content to the same data as the yaml package (YAML 1.2 core schema)', () => {
    expect(yamlTexts.filter((y) => /\.mdx?$/.test(y.file) && y.text).length).toBeGreaterThan(5);
    for (const { file, text } of yamlTexts) {
      const source = parseYaml(text);
      expect(source.errors, file).toEqual([]);
      expect(source.data, file).toEqual(parse(text));
    }
  });

  it('keeps dates as written, so an impossible date is seen and not moved to the next month', () => {
    expect(parseYaml('issuedOn: 2023-02-30\nyear: 2023\n').data).toEqual({ issuedOn: '2023-02-30', year: 2023 });
  });

  it('tells the line of a field of a valid file, counting from the line the frontmatter starts on', () => {
    const source = parseYaml('name: Tân Hoà\ntallies:\n  - count: 12\n    quote: "12 tập thể"\n', 2);
    expect(source.lineOf(['name'])).toBe(2);
    expect(source.lineOf(['tallies'])).toBe(3);
    expect(source.lineOf(['tallies', 0, 'quote'])).toBe(5);
    expect(source.lineOf(['tallies', 0, 'missing'])).toBe(4);
  });

  it('reports a key written twice with its line, as a syntax error', () => {
    const source = parseYaml('name: Sơn Long\nkind: xã\nname: Sơn Tây\n');
    expect(source.data).toBeUndefined();
    expect(source.errors.map((e) => [e.rule, e.line])).toEqual([['yaml/syntax', 3]]);
  });

  it('reports broken indentation with its line', () => {
    const source = parseYaml('name: Phổ Văn\n  kind: phường\n');
    expect(source.data).toBeUndefined();
    expect(source.errors[0].rule).toBe('yaml/syntax');
    expect(source.errors[0].line).toBeGreaterThanOrEqual(1);
  });
});
