/**
 * JavaScript weight of every page with charts, read from a built site: what loads with the page, and what
 * loads when its charts scroll into view (Chart.js and the drawing code for the chart types on the page).
 * Runs in Node, for the benchmark:
 *
 *   import { chartPagesJsWeight } from './bench/js-weight.ts';
 *   const report = chartPagesJsWeight('/tmp/dist');
 *
 * or from a shell: `npm exec -- node bench/js-weight.ts <dist folder>` (prints JSON).
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { settings } from '../src/settings.ts';

/** Bytes on disk and gzip-compressed (level 9, what a static host typically serves). */
export interface Weight {
  bytes: number;
  gzip: number;
}

export interface PageWeight {
  /** Page path from the site root, e.g. "/chi-so/online-files-rate/". */
  page: string;
  /** Chart types on the page, e.g. ["bar", "line"]. */
  chartTypes: string[];
  /** Scripts the page loads at once (module scripts and their static imports). */
  initial: Weight & { files: string[] };
  /** Scripts fetched when its charts scroll into view. */
  onView: Weight & { files: string[] };
  /** Both together: everything the page can load for its charts. */
  total: Weight;
}

function weigh(dist: string, files: Iterable<string>): Weight & { files: string[] } {
  const list = [...files].sort();
  let bytes = 0;
  let gzip = 0;
  for (const f of list) {
    const data = fs.readFileSync(path.join(dist, f));
    bytes += data.length;
    gzip += gzipSync(data, { level: 9 }).length;
  }
  return { bytes, gzip, files: list };
}

/** Static imports of a built chunk, as paths from the dist root. */
function staticImports(dist: string, file: string): string[] {
  const code = fs.readFileSync(path.join(dist, file), 'utf8');
  const dir = path.posix.dirname(file);
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) => path.posix.join(dir, m[1]));
}

/** Targets of dynamic import() in a chunk, as paths from the dist root. */
function dynamicImports(dist: string, file: string): string[] {
  const code = fs.readFileSync(path.join(dist, file), 'utf8');
  const dir = path.posix.dirname(file);
  const relative = [...code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)].map((m) => path.posix.join(dir, m[1]));
  // Vite lists the chunks of each dynamic import (and their dependencies) in __vite__mapDeps, from the root.
  const mapped = [...code.matchAll(/["'`]([\w/.-]*_astro\/[^"'`]+\.js)["'`]/g)].map((m) => m[1].replace(/^\/+/, ''));
  return [...relative, ...mapped];
}

/** A file and every file it imports statically, transitively. */
function closure(dist: string, roots: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !fs.existsSync(path.join(dist, file))) continue;
    seen.add(file);
    queue.push(...staticImports(dist, file));
  }
  return seen;
}

function htmlFiles(dist: string): string[] {
  return fs
    .readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(path.sep).join('/'));
}

/** The weight of every page of `dist` that has a chart. `base` is the site's base path ("/" or "/sub/"). */
export function chartPagesJsWeight(dist: string, base = '/'): PageWeight[] {
  const strip = (src: string) => src.replace(new RegExp(`^${base.replace(/[/.]/g, '\\$&')}`), '').replace(/^\/+/, '');
  return htmlFiles(dist)
    .map((file) => ({ file, html: fs.readFileSync(path.join(dist, file), 'utf8') }))
    .filter(({ html }) => html.includes('<bv-chart'))
    .map(({ file, html }) => {
      const chartTypes = [...new Set([...html.matchAll(/<bv-chart[^>]*\bdata-type="([a-z]+)"/g)].map((m) => m[1]))].sort();
      const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)].map((m) => strip(m[1]));
      const initial = closure(dist, scripts);
      // Only the drawing chunks of the chart types on this page are fetched, with their dependencies.
      const drawChunks = [...initial]
        .flatMap((f) => dynamicImports(dist, f))
        .filter((f) => chartTypes.some((t) => path.posix.basename(f).startsWith(`draw-${t}.`)));
      const onView = [...closure(dist, drawChunks)].filter((f) => !initial.has(f));
      const a = weigh(dist, initial);
      const b = weigh(dist, onView);
      const page = `/${file.replace(/index\.html$/, '')}`;
      return { page, chartTypes, initial: a, onView: b, total: { bytes: a.bytes + b.bytes, gzip: a.gzip + b.gzip } };
    })
    .sort((x, y) => x.page.localeCompare(y.page));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  console.log(JSON.stringify(chartPagesJsWeight(path.resolve(dist), settings().BASE), null, 2));
}
