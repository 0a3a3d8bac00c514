import fs from 'node:fs';
import path from 'node:path';
import { parseYaml, type YamlSource } from './yaml-source.ts';
import { splitFrontmatter } from './frontmatter.ts';

/** Lines of fields of files read again on demand, one parse per file. */
export function lineFinder(root: string): (file: string, path: PropertyKey[]) => number | undefined {
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
