/**
 * Measures search bytes in Chromium on a built site (first and later queries, without a province and within the
 * largest one), as `npm run bench` and `npm run bench:shards` do after their builds:
 *
 *   npm run bench:search -- --dist <built site> --content <its content folder> [--label name]
 *
 * Writes bench/results/search-<label>.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureSearch, searchQueries } from './lib/search.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { dist: { type: 'string' }, content: { type: 'string' }, label: { type: 'string' } } });
if (!values.dist || !values.content) {
  console.error('Cần --dist <trang đã dựng> và --content <thư mục nội dung> (give --dist <built site> and --content <content folder>)');
  process.exit(2);
}
const label = values.label ?? path.basename(path.dirname(path.resolve(values.dist)));
const search = await measureSearch(path.resolve(values.dist), searchQueries(path.resolve(values.content)));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
for (const c of search.costs) console.log(`national bundle, ${c.query}: ${kb(c.compressedBytes)} in ${c.msToResults} ms ${JSON.stringify(c.byKind)}`);
for (const c of search.province?.costs ?? []) console.log(`in ${search.province!.province}, ${c.query}: ${kb(c.compressedBytes)} in ${c.msToResults} ms ${JSON.stringify(c.byKind)}`);
for (const c of search.provinceYear?.costs ?? []) console.log(`in ${search.provinceYear!.province}, ${search.provinceYear!.year}, ${c.query}: ${kb(c.compressedBytes)} in ${c.msToResults} ms ${JSON.stringify(c.byKind)}`);
fs.mkdirSync(path.join(repo, 'bench/results'), { recursive: true });
fs.writeFileSync(path.join(repo, 'bench/results', `search-${label}.json`), `${JSON.stringify({ label, dist: values.dist, measuredAt: new Date().toISOString(), search }, null, 2)}\n`);
