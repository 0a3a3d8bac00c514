/**
 * Escaping for Markdown: text must render as itself. "<" would start raw HTML, and "[", "_", "`", "~", "\\"
 * and "&" would be read as Markdown. Braces are escaped too, so that a document renamed to `.mdx` (or one
 * imported as `.mdx` before documents became `.md`) still compiles: there they would open JavaScript
 * expressions. A backslash before ASCII punctuation is the character itself in both. The source's own
 * emphasis, written "*…*" and "**…**", is kept as emphasis.
 */
import { REF_CLOSE, REF_OPEN } from './footnotes.ts';

const INLINE_SPECIAL = /[\\{}<>[\]_`~&|]/gu;

/** Escapes a run of inline text. Footnote placeholders become "[^id]". */
export function escapeInline(text: string, options: { inTable?: boolean } = {}): string {
  const escaped = text.replace(INLINE_SPECIAL, (c) => {
    if (c === '|' && !options.inTable) return c;
    return `\\${c}`;
  });
  return balanceEmphasis(escaped).replace(new RegExp(`${REF_OPEN}([^${REF_CLOSE}]+)${REF_CLOSE}`, 'gu'), '[^$1]');
}

/**
 * Stars that cannot close or open emphasis are escaped so the text renders as written: an odd "*" left
 * at the end of a paragraph would otherwise swallow emphasis from a neighbouring line in some processors.
 */
function balanceEmphasis(text: string): string {
  const runs = text.match(/(?<!\\)\*+/gu) ?? [];
  const total = runs.reduce((sum, run) => sum + run.length, 0);
  if (total % 2 === 0) return text;
  // Escape the last lone star; emphasis pairs before it still render.
  const index = text.lastIndexOf('*');
  return `${text.slice(0, index)}\\*${text.slice(index + 1)}`;
}

/** Escapes what would make a paragraph's start into a list, heading, quote or rule. */
export function escapeLineStart(text: string): string {
  return text
    // A paragraph starting "import " or "export " would be read as an MDX ESM statement; a character
    // reference for its first letter keeps it text ("&#105;mport" renders "import").
    .replace(/^(import|export)(?=\s|$)/u, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`)
    .replace(/^(\d{1,9})([.)])(?=\s|$)/u, '$1\\$2')
    .replace(/^([-+*])(?=\s|$)/u, '\\$1')
    .replace(/^#/u, '\\#')
    .replace(/^(=+|-+)$/u, (m) => `\\${m}`);
}

/** A heading's text: a trailing run of "#" would be taken as closing marks. */
export function escapeHeading(text: string): string {
  return escapeInline(text).replace(/(\s)(#+)\s*$/u, '$1\\$2');
}
