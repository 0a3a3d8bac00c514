import { z } from 'astro/zod';
import { privacyAllow, text, unitId, year } from './common.ts';

/** Definition of an indicator in the registry (content/indicators.yaml). */
export const indicatorSchema = z.object({
  /** Key used in data files and the open data, e.g. "online-files-rate"; its old page address /chi-so/<id>/ redirects. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Vietnamese label, e.g. "Tỷ lệ hồ sơ giải quyết trực tuyến". */
  label: text(),
  /** Vietnamese address of its page, /chi-so/<slug>/: the label without marks, e.g. "ty-le-ho-ngheo"; the id when absent. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Địa chỉ chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ "ty-le-ho-ngheo".').optional(),
  /** Theme it is listed under on /chi-so/ (labels in src/i18n/ui.ts, indicatorThemes); "khac" (other) when absent. */
  theme: z.enum(['tong-quan', 'kinh-te', 'nong-nghiep', 'xa-hoi', 'hanh-chinh', 'an-ninh', 'nong-thon-moi', 'khac']).optional(),
  /** Unit of measure, e.g. "%", "hồ sơ", "tỷ đồng", "ha". */
  unit: text(),
  /** Whether a higher value is better (poverty rate: false); absent for neutral facts such as population. */
  higherIsBetter: z.boolean().optional(),
  /** Whether values are percentages that cannot exceed 100. */
  maxHundred: z.boolean().default(false),
  /** What it measures, in a sentence. */
  description: z.string().optional(),
  /** Indicator that this one is part of, e.g. "files-resolved" is part of "files-received". */
  partOf: z.string().optional(),
  /**
   * Set by the extractor (tools/extract/) on what it proposes from a document: the entry stays out of every public
   * output, like a draft, until a person has checked it against its quote and removed this line.
   */
  review: z.literal('pending').optional(),
});

/** One value of an indicator stated by a document. */
export const indicatorValueSchema = z.object({
  /** Key of the indicator in the registry. */
  indicator: z.string(),
  /** The number (dot decimal). */
  value: z.number(),
  /** Result, estimate (ước đạt) or plan target (chỉ tiêu, kế hoạch). */
  kind: z.enum(['actual', 'estimate', 'target']),
  /** The plan or target this value is measured against, when the same sentence states it. */
  target: z.number().optional(),
  /** What the value counts when it narrows the indicator, e.g. "đến ngày 31/10/2023". */
  note: z.string().optional(),
  /** The sentence of the document, quoted word for word. */
  quote: text(),
});

/** The indicator values of one unit for one year, from one document. */
export const indicatorValuesSchema = z.object({
  /** Id of the unit. */
  unit: unitId(),
  /** Year the values refer to. */
  year: year(),
  /** Id of the document that states them. */
  document: text(),
  /** The values. */
  values: z.array(indicatorValueSchema).min(1),
  /**
   * Set by the extractor (tools/extract/) on what it proposes from a document: the entry stays out of every public
   * output, like a draft, until a person has checked it against its quote and removed this line.
   */
  review: z.literal('pending').optional(),
  /** Personal identifiers published on purpose, each with its reason. */
  privacyAllow: privacyAllow(),
});

export type Indicator = z.infer<typeof indicatorSchema>;
export type IndicatorValues = z.infer<typeof indicatorValuesSchema>;
