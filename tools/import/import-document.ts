/**
 * The importer's pure core: source lines in, a site-ready Markdown document out, with the metadata found,
 * warnings for what was not, and the fidelity check's verdict. No file system here.
 */
import type { BodyBlock, SourceLine } from './types.ts';
import { type HeaderResult, type LineRange, parseHeader } from './header.ts';
import { isolateMotto } from './header-cells.ts';
import { parseTail, type TailResult } from './tail.ts';
import { attachmentLines, captionFacts, markAttachmentHeadings } from './attachments.ts';
import { rejoinPageBreaks, splitParagraphs } from './paragraphs.ts';
import { definitionLabel, extractFootnotes, markDefinitions, referenceLabels } from './footnotes.ts';
import { classify } from './structure.ts';
import { renderBody } from './markdown.ts';
import { type DocumentFrontmatter, periodFromTitle, renderFrontmatter, validateFrontmatter } from './frontmatter.ts';
import { documentMetadata, headerLinesKept, type Metadata } from './metadata.ts';
import { checkFidelity, type FidelityReport } from './fidelity.ts';
import { documentSlug } from './naming.ts';
import { matchUnit, type UnitRef } from './units.ts';
import { describeIssuingBody, type UnitMissing } from './unit-missing.ts';
import { FOOTNOTE_DEF } from './patterns.ts';

export type { UnitMissing } from './unit-missing.ts';

/** What the importer reads: the decoded lines and the name of the file they came from. */
export interface ImportInput {
  /** The source file's name, e.g. "bao-cao-2023.docx". */
  fileName: string;
  /** The text, line by line (tables from .docx as table lines). */
  lines: SourceLine[];
  /** Footnotes kept apart by the reader ("[1] …" lines, from .docx); they join the body's end. */
  notes?: SourceLine[];
}

/** How to import. */
export interface ImportOptions {
  /** Known units, to find the issuing one. */
  units: UnitRef[];
  /** The unit id given with --unit; it wins over matching. */
  unit?: string;
}

/** Everything the importer learned about one document. */
export interface ImportResult {
  /** The frontmatter, or undefined when an error stopped the import. */
  frontmatter?: DocumentFrontmatter;
  /** The whole Markdown file (frontmatter and body). */
  markdown?: string;
  /** The document's slug within its unit, e.g. "2023-bao-cao-127". */
  slug?: string;
  /** Problems that stop the import (nothing is written). */
  errors: string[];
  /** Things not found or guessed; the import goes on. */
  warnings: string[];
  /** The fidelity check's verdict. */
  fidelity?: FidelityReport;
  /** The schema's type ("báo cáo", "khác") even when the import failed. */
  type?: string;
  /** The kind as read, also one the schema does not list ("tờ trình", "công văn"). */
  kind?: string;
  /**
   * The issuing body as read, when no known unit matches (to propose `--unit`) or the unit was given with
   * `--unit` (to create a unit new to the site, or warn when the body names another commune).
   */
  unitMissing?: UnitMissing;
}

/** The lines as plain text, for the fidelity check and the unit search. */
export function linesToText(lines: SourceLine[]): string {
  return lines.map((line) => (line.table ? line.table.map((row) => row.join('\n')).join('\n') : line.text)).join('\n');
}

const asLines = (texts: string[], blankFirst = false): SourceLine[] => texts.flatMap((text) => (blankFirst ? [{ text: '' }, { text }] : [{ text }, { text: '' }]));

/**
 * The body's lines in the source's order: what stood before the header, header lines no field took, the
 * text, tail lines no field took ("(Đã ký)"), the attachments after the signature, the footnotes.
 */
function bodyLines(input: ImportInput, header: HeaderResult, tail: TailResult, keep: string[], after: SourceLine[]): SourceLine[] {
  const lines = input.lines;
  return [
    ...lines.slice(0, header.start),
    ...asLines([...header.leftover, ...keep]),
    ...lines.slice(header.bodyStart, tail.bodyEnd),
    ...asLines(tail.leftover, true),
    ...after,
    ...noteLines(input.notes ?? []),
  ];
}

/**
 * The notes kept apart by the reader, a paragraph each; a note of several paragraphs (Word allows them: an
 * article quoted whole) is one line, its later paragraphs after "\n", so that they stay in the note.
 */
function noteLines(notes: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const line of notes) {
    const last = out[out.length - 1];
    const text = line.text.trim();
    if (!line.table && text === '') continue;
    if (!line.table && last && !last.table && FOOTNOTE_DEF.test(last.text) && !FOOTNOTE_DEF.test(text)) last.text += `\n${text}`;
    else out.push({ text: '' }, line.table ? line : { text });
  }
  return out;
}

/**
 * The source for the fidelity check, its parts in the order the output has them: the header (its fields
 * come first in the frontmatter), what stood before it, the text and the tail's lines no field took, the
 * attachments, then Nơi nhận and the signature (last in the frontmatter; column by column when they shared
 * lines). Each part keeps its own order; the motto is put on a line of its own, as the check leaves it out
 * only then. No word is left out.
 */
function fidelitySource(input: ImportInput, header: HeaderResult, tail: TailResult, keep: string[]): string {
  const lines = input.lines;
  // A letter's subject is the title, written after the date; a type line the schema has no type for is kept
  // in the body, after the title: their words are looked for there.
  const typeLines = header.typeLines && header.typeLine && keep.includes(header.typeLine) ? header.typeLines : undefined;
  const subject = header.subjectLines;
  const inRange = (i: number, range?: LineRange) => range !== undefined && i >= range.first && i <= range.last;
  const headerLines: SourceLine[] = [];
  for (let i = header.start; i < header.bodyStart; i++) {
    // A subject sharing its lines with other fields: those lines are read as the other fields' cells.
    if (i === subject?.first && subject.shared) headerLines.push(...subject.shared.others.map((text) => ({ text })));
    if (!inRange(i, typeLines) && !inRange(i, subject)) headerLines.push(lines[i]);
  }
  const range = (r?: LineRange) => (r ? lines.slice(r.first, r.last + 1) : []);
  return linesToText([
    ...isolateMotto(headerLines),
    ...(subject?.shared ? subject.shared.subject.map((text) => ({ text })) : range(subject)),
    ...lines.slice(0, header.start),
    ...range(typeLines),
    ...lines.slice(header.bodyStart, tail.bodyEnd),
    ...asLines(tail.leftover),
    ...lines.slice(tail.after),
    ...asLines(tail.readingOrder),
    ...(input.notes ?? []),
  ]);
}

/** Paragraphs, footnotes, headings and lists of the body, attachments' names as headings. */
function bodyBlocks(lines: SourceLine[], headings: string[]): { blocks: BodyBlock[]; markdown: (blocks: BodyBlock[]) => string } {
  const labels = referenceLabels(lines.filter((l) => !l.table).map((l) => l.text));
  const groups = splitParagraphs(lines, (text) => definitionLabel(text, labels) !== undefined).map((group) => group.map((paragraph) => markDefinitions(paragraph, labels)));
  const { paragraphs, footnotes } = extractFootnotes(rejoinPageBreaks(groups));
  const blocks = markAttachmentHeadings(classify(paragraphs), headings);
  return { blocks, markdown: (b) => renderBody(b, footnotes) };
}

/** The unit: given with --unit, or matched by the issuing body; described as read when given or when none matches. */
function resolveUnit(options: ImportOptions, header: HeaderResult, sourceText: string, errors: string[], warnings: string[]): { unit?: string; unitMissing?: UnitMissing } {
  if (options.unit) {
    if (options.units.length > 0 && !options.units.some((u) => u.id === options.unit)) {
      warnings.push(`đơn vị ${options.unit} chưa có trong content/units (unknown unit): hãy thêm tệp đơn vị trước khi build`);
    }
    return { unit: options.unit, unitMissing: describeIssuingBody(header.issuer, header.place, sourceText) };
  }
  const match = matchUnit(options.units, { issuer: header.issuer, place: header.place, text: sourceText });
  if (match.unit) return { unit: match.unit.id };
  if (match.reason === 'ambiguous') {
    errors.push(`không xác định được đơn vị, có thể là: ${match.candidates.join(', ')} (ambiguous unit): dùng --unit <tỉnh>/<đơn-vị>`);
    return {};
  }
  const unitMissing = describeIssuingBody(header.issuer, header.place, sourceText);
  const read = unitMissing.issuer ? ` "${unitMissing.issuer}"` : '';
  errors.push(`không tìm thấy đơn vị ban hành${read} trong content/units (unit not found): dùng --unit <tỉnh>/<đơn-vị>`);
  return { unitMissing };
}

/** The frontmatter from the metadata, for the unit and source file. */
function frontmatterOf(meta: Metadata, unit: string, fileName: string): DocumentFrontmatter {
  return {
    unit,
    issuer: meta.issuer,
    type: meta.type,
    number: meta.number,
    symbol: meta.symbol,
    place: meta.place,
    issuedOn: meta.issuedOn,
    title: meta.title,
    period: meta.titleRead ? periodFromTitle(meta.title) : undefined,
    signer: meta.signer,
    recipients: meta.recipients,
    sourceFile: `${unit}/${fileName}`,
  };
}

/** Imports one document. */
export function importDocument(input: ImportInput, options: ImportOptions): ImportResult {
  const warnings: string[] = [];
  const errors: string[] = [];
  const lines = input.lines;
  const header = parseHeader(lines);
  const tail = parseTail(lines, header.bodyStart);
  const after = attachmentLines(lines, tail.after);
  const facts = header.symbol || header.number || header.issuedOn ? undefined : captionFacts(linesToText(after.lines));
  const kept = headerLinesKept(header, facts);
  const body = bodyBlocks(bodyLines(input, header, tail, kept, after.lines), after.headings);
  const meta = documentMetadata({ header, tail, facts, blocks: body.blocks, text: linesToText(lines) }, warnings);
  const sourceText = fidelitySource(input, header, tail, kept);
  const { unit, unitMissing } = resolveUnit(options, header, sourceText, errors, warnings);
  if (!meta.year) errors.push('không xác định được năm ban hành để đặt tên tệp (no year of issue for the file name)');
  const kind = meta.kind;
  if (errors.length > 0 || !unit || !meta.year) return { errors, warnings, type: meta.type, kind, unitMissing };

  const frontmatter = frontmatterOf(meta, unit, input.fileName);
  const problems = validateFrontmatter(frontmatter);
  if (problems.length > 0) return { errors: problems.map((p) => `frontmatter không hợp lệ (invalid frontmatter): ${p}`), warnings, type: meta.type, kind, unitMissing };
  const markdown = `${renderFrontmatter(frontmatter)}\n${body.markdown(body.blocks)}`;
  const fidelity = checkFidelity(sourceText, markdown);
  if (!fidelity.ok) errors.push(`mất chữ so với bản gốc (words lost): ${fidelity.total - fidelity.kept} từ, đoạn đầu tiên: ${fidelity.firstMissing}`);
  const slug = documentSlug({ year: meta.year, type: meta.type, number: meta.number, title: meta.title });
  return { frontmatter, markdown, slug, errors, warnings, fidelity, type: meta.type, kind, unitMissing };
}
