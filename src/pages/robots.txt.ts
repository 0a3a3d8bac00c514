import type { APIContext } from 'astro';

/** robots.txt pointing at the sitemap on the configured site and base (a static file could not know them), the editor disallowed. */
export function GET({ site }: APIContext) {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const sitemap = new URL(`${base}sitemap-index.xml`, site ?? 'http://localhost/');
  // The editor (docs/editor.md) is no page for search engines.
  return new Response(`User-agent: *\nAllow: /\nDisallow: ${base}admin/\n\nSitemap: ${sitemap.href}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
