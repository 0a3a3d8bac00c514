import { z } from 'astro/zod';
import { level, privacyAllow, source, text } from './common.ts';

/** An emulation movement (phong trào thi đua). */
export const movementSchema = z.object({
  /** Name, e.g. "Dân vận khéo". */
  name: text(),
  /** Who launched it, only as far as a document states it; absent when no document says. */
  launchedBy: z.object({
    /** Level of the launching body, when a document states it; never guessed from the level of the unit that names it. */
    level: level().optional(),
    /** The body, e.g. "Thủ tướng Chính phủ"; absent when the documents do not say. */
    body: z.string().optional(),
  }).optional(),
  /** Years it runs, when the documents state them. */
  period: z.object({ from: z.number().int().optional(), to: z.number().int().optional() }).optional(),
  /** A sentence on what it is, from the documents. */
  description: z.string().optional(),
  /** Documents that name it, each with the sentence. */
  sources: z.array(source()).default([]),
  /** Personal identifiers published on purpose, each with its reason. */
  privacyAllow: privacyAllow(),
});

export type Movement = z.infer<typeof movementSchema>;
