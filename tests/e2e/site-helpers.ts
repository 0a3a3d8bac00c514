import fs from 'node:fs';
import path from 'node:path';

/** The configured base path ("/" or "/sub/"), so the specs also run against a site built under a sub-path. */
const base = (process.env.BASE ?? '/').replace(/\/?$/, '/');

/** A site path under the base: at('don-vi/') → "/don-vi/". */
export const at = (p = '') => base + p.replace(/^\/+/, '');

/** The built site the preview serves. */
export const distDir = path.resolve(process.env.DIST_DIR ?? process.env.OUT_DIR ?? 'dist');

/** The content the site was built from. */
export const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');

/** Every page address listed in the built sitemap, as a path on the preview server. */
export function sitemapPaths(): string[] {
  if (!fs.existsSync(distDir)) return [];
  const files = fs.readdirSync(distDir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  return files.flatMap((f) =>
    [...fs.readFileSync(path.join(distDir, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname),
  );
}

/** Front matter of the public stories, newest first (as the site lists them). */
export function publishedStories(): { slug: string; title: string; publishedOn: string; units: string[]; exemplars: string[] }[] {
  const dir = path.join(contentDir, 'stories');
  if (!fs.existsSync(dir)) return [];
  const today = process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);
  return fs
    .readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => {
      const head = fs.readFileSync(path.join(dir, f), 'utf8').split(/\n---\s*\n/)[0];
      const field = (k: string) => head.match(new RegExp(`^${k}:\\s*['"]?(.+?)['"]?\\s*$`, 'm'))?.[1] ?? '';
      const list = (k: string) => [...(head.match(new RegExp(`^${k}:\\s*\\n((?:\\s+- .+\\n?)+)`, 'm'))?.[1] ?? '').matchAll(/- (.+)/g)].map((m) => m[1].trim());
      return { slug: f.replace(/\.mdx?$/, ''), title: field('title'), publishedOn: field('publishedOn'), draft: field('draft') === 'true', units: list('units'), exemplars: list('exemplars') };
    })
    .filter((s) => !s.draft && s.publishedOn <= today)
    .sort((a, b) => b.publishedOn.localeCompare(a.publishedOn) || a.slug.localeCompare(b.slug));
}
