import { z } from 'astro/zod';
import { fullDate, partialDate, privacyAllow, source, text, unitId, year } from './common.ts';

/** A profile fact stated by a document: area, population, households, hamlets… */
export const unitFact = z.object({
  /** Key of the fact, an indicator key when one fits, e.g. "area", "population", "households", "hamlets". */
  key: z.string().regex(/^[a-z0-9-]+$/),
  /** Vietnamese label shown on the page, e.g. "Diện tích tự nhiên". */
  label: text(),
  /** The raw number (dot decimal). Absent when the fact is not a number. */
  value: z.number().nonnegative().optional(),
  /** The fact in words when it is not a single number, e.g. "5 tổ dân phố và 26 khu dân cư". */
  text: text().optional(),
  /** Unit of measure, e.g. "ha", "người", "hộ", "thôn". */
  unit: z.string().optional(),
  /** Year the fact refers to. */
  year: year().optional(),
  /** Document and sentence the fact comes from. */
  source: source(),
});

/** A commune-level administrative unit (xã, phường, thị trấn, đặc khu), as named in its documents. */
export const unitSchema = z.object({
  /** Name without the kind, e.g. "Phổ Văn". */
  name: text(),
  /** Kind of commune-level unit. */
  kind: z.enum(['xã', 'phường', 'thị trấn', 'đặc khu']),
  /** District (huyện, thị xã, thành phố) at the time of the documents; absent after the 2025 reform. */
  district: z.object({ name: text(), kind: z.enum(['huyện', 'thị xã', 'thành phố', 'quận']) }).optional(),
  /** Province or centrally-run city at the time of the documents, e.g. "Quảng Ngãi". */
  province: text(),
  /** Profile facts, each with its source. */
  facts: z.array(unitFact).default([]),
  /** Earlier names of the same unit, e.g. "xã Phổ Minh (nay là phường Phổ Minh)". */
  formerNames: z
    .array(
      z.object({
        name: text(),
        kind: z.enum(['xã', 'phường', 'thị trấn', 'đặc khu']),
        /** Date the name stopped being used, full or partial. */
        until: partialDate().optional(),
        source: source().optional(),
      }),
    )
    .default([]),
  /** The unit this one became (merger or rename), when staff record one. */
  successor: z
    .object({
      /** Id of the successor unit when it has a page here. */
      unit: unitId().optional(),
      /** Name of the successor when it has no page here, e.g. "phường Đức Phổ". */
      name: text().optional(),
      /** Date the change took effect, e.g. 2025-07-01. */
      date: fullDate(),
      /** How: merged into another unit, or renamed. */
      change: z.enum(['sáp nhập', 'đổi tên', 'nâng cấp']),
      /** Legal basis, e.g. "Nghị quyết số 1677/NQ-UBTVQH15". */
      basis: z.string().optional(),
    })
    .refine((s) => s.unit || s.name, { message: 'cần "unit" hoặc "name" (give the successor unit id or its name)' })
    .optional(),
  /** Old addresses of this unit's page ("<province>/<slug>") that must keep working. */
  redirectFrom: z.array(unitId()).default([]),
  /** Personal identifiers published on purpose, each with its reason. */
  privacyAllow: privacyAllow(),
});

export type Unit = z.infer<typeof unitSchema>;
