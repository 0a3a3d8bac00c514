/**
 * Measures the shard runner on a content folder: wall time, peak memory of the whole process tree (all parts),
 * and each part's time as the runner reports it. Every part is built cold.
 *
 *   npm run bench:shards -- --content bench/work/preset-1000/content [--shards 4] [--parallel 1] [--no-search] [--work <dir>]
 *     [--edits story,document,exemplar] [--skip-search-bytes]
 *
 * With --edits, after the cold build each edit of bench/lib/edits.ts is applied in turn and the site built again
 * (the runner reuses the parts whose inputs did not change): the time until the merged site has the edit, and its
 * share of the cold build. The edits are undone at the end.
 * With the search index, it then measures search bytes in Chromium on the merged site (first and later queries,
 * without a province and within the largest one).
 * Writes bench/results/shards-<label>.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { folderSize } from './lib/sizes.ts';
import { measureShardedBuild } from './lib/sharded.ts';
import { measureSearch, searchQueries, type SearchMeasure } from './lib/search.ts';
import { afterEachEdit, editKinds, editOf, type EditKind } from './lib/edits.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    content: { type: 'string' }, shards: { type: 'string', default: '4' }, parallel: { type: 'string', default: '1' }, label: { type: 'string' },
    'no-search': { type: 'boolean', default: false }, work: { type: 'string' }, edits: { type: 'string' },
    'skip-search-bytes': { type: 'boolean', default: false },
  },
});
if (!values.content) {
  console.error('Cần --content <thư mục nội dung> (give --content <content folder>)');
  process.exit(2);
}
const label = values.label ?? `${path.basename(path.dirname(path.resolve(values.content)))}-s${values.shards}-p${values.parallel}`;
const work = path.resolve(values.work ?? path.join(repo, 'bench/work', `shards-${label}`));
const out = path.join(work, 'dist');
fs.rmSync(out, { recursive: true, force: true });
const editKindsAsked = (values.edits ?? '').split(',').filter(Boolean) as EditKind[];
for (const kind of editKindsAsked) {
  if (!editKinds.includes(kind)) {
    console.error(`--edits: không biết "${kind}" (expected ${editKinds.join(', ')})`);
    process.exit(2);
  }
}
const shardOptions = {
  repo, content: path.resolve(values.content), out, work: path.join(work, 'parts'), compileCache: path.join(work, 'compile-cache'),
  shards: Number(values.shards), parallel: Number(values.parallel), echo: true, extraArgs: values['no-search'] ? ['--no-search'] : [],
};
const run = await measureShardedBuild({ ...shardOptions, fresh: true });
const round2 = (n: number) => Math.round(n * 100) / 100;
const measuredEdits = run.ok && editKindsAsked.length
  ? await afterEachEdit(shardOptions.content, editKindsAsked.map((kind) => editOf(shardOptions.content, kind)), (edit) => {
    console.log(`▸ rebuild after editing one ${edit.kind} (${edit.file})`);
    return measureShardedBuild({ ...shardOptions, fresh: false });
  })
  : [];
const rebuilds = measuredEdits.map(({ edit, result }) => ({
  edit: edit.kind, file: edit.file, ok: result.ok, ms: Math.round(result.ms), ratioToCold: round2(result.ms / run.ms),
  peakRssBytes: result.peakRssBytes, parts: result.log,
}));
// Search bytes in Chromium on the merged site, as `npm run bench` measures them.
let search: SearchMeasure | undefined;
if (run.ok && !values['no-search'] && !values['skip-search-bytes']) search = await measureSearch(out, searchQueries(path.resolve(values.content)));
const pages = fs.existsSync(out) ? (fs.readdirSync(out, { recursive: true }) as string[]).filter((f) => f.endsWith('index.html')).length : 0;
const result = { label, content: values.content, shards: Number(values.shards), parallel: Number(values.parallel), searchIndex: !values['no-search'], ok: run.ok, ms: Math.round(run.ms), peakRssBytes: run.peakRssBytes, peakProcessRssBytes: run.peakProcessRssBytes, pages, dist: folderSize(out), pagefind: folderSize(path.join(out, 'pagefind')), search, parts: run.log, rebuilds };
fs.mkdirSync(path.join(repo, 'bench/results'), { recursive: true });
fs.writeFileSync(path.join(repo, 'bench/results', `shards-${label}.json`), `${JSON.stringify(result, null, 2)}\n`);
console.log(`${result.ok ? 'ok' : 'FAILED'} in ${(run.ms / 1000).toFixed(1)} s, peak ${Math.round(run.peakRssBytes / 2 ** 20)} MB (largest process ${Math.round(run.peakProcessRssBytes / 2 ** 20)} MB), ${pages} pages`);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
if (search) {
  for (const c of search.costs) console.log(`search, national bundle: ${c.query}: ${kb(c.compressedBytes)} in ${c.msToResults} ms`);
  for (const c of search.province?.costs ?? []) console.log(`search in ${search.province!.province}: ${c.query}: ${kb(c.compressedBytes)} in ${c.msToResults} ms`);
  for (const c of search.provinceYear?.costs ?? []) console.log(`search in ${search.provinceYear!.province}, ${search.provinceYear!.year}: ${c.query}: ${kb(c.compressedBytes)} in ${c.msToResults} ms`);
}
for (const r of rebuilds) console.log(`rebuild after one ${r.edit}: ${r.ok ? 'ok' : 'FAILED'} in ${(r.ms / 1000).toFixed(1)} s (${r.ratioToCold} of the cold build)`);
if (!result.ok) console.log(run.log.slice(-40).map((l) => l.text).join('\n'));
