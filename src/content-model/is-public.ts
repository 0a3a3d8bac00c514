/** The fields of an entry that decide whether the public may see it. */
export interface Publishable {
  draft?: unknown;
  /** The embargo: the entry is public from this day on (YYYY-MM-DD; a date parsed from YAML is accepted too). */
  publishedOn?: unknown;
  /** "pending" on what the extractor proposed and no person has checked yet (tools/extract/). */
  review?: unknown;
}

const isoDay = (value: unknown): string | undefined =>
  value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value.slice(0, 10) : undefined;

/**
 * The one publication rule, used by the content loader, the content check, the search and the tests: an entry is
 * public on `buildDate` (YYYY-MM-DD) when it is not a draft, not a proposal awaiting review, and its publication
 * date, if any, has come.
 */
export function isPublic(data: Publishable, buildDate: string): boolean {
  if (data.draft === true || data.review === 'pending') return false;
  const on = isoDay(data.publishedOn);
  return on === undefined || on <= buildDate;
}

/**
 * The same rule read from a file's text before any parsing (frontmatter of Markdown, or a YAML data file), so that
 * the loader can leave hidden files out cheaply at any scale: only top-level `draft:`, `review:` and `publishedOn:`
 * lines count.
 */
export function isPublicText(text: string, buildDate: string): boolean {
  const head = text.startsWith('---') ? text.slice(0, text.indexOf('\n---', 3) + 1 || undefined) : text;
  const draft = /^draft:\s*(?:true|yes|on)\s*(?:#.*)?$/m.test(head);
  const review = /^review:\s*["']?pending["']?\s*(?:#.*)?$/m.test(head) ? 'pending' : undefined;
  const publishedOn = /^publishedOn:\s*["']?(\d{4}-\d{2}-\d{2})/m.exec(head)?.[1];
  return isPublic({ draft, review, publishedOn }, buildDate);
}
