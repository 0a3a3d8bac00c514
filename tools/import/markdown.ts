/** Writes the body blocks and footnotes as Markdown (GFM footnotes and tables) that is valid MDX as well. */
import type { BodyBlock, Footnote } from './types.ts';
import { escapeHeading, escapeInline, escapeLineStart } from './escape.ts';
import { headingLevels } from './structure.ts';
import { tableToMarkdown } from './tables.ts';

function itemText(text: string): string {
  return escapeLineStart(escapeInline(text));
}

/** Renders blocks: blank lines between blocks, none between items of one list. */
export function renderBody(blocks: BodyBlock[], footnotes: Footnote[]): string {
  const levels = headingLevels(blocks);
  const parts: string[] = [];
  let previous: BodyBlock | undefined;
  for (const [index, block] of blocks.entries()) {
    let out: string;
    switch (block.kind) {
      case 'heading':
        out = `${'#'.repeat(levels[index] ?? 6)} ${escapeHeading(block.text)}`;
        break;
      case 'paragraph':
        out = escapeLineStart(escapeInline(block.text));
        break;
      case 'item':
        out = `${'  '.repeat(block.depth)}${block.marker} ${itemText(block.text)}`;
        break;
      case 'table':
        out = tableToMarkdown(block.rows);
        break;
    }
    const sameList =
      previous?.kind === 'item' &&
      block.kind === 'item' &&
      (block.depth > 0 || previous.depth > 0 || previous.marker === block.marker);
    parts.push(parts.length === 0 ? out : sameList ? `\n${out}` : `\n\n${out}`);
    previous = block;
  }
  let body = parts.join('');
  if (footnotes.length) {
    body += '\n\n' + footnotes.map((note) => `[^${note.label}]: ${renderFootnoteText(note.text)}`).join('\n\n');
  }
  return `${body}\n`;
}

/** A footnote may hold several paragraphs; the ones after the first are indented under it. */
function renderFootnoteText(text: string): string {
  return text
    .split(/\n+/u)
    .map((part, i) => (i === 0 ? escapeInline(part) : `    ${escapeLineStart(escapeInline(part))}`))
    .join('\n\n');
}
