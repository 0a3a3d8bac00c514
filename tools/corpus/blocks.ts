import { stringify } from 'yaml';
import { countWords } from './text.ts';

/**
 * The structure of an official document, independent of its output format: the same blocks render as the
 * site's MDX and as the plain text an importer reads (like the seeds).
 */
export type Block =
  /** "Phần I" and its title in capitals. */
  | { kind: 'part'; label: string; title: string }
  /** "I. …" (depth 1), "1. …" (depth 2), "a) …" (depth 3). */
  | { kind: 'heading'; depth: 1 | 2 | 3; text: string }
  | { kind: 'para'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; caption: string; header: string[]; rows: string[][] };

/** A document body: blocks, and footnotes referenced from the text with {@link footnoteRef}. */
export interface Body {
  blocks: Block[];
  footnotes: string[];
}

const REF = /\uE000(\d+)\uE001/g;

/** A marker in running text for footnote n (1-based); each renderer turns it into its own syntax. */
export function footnoteRef(n: number): string {
  return `\uE000${n}\uE001`;
}

const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (n: number) => [...String(n)].map((d) => superscripts[Number(d)]).join('');

const escapeCell = (text: string) => text.replace(/\|/g, '/');

/** The body as Markdown/MDX: parts as ##, headings below them, GFM lists, tables and footnotes. */
export function renderMarkdown(body: Body): string {
  const out: string[] = [];
  // Headings nest under the page's h1 (the title): parts are h2 when there are parts, else "I." is.
  const base = body.blocks.some((b) => b.kind === 'part') ? 2 : 1;
  for (const block of body.blocks) {
    switch (block.kind) {
      case 'part':
        out.push(`## ${block.label}. ${block.title}`);
        break;
      case 'heading':
        out.push(`${'#'.repeat(block.depth + base)} ${block.text}`);
        break;
      case 'para':
        out.push(block.text);
        break;
      case 'list':
        out.push(block.items.map((item) => `- ${item}`).join('\n'));
        break;
      case 'table':
        out.push(
          [
            `**${block.caption}**`,
            '',
            `| ${block.header.map(escapeCell).join(' | ')} |`,
            `|${block.header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
            ...block.rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`),
          ].join('\n'),
        );
        break;
    }
  }
  body.footnotes.forEach((note, i) => out.push(`[^${i + 1}]: ${note}`));
  return out.join('\n\n').replace(REF, (_, n: string) => `[^${n}]`) + '\n';
}

/** The body as plain text extracted from a .docx, the way the seeds look (superscript footnote marks). */
export function renderPlainText(body: Body): string {
  const out: string[] = [];
  for (const block of body.blocks) {
    switch (block.kind) {
      case 'part':
        out.push(block.label, block.title);
        break;
      case 'heading':
      case 'para':
        out.push(block.text);
        break;
      case 'list':
        out.push(...block.items.map((item) => `- ${item}`));
        break;
      case 'table':
        out.push(block.caption, [block.header, ...block.rows].map((row) => `| ${row.join(' | ')} |`).join('\n'));
        break;
    }
  }
  body.footnotes.forEach((note, i) => out.push(`${superscript(i + 1)} ${note}`));
  return out.join('\n\n').replace(REF, (_, n: string) => superscript(Number(n))) + '\n';
}

/** Words of the body text, without markup. */
export function bodyWords(body: Body): number {
  return countWords(renderPlainText(body));
}

/** A Markdown/MDX file: YAML frontmatter and body. */
export function withFrontmatter(data: Record<string, unknown>, markdown: string): string {
  return `---\n${yaml(data)}---\n\n${markdown}`;
}

/** YAML the same way every time: no line folding, keys in insertion order. */
export function yaml(data: unknown): string {
  return stringify(data, { lineWidth: 0, minContentWidth: 0 });
}
