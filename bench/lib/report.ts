import type { BuildMeasure } from './build.ts';
import type { PageWeight } from './sizes.ts';
import type { SearchCost, SearchMeasure } from './search.ts';
import type { ShardedMeasure } from './sharded.ts';

/** The parts of a benchmark result the table shows. */
export interface ReportInput {
  label: string;
  machine: { cpus: number; cpuModel?: string; memoryGB: number; node: string; astro: string; loadAverageAtStart: number[] };
  corpus: { units: number; years: number; documents: number; files: number; bytes: number; generateMs: number };
  site: BuildMeasure;
  floor?: BuildMeasure;
  ratioToFloor?: number;
  ratioToFloorWithoutSearchIndex?: number;
  pagesPerSecond?: number;
  sizes?: { dist: { bytes: number; files: number }; pagefind: { bytes: number; files: number } };
  pageWeights: PageWeight[];
  search?: SearchMeasure;
  searchError?: string;
  importer?: { files: number; ms: number; filesPerSecond: number; exitCode: number };
  rebuilds?: RebuildMeasure[];
  sharded?: { shards: number; parallel: number; full: ShardedMeasure; rebuilds?: ShardedRebuild[] };
}

/** A rebuild after one edit (bench/lib/edits.ts) and its time as a share of the cold build's. */
export type RebuildMeasure = BuildMeasure & { edit: string; file: string; ratioToCold: number };
export type ShardedRebuild = ShardedMeasure & { edit: string; file: string; ratioToCold: number };

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')).join('\n');
}

/** The benchmark result as a plain-text table. */
export function formatReport(r: ReportInput): string {
  const out: string[] = [];
  out.push(`Bảng Vàng benchmark — ${r.label}: ${r.corpus.units} units × ${r.corpus.years} years = ${r.corpus.documents} documents, ${r.corpus.files} files, ${mb(r.corpus.bytes)} (generated in ${s(r.corpus.generateMs)})`);
  out.push(`Machine: ${r.machine.cpus} CPUs (${r.machine.cpuModel ?? '?'}), ${r.machine.memoryGB} GB, Node ${r.machine.node}, Astro ${r.machine.astro}, load at start ${r.machine.loadAverageAtStart.join(' ')}`);
  out.push('');
  const phaseNames: Array<[keyof BuildMeasure['phases'], string]> = [
    ['setup', 'setup + content check'], ['contentSync', 'content sync'], ['prepare', 'types, build info'], ['bundle', 'bundling'],
    ['render', 'page rendering'], ['searchIndex', 'sitemap + search index'], ['finish', 'finish'],
  ];
  const col = (b?: BuildMeasure) => (b ? (b.ok ? '' : ' (FAILED)') : '');
  const builds: Array<[string, BuildMeasure | undefined]> = [['site', r.site], ['floor', r.floor], ...(r.rebuilds ?? []).map((b): [string, BuildMeasure] => [`rebuild: ${b.edit}`, b])];
  const cells = (cell: (b: BuildMeasure) => string) => builds.map(([, b]) => (b ? cell(b) : '–'));
  out.push(table([
    ['build', ...builds.map(([name, b]) => `${name}${col(b)}`)],
    ['total', ...cells((b) => s(b.ms))],
    ...phaseNames.map(([key, name]) => [`  ${name}`, ...cells((b) => s(b.phases[key]))]),
    ['pages', ...cells((b) => String(b.pages ?? '?'))],
    ['peak memory (process tree)', ...cells((b) => mb(b.peakRssBytes))],
    ...phaseNames.map(([key, name]) => [`  peak in ${name}`, ...cells((b) => mb(b.peakRssByPhase?.[key] ?? 0))]),
  ]));
  if (r.rebuilds?.length) out.push(`\nRebuild after one edit / cold build (same run; budget ≤ 0.25): ${r.rebuilds.map((b) => `${b.edit} ${b.ratioToCold}`).join(', ')}`);
  out.push('');
  out.push(`Ratio site / floor: ${r.ratioToFloor ?? '–'} (without the search index: ${r.ratioToFloorWithoutSearchIndex ?? '–'}); ${r.pagesPerSecond ?? '–'} pages/s`);
  if (r.sizes) out.push(`dist: ${mb(r.sizes.dist.bytes)} in ${r.sizes.dist.files} files; Pagefind index: ${mb(r.sizes.pagefind.bytes)} in ${r.sizes.pagefind.files} files`);
  if (r.pageWeights.length) {
    out.push('');
    out.push(table([['page type (gzip)', 'HTML', 'CSS', 'HTML+CSS', 'JS'], ...r.pageWeights.map((w) => [w.type, kb(w.htmlGzip), kb(w.cssGzip), kb(w.htmlGzip + w.cssGzip), kb(w.jsGzip)])]));
  }
  if (r.search?.costs.length) {
    const rows = (where: string, costs: SearchCost[]) => costs.map((c, i) => [`${where}, ${i === 0 ? 'first' : 'later'}: ${c.query}`, kb(c.compressedBytes), kb(c.bytes), `${c.msToResults} ms`]);
    const province = r.search.province;
    out.push('');
    out.push(table([
      ['search query (Chromium)', 'transferred (gzip)', 'as served', 'time'],
      ...rows(province ? 'national bundle' : 'whole index', r.search.costs),
      ...(province ? rows(`in ${province.province} (${province.bundles.length} bundles, ${province.bundles.reduce((n, b) => n + b.pages, 0)} pages)`, province.costs) : []),
      ...(r.search.provinceYear ? rows(`in ${province!.province}, ${r.search.provinceYear.year} (${r.search.provinceYear.bundles.reduce((n, b) => n + b.pages, 0)} pages)`, r.search.provinceYear.costs) : []),
    ]));
  } else if (r.searchError) out.push(`search: not measured (${r.searchError})`);
  if (r.sharded) {
    const { full, rebuilds = [] } = r.sharded;
    const row = (name: string, m: ShardedMeasure, ratio = '') => [name, m.ok ? s(m.ms) : 'FAILED', ratio, mb(m.peakRssBytes), m.built.join(' ') || '–', m.reused.join(' ') || '–'];
    out.push('');
    out.push(table([
      [`sharded (${r.sharded.shards} parts + shared, ${r.sharded.parallel} at a time)`, 'total', '/ cold', 'peak', 'parts built', 'parts reused'],
      row('cold build', full), ...rebuilds.map((m) => row(`rebuild: ${m.edit}`, m, String(m.ratioToCold))),
    ]));
  }
  if (r.importer) out.push(`\nimporter: ${r.importer.files} .txt files in ${s(r.importer.ms)} = ${r.importer.filesPerSecond.toFixed(1)} files/s (exit ${r.importer.exitCode})`);
  return out.join('\n');
}
