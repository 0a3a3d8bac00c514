/**
 * What follows the signature: the documents a decision or a plan issues with it (QUY ĐỊNH, QUY CHẾ, KẾ
 * HOẠCH, PHỤ LỤC, MẪU, DANH SÁCH, usually with "(Ban hành kèm theo Quyết định số …)" under their name).
 * They stay in the document's body, each under a heading of its own, after the main text.
 */
import type { BodyBlock, SourceLine } from './types.ts';
import { isSeparator, logicalLineAt, MAX_HEADER_LINE, plainLine } from './header-cells.ts';
import { parseNumberSymbol, parsePlaceDate } from './header-fields.ts';
import { kindAtStart } from './kinds.ts';
import { countWords, isUpperText } from './text.ts';
import { BODY_LEAD, unwrapEmphasis } from './patterns.ts';

/** "(Ban hành kèm theo Quyết định số …)", "(Kèm theo Kế hoạch số …)": the caption under an attachment's name. */
const CAPTION = /^\(?\s*(?:Ban\s+hành\s+)?[Kk]èm\s+theo(?![\p{L}\p{M}])/u;
/** "PHỤ LỤC II", "Phụ lục 01:": an appendix, which starts an attachment even without a caption. */
const APPENDIX = /^(?:PHỤ\s+LỤC|Phụ\s+lục)(?:\s+(?:[IVXLC]+|\d+[a-z]?|số\s+\d+))?\s*[.:]?(?:\s|$)/u;
/** Names an attachment starts with when it stands first after the signature. */
const NAME_WORDS =
  /^(?:PHỤ\s+LỤC|Phụ\s+lục|MẪU|Mẫu\s+số|BIỂU|Biểu\s+(?:mẫu|số)|DANH\s+MỤC|THUYẾT\s+MINH|THỦ\s+TỤC|NỘI\s+QUY|ĐIỀU\s+LỆ|TIÊU\s+CHÍ|THANG\s+ĐIỂM|BẢNG)/u;

interface Logical {
  text: string;
  first: number;
  last: number;
}

/** Lines [from, to) as plain logical lines (bold runs hard-wrapped over lines joined). */
function logicalLines(lines: SourceLine[], from: number, to: number): Logical[] {
  const out: Logical[] = [];
  for (let i = from; i < to; i++) {
    // Tables and long paragraphs name no attachment; their lines are copied as they are.
    if (lines[i].table || lines[i].text.length > MAX_HEADER_LINE) {
      out.push({ text: '', first: i, last: i });
      continue;
    }
    const { columns, first, last } = logicalLineAt(lines, i, to);
    const text = plainLine(columns.join(' '));
    out.push({ text: isSeparator(text) ? '' : text, first, last });
    i = last;
  }
  return out;
}

function isHeadingLine(text: string): boolean {
  return text !== '' && countWords(text) <= 60 && (isUpperText(text) || APPENDIX.test(text) || /^(?:Mẫu\s+số|Biểu\s+số)/u.test(text));
}

/** A line under an attachment's name that goes on with it: "Về công tác thi đua, khen thưởng …". */
function isSubtitle(text: string): boolean {
  return isHeadingLine(text) || (countWords(text) <= 40 && !/[.:;]$/u.test(text) && !BODY_LEAD.test(text) && !CAPTION.test(text));
}

/** The logical lines that name an attachment, ending just before `caption`: capitals first, then maybe a subtitle. */
function nameBefore(logical: Logical[], caption: number, floor: number): number | undefined {
  let start: number | undefined;
  for (let k = caption - 1; k >= floor && caption - k <= 8; k--) {
    if (logical[k].text === '') continue;
    if (!isSubtitle(logical[k].text)) break;
    if (isHeadingLine(logical[k].text)) start = k;
  }
  return start;
}

/** Where the name starting at `k` ends: at the caption under it, or after the capitals that follow it. */
function nameEnd(logical: Logical[], k: number): number {
  for (let j = k + 1; j < logical.length && j - k <= 8; j++) {
    const text = logical[j].text;
    if (text === '') continue;
    if (CAPTION.test(text)) return j;
    if (!isSubtitle(text) || APPENDIX.test(text)) break;
  }
  let end = k + 1;
  for (let j = k + 1; j < logical.length && j - k <= 6; j++) {
    const text = logical[j].text;
    if (text === '') continue;
    if (!isHeadingLine(text) || APPENDIX.test(text)) break;
    end = j + 1;
  }
  return end;
}

/** The attachments' names: logical lines [at, end) each. */
function attachmentStarts(logical: Logical[]): { at: number; end: number }[] {
  const starts: { at: number; end: number }[] = [];
  const firstText = logical.findIndex((l) => l.text !== '');
  for (let k = 0; k < logical.length; k++) {
    const text = logical[k].text;
    const floor = starts.length ? starts[starts.length - 1].end : 0;
    if (text === '' || k < floor) continue;
    const named = k === firstText && countWords(text) <= 40 && (NAME_WORDS.test(text) || (isUpperText(text) && kindAtStart(text) !== undefined));
    if (named || (APPENDIX.test(text) && countWords(text) <= 40)) {
      starts.push({ at: k, end: nameEnd(logical, k) });
    } else if (CAPTION.test(text)) {
      const at = nameBefore(logical, k, floor);
      if (at !== undefined) starts.push({ at, end: k });
    }
  }
  return starts;
}

/**
 * The lines after the signature, each attachment's name put on one line of its own (blank lines around it)
 * so the body can make it a heading, and the names in order.
 */
export function attachmentLines(lines: SourceLine[], from: number): { lines: SourceLine[]; headings: string[] } {
  if (from >= lines.length) return { lines: [], headings: [] };
  const logical = logicalLines(lines, from, lines.length);
  const starts = attachmentStarts(logical);
  const out: SourceLine[] = [];
  const headings: string[] = [];
  let next = from;
  for (const { at, end } of starts) {
    const nameLines = logical.slice(at, end).filter((l) => l.text !== '');
    if (nameLines.length === 0) continue;
    out.push(...lines.slice(next, logical[at].first));
    const heading = nameLines.map((l) => l.text).join(' ');
    headings.push(heading);
    out.push({ text: '' }, { text: heading }, { text: '' });
    next = logical[end - 1].last + 1;
  }
  for (let i = next; i < lines.length; i++) out.push(lines[i]);
  return { lines: out, headings };
}

/** Turns each attachment's name, in order, into a heading of the outermost rank. */
export function markAttachmentHeadings(blocks: BodyBlock[], headings: string[]): BodyBlock[] {
  const out: BodyBlock[] = [];
  let wanted = 0;
  for (const block of blocks) {
    const heading = headings[wanted];
    const text = block.kind === 'paragraph' || block.kind === 'heading' ? unwrapEmphasis(block.text) : undefined;
    if (heading === undefined || text === undefined || !text.startsWith(heading)) {
      out.push(block);
      continue;
    }
    out.push({ kind: 'heading', rank: 'attachment', text: heading });
    const rest = text.slice(heading.length).trim();
    if (rest) out.push({ kind: 'paragraph', text: rest });
    wanted++;
  }
  return out;
}

/**
 * The document's own number and date as an attachment's caption cites them ("Kèm theo Công văn số
 * 6386/BVHTTDL-KHCNĐTMT ngày 25/11/2025"), for a document whose header was lost.
 */
export function captionFacts(text: string): { kind?: string; number?: string; symbol?: string; numberYear?: string; issuedOn?: string } | undefined {
  const match = /kèm\s+theo\s+(\p{L}+(?:\s+\p{L}+)?)\s+số\s*:?\s*([^\s,]*\/[^\s,]+)\s*(?:ngày\s+([^)]{6,40}))?/iu.exec(text.slice(0, 2000));
  if (!match) return undefined;
  const kind = kindAtStart(match[1].toLocaleUpperCase('vi'))?.kind;
  const numbered = parseNumberSymbol(match[2]);
  const dated = match[3] ? parsePlaceDate(`ngày ${match[3]}`) : undefined;
  return { kind, number: numbered?.number, symbol: numbered?.symbol, numberYear: numbered?.numberYear, issuedOn: dated?.issuedOn };
}
