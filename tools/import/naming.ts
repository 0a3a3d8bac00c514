/**
 * Ids and paths of imported documents, following the project's convention:
 * "<province>/<unit>/<year>-<type slug>-<number>" when the document is numbered, else
 * "<year>-<type slug>-<first 6 words of the title, slugified>".
 */
import { slugify } from '../../src/utils/vietnamese.ts';

/** The document's slug within its unit, e.g. "2023-bao-cao-127". */
export function documentSlug(input: { year: string; type: string; number?: string; title: string }): string {
  const typeSlug = slugify(input.type);
  if (input.number) return `${input.year}-${typeSlug}-${slugify(input.number)}`;
  const words = input.title.split(/[^\p{L}\p{M}\p{Nd}]+/u).filter(Boolean).slice(0, 6).join(' ');
  return `${input.year}-${typeSlug}-${slugify(words)}`;
}

/** The document's id, "<unit id>/<slug>". */
export function documentId(unit: string, slug: string): string {
  return `${unit}/${slug}`;
}
