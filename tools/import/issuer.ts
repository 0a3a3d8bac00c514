/**
 * The issuing body (cơ quan ban hành) as the header prints it: capitalised lines above "Số:", a parent body
 * over the issuing one ("UBND HUYỆN PHÚ BÌNH" / "UBND XÃ TÂN HÒA", "ĐẢNG BỘ HUYỆN X" / "ĐẢNG ỦY XÃ Y"), or
 * one name wrapped over two lines ("ỦY BAN NHÂN DÂN" / "TỈNH ĐẮK LẮK") which is joined back.
 */
import { countWords, isUpperText } from './text.ts';

/** Words that start the name of an issuing body, for a body printed in mixed case ("Ủy ban nhân dân xã …"). */
const BODY_START =
  /^(?:ủy ban|uỷ ban|ubnd|hđnd|hội đồng|ban |đảng|mặt trận|mttq|hội |đoàn |liên đoàn|bộ |sở |phòng |văn phòng|chính phủ|thủ tướng|tổng cục|cục |chi cục|trường |trung tâm|công an|kho bạc|tòa án|viện kiểm sát|kiểm toán|chủ tịch)/iu;

/** A line a local name starts with: it continues the body's name on the line above. */
const LOCALITY = /^(?:XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU|HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|TỈNH|TP\.?)(?![\p{L}\p{M}])/u;
const HAS_LOCALITY = /(?<![\p{L}\p{M}])(?:XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU|HUYỆN|QUẬN|THÀNH PHỐ|TỈNH)(?![\p{L}\p{M}])/u;
/** Second lines that finish a name rather than start another one. */
const NAME_ENDS = /^(?:TRUNG ƯƠNG|VIỆT NAM|NHÀ NƯỚC|CHÍNH PHỦ|NHÂN DÂN)$/u;

/** A cell that may be (part of) the issuing body: short, in capitals, or starting like a body's name. */
export function isIssuerCell(text: string, mixedCaseAllowed: boolean): boolean {
  if (countWords(text) > 20 || /[;:!?]$/u.test(text)) return false;
  if (isUpperText(text)) return true;
  return mixedCaseAllowed && countWords(text) <= 12 && BODY_START.test(text) && !/[.]$/u.test(text);
}

/** "/ỦY BAN MTTQ VIỆT NAM" → "ỦY BAN MTTQ VIỆT NAM": stray marks at the ends are not part of the name. */
export function issuerText(text: string): string {
  return text.replace(/^[^\p{L}\p{N}]+/u, '').replace(/[\s,;.\-–—]+$/u, '');
}

/** Is `next` the rest of a line hard-wrapped after `previous` ("ỦY BAN NHÂN" / "DÂN")? */
function wrapped(previous: string, next: string): boolean {
  return countWords(next) === 1 || countWords(previous) === 1 || /(?:[-–,]|\s(?:VÀ|VỀ|CỦA))$/u.test(previous);
}

/** Does `next` finish the name begun on `previous` ("ỦY BAN NHÂN DÂN" / "TỈNH ĐẮK LẮK") rather than name another body? */
function continues(previous: string, next: string): boolean {
  return wrapped(previous, next) || NAME_ENDS.test(next) || (LOCALITY.test(next) && !HAS_LOCALITY.test(previous));
}

function joinLines(cells: string[], joins: (previous: string, next: string) => boolean): string[] {
  const out: string[] = [];
  for (const cell of cells.map(issuerText).filter(Boolean)) {
    const previous = out[out.length - 1];
    if (previous !== undefined && joins(previous, cell)) out[out.length - 1] = `${previous} ${cell}`;
    else out.push(cell);
  }
  return out;
}

/** The issuing body's lines as printed, with hard-wrapped pieces of one line joined back. */
export function issuerLines(cells: string[]): string[] {
  return joinLines(cells, wrapped);
}

/**
 * The bodies the lines name, a name printed over two lines joined, parent first:
 * ["ỦY BAN MTTQ VIỆT NAM", "XÃ LƯƠNG MINH", "BAN THƯỜNG TRỰC"] → ["ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH", "BAN THƯỜNG TRỰC"].
 */
export function issuerNames(lines: string[]): string[] {
  return joinLines(lines.flatMap(splitBodies), continues);
}

/**
 * Where a second body's name starts inside a line, as when a crawl put a parent and the issuing body on one
 * line ("BỘ TÀI CHÍNH TỔNG CỤC THUẾ"); the "BAN" of "ỦY BAN" and the "CỤC" of "TỔNG CỤC", the "BAN" of "TIỂU BAN" start nothing.
 */
const SECOND_BODY = /(?<=\S\s+)(?<!(?:ỦY|UỶ|TỔNG|CHI|TIỂU|MTTQ)\s+)(?=(?:SỞ|TỔNG CỤC|CỤC|CHI CỤC|BAN|VĂN PHÒNG|TRƯỜNG|TRUNG TÂM|UBND|HĐND|ĐẢNG ỦY|ĐẢNG UỶ|TIỂU BAN)\s)/gu;

function splitBodies(line: string): string[] {
  return isUpperText(line) ? line.split(SECOND_BODY).map((part) => part.trim()).filter(Boolean) : [line];
}
