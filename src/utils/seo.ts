/** Short descriptions for meta tags and feeds. */

/** Cuts text at a word boundary so it fits `max` characters, adding "…" when cut. */
export function truncate(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const at = cut.lastIndexOf(' ');
  return `${(at > max / 2 ? cut.slice(0, at) : cut).replace(/[,;:.\s]+$/, '')}…`;
}
