/**
 * From what the header and the tail read to the frontmatter's fields: the schema's type for the kind read,
 * a title when the document states none, the year for the file name, and a warning for each thing missing
 * or guessed. Nothing here stops an import: a document with no header at all still imports, its body whole.
 */
import { documentSchema } from '../../src/schemas/document.ts';
import type { DocumentType } from '../../src/schemas/document.ts';
import type { BodyBlock, Signer } from './types.ts';
import type { HeaderResult } from './header.ts';
import type { TailResult } from './tail.ts';
import type { captionFacts } from './attachments.ts';
import { kindFromSymbol, schemaType } from './kinds.ts';
import { periodFromTitle } from './frontmatter.ts';

/** The fields of the frontmatter. */
export interface Metadata {
  issuer: string[];
  type: DocumentType;
  kind?: string;
  number?: string;
  /** As the frontmatter stores it: the number's year in front ("2025/QĐ-UBND"), so the document number reads whole. */
  symbol?: string;
  place?: string;
  issuedOn?: string;
  title: string;
  /** True when the title was read, false when it was made up (then `period` is not taken from it). */
  titleRead: boolean;
  year?: string;
  signer: Signer;
  recipients: string[];
}

type Facts = ReturnType<typeof captionFacts>;

/** "kế hoạch" → "Kế hoạch". */
const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** The kind, and the schema type for it, with warnings when it is missing, unknown to the site, or disputed. */
function typeOf(header: HeaderResult, facts: Facts, blocks: BodyBlock[], warnings: string[]): { kind?: string; type: DocumentType } {
  // A letter names no type: it opens with "Kính gửi" (công văn, Nghị định 30/2020/NĐ-CP, Phụ lục I).
  const letter = /^Kính gửi/u.test(plainText(blocks.find(hasWords)) ?? '') ? 'công văn' : undefined;
  const kind = header.kind ?? facts?.kind ?? letter;
  const fromSymbol = header.symbol ? kindFromSymbol(header.symbol) : undefined;
  if (header.typeLine && fromSymbol && header.kind && fromSymbol !== header.kind) {
    warnings.push(`loại văn bản "${header.kind}" khác với ký hiệu ${header.symbol} (type differs from the symbol)`);
  }
  if (!kind) {
    warnings.push('không thấy loại văn bản (type not found): ghi "khác"');
    return { type: 'khác' };
  }
  const type = schemaType(kind) ?? 'khác';
  if (type === 'khác') warnings.push(`loại văn bản "${kind}" chưa có trong danh sách loại của trang (type not in the site schema): ghi "khác"`);
  return { kind, type };
}

/** The number and symbol as the frontmatter writes them, the number's year before the symbol ("2025/QĐ-UBND"). */
function numbered(header: HeaderResult, facts: Facts): { source: { number?: string; symbol?: string; numberYear?: string }; symbol?: string; valid: boolean } {
  const source = header.symbol || header.number ? header : (facts ?? {});
  const symbol = source.symbol && source.numberYear ? `${source.numberYear}/${source.symbol}` : source.symbol;
  const valid = documentSchema.shape.number.safeParse(source.number).success && documentSchema.shape.symbol.safeParse(symbol).success;
  return { source, symbol, valid };
}

/**
 * Header lines whose words no field will hold, which the body keeps at its start: a type line of a kind the
 * schema lacks ("TỜ TRÌNH" → "khác"), a number line the schema would reject.
 */
export function headerLinesKept(header: HeaderResult, facts: Facts): string[] {
  const kept: string[] = [];
  if (header.typeLine && schemaType(header.kind) === 'khác') kept.push(header.typeLine);
  if (header.numberLine && !numbered(header, facts).valid) kept.push(header.numberLine);
  return kept;
}

/** The number and symbol the schema accepts; a number line it would reject stays in the body. */
function numberOf(header: HeaderResult, facts: Facts, warnings: string[]): { number?: string; symbol?: string; numberYear?: string } {
  const { source, symbol, valid } = numbered(header, facts);
  if (!valid) {
    warnings.push(`số, ký hiệu không đọc được (unreadable number): ${header.numberLine ?? symbol}`);
    return {};
  }
  if (source !== header && symbol) warnings.push(`số, ký hiệu lấy từ phụ lục (number taken from the annex caption): ${source.number ?? ''}/${symbol}`);
  if (!symbol) warnings.push('không thấy số, ký hiệu (number and symbol not found)');
  else if (!source.number) warnings.push(`số văn bản để trống (number left blank): ${symbol}`);
  return { number: source.number, symbol, numberYear: source.numberYear };
}

/** A block's text without emphasis marks; a table's first cell ("Kính gửi:" beside the addressees). */
function plainText(block: BodyBlock | undefined): string | undefined {
  if (!block) return undefined;
  return (block.kind === 'table' ? (block.rows[0]?.[0] ?? '') : block.text).replace(/[*_|]+/gu, ' ').replace(/\s+/gu, ' ').trim();
}

const hasWords = (block: BodyBlock) => /[\p{L}\p{N}]/u.test(plainText(block) ?? '');

/** The first sentence of the body, at most 30 words: a title for a document that states none. */
function firstSentence(blocks: BodyBlock[]): string | undefined {
  const block = blocks.find((b) => (b.kind === 'paragraph' || b.kind === 'heading') && hasWords(b) && !/^(?:Kính gửi|Nơi nhận)/iu.test(plainText(b) ?? ''));
  const text = block && plainText(block);
  if (!text) return undefined;
  const sentence = /^(.+?[.;:!?])(?=\s|$)/u.exec(text)?.[1] ?? text;
  const words = sentence.split(' ');
  return words.length > 30 ? `${words.slice(0, 30).join(' ')}…` : sentence.replace(/[.;:]$/u, '');
}

/** The year for the file name: the date's, the number's, the title's, else the latest year the text names. */
function yearOf(issuedOn: string | undefined, numberYear: string | undefined, title: string | undefined, text: string, warnings: string[]): string | undefined {
  const stated = issuedOn?.slice(0, 4) ?? numberYear ?? (title ? periodFromTitle(title)?.to.toString() : undefined);
  if (stated) return stated;
  let latest = 0;
  for (const match of text.slice(0, 400_000).matchAll(/(?:năm|\/)\s*((?:19[4-9]|20\d)\d)(?!\d)/gu)) latest = Math.max(latest, Number(match[1]));
  if (latest === 0) return undefined;
  warnings.push(`năm ban hành lấy theo năm muộn nhất trong văn bản (year taken from the latest year in the text): ${latest}`);
  return String(latest);
}

/** Reads every field, with a warning for each one missing or guessed. */
export function documentMetadata(parts: { header: HeaderResult; tail: TailResult; facts: Facts; blocks: BodyBlock[]; text: string }, warnings: string[]): Metadata {
  const { header, tail, facts, text } = parts;
  // The body's own text, without the header lines it keeps (headerLinesKept) at its start.
  const kept = headerLinesKept(header, facts);
  const blocks = parts.blocks.filter((block) => !kept.includes(plainText(block) ?? ''));
  const { kind, type } = typeOf(header, facts, blocks, warnings);
  if (header.issuer.length === 0) warnings.push('không thấy cơ quan ban hành (issuer not found)');
  const { number, symbol, numberYear } = numberOf(header, facts, warnings);
  const issuedOn = header.issuedOn ?? facts?.issuedOn;
  if (!header.place) warnings.push('không thấy địa danh (place not found)');
  if (!issuedOn) warnings.push('không thấy ngày ban hành (date not found)');
  else if (!header.issuedOn) warnings.push(`ngày ban hành lấy từ phụ lục (date taken from the annex caption): ${issuedOn}`);
  else if (issuedOn.length < 10) warnings.push(`ngày ban hành không đủ (partial date): ${issuedOn}`);
  if (!tail.signer.name) warnings.push('không thấy người ký (signer not found)');
  if (!tail.signer.capacity && tail.signer.name) warnings.push('không thấy thẩm quyền ký TM./KT. (signing capacity not found)');
  if (tail.recipients.length === 0) warnings.push('không thấy nơi nhận (recipients not found)');
  const year = yearOf(issuedOn, numberYear, header.title, text, warnings);
  let title = header.title;
  if (!title) {
    const label = capitalized(kind ?? 'văn bản');
    const numbered = symbol ? `${label} số ${number ?? '…'}/${symbol}` : undefined;
    title = numbered ?? firstSentence(blocks) ?? `${label}${year ? ` năm ${year}` : ''}`;
    warnings.push(`không thấy trích yếu (title not found): lấy "${title}" làm tên văn bản (used as the title)`);
  }
  return { issuer: header.issuer, type, kind, number, symbol, place: header.place, issuedOn, title, titleRead: header.title !== undefined, year, signer: tail.signer, recipients: tail.recipients };
}
