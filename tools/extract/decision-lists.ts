/**
 * The lists of a decision or a proposal: "Tặng Giấy khen cho các tập thể sau:" followed by numbered items or
 * table rows, each a recipient. Every item becomes an exemplar with the award and its level, and the list a tally.
 */
import type { SourceDocument, Block } from './document.ts';
import type { ExemplarKind, ExemplarProposal } from './exemplars.ts';
import type { TallyProposal } from './awards.ts';
import { capitalize, fold } from './text.ts';
import { yearBefore } from './context.ts';
import { issuerStart, levelOf, proposedWords, recognitionIn } from './award-words.ts';

export interface DecisionList {
  exemplars: ExemplarProposal[];
  tally: TallyProposal;
}

/** A lead that announces a list of recipients: it grants or proposes, names who, and ends with a colon. */
const lead = /\b(?:tang|cong nhan|khen thuong|de nghi)\b.*\b(tap the|ca nhan|ho gia dinh|gia dinh)\b[^:]*\b(?:sau|nhu sau|gom)\s*:\s*$/;

/** Where a list ends: the next article, the signature, the distribution list. */
const listEnd = /^(?:dieu\s+\d|noi nhan|tm\.|kt\.|chu tich|pho chu tich|ly do|thanh tich)/;

/** The recipient an item names: before its first comma or dash, without "Ông", "Bà", "Đồng chí". */
export function itemName(block: Block): string | undefined {
  let text = block.text;
  if (block.kind === 'row') {
    const cells = text.split('|').map((c) => c.trim()).filter(Boolean);
    text = cells.find((c) => !/^(?:\d+\.?|stt|tt)$/i.test(c)) ?? '';
    if (/^(?:họ và tên|họ tên|tên tập thể|tên đơn vị|đơn vị)$/iu.test(text)) return undefined;
  }
  const name = text
    .replace(/^(?:\d+|[a-zđ])[.)]\s*/iu, '')
    .split(/,\s|\s[-–]\s|;|:|\.$/u)[0]
    .replace(/^(?:ông|bà|đồng chí|anh|chị)\s+/iu, '')
    .trim();
  return name && name.length <= 80 && /^\p{Lu}|^\d/u.test(name) ? name : undefined;
}

function isItem(block: Block): boolean {
  return block.kind === 'item' || block.kind === 'row' || /^\d+[.)]\s/.test(block.text);
}

/** The tally and exemplars of the list that follows `leadBlock`. */
function readList(doc: SourceDocument, blocks: Block[], leadBlock: Block, year: number): DecisionList | undefined {
  const folded = fold(leadBlock.text);
  const kindWord = lead.exec(folded)?.[1] ?? '';
  const kind: ExemplarKind = kindWord === 'tap the' ? 'tập thể' : kindWord === 'ca nhan' ? 'cá nhân' : 'hộ gia đình';
  const names: string[] = [];
  for (const block of blocks.slice(leadBlock.index + 1)) {
    if (block.kind === 'heading' || listEnd.test(fold(block.text))) break;
    if (!isItem(block)) {
      if (names.length) break;
      continue;
    }
    const name = itemName(block);
    if (name) names.push(kind === 'hộ gia đình' && !/^hộ\s/iu.test(name) ? `Hộ ${name}` : name);
  }
  if (!names.length) return undefined;
  const proposed = proposedWords.test(folded);
  const issuerAt = folded.search(issuerStart);
  const verbAt = folded.search(/\b(?:tang|cong nhan|khen thuong)\b/);
  const issuer = issuerAt >= 0 && issuerAt < verbAt ? leadBlock.text.slice(issuerAt, verbAt).replace(/^.*?\bđề nghị\s+/iu, '').trim() : undefined;
  const ofIssuer = / của (.+?) cho /u.exec(leadBlock.text)?.[1];
  const level = levelOf(issuer ?? ofIssuer ?? '') ?? (doc.type === 'quyết định' && !proposed ? 'xã' : undefined);
  const recognition = recognitionIn(leadBlock.text) ?? { name: 'Khen thưởng', category: undefined };
  const y = yearBefore(folded, year);
  const status = proposed ? 'proposed' : 'awarded';
  const quote = leadBlock.text;
  const recognitions = recognition.category ? [{ category: recognition.category, name: recognition.name, ...(level ? { level } : {}), year: y, status } as const] : [];
  return {
    exemplars: names.map((name) => ({ name: capitalize(name), kind, years: [y], recognitions: [...recognitions], quote, block: leadBlock.index })),
    tally: { year: y, ...(level ? { level } : {}), ...(recognition.category ? { category: recognition.category } : {}), name: recognition.name, status, recipient: kind === 'tập thể' ? 'tập thể' : kind === 'cá nhân' ? 'cá nhân' : 'hộ gia đình', count: names.length, quote },
  };
}

/** Every list of recipients in a document. */
export function decisionLists(doc: SourceDocument, year: number): DecisionList[] {
  return doc.blocks.filter((b) => b.kind !== 'heading' && lead.test(fold(b.text))).flatMap((b) => readList(doc, doc.blocks, b, year) ?? []);
}
