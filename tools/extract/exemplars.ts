/**
 * Exemplars: the people, households, collectives and models a document holds up or honors by name. Only
 * sentences that honor produce them (a recipient named in a count, "đạt danh hiệu", "điển hình tiên tiến… của hộ",
 * "mô hình … nổi bật như:", and the lists of a decision "Tặng Giấy khen cho các tập thể sau:"), so members of a
 * committee, signers, recipients of the document and people named in a "Căn cứ" never become exemplars.
 */
import type { SourceDocument } from './document.ts';
import { splitSentences } from './document.ts';
import { capitalize, fold, looseName } from './text.ts';
import { yearBefore } from './context.ts';
import { quoteFor } from './quote.ts';
import { awardParts, partTallies, type RecipientKind, type TallyProposal } from './awards.ts';
import { recognitionIn } from './award-words.ts';
import { decisionLists } from './decision-lists.ts';

export type ExemplarKind = 'cá nhân' | 'tập thể' | 'hộ gia đình' | 'mô hình';

export interface Recognition {
  category: 'danh hiệu' | 'hình thức';
  name: string;
  level?: TallyProposal['level'];
  year?: number;
  issuer?: string;
  status: 'awarded' | 'proposed';
}

export interface ExemplarProposal {
  name: string;
  kind: ExemplarKind;
  years: number[];
  recognitions: Recognition[];
  quote: string;
  /** Index of the block it comes from, for finding the movement the document files it under. */
  block: number;
}

/** The unit itself or its people ("Nhân dân và cán bộ phường Phổ Minh") are not an exemplar of the unit. */
const notAnExemplar = /^(?:ubnd|uy ban|nhan dan|can bo|hoi dong)|nhan dan va can bo|can bo va nhan dan/;

export function recognitionOf(t: TallyProposal): Recognition[] {
  if (!t.category) return [];
  return [{ category: t.category, name: t.name, ...(t.level ? { level: t.level } : {}), year: t.year, ...(t.issuer ? { issuer: t.issuer } : {}), status: t.status }];
}

function fromTallies(sentence: string, block: number, at: { doc: SourceDocument; year: number }): ExemplarProposal[] {
  const out: ExemplarProposal[] = [];
  for (const part of awardParts(sentence)) {
    for (const t of partTallies(part, { ...at, sentence })) {
      if (!t.named || notAnExemplar.test(fold(t.named))) continue;
      out.push({ name: t.named, kind: t.recipient === 'cá nhân' ? 'cá nhân' : t.recipient === 'hộ gia đình' ? 'hộ gia đình' : 'tập thể', years: [t.year], recognitions: recognitionOf(t), quote: t.quote, block });
    }
  }
  return out;
}

const collective = /(?:cong doan|chi bo|chi doan|chi hoi|hoi|htx|hop tac xa|truong|thon|xom|khom|to dan pho|doan thanh nien|tram y te|co quan)\b[^,;.:“”"]{2,60}?/;

/** "Năm 2023, công đoàn xã Tân Hòa đạt danh hiệu hoàn thành xuất sắc nhiệm vụ." */
function titledCollectives(sentence: string, block: number, year: number): ExemplarProposal[] {
  const folded = fold(sentence);
  const m = new RegExp(`\\b(${collective.source})\\s+(?:da\\s+)?dat danh hieu\\s+([^;.]+)`).exec(folded);
  if (!m || notAnExemplar.test(m[1])) return [];
  const name = capitalize(sentence.slice(m.index, m.index + m[1].length).trim());
  const titleText = sentence.slice(m.index + m[0].length - m[2].length, m.index + m[0].length).replace(/\s+năm \d{4}$/u, '').trim();
  const title = recognitionIn(titleText)?.name ?? capitalize(titleText.replace(/^["“]|["”]$/g, ''));
  const y = yearBefore(folded, year);
  return [{ name, kind: 'tập thể', years: [y], recognitions: [{ category: 'danh hiệu', name: title, year: y, status: 'awarded' }], quote: quoteFor(sentence, m.index), block }];
}

const honoring = /dien hinh tien tien|tam guong|neu guong|guong nguoi tot|bieu duong|tuyen duong/;
const household = /(?<![\p{L}])(?:của\s+)?(hộ|gia đình)\s+(?:(?:ông|bà)\s+)?(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})/gu;

/** "… tấm gương điển hình tiên tiến … như Mô hình Trồng gừng sè của hộ Trần Nhơn, …" */
function namedHouseholds(sentence: string, block: number, year: number, signer?: string): ExemplarProposal[] {
  if (!honoring.test(fold(sentence))) return [];
  const out: ExemplarProposal[] = [];
  for (const m of sentence.matchAll(household)) {
    if (signer && fold(m[2]) === fold(signer)) continue;
    out.push({ name: `Hộ ${m[2]}`, kind: 'hộ gia đình', years: [yearBefore(fold(sentence.slice(0, m.index)), year)], recognitions: [], quote: quoteFor(sentence, m.index), block });
  }
  return out;
}

/** A model as the list names it: "Mô hình “5 không 3 sạch” mô hình này được thực hiện tại chi hội Ra Manh”". */
export function modelName(item: string): string | undefined {
  let text = item.replace(/[.…]+$/u, '').trim();
  // A closing quote with no opening one is a typing slip of the document, not part of the name.
  if ((text.match(/“/g) ?? []).length < (text.match(/”/g) ?? []).length) text = text.replace(/”$/, '').trim();
  const at = /^(?:mô hình\s+)?(“[^”]+”)\s+(?:mô hình này\s+)?(?:được\s+)?(?:thực hiện\s+)?tại\s+(.+)$/iu.exec(text);
  if (at) text = `Mô hình ${at[1]} ${at[2]}`;
  if (!/^mô hình\b/iu.test(text)) text = `Mô hình ${text}`;
  return text.length > 8 && text.length <= 100 ? capitalize(text) : undefined;
}

/** "Một số mô hình … nổi bật như: mô hình A; mô hình B; trồng C..." */
function modelList(sentence: string, block: number, year: number): ExemplarProposal[] {
  const m = /mo hinh[^:]*?(?:noi bat|tieu bieu|dien hinh|hieu qua)[^:]{0,40}\bnhu\s*:\s*/.exec(fold(sentence));
  if (!m) return [];
  const start = m.index + m[0].length;
  const out: ExemplarProposal[] = [];
  for (const item of sentence.slice(start).split(/;\s*/)) {
    const name = modelName(item);
    if (name) out.push({ name, kind: 'mô hình', years: [year], recognitions: [], quote: quoteFor(sentence, start), block });
  }
  return out;
}

/** Every exemplar a document names, once each (by unit and name, compared loosely). */
export function extractExemplars(doc: SourceDocument, year: number): ExemplarProposal[] {
  const found: ExemplarProposal[] = [...decisionLists(doc, year).flatMap((l) => l.exemplars)];
  for (const block of doc.blocks) {
    if (/^căn cứ\b/iu.test(block.text) || block.kind === 'heading') continue;
    for (const s of splitSentences(block.text)) {
      found.push(
        ...fromTallies(s.text, block.index, { doc, year }),
        ...titledCollectives(s.text, block.index, year),
        ...namedHouseholds(s.text, block.index, year, doc.signerName),
        ...modelList(s.text, block.index, year),
      );
    }
  }
  const seen = new Set<string>();
  return found.filter((e) => !seen.has(looseName(e.name)) && seen.add(looseName(e.name)));
}

export type { RecipientKind };
