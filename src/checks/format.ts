import type { Problem } from './problem.ts';

/**
 * Every problem, grouped by file, one block each: where (line, field), what was found, what is expected, how to fix.
 * `label` is how the content folder is named in paths (e.g. "content").
 */
export function formatProblems(problems: readonly Problem[], label = 'content'): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const files = new Map<string, Problem[]>();
  for (const problem of problems) {
    const list = files.get(problem.file) ?? [];
    list.push(problem);
    files.set(problem.file, list);
  }
  const out: string[] = [
    `Kiểm tra nội dung: ${errors} lỗi, ${warnings} cảnh báo trong ${files.size} tệp ` +
      `(content check: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${files.size} file${files.size === 1 ? '' : 's'})`,
  ];
  for (const [file, list] of files) {
    out.push('', `${label}/${file}`);
    for (const p of list) {
      const where = [p.line ? `dòng ${p.line} (line ${p.line})` : undefined, p.field ? `trường ${p.field} (field)` : undefined].filter(Boolean).join(', ');
      const kind = p.severity === 'error' ? '✖ LỖI (error)' : '⚠ CẢNH BÁO (warning)';
      out.push(`  ${kind}${where ? ` — ${where}` : ''} [${p.rule}]`);
      out.push(`    Thấy (found): ${p.found}`);
      out.push(`    Cần (expected): ${p.expected}`);
      out.push(`    Cách sửa (fix): ${p.fix}`);
    }
  }
  return out.join('\n');
}

/** The line that says how many proposals of the extractor await a person's review, or undefined when none do. */
export function pendingReviewLine(pending: readonly string[]): string | undefined {
  if (!pending.length) return undefined;
  return (
    `${pending.length} tệp đề xuất đang chờ duyệt, ẩn khỏi trang công khai; xem /kiem-duyet/ trong npm run dev ` +
    `(${pending.length} proposal file${pending.length === 1 ? '' : 's'} from the extractor await${pending.length === 1 ? 's' : ''} review, hidden from the public site)`
  );
}
