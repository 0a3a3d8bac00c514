/**
 * The signature block: the signing capacity ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TL.", "TUQ.", "Q.",
 * the Party's "T/M", "K/T"), the signer's title ("PHÓ CHỦ TỊCH", "BÍ THƯ", "CHÁNH VĂN PHÒNG"), placeholders
 * for the signature and seal ("(Đã ký)", "(Ký tên, đóng dấu)") and the name, on their own lines or all on
 * one line (a crawled table cell: "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lâm Hải Giang").
 */
import type { Signer } from './types.ts';
import { countWords, isUpperText } from './text.ts';

/** A capacity word at the start of a line or of a part of one. */
const CAPACITY = /^(?:(?:TM|KT|TL|TUQ|T\/M|K\/T|T\/L)(?:\s*\.\s*|\s+)|Q\s*\.\s*)(?=\p{Lu})/u;

/** Words a signer's title starts with, "PHÓ" included ("PHÓ CHỦ TỊCH"); "ĐOÀN CHỦ TỊCH" is a body, not a title. */
const TITLE =
  /^(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|BÍ\s+THƯ|TỔNG\s+BÍ\s+THƯ|GIÁM\s+ĐỐC|TỔNG\s+GIÁM\s+ĐỐC|BỘ\s+TRƯỞNG|THỨ\s+TRƯỞNG|THỦ\s+TƯỚNG|TỔNG\s+CỤC\s+TRƯỞNG|CỤC\s+TRƯỞNG|VỤ\s+TRƯỞNG|VIỆN\s+TRƯỞNG|HIỆU\s+TRƯỞNG|THỦ\s+TRƯỞNG|KẾ\s+TOÁN\s+TRƯỞNG|TỔ\s+TRƯỞNG|ĐỘI\s+TRƯỞNG|CHÁNH\s+VĂN\s+PHÒNG|CHÁNH\s+THANH\s+TRA|CHÁNH\s+ÁN|CHÁNH|TRƯỞNG|TỔNG\s+KIỂM\s+TOÁN|TỔNG\s+THƯ\s+KÝ|THƯ\s+KÝ|ỦY\s+VIÊN|UỶ\s+VIÊN|CHỦ\s+NHIỆM|CHỦ\s+TỌA|CHỦ\s+TRÌ|NGƯỜI\s+LẬP|NGƯỜI\s+KÝ)(?![\p{L}\p{M}])/u;

/** "(Đã ký)", "(đã ký và đóng dấu)", "(Ký tên, đóng dấu)", "[daky]": where the signature and seal stand. */
const PLACEHOLDER = /^(?:[([][^()[\]]{0,60}[)\]]|đã\s+ký.{0,40}|ký\s+tên.{0,40})$/iu;

const NAME = /^\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,5}$/u;

/** A line that opens a signature block by itself: a capacity ("TM. …") or a title ("CHỦ TỊCH"). */
export function isCapacityLine(text: string): boolean {
  return text.length <= 300 && CAPACITY.test(text) && countWords(text) <= 16;
}

export function isTitleLine(text: string): boolean {
  return text.length <= 300 && TITLE.test(text) && isUpperText(text) && countWords(text) <= 12;
}

export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text) && countWords(text) <= 10 && /ký|dấu|daky|signed/iu.test(text);
}

/** A signer's name: two to six capitalised words, no punctuation ("Đào Văn Trung"). */
export function isNameLine(text: string): boolean {
  return NAME.test(text);
}

interface Part {
  kind: 'capacity' | 'title';
  words: string[];
}

/**
 * Splits the capitals of a signature block into capacities and titles. A capacity word starts a capacity,
 * whose object is the title or body right after it ("KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN TỈNH", "KT. BỘ
 * TRƯỞNG, CHỦ NHIỆM"); a title word starts a title; other words go on with the part before them.
 */
export function splitCapacityTitle(text: string): { capacity?: string; title?: string } {
  const parts: Part[] = [];
  let rest = text.replace(/\s+/gu, ' ').trim();
  // Right after a capacity word the next title is its object; so is a title after a comma or after "ĐOÀN".
  let awaitingObject = false;
  while (rest) {
    const capacity = CAPACITY.exec(rest);
    if (capacity) {
      parts.push({ kind: 'capacity', words: [capacity[0].trim()] });
      awaitingObject = true;
      rest = rest.slice(capacity[0].length).trimStart();
      continue;
    }
    const title = TITLE.exec(rest);
    const last = parts[parts.length - 1];
    const lastWord = last?.words[last.words.length - 1] ?? '';
    const phrase = title ? title[0] : /^\S+/u.exec(rest)![0];
    if (title && !awaitingObject && !/,$/u.test(lastWord) && lastWord !== 'ĐOÀN') parts.push({ kind: 'title', words: [phrase] });
    else if (last) last.words.push(phrase);
    else parts.push({ kind: 'title', words: [phrase] });
    awaitingObject = false;
    rest = rest.slice(phrase.length).trimStart();
  }
  const joined = (kind: Part['kind']) =>
    parts
      .filter((p) => p.kind === kind)
      .map((p) => p.words.join(' ').replace(/\s+([,;])/gu, '$1').replace(/[\s,;]+$/u, ''))
      .join(' / ') || undefined;
  return { capacity: joined('capacity'), title: joined('title') };
}

/** "KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Lâm Hải Giang" → capitals, placeholders and the name at the end. */
export function splitSignatureText(text: string): { upper: string; placeholders: string[]; name?: string } {
  const placeholders = [...text.matchAll(/\([^()]{0,60}\)/gu)].map((m) => m[0]).filter(isPlaceholder);
  let rest = text;
  for (const placeholder of placeholders) rest = rest.replace(placeholder, ' ');
  const words = rest.trim().split(/\s+/u);
  // The name starts at the first word with a small letter in it ("Đặ ng Văn Minh" as crawled, too).
  const at = words.findIndex((word) => /\p{Ll}/u.test(word));
  if (at <= 0 || !/^\p{Lu}/u.test(words[at]) || words.length - at > 7) return { upper: rest.trim(), placeholders };
  return { upper: words.slice(0, at).join(' '), placeholders, name: words.slice(at).join(' ') };
}

/** The signer from the capitals of the block and the name. */
export function signerOf(upper: string[], name: string | undefined, titlesAfter: string[] = []): Signer {
  const { capacity, title } = splitCapacityTitle(upper.join(' '));
  return { capacity, title, name, ...(titlesAfter.length ? { after: titlesAfter } : {}) };
}
