import { z } from 'astro/zod';
import { fullDate, partialDate, privacyAllow, text, unitId } from './common.ts';

/**
 * Kinds of documents (tên loại văn bản) of state bodies (Nghị định 30/2020/NĐ-CP), the Party (Hướng dẫn 36-HD/VPTW)
 * and the legal-document kinds, lower case as the type line names them; "khác" for a kind not listed here.
 */
export const documentTypes = [
  'báo cáo', 'kế hoạch', 'quyết định', 'thông báo', 'công văn', 'tờ trình', 'chỉ thị', 'nghị quyết', 'hướng dẫn',
  'quy chế', 'quy định', 'danh sách', 'chương trình', 'đề án', 'phương án', 'dự án', 'biên bản', 'thông tư liên tịch',
  'thông tư', 'nghị định', 'công điện', 'giấy mời', 'giấy giới thiệu', 'kết luận', 'thông tri', 'thông cáo', 'hợp đồng',
  'luật', 'pháp lệnh', 'khác',
] as const;
export type DocumentType = (typeof documentTypes)[number];

/** The person who signs, and in what capacity. */
export const signerSchema = z.object({
  /** Full name, e.g. "Đào Văn Trung". */
  name: text().optional(),
  /** Title, e.g. "CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
  title: text().optional(),
  /** Capacity line, e.g. "TM. ỦY BAN NHÂN DÂN" or "KT. CHỦ TỊCH". */
  capacity: text().optional(),
  /** Lines printed under the name, e.g. the signer's other post "TRƯỞNG BAN XÂY DỰNG ĐẢNG". */
  after: z.array(text()).optional(),
});

/** Frontmatter of an official document (văn bản) published as MDX. */
export const documentSchema = z.object({
  /** Id of the issuing unit, "<province>/<unit>". */
  unit: unitId(),
  /** Issuing body as written in the header, e.g. ["UBND THỊ XÃ ĐỨC PHỔ", "UBND PHƯỜNG PHỔ VĂN"]. */
  issuer: z.array(text()).default([]),
  /** Type of document. */
  type: z.enum(documentTypes),
  /** Number, e.g. "127"; absent when the source leaves it blank ("Số: /BC-UBND"). */
  number: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().regex(/^\d+[a-zA-Z]?$/, 'phải là số, ví dụ "127" (expected digits)')).optional(),
  /** Symbol, e.g. "BC-UBND". */
  symbol: z.string().regex(/^[\p{L}\d.]+(?:[-–/][\p{L}\d.]+)*$/u, 'phải có dạng "BC-UBND" (expected a symbol like "BC-UBND")').optional(),
  /** Place of issue as written, e.g. "Tân Hoà". */
  place: text().optional(),
  /** Date of issue, partial when the day or month is blank: "2023-12-15", "2023-10", "2023". */
  issuedOn: partialDate().optional(),
  /** Title (trích yếu), the one-line subject. */
  title: text(),
  /** The period the document covers, e.g. a report on 2023 or a plan for 2024. */
  period: z
    .object({
      /** First year covered. */
      from: z.number().int(),
      /** Last year covered (same as from for one year). */
      to: z.number().int(),
    })
    .refine((p) => p.to >= p.from, { message: 'năm kết thúc trước năm bắt đầu (period ends before it starts)' })
    .optional(),
  /** Who signed. */
  signer: signerSchema.default({}),
  /** Distribution list (Nơi nhận), one line each. */
  recipients: z.array(text()).default([]),
  /** Name of the source file the text came from, kept under content/sources/. */
  sourceFile: z.string().optional(),
  /** A short description for search results and link previews; derived from the title when absent. */
  description: z.string().optional(),
  /** Date the page may go public; a future date keeps it out of every output until then. */
  publishedOn: fullDate().optional(),
  /** Personal identifiers published on purpose, each with its reason. */
  privacyAllow: privacyAllow(),
  /** Unpublished drafts stay out of every output. */
  draft: z.boolean().default(false),
});

export type DocumentData = z.infer<typeof documentSchema>;
