/**
 * Nơi nhận and the signature side by side: a two-column table flattened into lines that hold both columns.
 * Text exports put the signature at the end of a line, far apart or after one space where a tab was
 * ("Nơi nhận:        TM. ỦY BAN NHÂN DÂN", "- Lưu: VT. Nguyễn Văn A"); crawled Markdown as "| … | … |"; a PDF's
 * text layer often at the start, in bold ("**KT. CHỦ TỊCH** (b/c); - CT, PCT UBND tỉnh;").
 */
import type { SourceLine } from './types.ts';
import { logicalLineAt, plainLine } from './header-cells.ts';
import { isCapacityLine, isNameLine, isPlaceholder, isTitleLine, splitSignatureText } from './signer.ts';
import { RECIPIENTS_LABEL } from './recipients.ts';
import { isUpperText } from './text.ts';

/** A distribution list written on one line can be long; longer lines are body text, never split. */
export const MAX_TAIL_LINE = 6000;

/** Words of a title that a PDF line may carry over after a bold run ("**TƯỚNG** PHÓ - Văn phòng …"). */
const TITLE_WORD = /^(?:PHÓ|CHỦ|TỊCH|THỦ|TƯỚNG|TRƯỞNG|BÍ|THƯ|GIÁM|ĐỐC|THỨ|CHÁNH|VĂN|PHÒNG)$/u;

/** Could this be (part of) a signature column: capitals, a name, or both? */
function signatureLike(text: string): boolean {
  return isUpperText(text) || isNameLine(text) || splitSignatureText(text).name !== undefined;
}

/** Where the right column starts in a line whose two columns were flattened into one. */
function rightColumnAt(text: string): number {
  const capacity = /\s(?:TM|KT|TL|TUQ|T\/M|K\/T|Q)\s*\.\s*\p{Lu}/u.exec(text);
  if (capacity) return capacity.index + 1;
  // After an item's end: a title in capitals, a placeholder or a name ("- Lưu: VT. Nguyễn Văn A").
  for (const match of text.matchAll(/[;.:,]\s+(?=\S)/gu)) {
    const at = match.index + match[0].length;
    const rest = text.slice(at);
    // a signature column is short: only the end of a line can be one; the other column reads like a list
    if (rest.length > 200 || !/\p{Ll}/u.test(text.slice(0, at))) continue;
    if (isTitleLine(rest) || isPlaceholder(rest) || isNameLine(rest) || isCapacityLine(rest)) return at;
  }
  return -1;
}

/** The length of a signature column at the start of `raw` (with its emphasis marks), or -1. */
function leadingSignature(raw: string): number {
  const bold = /^\*\*([^*]+)\*\*/u.exec(raw);
  if (bold && signatureLike(bold[1].trim())) {
    let end = bold[0].length;
    for (const word of raw.slice(end).matchAll(/\s+(\S+)/gu)) {
      if (!TITLE_WORD.test(word[1])) break;
      end += word[0].length;
    }
    return end;
  }
  // Capitals (a capacity or a title) up to the first word in small letters or a dash; or a name's words.
  const capitals = /^(?:(?:\*\*)?[\p{Lu}\d][\p{Lu}\p{M}\d./]*(?:\*\*)?\s+)+/u.exec(`${raw} `);
  if (capitals && isUpperText(plainLine(capitals[0])) && (isCapacityLine(plainLine(capitals[0])) || isTitleLine(plainLine(capitals[0])))) return capitals[0].trimEnd().length;
  // The whole run of capitalised words: a name followed by the other column's text, not a name alone.
  const name = /^(?:\*\*)?\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*(?![\p{L}\p{M}])){1,5}(?:\*\*)?/u.exec(raw);
  return name && /^\s+\S/u.test(raw.slice(name[0].length)) ? name[0].length : -1;
}

/** The two columns of a tail line: [Nơi nhận side, signature side]. */
export function splitTailColumns(columns: string[]): [string, string] {
  if (columns.length > 1) return [plainLine(columns[0]), plainLine(columns.slice(1).join(' '))];
  const raw = columns[0] ?? '';
  const text = plainLine(raw);
  if (text.length > MAX_TAIL_LINE) return [text, ''];
  if (!/^[-–+•]|^Nơi\s+nhận/iu.test(text)) {
    const lead = leadingSignature(raw);
    const rest = lead > 0 ? plainLine(raw.slice(lead)) : '';
    if (rest && !isPlaceholder(rest)) return [rest, plainLine(raw.slice(0, lead))];
  }
  const at = rightColumnAt(text);
  if (at >= 0) return [text.slice(0, at).trim(), text.slice(at).trim()];
  // A line holding the signature column only.
  return isCapacityLine(text) || isTitleLine(text) || isNameLine(text) || isPlaceholder(text) ? ['', text] : [text, ''];
}

/** Does a two-column tail start at the label line: the label shares its line, or the next lines have two columns? */
export function isTwoColumnTail(lines: SourceLine[], label: number): boolean {
  const labelColumns = splitTailColumns(logicalLineAt(lines, label, lines.length, MAX_TAIL_LINE).columns);
  if (labelColumns[1] && !RECIPIENTS_LABEL.test(labelColumns[1])) return true;
  let both = 0;
  for (let i = label + 1; i < Math.min(lines.length, label + 10); i++) {
    if (lines[i].table || lines[i].text.length > MAX_TAIL_LINE) continue;
    const [left, right] = splitTailColumns(logicalLineAt(lines, i, lines.length, MAX_TAIL_LINE).columns);
    if (/\S\s{4,}\S/u.test(lines[i].text.trim()) || (left && right)) both++;
  }
  return both >= 2;
}
