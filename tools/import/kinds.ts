/**
 * Kinds of documents (tên loại văn bản) as their type line names them, the symbol prefixes that stand for
 * them ("BC-UBND", party style "12-KH/ĐU"), and which of them the site's schema knows. The lists follow
 * Nghị định 30/2020/NĐ-CP (state bodies), Hướng dẫn 36-HD/VPTW (the Party) and the legal-document kinds.
 */
import { type DocumentType, documentTypes } from '../../src/schemas/document.ts';

/** A kind, lower case as the schema writes types, with the symbol prefixes that stand for it. */
const KINDS: ReadonlyArray<[kind: string, prefixes: string[]]> = [
  ['báo cáo', ['BC']],
  ['kế hoạch', ['KH']],
  ['quyết định', ['QĐ']],
  ['thông báo', ['TB']],
  ['công văn', ['CV']],
  ['tờ trình', ['TTr']],
  ['chỉ thị', ['CT']],
  ['nghị quyết', ['NQ']],
  ['hướng dẫn', ['HD']],
  ['quy chế', ['QC']],
  ['quy định', ['QyĐ', 'QĐi']],
  ['danh sách', ['DS']],
  ['chương trình', ['CTr']],
  ['đề án', ['ĐA']],
  ['phương án', ['PA']],
  ['dự án', ['DA']],
  ['biên bản', ['BB']],
  ['thông tư liên tịch', ['TTLT']],
  ['thông tư', ['TT']],
  ['nghị định', ['NĐ']],
  ['công điện', ['CĐ']],
  ['giấy mời', ['GM']],
  ['giấy giới thiệu', ['GGT']],
  ['kết luận', ['KL']],
  ['thông tri', ['TTr']],
  ['thông cáo', ['TC']],
  ['hợp đồng', ['HĐ']],
  ['luật', []],
  ['pháp lệnh', []],
];

/** "tờ trình" → /^TỜ\s+TRÌNH/; the longest names first, so "THÔNG TƯ LIÊN TỊCH" wins over "THÔNG TƯ". */
const TYPE_LINE_WORDS: ReadonlyArray<[RegExp, string]> = [...KINDS]
  .sort((a, b) => b[0].length - a[0].length)
  .map(([kind]) => [new RegExp(`^${kind.toLocaleUpperCase('vi').split(' ').join('\\s+')}`, 'u'), kind]);

/** The kind a type line starts with, and the length of its words in `text`: "KẾ HOẠCH Phát động…" → kế hoạch. */
export function kindAtStart(text: string): { kind: string; length: number } | undefined {
  for (const [pattern, kind] of TYPE_LINE_WORDS) {
    const match = pattern.exec(text);
    if (match) return { kind, length: match[0].length };
  }
  return undefined;
}

const BY_PREFIX = new Map<string, string>();
for (const [kind, prefixes] of KINDS) for (const prefix of prefixes) if (!BY_PREFIX.has(prefix.toUpperCase())) BY_PREFIX.set(prefix.toUpperCase(), kind);

/** The kind a symbol's prefix stands for: "BC-UBND" → báo cáo, "KH/ĐU" → kế hoạch; undefined when unknown. */
export function kindFromSymbol(symbol: string): string | undefined {
  const prefix = symbol.split(/[-–/]/u)[0].toUpperCase();
  return BY_PREFIX.get(prefix);
}

const SCHEMA_TYPES: ReadonlySet<string> = new Set(documentTypes);

/** The schema's type for a kind: itself when the site knows it, "khác" otherwise. */
export function schemaType(kind: string | undefined): DocumentType | undefined {
  if (kind === undefined) return undefined;
  return SCHEMA_TYPES.has(kind) ? (kind as DocumentType) : 'khác';
}
