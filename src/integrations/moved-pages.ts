import fs from 'node:fs';
import { parse } from 'yaml';
import { contentPath } from '../settings.ts';

/**
 * The old English addresses of the indicator pages (/chi-so/<id>/), which now only forward to the Vietnamese ones
 * (/chi-so/<slug>/): the sitemap leaves them out. Read from content/indicators.yaml when the config loads.
 */
export function movedIndicatorKeys(): Set<string> {
  const file = contentPath('indicators.yaml');
  if (!fs.existsSync(file)) return new Set();
  const list = parse(fs.readFileSync(file, 'utf8')) as { id?: string; slug?: string }[] | null;
  return new Set((list ?? []).filter((i) => i.id && i.slug && i.slug !== i.id).map((i) => i.id!));
}

/** Whether a sitemap page is an old address that forwards elsewhere. */
export function isMovedPage(url: string, moved: Set<string>): boolean {
  const match = /\/chi-so\/([^/]+)\//.exec(new URL(url).pathname);
  return !!match && moved.has(match[1]);
}
