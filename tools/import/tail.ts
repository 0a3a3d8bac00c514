/**
 * Reads the end of a document: the distribution list (Nơi nhận) and the signature block
 * (capacity "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH", title "CHỦ TỊCH", the signer's name), in either order.
 */
import type { SourceLine, TailInfo } from './types.ts';
import { plainLine } from './header.ts';
import { countWords, isUpperText } from './text.ts';

const RECIPIENTS_LABEL = /^Nơi\s+nhận\s*:?\s*(.*)$/iu;
const CAPACITY = /^(?:TM|KT|TL|TUQ|Q|T\/M)\s*\.\s*\S/u;
const PLACEHOLDER = /^\((?:[^()]{0,60})\)$/u;
const NAME = /^(?:\p{Lu}[\p{Ll}\p{M}]*)(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,5}$/u;

/** A signer's name: two to six capitalized words, no punctuation ("Đào Văn Trung"). */
export function isNameLine(text: string): boolean {
  return NAME.test(text);
}

/** The result of reading the tail: its metadata and where the body ends. */
export interface TailResult extends TailInfo {
  bodyEnd: number;
}

interface SignatureScan {
  start: number;
  capacity: string[];
  titles: string[];
  name?: string;
  placeholders: string[];
}

/** Scans a signature block backwards from `end` (exclusive); undefined when the lines there are not one. */
function scanSignature(lines: SourceLine[], end: number, floor: number): SignatureScan | undefined {
  const scan: SignatureScan = { start: end, capacity: [], titles: [], placeholders: [] };
  let stage: 'name' | 'titles' | 'capacity' = 'name';
  for (let i = end - 1; i >= floor; i--) {
    if (lines[i].table) break;
    const text = plainLine(lines[i].text);
    if (text === '') continue;
    if (stage === 'name' && !scan.name && isNameLine(text) && !isUpperText(text)) {
      scan.name = text;
      scan.start = i;
      continue;
    }
    if (stage !== 'capacity' && PLACEHOLDER.test(text) && countWords(text) <= 10) {
      scan.placeholders.unshift(text);
      scan.start = i;
      continue;
    }
    if (CAPACITY.test(text) && countWords(text) <= 10) {
      scan.capacity.unshift(text);
      scan.start = i;
      stage = 'capacity';
      continue;
    }
    if (stage !== 'capacity' && isUpperText(text) && countWords(text) <= 8 && !RECIPIENTS_LABEL.test(text)) {
      scan.titles.unshift(text);
      scan.start = i;
      stage = 'titles';
      continue;
    }
    break;
  }
  const found = scan.capacity.length > 0 || (scan.titles.length > 0 && scan.name !== undefined);
  return found ? scan : undefined;
}

/** "- UBND huyện Phú Bình;" → "UBND huyện Phú Bình". */
function recipientText(text: string): string {
  return text
    .replace(/^[-–—•●▪+*]\s*/u, '')
    .replace(/[;,.]+$/u, '')
    .trim();
}

/** Reads recipients from `from` (the line after "Nơi nhận:") up to `to` (exclusive). */
function readRecipients(lines: SourceLine[], from: number, to: number, first: string): string[] {
  const items: string[] = [];
  if (first.trim()) items.push(first.trim());
  for (let i = from; i < to; i++) {
    if (lines[i].table) break;
    const raw = plainLine(lines[i].text);
    if (raw === '') continue;
    const bulleted = /^[-–—•●▪+*]/u.test(raw);
    const previous = items[items.length - 1];
    if (!bulleted && previous !== undefined && !/[;.]$/u.test(previous)) {
      items[items.length - 1] = `${previous} ${raw}`;
    } else {
      items.push(raw);
    }
  }
  return items.map(recipientText).filter(Boolean);
}

/**
 * Finds Nơi nhận and the signature block at the end of `lines` (from `bodyStart` on).
 * Lines inside the tail that are neither (e.g. "(Đã ký)") come back as `leftover`.
 */
export function parseTail(lines: SourceLine[], bodyStart: number): TailResult {
  const result: TailResult = { recipients: [], signer: {}, leftover: [], bodyEnd: lines.length };
  const floor = Math.max(bodyStart, lines.length - 120);
  let labelIndex = -1;
  for (let i = lines.length - 1; i >= floor; i--) {
    if (!lines[i].table && RECIPIENTS_LABEL.test(plainLine(lines[i].text))) {
      labelIndex = i;
      break;
    }
  }

  let signature = scanSignature(lines, lines.length, Math.max(floor, labelIndex + 1));
  let recipientsEnd = signature ? signature.start : lines.length;
  if (!signature && labelIndex >= 0) {
    // The signature may stand before "Nơi nhận" (a signature table read right cell first).
    signature = scanSignature(lines, labelIndex, floor);
    recipientsEnd = lines.length;
  }

  if (labelIndex >= 0) {
    const first = RECIPIENTS_LABEL.exec(plainLine(lines[labelIndex].text))?.[1] ?? '';
    result.recipients = readRecipients(lines, labelIndex + 1, recipientsEnd, first);
    result.bodyEnd = labelIndex;
  }
  if (signature) {
    result.bodyEnd = Math.min(result.bodyEnd, signature.start);
    result.signer = {
      capacity: signature.capacity.length ? signature.capacity.join(' ') : undefined,
      title: signature.titles.length ? signature.titles.join(' ') : undefined,
      name: signature.name,
    };
    result.leftover = signature.placeholders;
  }
  return result;
}
