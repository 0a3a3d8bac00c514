import type { z } from 'astro/zod';
import { fieldPath, quote, type FileProblem } from './problem.ts';

/** Vietnamese names of the types zod reports. */
const typeNames: Record<string, string> = {
  string: 'chuỗi chữ (text)',
  number: 'số (a number)',
  int: 'số nguyên, ví dụ 3 (a whole number)',
  boolean: 'true hoặc false (true or false)',
  array: 'danh sách (a list)',
  object: 'nhóm trường (a mapping of fields)',
  date: 'ngày (a date)',
};

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Type of a raw YAML value, in words. */
function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'danh sách (a list)';
  if (value === null) return 'giá trị rỗng (null)';
  return typeNames[typeof value] ?? typeof value;
}

/** Plain-language advice per zod issue code; the schemas' own messages say what the value must look like. */
function describe(issue: z.core.$ZodIssue, found: unknown): { found: string; expected: string; fix: string; rule: string } {
  const custom = issue.message && !/^Invalid|^Too (small|big)|^Expected|^Unrecognized/.test(issue.message);
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined) {
        return {
          rule: 'schema/required',
          found: 'thiếu trường bắt buộc (required field is missing)',
          expected: typeNames[issue.expected] ?? issue.expected,
          fix: 'Thêm trường này vào tệp. (Add this field.)',
        };
      }
      return {
        rule: 'schema/type',
        found: `${quote(found)} là ${typeOf(found)} (wrong type)`,
        expected: typeNames[issue.expected] ?? issue.expected,
        fix: issue.expected === 'string' ? 'Đặt giá trị trong ngoặc kép, ví dụ "127". (Quote the value.)' : 'Sửa giá trị cho đúng kiểu. (Give a value of the expected type.)',
      };
    case 'invalid_value':
      return {
        rule: 'schema/enum',
        found: quote(found),
        expected: `một trong (one of): ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        fix: 'Chọn đúng một giá trị trong danh sách, viết y hệt cả dấu. (Use one of the listed values exactly, with its diacritics.)',
      };
    case 'too_small':
    case 'too_big': {
      const isCount = issue.origin === 'number' && issue.code === 'too_small' && Number(issue.minimum) === 0;
      if (issue.origin === 'string' && issue.code === 'too_small' && Number(issue.minimum) === 1) {
        return {
          rule: 'schema/empty',
          found: 'để trống (empty)',
          expected: custom ? issue.message : 'không được để trống (must not be empty)',
          fix: 'Điền nội dung cho trường này, hoặc xóa hẳn trường nếu nó không bắt buộc. (Fill it in, or remove the field if it is optional.)',
        };
      }
      return {
        rule: isCount ? 'value/negative' : 'schema/range',
        found: isCount ? `${quote(found)} — số âm (below zero)` : quote(found),
        expected: custom
          ? issue.message
          : issue.code === 'too_small'
            ? `ít nhất ${String(issue.minimum)} (at least ${String(issue.minimum)})`
            : `nhiều nhất ${String(issue.maximum)} (at most ${String(issue.maximum)})`,
        fix: isCount
          ? 'Số đếm không thể âm: kiểm tra lại số trong văn bản gốc. (A count cannot be below zero: check the source.)'
          : 'Sửa giá trị cho nằm trong giới hạn. (Bring the value within the limit.)',
      };
    }
    default: {
      const impossibleDate = /impossible date/.test(issue.message);
      // Schema messages either say what the value must look like ("phải có dạng …") or what is wrong with it.
      const saysExpected = /^(phải|cần|chỉ|không được)/.test(issue.message);
      return {
        rule: impossibleDate ? 'date/impossible' : 'schema/format',
        found: custom && !saysExpected ? `${quote(found)} — ${issue.message}` : quote(found),
        expected: impossibleDate
          ? 'một ngày có thật trên lịch, dạng YYYY-MM-DD (a real calendar date)'
          : custom && saysExpected
            ? issue.message
            : 'giá trị đúng định dạng mô tả trong src/schemas/ (a value as described in src/schemas/)',
        fix: impossibleDate
          ? 'Kiểm tra lại ngày, tháng trong văn bản gốc (tháng 2 có 28 hoặc 29 ngày; tháng 4, 6, 9, 11 có 30 ngày). (Check the day and month against the source.)'
          : 'Sửa giá trị theo phần “Cần”. (Rewrite the value as expected.)',
      };
    }
  }
}

/** Fields whose rule is a cross-field refine: what to write instead, since the schema message says what is wrong. */
const expectedByField: Record<string, string> = {
  period: 'năm "to" bằng hoặc sau năm "from", ví dụ { from: 2023, to: 2024 } (to ≥ from)',
  'cover.src': 'đường dẫn tới tệp ảnh đặt cạnh bài, ví dụ ./anh-bia.jpg (a path to an image file beside the story)',
  successor: 'có "unit" (id của đơn vị kế tiếp) hoặc "name" (tên của nó) (a successor unit id or name)',
};

/** A missing alt text is an accessibility failure, worth its own rule and advice. */
function altProblem(field: string): Omit<FileProblem, 'severity' | 'line'> {
  return {
    rule: 'image/alt',
    field,
    found: 'ảnh bìa không có mô tả (cover image without alt text)',
    expected: 'mô tả ngắn nói ảnh cho thấy gì, cho người dùng trình đọc màn hình (a short text saying what the image shows)',
    fix: 'Thêm alt vào cover, ví dụ: cover: { src: ./anh.jpg, alt: "Luống gừng sẻ xanh trên đồi" }. (Add alt to cover.)',
  };
}

/**
 * Validates raw data with a collection's schema and lists every problem with its field path and line.
 * Also reports fields the schema does not know (a misspelt `draf: true` would otherwise publish a draft).
 */
export function schemaProblems(
  schema: z.ZodType,
  data: unknown,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): { problems: FileProblem[]; value?: unknown } {
  const result = schema.safeParse(data ?? {});
  if (!result.success) {
    return {
      problems: result.error.issues.map((issue) => {
        const found = valueAt(data, issue.path);
        const field = fieldPath(issue.path) || '(tệp)';
        const line = lineOf(issue.path);
        if (field === 'cover.alt' && (found === undefined || found === '')) return { severity: 'error' as const, line, ...altProblem(field) };
        const described = describe(issue, found);
        if (expectedByField[field] && described.rule === 'schema/format') described.expected = expectedByField[field];
        return { severity: 'error' as const, line, field, ...described };
      }),
    };
  }
  const problems: FileProblem[] = [];
  for (const path of unknownKeys(data, result.data, [])) {
    problems.push({
      severity: 'error',
      rule: 'schema/unknown-field',
      line: lineOf(path),
      field: fieldPath(path),
      found: `trường lạ "${String(path[path.length - 1])}" (unknown field)`,
      expected: 'chỉ các trường mô tả trong src/schemas/ (only the fields described in src/schemas/)',
      fix: 'Kiểm tra chính tả tên trường (ví dụ "publishedOn", "draft") hoặc xóa trường này. (Check the spelling of the field name, or remove it.)',
    });
  }
  return { problems, value: result.data };
}

/** Keys present in the raw data but dropped by the schema (zod objects strip unknown keys). */
function* unknownKeys(raw: unknown, parsed: unknown, path: PropertyKey[]): Generator<PropertyKey[]> {
  if (Array.isArray(raw) && Array.isArray(parsed)) {
    for (let i = 0; i < Math.min(raw.length, parsed.length); i++) yield* unknownKeys(raw[i], parsed[i], [...path, i]);
    return;
  }
  if (!isPlainObject(raw) || !isPlainObject(parsed)) return;
  for (const key of Object.keys(raw)) {
    if (!(key in parsed)) yield [...path, key];
    else yield* unknownKeys(raw[key], parsed[key], [...path, key]);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
