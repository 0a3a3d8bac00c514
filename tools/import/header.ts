/**
 * Reads the header block of a document: issuing body, national motto, "Số:", place and date, the type line
 * and the title (trích yếu). The lines may come in any order and split over several lines, as .docx
 * extraction of a two-column header table produces them.
 */
import type { HeaderInfo, SourceLine } from './types.ts';
import { DECORATION, SYMBOL_TYPES, TYPE_WORDS } from './patterns.ts';
import { countWords, endsTerminal, isUpperText, startsLowercase, toneKey } from './text.ts';

const MOTTO_KEYS = ['cộng hòa xã hội chủ nghĩa việt nam', 'độc lập tự do hạnh phúc'].map(toneKey);

/** The national motto, a part of every document's header that the site does not store. */
export function isMottoLine(text: string): boolean {
  const key = toneKey(text);
  // Only a line that is the motto or part of it: "ỦY BAN NHÂN DÂN    CỘNG HÒA…" holds more than the motto.
  return key !== '' && MOTTO_KEYS.some((motto) => motto.includes(key));
}

/** Strips emphasis marks around a header line: "**BÁO CÁO**" → "BÁO CÁO". */
export function plainLine(text: string): string {
  return text.replace(/\*+|(?<!\w)_+|_+(?!\w)/gu, '').replace(/\s+/g, ' ').trim();
}

/** "127/BC-UBND", " /BC-UBND", "31/BC- UBND", "12/2023/QĐ-UBND" → number and symbol. */
export function parseNumberSymbol(rest: string): { number?: string; symbol?: string } | undefined {
  const match = /^(\d*\s*[a-zA-Z]?)\s*\/\s*(\S.*)$/u.exec(rest.trim());
  if (!match) return undefined;
  const number = match[1].replace(/\s+/g, '') || undefined;
  const symbol = match[2].replace(/\s+/g, '').replace(/[–—]/g, '-').replace(/[.,;]+$/u, '') || undefined;
  return { number, symbol };
}

const DATE_AT = /^(.*?)\s*,?\s*ngày\s*([\d.…\s]*?)\s*tháng\s*([\d.…\s]*?)\s*năm\s*(\d{4})\b/iu;
const SLASH_DATE_AT = /^(.*?)\s*,?\s*ngày\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})\b/iu;

function two(digits: string): string | undefined {
  const clean = digits.replace(/[^\d]/g, '');
  if (!clean) return undefined;
  const value = Number(clean);
  return value >= 1 && value <= 31 ? String(value).padStart(2, '0') : undefined;
}

/** "Tân Hoà, ngày 15 tháng 12 năm 2023" → place and a full or partial ISO date. */
export function parsePlaceDate(text: string): { place?: string; issuedOn?: string } | undefined {
  const match = DATE_AT.exec(text) ?? SLASH_DATE_AT.exec(text);
  if (!match) return undefined;
  const place = match[1].replace(/[,\s]+$/u, '').trim() || undefined;
  const day = two(match[2]);
  const month = two(match[3]);
  const year = match[4];
  const validMonth = month && Number(month) <= 12 ? month : undefined;
  const issuedOn = validMonth ? (day ? `${year}-${validMonth}-${day}` : `${year}-${validMonth}`) : year;
  return { place, issuedOn };
}

/** The type line: "BÁO CÁO", "KẾ HOẠCH Phát động…" → type, the type words, and what follows them. */
export function parseTypeLine(text: string): { type: HeaderInfo['type']; typeLine: string; rest: string } | undefined {
  for (const [pattern, type] of TYPE_WORDS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const rest = text.slice(match[0].length);
    // The type words must end a word: "BÁO CÁO" or "KẾ HOẠCH Phát động…", not "THÔNG BÁOX".
    if (rest !== '' && !/^[\s:.]/u.test(rest)) continue;
    return { type, typeLine: match[0], rest: rest.replace(/^\s*[:.–-]?\s*/u, '') };
  }
  return undefined;
}

const BODY_START =
  /^(?:Căn cứ|Thực hiện|Kính gửi|Theo|Để|Nhằm|Trên cơ sở|Sau khi|Hôm nay|Ngày \d|Vào ngày|Qua|Trong|Phần|PHẦN|Điều|CHỦ TỊCH|Chủ tịch|ỦY BAN|UỶ BAN|Ủy ban|UBND|HỘI ĐỒNG|QUYẾT ĐỊNH|[IVXLC]+\s*[.)]|\d+\s*[.)]|[a-zđ]\)|[-–+•*]\s)/u;

function isBodyStart(text: string): boolean {
  return BODY_START.test(text) || countWords(text) > 30 || (isUpperText(text) && countWords(text) > 2);
}

/** The index of the next non-blank line from `from`, or -1. */
function nextText(lines: SourceLine[], from: number, limit = lines.length): number {
  for (let i = from; i < limit; i++) if (lines[i].table === undefined && lines[i].text.trim() !== '') return i;
  return -1;
}

/** The result of reading the header: its metadata and where the body starts. */
export interface HeaderResult extends HeaderInfo {
  bodyStart: number;
}

/**
 * Reads the header from the first lines. Lines it cannot place are returned as `leftover` so the body keeps
 * them; whatever it does not find stays undefined for the caller to warn about.
 */
export function parseHeader(lines: SourceLine[]): HeaderResult {
  return parseHeaderLines(lines);
}

/**
 * Text exports of a two-column header put both columns on one line, far apart:
 * "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM". Before the type line, such lines are
 * split at the gap. Lines from the type line on are left alone.
 */
export function splitColumns(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  let inHeader = true;
  for (const line of lines) {
    if (inHeader && !line.table && parseTypeLine(plainLine(line.text))) inHeader = false;
    if (!inHeader || line.table || !/\S\s{4,}\S/u.test(line.text) || out.length > 40) {
      out.push(line);
      continue;
    }
    const parts = line.text.trim().split(/\s{4,}/u);
    out.push(...parts.map((text) => ({ text })));
  }
  return out;
}

function parseHeaderLines(lines: SourceLine[]): HeaderResult {
  const info: HeaderResult = { issuer: [], leftover: [], bodyStart: 0 };
  let i = 0;
  let typeIndex = -1;
  for (; i < lines.length && i < 80; i++) {
    const line = lines[i];
    if (line.table) break;
    const text = plainLine(line.text);
    if (text === '' || DECORATION.test(text)) continue;
    const typed = parseTypeLine(text);
    if (typed) {
      info.type = typed.type;
      info.typeLine = typed.typeLine;
      typeIndex = i;
      if (typed.rest) info.title = typed.rest;
      break;
    }
    if (isMottoLine(text)) continue;
    const numberLine = /^Số\s*[:.]?\s*(.*)$/u.exec(text);
    if (numberLine) {
      let rest = numberLine[1];
      if (rest === '') {
        const next = nextText(lines, i + 1);
        if (next >= 0 && /^\d*\s*\/\s*\S/u.test(plainLine(lines[next].text))) {
          rest = plainLine(lines[next].text);
          i = next;
        }
      }
      const parsed = parseNumberSymbol(rest);
      if (parsed) {
        info.number = parsed.number;
        info.symbol = parsed.symbol;
        continue;
      }
    }
    if (/ngày/iu.test(text) && !info.issuedOn) {
      // The date may continue on the next line ("… tháng 12" / "năm 2023"), and the place may stand alone
      // on the line before ("Tân Hoà,").
      let joined = text;
      let last = i;
      for (let extra = 0; extra < 2 && !parsePlaceDate(joined); extra++) {
        const next = nextText(lines, last + 1);
        if (next < 0) break;
        joined = `${joined} ${plainLine(lines[next].text)}`;
        last = next;
      }
      const parsed = parsePlaceDate(joined);
      if (parsed) {
        if (!parsed.place && info.leftover.length > 0 && /,$/u.test(info.leftover[info.leftover.length - 1])) {
          parsed.place = info.leftover.pop()!.replace(/,$/u, '').trim();
        }
        info.place = parsed.place;
        info.issuedOn = parsed.issuedOn;
        i = last;
        continue;
      }
    }
    if (/^V\/v\b/iu.test(text)) {
      info.title = text;
      continue;
    }
    if (isUpperText(text) && countWords(text) <= 15) {
      info.issuer.push(text);
      continue;
    }
    if (/^[\p{Lu}][\p{L}\s.-]*,$/u.test(text) && countWords(text) <= 5) {
      // a place standing alone before its date line
      info.leftover.push(text);
      continue;
    }
    // Not a header line: the header has ended without a type line.
    break;
  }

  if (typeIndex < 0) {
    info.bodyStart = i;
    if (!info.type && info.symbol) info.type = typeFromSymbol(info.symbol);
    return info;
  }

  // The title follows the type line; it may wrap over several lines.
  let cursor = typeIndex + 1;
  const titleParts: string[] = info.title ? [info.title] : [];
  for (;;) {
    const next = nextText(lines, cursor);
    if (next < 0) break;
    const text = plainLine(lines[next].text);
    if (DECORATION.test(text)) {
      cursor = next + 1;
      if (titleParts.length > 0) break;
      continue;
    }
    if (titleParts.length === 0) {
      if (isBodyStart(text)) break;
      titleParts.push(text);
      cursor = next + 1;
      continue;
    }
    const current = titleParts.join(' ');
    // A title is one clause: a line holding the end of a sentence (". X") is body text.
    const oneClause = !/[.;!?]\s+\S/u.test(text);
    const continues =
      !isBodyStart(text) &&
      oneClause &&
      (startsLowercase(text) || (!endsTerminal(current) && countWords(text) <= 20 && countWords(current) <= 25 && !endsTerminal(text)));
    if (!continues) break;
    titleParts.push(text);
    cursor = next + 1;
  }
  if (titleParts.length > 0) info.title = titleParts.join(' ');
  info.bodyStart = cursor;
  return info;
}

/** "BC-UBND" → "báo cáo"; unknown prefixes → "khác". */
export function typeFromSymbol(symbol: string): HeaderInfo['type'] {
  const prefix = symbol.split(/[-–/]/u)[0].toUpperCase();
  return SYMBOL_TYPES[prefix] ?? 'khác';
}
