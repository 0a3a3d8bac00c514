import { z } from 'astro/zod';
import { awardStatus, fullDate, level, privacyAllow, recognitionCategory, source, text, unitId, year } from './common.ts';

/** A recognition of an exemplar: an emulation title or a commendation form. */
export const recognitionSchema = z.object({
  /** "danh hiệu" (emulation title, e.g. "Lao động tiên tiến") or "hình thức" (form, e.g. "Bằng khen", "Giấy khen"). */
  category: recognitionCategory(),
  /** Name as the document states it, e.g. "Bằng khen", "Chiến sĩ thi đua cơ sở". */
  name: text(),
  /** Level of the body that grants it. */
  level: level().optional(),
  /** Year it was granted or proposed. */
  year: year().optional(),
  /** Who grants it, e.g. "Chủ tịch UBND tỉnh Thái Nguyên". */
  issuer: z.string().optional(),
  /** Given, or only proposed. */
  status: awardStatus().default('awarded'),
});

/** An advanced exemplar (điển hình tiên tiến) named by a document. */
export const exemplarSchema = z.object({
  /** Name as the document gives it, e.g. "Hộ ông Trần Nhơn", "Hợp tác xã chăn nuôi hươu Trọng Hùng". */
  name: text(),
  /** Person, collective, household or model. */
  kind: z.enum(['cá nhân', 'tập thể', 'hộ gia đình', 'mô hình']),
  /** Id of the unit it belongs to. */
  unit: unitId(),
  /** Years it was recognized or reported on. */
  years: z.array(year()).min(1, 'cần ít nhất một năm (give at least one year)'),
  /** Ids of the movements it belongs to. */
  movements: z.array(z.string()).default([]),
  /** A short description in plain words, from the document only. */
  description: z.string().optional(),
  /** Titles and forms of commendation it received or was proposed for. */
  recognitions: z.array(recognitionSchema).default([]),
  /** Document and sentence that name it. */
  source: source(),
  /** Date the entry may go public; a future date keeps it out of every output until then. */
  publishedOn: fullDate().optional(),
  /** Personal identifiers published on purpose, each with its reason. */
  privacyAllow: privacyAllow(),
  /**
   * Set by the extractor (tools/extract/) on what it proposes from a document: the entry stays out of every public
   * output, like a draft, until a person has checked it against its quote and removed this line.
   */
  review: z.literal('pending').optional(),
  /** Unpublished entries stay out of every output. */
  draft: z.boolean().default(false),
});

export type Exemplar = z.infer<typeof exemplarSchema>;
