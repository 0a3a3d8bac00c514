/**
 * Profiles one build of a content folder: CPU (V8 --cpu-prof, self time by package and by function), memory
 * over the phases, and the phases' times.
 *
 *   node bench/profile.ts --content bench/work/preset-1000/content [--root bench/floor] [--label name]
 *
 * Writes bench/results/profile-<label>.json and the raw .cpuprofile under bench/work/profile-<label>/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureBuild } from './lib/build.ts';
import { summarizeProfile } from './lib/cpu-profile.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { content: { type: 'string' }, root: { type: 'string' }, label: { type: 'string', default: 'site' }, 'max-old-space': { type: 'string' } } });
if (!values.content) {
  console.error('Cần --content <thư mục nội dung> (give --content <content folder>)');
  process.exit(2);
}
const work = path.join(repo, 'bench/work', `profile-${values.label}`);
fs.rmSync(work, { recursive: true, force: true });
const profDir = path.join(work, 'cpu');
const build = await measureBuild({
  repo, root: values.root ? path.resolve(values.root) : repo, content: path.resolve(values.content),
  out: path.join(work, 'dist'), cache: path.join(work, 'cache'), compileCache: path.join(work, 'compile-cache'), cold: true,
  nodeOptions: ['--cpu-prof', `--cpu-prof-dir=${profDir}`, ...(values['max-old-space'] ? [`--max-old-space-size=${values['max-old-space']}`] : [])],
});
const profiles = fs.existsSync(profDir) ? fs.readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile')) : [];
const summaries = profiles.map((f) => ({ file: f, ...summarizeProfile(path.join(profDir, f)) }));
const { run: _run, ...rest } = build;
const result = { label: values.label, content: values.content, build: rest, cpu: summaries };
fs.mkdirSync(path.join(repo, 'bench/results'), { recursive: true });
fs.writeFileSync(path.join(repo, 'bench/results', `profile-${values.label}.json`), `${JSON.stringify(result, null, 2)}\n`);
const mb = (b: number) => `${Math.round(b / 2 ** 20)} MB`;
console.log(`build ${build.ok ? 'ok' : 'FAILED'} in ${(build.ms / 1000).toFixed(1)} s, peak ${mb(build.peakRssBytes)}, ${build.pages ?? '?'} pages`);
for (const [k, v] of Object.entries(build.phases)) console.log(`  ${k.padEnd(12)} ${(v / 1000).toFixed(1).padStart(7)} s   peak ${mb(build.peakRssByPhase[k as keyof typeof build.peakRssByPhase])}`);
for (const s of summaries) {
  console.log(`\nCPU profile ${s.file}: ${(s.totalMs / 1000).toFixed(1)} s sampled`);
  console.log('  self time by owner:');
  for (const [k, v] of s.byOwner) console.log(`    ${(v / 1000).toFixed(1).padStart(6)} s  ${k}`);
  console.log('  self time by function:');
  for (const [k, v] of s.byFunction.slice(0, 15)) console.log(`    ${(v / 1000).toFixed(1).padStart(6)} s  ${k}`);
}
if (!build.ok) console.log(build.errorTail?.join('\n'));
