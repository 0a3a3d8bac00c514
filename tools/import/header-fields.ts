/**
 * Parsers of single header fields, each given one cell's text: the number line ("Số: 86/2025/QĐ-UBND",
 * party style "Số 12-KH/ĐU"), the place and date ("Tân Hoà, ngày 15 tháng 12 năm 2023", "…, 15/12/2023")
 * and the type line ("BÁO CÁO", "KẾ HOẠCH Phát động…").
 */
import { kindAtStart, kindFromSymbol, schemaType } from './kinds.ts';
import type { HeaderInfo } from './types.ts';
import { countWords } from './text.ts';

/** What a number line holds; `number` and `symbol` are undefined when left blank. */
export interface NumberSymbol {
  number?: string;
  symbol?: string;
  /** The year written inside the number: "86/2025/QĐ-UBND" → "2025". */
  numberYear?: string;
  /** Text after the symbol on the same cell ("V/v …"), for the caller to place. */
  rest?: string;
}

const NUMBER_LINE = /^Số(?![\p{L}\p{M}])\s*[:.]?\s*(.*)$/su;
// A number (digits, maybe a letter, maybe dotted placeholders), then "/" or the party's "-", then the symbol:
// words joined by "-", "–" or "/", spaces allowed around the joiners ("BC- UBND", "KH – UBND").
const NUMBER_SYMBOL =
  /^([\d]{0,7}[a-zA-Z]?)?[\s.…]*(?:\/|-(?=\s*\p{Lu}))\s*(?:((?:19|20)\d\d)\s*\/\s*)?([\p{L}\p{N}.&]+(?:\s*[-–—/]\s*[\p{L}\p{N}.&]+)*)(.*)$/su;

/** "Số: 127/BC-UBND" (or "Số 15/TB-UBND") → its number and symbol; undefined when the cell is not a number line. */
export function parseNumberLine(text: string): NumberSymbol | undefined {
  const line = NUMBER_LINE.exec(text);
  return line ? parseNumberSymbol(line[1]) : undefined;
}

/** "127/BC-UBND", " /BC-UBND", "12/2023/QĐ-UBND", "12-KH/ĐU" → number, symbol and the number's year. */
export function parseNumberSymbol(rest: string): NumberSymbol | undefined {
  const match = NUMBER_SYMBOL.exec(rest.trim());
  if (!match) return undefined;
  const symbol = match[3]
    .replace(/\s+/gu, '')
    .replace(/[–—]/gu, '-')
    .replace(/[.,;:]+$/u, '');
  if (!/\p{L}/u.test(symbol)) return undefined;
  const result: NumberSymbol = { number: match[1] || undefined, symbol };
  if (match[2]) result.numberYear = match[2];
  const tail = match[4].trim();
  if (tail) result.rest = tail;
  return result;
}

const DATE_AT = /^(.{0,80}?)\s*,?\s*ngày\s*([\d.…\s]*?)\s*tháng\s*([\d.…\s]*?)\s*năm\s*(\d{4})(?!\d)(.*)$/isu;
const NUMERIC_DATE_AT = /^(.{0,80}?)\s*,?\s*(?:ngày\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)(.*)$/isu;

function dayOrMonth(digits: string, max: number): string | undefined {
  const clean = digits.replace(/[^\d]/g, '');
  if (!clean) return undefined;
  const value = Number(clean);
  return value >= 1 && value <= max ? String(value).padStart(2, '0') : undefined;
}

/** A place as printed before ", ngày": a few words, no digits, not a sentence. */
function looksLikePlace(text: string): boolean {
  return text === '' || (countWords(text) <= 8 && !/\d/u.test(text) && !/^\p{Ll}/u.test(text));
}

/** "YYYY-MM-DD", or "YYYY-MM"/"YYYY" when the day or month is blank or impossible (30 February). */
function isoDate(year: string, month: string | undefined, day: string | undefined): string {
  if (!month) return year;
  if (!day) return `${year}-${month}`;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCDate() === Number(day) ? `${year}-${month}-${day}` : `${year}-${month}`;
}

/** "Tân Hoà, ngày 15 tháng 12 năm 2023" → place and a full or partial ISO date; undefined for other text. */
export function parsePlaceDate(text: string): { place?: string; issuedOn?: string; rest?: string } | undefined {
  const worded = DATE_AT.exec(text);
  const match = worded ?? NUMERIC_DATE_AT.exec(text);
  if (!match) return undefined;
  const place = match[1].replace(/[,\s]+$/u, '').trim();
  if (!looksLikePlace(place)) return undefined;
  // A bare "28/11/2025" is a date anywhere; a date of issue says "ngày" or follows its place.
  if (!worded && !place && !/ngày/iu.test(text)) return undefined;
  const month = dayOrMonth(match[3], 12);
  const issuedOn = isoDate(match[4], month, dayOrMonth(match[2], 31));
  const rest = match[5].replace(/^[\s.,;*_)]+/u, '');
  return { place: place || undefined, issuedOn, ...(rest ? { rest } : {}) };
}

/** The type line: "BÁO CÁO", "KẾ HOẠCH Phát động…" → kind, schema type, the type words, and what follows them. */
export function parseTypeLine(text: string): { type: HeaderInfo['type']; kind: string; typeLine: string; rest: string } | undefined {
  const found = kindAtStart(text);
  if (!found) return undefined;
  const rest = text.slice(found.length);
  // The type words must end a word ("THÔNG BÁOX" is not one), and "QUYẾT ĐỊNH:" opens the articles of a decision.
  if (rest !== '' && !/^[\s:.]/u.test(rest)) return undefined;
  if (/^\s*:\s*$/u.test(rest)) return undefined;
  return { type: schemaType(found.kind), kind: found.kind, typeLine: text.slice(0, found.length), rest: rest.replace(/^\s*[:.–-]?\s*/u, '') };
}

/** "BC-UBND" → "báo cáo"; a prefix the schema does not list, or an unknown one, → "khác". */
export function typeFromSymbol(symbol: string): HeaderInfo['type'] {
  return schemaType(kindFromSymbol(symbol)) ?? 'khác';
}
