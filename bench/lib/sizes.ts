import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes and files under a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (!fs.existsSync(dir)) return { bytes, files };
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** What one page makes a reader download, gzip-compressed (as a static host would serve it). */
export interface PageWeight {
  type: string;
  url: string;
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  /** Scripts the page loads, with what they import, by path. */
  scripts: string[];
}

const gz = (file: string) => gzipSync(fs.readFileSync(file)).length;

/** Local asset paths a page or module refers to (src/href of /_astro/… and relative imports). */
function assetPath(dist: string, from: string, ref: string, base: string): string | undefined {
  if (/^(https?:)?\/\//.test(ref) || ref.startsWith('data:')) return undefined;
  const clean = ref.split(/[?#]/)[0];
  const file = clean.startsWith('/') ? path.join(dist, clean.slice(base.length - 1)) : path.resolve(path.dirname(from), clean);
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : undefined;
}

/** A page's HTML, its stylesheets and its scripts with every module they import statically. */
export function pageWeight(dist: string, type: string, url: string, base = '/'): PageWeight {
  const htmlFile = path.join(dist, url.slice(base.length), 'index.html');
  const html = fs.readFileSync(htmlFile, 'utf8');
  const css = new Set<string>();
  const js = new Set<string>();
  for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"|<link[^>]*href="([^"]+)"[^>]+rel="stylesheet"/g)) {
    const file = assetPath(dist, htmlFile, m[1] ?? m[2], base);
    if (file) css.add(file);
  }
  const queue: string[] = [];
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"|<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g)) {
    const file = assetPath(dist, htmlFile, m[1] ?? m[2], base);
    if (file) queue.push(file);
  }
  let inlineJs = '';
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)) inlineJs += m[1];
  while (queue.length) {
    const file = queue.pop()!;
    if (js.has(file)) continue;
    js.add(file);
    const code = fs.readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.m?js)["']/g)) {
      const dep = assetPath(dist, file, m[1], base);
      if (dep) queue.push(dep);
    }
  }
  const sum = (files: Set<string>) => [...files].reduce((s, f) => s + gz(f), 0);
  return {
    type, url,
    htmlGzip: gz(htmlFile), cssGzip: sum(css), jsGzip: sum(js) + (inlineJs.trim() ? gzipSync(inlineJs).length : 0),
    scripts: [...js].map((f) => path.relative(dist, f)),
  };
}

/** The sections whose first page is weighed, with the page-type name used in the report. */
const sections: Array<[string, string, number]> = [
  ['home', '', 0], ['document', 'van-ban', 3], ['unit', 'don-vi', 2], ['units index', 'don-vi', 0], ['exemplar', 'dien-hinh', 1],
  ['exemplars index', 'dien-hinh', 0], ['story', 'bai-viet', 1], ['indicator', 'chi-so', 1], ['awards', 'khen-thuong', 0],
  ['movement', 'phong-trao', 1], ['search', 'tim-kiem', 0], ['data', 'du-lieu', 0],
];

/**
 * One page of each type: the URL given in `known` (e.g. the first document of the corpus), else the first
 * folder (in sorted order) at the depth that type lives at.
 */
export function samplePages(dist: string, base = '/', known: Record<string, string> = {}): Array<{ type: string; url: string }> {
  const out: Array<{ type: string; url: string }> = [];
  for (const [type, section, depth] of sections) {
    const given = known[type];
    if (given) {
      if (fs.existsSync(path.join(dist, given.slice(base.length), 'index.html'))) out.push({ type, url: given });
      continue;
    }
    let dir = path.join(dist, section);
    let url = `${base}${section ? `${section}/` : ''}`;
    let ok = fs.existsSync(path.join(dir, 'index.html')) || depth > 0;
    for (let level = 0; ok && level < depth; level++) {
      const next = fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()[0] : undefined;
      if (!next) ok = false;
      else {
        dir = path.join(dir, next);
        url += `${next}/`;
      }
    }
    if (ok && fs.existsSync(path.join(dir, 'index.html'))) out.push({ type, url });
  }
  return out;
}
