/** Problems that only one collection's entries can have, once their schema has passed. */
import type { Problem } from './problem.ts';
import type { YamlSource } from './yaml-source.ts';

type Value = Record<string, unknown>;

/** Records the first file of a key; a later file of the same key gets the problem `duplicate` makes. */
export function firstOrDuplicate(first: Map<string, string>, key: string, file: string, duplicate: (earlier: string) => Problem): Problem | undefined {
  const earlier = first.get(key);
  if (earlier) return duplicate(earlier);
  first.set(key, file);
  return undefined;
}

/** One data file per document and year: the key of an award or indicator file. */
export const tallyKey = (collection: string, value: Value): string => `${collection}|${String(value.unit)}|${String(value.year)}|${String(value.document)}`;

/** A document lies in the folder of its own unit (documents/<province>/<unit>/). */
export function documentFolderProblem(file: string, id: string, yaml: YamlSource, value: Value): Problem | undefined {
  const unitOfFolder = id.split('/').slice(0, 2).join('/');
  if (id.split('/').length !== 3 || value.unit === unitOfFolder) return undefined;
  return {
    severity: 'error',
    rule: 'reference/document-folder',
    file,
    line: yaml.lineOf(['unit']),
    field: 'unit',
    found: `"${String(value.unit)}" nhưng tệp nằm trong thư mục của "${unitOfFolder}" (the file is in another unit’s folder)`,
    expected: `unit: ${unitOfFolder}, hoặc tệp nằm ở documents/${String(value.unit)}/ (the unit of the folder)`,
    fix: 'Chuyển tệp vào thư mục của đúng đơn vị ban hành, hoặc sửa trường unit. (Move the file to its unit’s folder or fix unit.)',
  };
}

/** Two data files of the same unit, year and document: their numbers would be counted twice. */
export function duplicateDataProblem(file: string, yaml: YamlSource, value: Value, earlier: string): Problem {
  return {
    severity: 'error',
    rule: 'duplicate/data',
    file,
    line: yaml.lineOf(['document']),
    field: 'document',
    found: `cùng đơn vị, năm ${String(value.year)} và văn bản như ${earlier} (same unit, year and document as ${earlier})`,
    expected: 'mỗi văn bản một tệp số liệu cho mỗi năm (one data file per document and year)',
    fix: 'Gộp hai tệp làm một, nếu không các con số sẽ bị cộng hai lần. (Merge the two files, or the numbers are counted twice.)',
  };
}

/** Two exemplars of one unit with the same name: most likely one exemplar written twice. */
export function duplicateExemplarProblem(file: string, yaml: YamlSource, value: Value, earlier: string): Problem {
  return {
    severity: 'warning',
    rule: 'duplicate/exemplar',
    file,
    line: yaml.lineOf(['name']),
    field: 'name',
    found: `"${String(value.name)}" của cùng đơn vị đã có ở ${earlier} (same name and unit as ${earlier})`,
    expected: 'mỗi điển hình một tệp (one file per exemplar)',
    fix: 'Nếu là cùng một điển hình, gộp năm và danh hiệu vào một tệp. (If it is the same exemplar, merge the files.)',
  };
}
