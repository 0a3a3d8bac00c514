/**
 * Award tallies: "Có 12 tập thể và 17 cá nhân được Chủ tịch UBND xã Tân Hoà khen thưởng" → two counts, with the
 * form or title, the level of the granting body, the kind of recipient, given or proposed, and the year.
 */
import type { SourceDocument } from './document.ts';
import { splitSentences } from './document.ts';
import { capitalize, fold } from './text.ts';
import { yearBefore } from './context.ts';
import { quoteFor } from './quote.ts';
import { decisionLists } from './decision-lists.ts';
import { awardVerb, issuerStart, levelOf, proposedWords, recipientWords, recognitionIn, type Category, type Level } from './award-words.ts';

export type RecipientKind = 'tập thể' | 'cá nhân' | 'hộ gia đình';

export interface TallyProposal {
  year: number;
  level?: Level;
  category?: Category;
  name: string;
  issuer?: string;
  recipient?: RecipientKind;
  status: 'awarded' | 'proposed';
  count: number;
  quote: string;
  /** A recipient the sentence names in brackets: "01 Tập thể (HTX nuôi hươu…)". */
  named?: string;
}

/** One part of a sentence that may state awards: cut at ";", and where a second grant begins ("và đề nghị…"). */
export function awardParts(sentence: string): Array<{ text: string; start: number }> {
  const parts: Array<{ text: string; start: number }> = [];
  let start = 0;
  for (const m of sentence.matchAll(/;\s+|,?\s+và\s+(?=đề nghị\s)|,\s+(?=đặc biệt\s|ngoài ra\s)/giu)) {
    parts.push({ text: sentence.slice(start, m.index), start });
    start = m.index + m[0].length;
  }
  parts.push({ text: sentence.slice(start), start });
  return parts.filter((p) => p.text.trim());
}

const countPattern = /(?<![\d.,])(\d{1,4})\s+(tap the|ca nhan|dang vien|ho gia dinh|can bo|cong chuc|vien chuc|doan vien|hoi vien|hoc sinh|giao vien)\b(\s*\([^)]*\))?|\b(tap the|ca nhan)\s+(\d{1,4})\b(?![%/.,]\d)/g;

/** The counts of recipients in a part: "08 tập thể và 35 cá nhân", also written "tập thể 02". */
export function recipientCounts(part: string): Array<{ count: number; kind: RecipientKind; at: number; named?: string }> {
  const folded = fold(part);
  const out: Array<{ count: number; kind: RecipientKind; at: number; named?: string }> = [];
  for (const m of folded.matchAll(countPattern)) {
    const words = m[2] ?? m[4];
    const kind = recipientWords.find((r) => r.pattern.test(words))?.kind ?? 'cá nhân';
    const bracket = m[3] ? part.slice(m.index + m[0].length - m[3].length, m.index + m[0].length).trim() : undefined;
    out.push({ count: Number(m[1] ?? m[5]), kind, at: m.index, named: bracket?.slice(1, -1).trim() || undefined });
  }
  return out;
}

/** Who grants: the body named before the verb ("được UBND tỉnh tặng", "Chủ tịch UBND phường tặng", "đề nghị UBND thị xã … tặng"). */
export function issuerOf(part: string, countAt = 0): string | undefined {
  const folded = fold(part);
  // The verb of the grant: after the count ("Có 01 cá nhân được … khen thưởng"), else the last one before it
  // ("Chủ tịch UBND phường tặng giấy khen cho 08 tập thể"); a heading word "Khen thưởng cấp huyện:" is neither.
  const verbs = [...folded.matchAll(/\b(?:tang|khen thuong|cong nhan)\b(?!\s+cap\b)/g)];
  const verb = verbs.find((v) => v.index > countAt) ?? verbs.filter((v) => v.index < countAt).at(-1) ?? verbs[0];
  if (!verb) return undefined;
  const left = Math.max(0, ...['duoc ', 'de nghi '].map((w) => (folded.lastIndexOf(w, verb.index) >= 0 ? folded.lastIndexOf(w, verb.index) + w.length : 0)));
  const span = folded.slice(left, verb.index);
  const start = span.search(issuerStart);
  if (start < 0) return undefined;
  const issuer = part.slice(left + start, verb.index).trim().replace(/[,:]$/, '');
  return issuer.length <= 80 && !/\d/.test(issuer) ? issuer : undefined;
}

/** The name of what is granted: a form or title; else the phrase the document uses, or "Khen thưởng của <issuer>". */
function awardName(part: string, issuer: string | undefined, proposed: boolean): { name: string; category?: Category } {
  // "khen thưởng do thành tích hoàn thành xuất sắc nhiệm vụ" gives the reason, not the title.
  const granted = part.slice(0, fold(part).search(/\s(?:do|vi|co|da co) thanh tich\b|$/));
  const recognition = recognitionIn(granted.replace(/hoàn thành xuất sắc nhiệm vụ/giu, (m, at: number) => (/danh hiệu\s*["“]?$/iu.test(granted.slice(0, at)) ? m : '')));
  if (recognition) return recognition;
  const phrase = /^(khen thưởng[^,;]*?(?:,[^,;]*?)*?)\s+cho\b/iu.exec(part.trim());
  if (phrase) return { name: capitalize(phrase[1]) };
  if (issuer) return { name: `Khen thưởng của ${issuer}` };
  return { name: proposed ? 'Đề nghị cấp trên khen thưởng' : 'Khen thưởng' };
}

/** "Trung ương: Không có" under a list of awards by level: none at that level. */
function noneAtLevel(part: string): Level | undefined {
  const m = /^(?:khen thuong\s+)?(?:cap\s+)?(trung uong|tinh|huyen|xa)\s*:\s*khong co\b/.exec(fold(part.trim()));
  return m ? ({ 'trung uong': 'Trung ương', tinh: 'tỉnh', huyen: 'huyện', xa: 'xã' } as const)[m[1] as 'tinh'] : undefined;
}

/** A single recipient named without a number: "tặng Bằng khen cho tập thể Nhân dân và cán bộ phường Phổ Minh". */
function singleRecipient(part: string): { kind: RecipientKind; name: string } | undefined {
  const m = /(?<![\p{L}])(?:tặng|trao)\s[^;]{0,60}?\scho\s+(tập thể|cá nhân|ông|bà|hộ)\s+(\p{Lu}[^,;]*?)(?=\s+(?:đã|có|vì|do|thực hiện|trong|về)(?=\s)|[,;.]|$)/iu.exec(part);
  if (!m) return undefined;
  const word = m[1].toLowerCase();
  return { kind: word === 'tập thể' ? 'tập thể' : word === 'hộ' ? 'hộ gia đình' : 'cá nhân', name: m[2].trim() };
}

interface PartContext {
  doc: SourceDocument;
  sentence: string;
  year: number;
  headingLevel?: Level;
}

/** The tallies of one part of a sentence. */
export function partTallies(part: { text: string; start: number }, at: PartContext): TallyProposal[] {
  const quote = quoteFor(at.sentence, part.start);
  const folded = fold(part.text);
  const year = yearBefore(folded, at.year);
  const none = noneAtLevel(part.text);
  if (none) return [{ year, level: none, name: `Khen thưởng cấp ${none}`, status: 'awarded', count: 0, quote }];
  // A plan's "phấn đấu có 05 tập thể được tặng Giấy khen" is a target, and a tally counts awards made or proposed.
  if (!awardVerb.test(folded) || at.doc.type === 'kế hoạch' || /\b(?:phan dau|muc tieu)\b/.test(folded)) return [];
  const counts = recipientCounts(part.text);
  const single = counts.length ? undefined : singleRecipient(part.text);
  if (!counts.length && !single) return [];
  const proposed = proposedWords.test(folded.slice(0, counts[0]?.at ?? folded.length));
  const issuer = issuerOf(part.text, counts[0]?.at);
  const level = (issuer && levelOf(issuer)) || at.headingLevel || (at.doc.type === 'quyết định' && !proposed ? 'xã' : undefined);
  const { name, category } = awardName(part.text, issuer, proposed);
  const status = proposed ? 'proposed' : 'awarded';
  const base = { year, ...(level ? { level } : {}), ...(category ? { category } : {}), name, ...(issuer ? { issuer } : {}), status, quote } as const;
  if (single) return [{ ...base, recipient: single.kind, count: 1, named: single.name }];
  return counts.map((c) => ({ ...base, recipient: c.kind, count: c.count, ...(c.named && c.count === 1 ? { named: c.named } : {}) }));
}

/** The level a list of awards is under: "Khen thưởng cấp tỉnh:" before its items. */
function levelHeading(text: string): Level | undefined {
  const m = /^(?:ket qua\s+)?khen thuong\s+cap\s+(trung uong|tinh|huyen|xa)\b/.exec(fold(text));
  return m ? ({ 'trung uong': 'Trung ương', tinh: 'tỉnh', huyen: 'huyện', xa: 'xã' } as const)[m[1] as 'tinh'] : undefined;
}

/** Every award tally a document states. */
export function extractTallies(doc: SourceDocument, year: number): TallyProposal[] {
  const out: TallyProposal[] = decisionLists(doc, year).map((list) => list.tally);
  let headingLevel: Level | undefined;
  for (const block of doc.blocks) {
    if (block.kind === 'heading') headingLevel = undefined;
    headingLevel = levelHeading(block.text) ?? headingLevel;
    if (/^căn cứ\b/iu.test(block.text)) continue;
    for (const s of splitSentences(block.text)) {
      for (const part of awardParts(s.text)) out.push(...partTallies(part, { doc, sentence: s.text, year, headingLevel }));
    }
  }
  return out;
}
