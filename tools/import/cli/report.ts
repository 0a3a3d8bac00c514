/** What the command line prints: a line per file, the summary table, the closing line, and the --json report. */
import { formatNumber } from '../../../src/utils/vietnamese.ts';
import { shown, type Outcome } from './outcome.ts';

function percent(ratio: number): string {
  return `${formatNumber(Math.floor(ratio * 10000) / 100)}%`;
}

/** The lines for one file as soon as it is read: where it goes and how, or why not; then its warnings. */
export function fileLines(outcome: Outcome, counter: string): string[] {
  const lines: string[] = [];
  const fm = outcome.result?.frontmatter;
  const fidelity = outcome.result?.fidelity;
  if (outcome.failure) lines.push(`${counter} ${outcome.failure.message}`);
  else if (fm && fidelity && outcome.output) {
    lines.push(`${counter} ${outcome.input} → ${shown(outcome.output)} (${outcome.encoding}, ${fm.type}, ${formatNumber(fidelity.total)} từ, giữ ${percent(fidelity.retention)})`);
  }
  if (outcome.newUnit && !outcome.failure) lines.push(`      đơn vị mới (new unit): ${shown(outcome.newUnit.file)} (${outcome.newUnit.label})`);
  for (const warning of outcome.warnings) lines.push(`      cảnh báo (warning): ${warning}`);
  return lines;
}

/** The outcomes' counts, and the failed files grouped by reason (the most frequent reason first). */
export function summarize(outcomes: Outcome[], dryRun: boolean) {
  const imported = outcomes.filter((o) => !o.failure);
  const groups = new Map<string, string[]>();
  for (const o of outcomes) if (o.failure) groups.set(o.failure.reason, [...(groups.get(o.failure.reason) ?? []), o.input]);
  return {
    dryRun,
    files: outcomes.length,
    imported: imported.length,
    withWarnings: imported.filter((o) => o.warnings.length > 0).length,
    failed: outcomes.length - imported.length,
    unitsCreated: imported.flatMap((o) => (o.unitCreated ? [o.unitCreated] : [])),
    failures: [...groups].sort((a, b) => b[1].length - a[1].length).map(([reason, files]) => ({ reason, files })),
  };
}

export type Summary = ReturnType<typeof summarize>;

/** The table at the end of a batch: how many imported, with warnings, failed; the failed files by reason. */
export function summaryTable(summary: Summary): string[] {
  const rows: [string, number][] = [
    [summary.dryRun ? 'sẽ nhập (would import)' : 'đã nhập (imported)', summary.imported],
    ['  trong đó có cảnh báo (with warnings)', summary.withWarnings],
    ['lỗi, không nhập (failed)', summary.failed],
  ];
  if (summary.unitsCreated.length) rows.push([summary.dryRun ? 'đơn vị sẽ tạo (units to create)' : 'đơn vị mới (units created)', summary.unitsCreated.length]);
  rows.push(['tổng số tệp (files)', summary.files]);
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = ['Tổng kết (summary):', ...rows.map(([label, n]) => `  ${label.padEnd(width)}  ${formatNumber(n).padStart(6)}`)];
  if (summary.failures.length) lines.push('Lỗi theo lý do (failed, by reason):');
  for (const { reason, files } of summary.failures) lines.push(`  ${reason} — ${formatNumber(files.length)} tệp:`, ...files.map((file) => `    ${file}`));
  return lines;
}

/** The last line: what was written, or why nothing was. */
export function closingLine(summary: Summary): string {
  const failed = summary.failed ? `; ${summary.failed} tệp lỗi, không nhập (failed, not imported)` : '';
  if (summary.dryRun) return `Thử (dry run): ${summary.imported} văn bản${summary.failed ? `, ${summary.failed} tệp lỗi (failed)` : ''}, không ghi gì (nothing written).`;
  if (summary.imported === 0) return `Dừng (stopped): ${summary.failed} lỗi trên ${summary.files} tệp, không ghi tệp nào (errors: nothing written).`;
  return `Xong (done): đã ghi ${summary.imported} văn bản (documents written)${failed}.`;
}

/** One file in the --json report. */
export function jsonRecord(outcome: Outcome) {
  const fm = outcome.result?.frontmatter;
  const fidelity = outcome.result?.fidelity;
  return {
    input: outcome.input,
    output: outcome.failure || !outcome.output ? null : shown(outcome.output),
    format: outcome.format,
    encoding: outcome.encoding ?? null,
    type: fm?.type ?? outcome.result?.type ?? null,
    number: fm?.number ?? null,
    symbol: fm?.symbol ?? null,
    issuedOn: fm?.issuedOn ?? null,
    place: fm?.place ?? null,
    title: fm?.title ?? null,
    unit: fm?.unit ?? null,
    unitCreated: outcome.unitCreated ?? null,
    signer: { name: fm?.signer.name ?? null, title: fm?.signer.title ?? null, capacity: fm?.signer.capacity ?? null },
    recipients: fm?.recipients ?? [],
    fidelity: fidelity ? { words: fidelity.total, kept: fidelity.kept, retention: fidelity.retention, moved: fidelity.moved } : null,
    warnings: outcome.warnings,
    errors: outcome.failure ? [outcome.failure.message] : [],
  };
}
