import type { CollectionRule } from './collections.ts';
import type { FileProblem, Problem } from './problem.ts';

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A file's place must give a valid page address: slug folders and names, at the depth the collection expects. */
export function idProblems(rule: CollectionRule, relative: string): FileProblem[] {
  const problems: FileProblem[] = [];
  const segments = relative.replace(/\.(ya?ml|mdx?)$/, '').split('/');
  if (rule.depth && segments.length !== rule.depth) {
    problems.push({
      severity: 'error',
      rule: 'file/place',
      found: `tệp nằm ở "${rule.folder}/${relative}" (the file is at the wrong depth)`,
      expected: `đường dẫn như ${rule.example} (a path like ${rule.example})`,
      fix: 'Chuyển tệp vào đúng thư mục tỉnh/đơn vị. (Move the file into its province/unit folder.)',
    });
  }
  const bad = segments.filter((segment) => !slug.test(segment));
  if (bad.length) {
    problems.push({
      severity: 'error',
      rule: 'file/name',
      found: `tên ${bad.map((b) => `"${b}"`).join(', ')} có chữ hoa, dấu hoặc khoảng trắng (name with capitals, diacritics or spaces)`,
      expected: 'chữ thường không dấu nối bằng "-", ví dụ "tan-hoa-phu-binh" (lowercase ASCII words joined by "-")',
      fix: 'Đổi tên tệp/thư mục: bỏ dấu, viết thường, thay khoảng trắng bằng "-". Tên tệp là địa chỉ trang. (Rename it: the name is the page address.)',
    });
  }
  return problems;
}

/** Two files that would get the same id: Astro keeps one of them silently. */
export function duplicateProblem(rule: CollectionRule, id: string, file: string, earlier: string): Problem {
  const byName = rule.id === 'file-name';
  return {
    severity: 'error',
    rule: 'duplicate/id',
    file,
    found: `id "${id}" trùng với ${earlier} (duplicate id, also ${earlier})`,
    expected: byName
      ? `tên tệp không trùng trong toàn bộ ${rule.folder}/, kể cả ở thư mục khác (file names unique across all of ${rule.folder}/, whatever the folder)`
      : 'mỗi đường dẫn một tệp (one file per path, not both .yaml and .yml or .md and .mdx)',
    fix: byName
      ? 'Đổi tên một trong hai tệp, ví dụ thêm tên đơn vị: ho-tran-nhon-son-long-son-tay.yaml. (Rename one, e.g. add the unit slug.)'
      : 'Xóa một trong hai tệp hoặc gộp chúng. (Delete or merge one of them.)',
  };
}
