import { z } from 'astro/zod';
import { privacyAllow, text, unitId, year } from './common.ts';

/** Definition of an indicator in the registry (content/indicators.yaml). */
export const indicatorSchema = z.object({
  /** Key used in data and URLs, e.g. "online-files-rate". */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Vietnamese label, e.g. "Tỷ lệ hồ sơ giải quyết trực tuyến". */
  label: text(),
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
  /** Personal identifiers published on purpose, each with its reason. */
  privacyAllow: privacyAllow(),
});

export type Indicator = z.infer<typeof indicatorSchema>;
export type IndicatorValues = z.infer<typeof indicatorValuesSchema>;
