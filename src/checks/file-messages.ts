import type { CollectionRule } from './collections.ts';
import type { Problem } from './problem.ts';

/** An old address (redirectFrom) that is taken: by another unit's redirect or by a real unit. */
export function redirectClash(at: { file: string; line?: number; field: string }, from: string, why: string): Problem {
  return {
    severity: 'error',
    rule: 'duplicate/redirect',
    ...at,
    found: `địa chỉ cũ "${from}" ${why}`,
    expected: 'địa chỉ cũ chỉ dẫn tới một đơn vị và không trùng địa chỉ đang dùng (an old address leads to one unit and is not a live address)',
    fix: 'Xóa mục này khỏi redirectFrom, hoặc đổi tên tệp của đơn vị kia. (Remove it from redirectFrom.)',
  };
}

/** A file the site's loaders never read: a typo in a folder name or an extension. */
export function ignoredFile(file: string, what: string, rule?: CollectionRule): Problem {
  return {
    severity: 'warning',
    rule: 'file/ignored',
    file,
    found: `${what} không được trang đọc tới (is not read by the site)`,
    expected: rule
      ? `tệp ${rule.format === 'yaml' ? '.yaml' : '.md hoặc .mdx'} như ${rule.example} (a ${rule.format === 'yaml' ? '.yaml' : '.md or .mdx'} file)`
      : 'các thư mục units, documents, sources, exemplars, awards, indicator-values, movements, stories và tệp indicators.yaml (the known folders)',
    fix: 'Đổi phần mở rộng hoặc chuyển tệp vào đúng thư mục; xóa nếu không cần. (Rename or move the file, or delete it.)',
  };
}
