import fs from 'node:fs';
import path from 'node:path';
import { buildDate } from '../settings.ts';
import { walkFiles } from './walk.ts';
import { isPublicText } from '../content-model/is-public.ts';

/**
 * Glob negation patterns ("!path") for the entries of a collection folder that a build must not load at all:
 * drafts, proposals awaiting review (`review: pending`), and entries whose publishedOn is after the build date.
 *
 * Filtering pages is not enough: Astro's content layer emits an entry's images (a story's cover, through
 * image()) for every entry it loads, whether or not a page shows it — an embargoed story's cover would be
 * published in dist/_astro/. Leaving the files out of the loader keeps everything of them out of the build.
 * Only top-level `draft:`, `review:` and `publishedOn:` lines are read, with a regular expression: cheap at any scale.
 */
export function hiddenPatterns(folder: string, today = buildDate()): string[] {
  const patterns: string[] = [];
  if (!fs.existsSync(folder)) return patterns;
  for (const file of walkFiles(folder)) {
    if (!/\.(mdx?|ya?ml)$/.test(file)) continue;
    if (isHidden(fs.readFileSync(path.join(folder, file), 'utf8'), today)) patterns.push(`!${file}`);
  }
  return patterns;
}

/** Whether a file's own data says it is a draft, a pending proposal or embargoed (frontmatter of Markdown, or a YAML data file). */
export function isHidden(text: string, today: string): boolean {
  return !isPublicText(text, today);
}
