/**
 * The proposals awaiting review, read from the content folder for the review page of `npm run dev`
 * (src/pages/kiem-duyet/): every file with `review: pending`, grouped by the document it quotes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentPath } from '../../settings.ts';

export interface PendingEntry {
  /** Path under the content folder. */
  file: string;
  /** What it proposes, in one line. */
  label: string;
  quote: string;
}

export interface PendingDocument {
  id: string;
  title: string;
  /** The document's paragraphs as plain text, in order. */
  paragraphs: string[];
  entries: PendingEntry[];
}

const folders = ['exemplars', 'awards', 'indicator-values'] as const;

/** Markdown reduced to what a reader sees in a paragraph: no markers, emphasis or escapes. */
export function plainParagraph(line: string): string {
  return line
    .replace(/^\s*(?:#{1,6}|[-+*]|\d+\\?[.)]|\[\^[^\]]+\]:)\s+/, '')
    .replace(/\[\^[^\]]+\]/g, ' ')
    .replace(/\\(.)/g, '$1')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function entriesOf(folder: (typeof folders)[number], rel: string, data: Record<string, unknown>): PendingEntry[] {
  if (folder === 'exemplars') {
    const source = data.source as { quote: string };
    return [{ file: rel, label: `Điển hình: ${String(data.name)} (${String(data.kind)})`, quote: source.quote }];
  }
  if (folder === 'awards') {
    return (data.tallies as Array<Record<string, unknown>>).map((t) => ({
      file: rel,
      label: `Khen thưởng ${String(data.year)}: ${String(t.count)} ${String(t.recipient ?? '')} — ${String(t.name)}${t.level ? `, cấp ${String(t.level)}` : ''}${t.status === 'proposed' ? ' (đề nghị)' : ''}`,
      quote: String(t.quote),
    }));
  }
  return (data.values as Array<Record<string, unknown>>).map((v) => ({ file: rel, label: `Chỉ số ${String(data.year)}: ${String(v.indicator)} = ${String(v.value)} (${String(v.kind)})`, quote: String(v.quote) }));
}

function readDocument(id: string): { title: string; paragraphs: string[] } {
  const file = ['.md', '.mdx'].map((ext) => contentPath('documents', id + ext)).find((f) => fs.existsSync(f));
  if (!file) return { title: id, paragraphs: [] };
  const text = fs.readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  const title = String((match ? (parse(match[1]) as { title?: string }) : {}).title ?? id);
  const body = match ? text.slice(match[0].length) : text;
  return { title, paragraphs: body.split('\n').map(plainParagraph).filter(Boolean) };
}

/** Every pending proposal, by document, documents in id order. */
export function pendingByDocument(): PendingDocument[] {
  const byDocument = new Map<string, PendingEntry[]>();
  for (const folder of folders) {
    const dir = contentPath(folder);
    if (!fs.existsSync(dir)) continue;
    for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (!e.isFile() || !/\.ya?ml$/.test(e.name)) continue;
      const full = path.join(e.parentPath, e.name);
      const text = fs.readFileSync(full, 'utf8');
      if (!/^review:\s*["']?pending/m.test(text)) continue;
      const data = parse(text) as Record<string, unknown>;
      const id = String((data.source as { document?: string } | undefined)?.document ?? data.document);
      const rel = `${folder}/${path.relative(dir, full).split(path.sep).join('/')}`;
      byDocument.set(id, [...(byDocument.get(id) ?? []), ...entriesOf(folder, rel, data)]);
    }
  }
  return [...byDocument].sort(([a], [b]) => a.localeCompare(b)).map(([id, entries]) => ({ id, ...readDocument(id), entries }));
}

/** A paragraph cut into plain and quoted pieces, for wrapping each quote in <mark>. */
export function highlight(paragraph: string, quotes: string[]): Array<{ text: string; mark: boolean }> {
  const ranges = quotes
    .flatMap((q) => {
      const at = paragraph.indexOf(q);
      return at >= 0 ? [[at, at + q.length] as const] : [];
    })
    .sort((a, b) => a[0] - b[0]);
  const pieces: Array<{ text: string; mark: boolean }> = [];
  let from = 0;
  for (const [start, end] of ranges) {
    if (end <= from) continue;
    if (start > from) pieces.push({ text: paragraph.slice(from, start), mark: false });
    pieces.push({ text: paragraph.slice(Math.max(start, from), end), mark: true });
    from = end;
  }
  if (from < paragraph.length) pieces.push({ text: paragraph.slice(from), mark: false });
  return pieces;
}
