import fs from 'node:fs';
import { render } from 'astro:content';
import { getDocuments } from './documents.ts';
import { contentPath } from '../settings.ts';

/** Text as compared: no emphasis marks, escapes or quote characters, single spaces. */
function norm(text: string): string {
  return text.replace(/[*_\\“”"‘’'`]/g, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
}

interface DocOutline {
  /** Body lines, each with the index of the heading above it (-1 before the first). */
  lines: { text: string; heading: number }[];
  /** Heading ids in order, as the page renders them. */
  slugs: string[];
}

const outlines = new Map<string, Promise<DocOutline | undefined>>();

async function outline(documentId: string): Promise<DocOutline | undefined> {
  const doc = (await getDocuments()).byId.get(documentId);
  if (!doc) return undefined;
  const file = ['.mdx', '.md'].map((ext) => contentPath('documents', documentId + ext)).find((f) => fs.existsSync(f));
  if (!file) return undefined;
  const raw = fs.readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const { headings } = await render(doc);
  const lines: DocOutline['lines'] = [];
  let heading = -1;
  for (const line of raw.split('\n')) {
    if (/^#{1,6}\s/.test(line)) heading++;
    else if (line.trim()) lines.push({ text: norm(line), heading });
  }
  return { lines, slugs: headings.map((h) => h.slug) };
}

/**
 * Id of the heading just above the place where a document states a quote, so a link can land near it even
 * where text fragments are not supported. Each document is read once per build.
 */
export async function headingBeforeQuote(documentId: string, quote: string): Promise<string | undefined> {
  let p = outlines.get(documentId);
  if (!p) {
    p = outline(documentId);
    outlines.set(documentId, p);
  }
  const o = await p;
  if (!o) return undefined;
  const words = norm(quote).split(' ');
  for (const size of [words.length, 8, 5]) {
    const probe = words.slice(0, size).join(' ');
    const hit = o.lines.find((l) => l.text.includes(probe));
    if (hit) return hit.heading >= 0 ? o.slugs[hit.heading] : undefined;
  }
  return undefined;
}
