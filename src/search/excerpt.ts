import { decodeDStroke } from './d-stroke.ts';

/** A piece of an excerpt: plain text, or a matched word to highlight. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * Splits a Pagefind excerpt ("… công tác <mark>thi</mark> <mark>d̵ua</mark> …") into parts the page renders
 * with text nodes and <mark> elements, never as HTML. Pagefind escapes only `<` and `>` in excerpts (a raw
 * `&` stays raw), so those two are unescaped and everything else is kept as it is; `đ` is restored.
 */
export function excerptParts(excerptHtml: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pieces = excerptHtml.split(/(<mark>[\s\S]*?<\/mark>)/);
  for (const piece of pieces) {
    if (!piece) continue;
    const mark = piece.startsWith('<mark>') && piece.endsWith('</mark>');
    const raw = mark ? piece.slice(6, -7) : piece;
    const text = decodeDStroke(raw.replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  }
  return parts;
}
