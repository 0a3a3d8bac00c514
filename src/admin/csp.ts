import type { Settings } from '../settings.ts';

/**
 * The Content-Security-Policy of /admin/ only. The rest of the site keeps the strict policy of public/_headers.
 * Decap CMS needs more, and only here:
 * - `'unsafe-eval'`: it compiles its configuration's JSON schema (ajv) with `new Function`;
 * - `'unsafe-inline'` styles: its React components are styled with emotion, which writes <style> elements;
 * - `blob:` images: the preview of an image chosen but not yet saved;
 * - the API of the one git host the settings choose, and that host's avatars.
 */
export function adminCsp(s: Pick<Settings, 'CMS_BACKEND' | 'CMS_BASE_URL'>): string {
  const host = s.CMS_BACKEND === 'github' ? githubOrigins() : gitlabOrigins(s.CMS_BASE_URL);
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${host.images.join(' ')}`,
    "font-src 'self' data:",
    `connect-src 'self' ${host.api.join(' ')}`,
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

function gitlabOrigins(baseUrl?: string): { api: string[]; images: string[] } {
  const gitlab = baseUrl ? new URL(baseUrl).origin : 'https://gitlab.com';
  return { api: [gitlab], images: [gitlab, 'https://secure.gravatar.com'] };
}

function githubOrigins(): { api: string[]; images: string[] } {
  return { api: ['https://api.github.com'], images: ['https://avatars.githubusercontent.com'] };
}

/**
 * The rule appended to the built site's _headers (Cloudflare Pages syntax; docs/editor.md gives Netlify's and
 * nginx's). Hosts join the headers of every rule a path matches, and two policies both apply: the `!` line takes
 * the site-wide policy off /admin/ before this one is set.
 */
export function adminHeadersRule(s: Pick<Settings, 'CMS_BACKEND' | 'CMS_BASE_URL' | 'BASE'>): string {
  const base = s.BASE.replace(/\/?$/, '/');
  return [
    '',
    '# The editor (Decap CMS) at /admin/: its own policy, written by src/integrations/decap-cms.ts from src/admin/csp.ts.',
    `${base}admin/*`,
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${adminCsp(s)}`,
    '  X-Robots-Tag: noindex, nofollow',
    '  Cache-Control: no-cache',
    `${base}admin/config.yml`,
    '  Content-Type: text/yaml; charset=utf-8',
    '',
  ].join('\n');
}
