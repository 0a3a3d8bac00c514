import { indicatorSchema, type Indicator } from '../schemas/indicator.ts';
import { type Problems, type FileProblem } from './problem.ts';
import type { ContentIndex } from './references.ts';
import { schemaProblems } from './schema-issues.ts';
import type { YamlSource } from './yaml-source.ts';

/** Validates the registry items one by one, with duplicate ids. */
export function checkRegistry(yaml: YamlSource, file: string, problems: Problems, index: ContentIndex): Indicator[] {
  const items = Array.isArray(yaml.data) ? yaml.data : [];
  if (!Array.isArray(yaml.data)) {
    problems.add({
      severity: 'error',
      rule: 'schema/type',
      file,
      line: 1,
      field: '(tệp)',
      found: 'không phải danh sách (not a list)',
      expected: 'danh sách YAML, mỗi mục bắt đầu bằng "- id: …" (a YAML list of items starting with "- id: …")',
      fix: 'Viết mỗi chỉ số thành một mục "- id: ten-chi-so". (Write each indicator as a "- id:" item.)',
    });
  }
  const valid: Indicator[] = [];
  items.forEach((item, i) => {
    const checked = schemaProblems(indicatorSchema, item, (p) => yaml.lineOf([i, ...p]));
    problems.addAll(file, checked.problems.map((p): FileProblem => ({ ...p, field: `[${i}]${p.field === '(tệp)' ? '' : `.${p.field}`}` })));
    if (!checked.value) return;
    const indicator = checked.value as Indicator;
    const earlier = index.add('indicators', indicator.id, `${file}#${i}`);
    if (earlier) {
      problems.add({
        severity: 'error',
        rule: 'duplicate/id',
        file,
        line: yaml.lineOf([i, 'id']),
        field: `[${i}].id`,
        found: `id "${indicator.id}" trùng với mục [${earlier.split('#')[1]}] (duplicate indicator id)`,
        expected: 'mỗi chỉ số một id riêng (a unique id per indicator)',
        fix: 'Đổi id của một trong hai mục, hoặc gộp chúng. (Rename one of them or merge them.)',
      });
    } else valid.push(indicator);
  });
  return valid;
}
