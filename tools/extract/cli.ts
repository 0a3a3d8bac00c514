/**
 * Proposes exemplars, award tallies and indicator values from imported documents:
 *   npm run extract -- <document file or id>… [--json] [--write]
 *   npm run extract -- --accuracy [--json]
 * The content folder is CONTENT_DIR or content/. Without --write nothing is written (tools/extract/README.md).
 */
import path from 'node:path';
import { settings } from '../../src/settings.ts';
import { locateDocument, readDocument } from './document.ts';
import { propose, readKnowledge, type ProposedFile } from './propose.ts';
import { writeProposals, type WriteResult } from './write.ts';
import { measureAccuracy, type AccuracyReport } from './accuracy.ts';

const usage =
  'Cách dùng (usage): npm run extract -- <tệp hoặc id văn bản>… [--json] [--write]\n' +
  '                   npm run extract -- --accuracy [--json]';

const outcomeLabel: Record<WriteResult['outcome'], string> = {
  written: 'đã ghi (written)',
  unchanged: 'không đổi (unchanged)',
  'kept-reviewed': 'giữ nguyên tệp đã duyệt, không ghi (a reviewed file is kept)',
  'already-reviewed': 'đã có tệp đã duyệt cho văn bản này, bỏ qua (already reviewed)',
  suffixed: 'đã ghi với hậu tố vì tên tệp thuộc một tệp đã duyệt của văn bản khác (written with a suffix)',
  removed: 'đã xóa đề xuất cũ không còn (stale proposal removed)',
};

/** A proposal file in one line per entry, for reading in a terminal. */
function describe(file: ProposedFile): string[] {
  const d = file.data;
  if (file.collection === 'exemplars') return [`  điển hình (exemplar) ${String(d.kind)}: ${String(d.name)}`];
  if (file.collection === 'awards') {
    return (d.tallies as Array<Record<string, unknown>>).map(
      (t) => `  khen thưởng (award) ${String(d.year)}: ${String(t.count)} ${String(t.recipient ?? '')} — ${String(t.name)}${t.level ? `, cấp ${String(t.level)}` : ''} [${t.status === 'proposed' ? 'đề nghị' : 'đã tặng'}]`,
    );
  }
  return (d.values as Array<Record<string, unknown>>).map((v) => `  chỉ số (indicator) ${String(d.year)}: ${String(v.indicator)} = ${String(v.value)} [${String(v.kind)}]`);
}

function printAccuracy(report: AccuracyReport): void {
  const percent = (x: number) => `${(x * 100).toFixed(1)} %`;
  console.log(`Độ chính xác trên ${report.documents.length} văn bản (accuracy on ${report.documents.length} documents):`);
  console.log('loại (kind)        đề xuất  tham chiếu  khớp  precision  recall');
  for (const [label, s] of [['exemplars', report.exemplars], ['award tallies', report.awards], ['indicator values', report.indicatorValues]] as const) {
    console.log(`${label.padEnd(18)} ${String(s.proposed).padStart(7)}  ${String(s.reference).padStart(10)}  ${String(s.matched).padStart(4)}  ${percent(s.precision).padStart(9)}  ${percent(s.recall).padStart(6)}`);
    for (const key of s.extra) console.log(`    thừa (extra): ${key}`);
    for (const key of s.missed) console.log(`    thiếu (missed): ${key}`);
  }
  console.log(`Câu trích không có trong văn bản (quotes not found): ${report.badQuotes.length}`);
  for (const q of report.badQuotes) console.log(`    ${q}`);
}

function main(args: string[]): number {
  const json = args.includes('--json');
  const contentDir = path.resolve(settings().CONTENT_DIR);
  if (args.includes('--accuracy')) {
    const report = measureAccuracy(contentDir);
    if (json) console.log(JSON.stringify(report, null, 2));
    else printAccuracy(report);
    return 0;
  }
  const refs = args.filter((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && !['--json', '--write'].includes(a));
  if (!refs.length || unknown.length) {
    console.error(`${unknown.length ? `Tùy chọn không rõ (unknown option): ${unknown.join(', ')}\n` : ''}${usage}`);
    return 2;
  }
  const knowledge = readKnowledge(contentDir);
  const output: Array<{ document: string; files: ProposedFile[]; problems: string[]; written?: WriteResult[] }> = [];
  for (const ref of refs) {
    const found = locateDocument(ref, contentDir);
    if (!found) {
      console.error(`Không tìm thấy văn bản (document not found): ${ref} — cho đường dẫn tệp .md hoặc id như "thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127" (give a file path or a document id)`);
      return 1;
    }
    const doc = readDocument(found.file, found.id);
    const { files, problems } = propose(doc, knowledge);
    output.push({ document: doc.id, files, problems, ...(args.includes('--write') ? { written: writeProposals(contentDir, doc.id, files) } : {}) });
  }
  if (json) console.log(JSON.stringify(output, null, 2));
  else for (const o of output) printDocument(o);
  return output.some((o) => o.problems.length) ? 1 : 0;
}

function printDocument(o: { document: string; files: ProposedFile[]; problems: string[]; written?: WriteResult[] }): void {
  console.log(`${o.document}: ${o.files.length} tệp đề xuất (proposal files)`);
  for (const f of o.files) {
    console.log(` ${f.path}`);
    for (const line of describe(f)) console.log(line);
  }
  for (const p of o.problems) console.log(`  không hợp lệ, bỏ qua (invalid, left out): ${p}`);
  for (const w of o.written ?? []) console.log(`  ${w.path}: ${outcomeLabel[w.outcome]}${w.instead ? ` — thay cho (instead of) ${w.instead}` : ''}`);
}

process.exitCode = main(process.argv.slice(2));
