/**
 * The importer's pure core: source lines in, a site-ready Markdown document out, with the metadata found,
 * warnings for what was not, and the fidelity check's verdict. No file system here.
 */
import type { SourceLine } from './types.ts';
import { parseHeader, splitColumns, typeFromSymbol } from './header.ts';
import { parseTail } from './tail.ts';
import { rejoinPageBreaks, splitParagraphs } from './paragraphs.ts';
import { definitionLabel, extractFootnotes, markDefinitions, referenceLabels } from './footnotes.ts';
import { classify } from './structure.ts';
import { renderBody } from './markdown.ts';
import { type DocumentFrontmatter, periodFromTitle, renderFrontmatter, validateFrontmatter } from './frontmatter.ts';
import { checkFidelity, type FidelityReport } from './fidelity.ts';
import { documentSlug } from './naming.ts';
import { matchUnit, type UnitRef } from './units.ts';

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
  /** The type as found ("báo cáo") even when the import failed. */
  type?: string;
}

/** The lines as plain text, for the fidelity check and the unit search. */
export function linesToText(lines: SourceLine[]): string {
  return lines.map((line) => (line.table ? line.table.map((row) => row.join('\n')).join('\n') : line.text)).join('\n');
}

/** Imports one document. */
export function importDocument(input: ImportInput, options: ImportOptions): ImportResult {
  const warnings: string[] = [];
  const errors: string[] = [];
  const notes = input.notes ?? [];
  const sourceText = linesToText([...input.lines, ...notes]);
  const lines = splitColumns(input.lines);

  const header = parseHeader(lines);
  const tail = parseTail(lines, header.bodyStart);
  const bodyLines: SourceLine[] = [
    ...header.leftover.flatMap((text) => [{ text }, { text: '' }]),
    ...lines.slice(header.bodyStart, tail.bodyEnd),
    ...tail.leftover.flatMap((text) => [{ text: '' }, { text }]),
    ...notes.flatMap((line) => [{ text: '' }, line]),
  ];

  const labels = referenceLabels(bodyLines.filter((l) => !l.table).map((l) => l.text));
  const groups = splitParagraphs(bodyLines, (text) => definitionLabel(text, labels) !== undefined).map((group) =>
    group.map((paragraph) => markDefinitions(paragraph, labels)),
  );
  const { paragraphs, footnotes } = extractFootnotes(rejoinPageBreaks(groups));
  const body = renderBody(classify(paragraphs), footnotes);

  // Metadata, and a warning for each thing not found.
  let type = header.type;
  if (header.symbol) {
    const fromSymbol = typeFromSymbol(header.symbol);
    if (!type) type = fromSymbol;
    else if (fromSymbol !== 'khác' && fromSymbol !== type) warnings.push(`loại văn bản "${type}" khác với ký hiệu ${header.symbol} (type differs from the symbol)`);
  }
  if (!type) {
    type = 'khác';
    warnings.push('không thấy loại văn bản (type not found): ghi "khác"');
  }
  if (header.issuer.length === 0) warnings.push('không thấy cơ quan ban hành (issuer not found)');
  if (!header.symbol) warnings.push('không thấy số, ký hiệu (number and symbol not found)');
  else if (!header.number) warnings.push(`số văn bản để trống (number left blank): ${header.symbol}`);
  if (!header.place) warnings.push('không thấy địa danh (place not found)');
  if (!header.issuedOn) warnings.push('không thấy ngày ban hành (date not found)');
  else if (header.issuedOn.length < 10) warnings.push(`ngày ban hành không đủ (partial date): ${header.issuedOn}`);
  if (!tail.signer.name) warnings.push('không thấy người ký (signer not found)');
  if (!tail.signer.capacity && tail.signer.name) warnings.push('không thấy thẩm quyền ký TM./KT. (signing capacity not found)');
  if (tail.recipients.length === 0) warnings.push('không thấy nơi nhận (recipients not found)');
  if (!header.title) errors.push('không thấy trích yếu (title not found): văn bản cần dòng tên loại (BÁO CÁO, KẾ HOẠCH…) và trích yếu ngay sau đó');

  let unit = options.unit;
  if (!unit) {
    const match = matchUnit(options.units, { issuer: header.issuer, place: header.place, text: sourceText });
    if (match.unit) unit = match.unit.id;
    else if (match.reason === 'ambiguous') errors.push(`không xác định được đơn vị, có thể là: ${match.candidates.join(', ')} (ambiguous unit): dùng --unit <tỉnh>/<đơn-vị>`);
    else errors.push('không tìm thấy đơn vị ban hành trong content/units (unit not found): dùng --unit <tỉnh>/<đơn-vị>');
  } else if (options.units.length > 0 && !options.units.some((u) => u.id === unit)) {
    warnings.push(`đơn vị ${unit} chưa có trong content/units (unknown unit): hãy thêm tệp đơn vị trước khi build`);
  }

  const year = header.issuedOn?.slice(0, 4) ?? (header.title ? periodFromTitle(header.title)?.to.toString() : undefined);
  if (!year) errors.push('không xác định được năm ban hành để đặt tên tệp (no year of issue for the file name)');

  if (errors.length > 0 || !unit || !header.title || !year) return { errors, warnings, type };

  const frontmatter: DocumentFrontmatter = {
    unit,
    issuer: header.issuer,
    type,
    number: header.number,
    symbol: header.symbol,
    place: header.place,
    issuedOn: header.issuedOn,
    title: header.title,
    period: periodFromTitle(header.title),
    signer: tail.signer,
    recipients: tail.recipients,
    sourceFile: `${unit}/${input.fileName}`,
  };
  const problems = validateFrontmatter(frontmatter);
  if (problems.length > 0) {
    return { errors: problems.map((p) => `frontmatter không hợp lệ (invalid frontmatter): ${p}`), warnings, type };
  }
  const markdown = `${renderFrontmatter(frontmatter)}\n${body}`;
  const fidelity = checkFidelity(sourceText, markdown);
  if (!fidelity.ok) {
    errors.push(`mất chữ so với bản gốc (words lost): ${fidelity.total - fidelity.kept} từ, đoạn đầu tiên: ${fidelity.firstMissing}`);
  }
  const slug = documentSlug({ year, type, number: header.number, title: header.title });
  return { frontmatter, markdown, slug, errors, warnings, fidelity, type };
}
