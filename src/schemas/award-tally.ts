import { z } from 'astro/zod';
import { awardStatus, level, privacyAllow, recipientKind, recognitionCategory, text, unitId, year } from './common.ts';

/** One count stated by a document: e.g. "03 tập thể được Chủ tịch UBND tỉnh tặng Bằng khen". */
export const tallySchema = z.object({
  /** Level of the granting body. */
  level: level().optional(),
  /** Emulation title or commendation form. */
  category: recognitionCategory().optional(),
  /** Name as stated, e.g. "Bằng khen", "Giấy khen", "Lao động tiên tiến". */
  name: text(),
  /** Who grants them, e.g. "Chủ tịch UBND tỉnh", when the document says. */
  issuer: z.string().optional(),
  /** Collective or individual recipients; absent when the document does not say. */
  recipient: recipientKind().optional(),
  /** Given, or proposed to a higher level. */
  status: awardStatus().default('awarded'),
  /** How many. */
  count: z.number().int().nonnegative('không được âm (must not be below zero)'),
  /** The sentence of the document, quoted word for word. */
  quote: text(),
});

/** The awards a unit counted in one document for one year. */
export const awardTallySchema = z.object({
  /** Id of the unit. */
  unit: unitId(),
  /** Year the awards belong to. */
  year: year(),
  /** Years the counts span when they cover more than the one year, e.g. 2014–2023. */
  period: z
    .object({ from: year(), to: year() })
    .refine((p) => p.to >= p.from, { message: 'năm kết thúc trước năm bắt đầu (period ends before it starts)' })
    .optional(),
  /** Id of the document that states them. */
  document: text(),
  /** The counts. */
  tallies: z.array(tallySchema).min(1),
  /**
   * Set by the extractor (tools/extract/) on what it proposes from a document: the entry stays out of every public
   * output, like a draft, until a person has checked it against its quote and removed this line.
   */
  review: z.literal('pending').optional(),
  /** Personal identifiers published on purpose, each with its reason. */
  privacyAllow: privacyAllow(),
});

export type AwardTally = z.infer<typeof awardTallySchema>;
