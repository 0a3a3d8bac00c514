import { z } from 'astro/zod';

/** Text as it is used: trimmed, not empty, normalized to Unicode NFC on the way in. */
export const text = () =>
  z
    .string()
    .trim()
    .min(1, 'không được để trống (must not be empty)')
    .transform((value) => value.normalize('NFC'));

/** A slug: lowercase ASCII words joined by hyphens, as used in URLs. */
export const slug = () =>
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'phải là chữ thường không dấu nối bằng “-” (lowercase ASCII words joined by “-”), e.g. "pho-van"');

/** Id of a unit: "<province-slug>/<unit-slug>", the path of its file under content/units/. */
export const unitId = () =>
  z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'phải có dạng "<tỉnh>/<đơn-vị>" (expected "<province-slug>/<unit-slug>"), e.g. "quang-ngai/pho-van"');

/** Year of a report or award, four digits. */
export const year = () => z.number().int().min(1945, 'năm quá sớm (year before 1945)').max(2100, 'năm quá xa (year after 2100)');

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A date that may be partial, as official drafts leave the day or month blank:
 * "2023-12-15", "2023-10" ("tháng 10 năm 2023") or "2023".
 */
export const partialDate = () =>
  z.preprocess(
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
    z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'phải có dạng YYYY-MM-DD, YYYY-MM hoặc YYYY (expected YYYY-MM-DD, YYYY-MM or YYYY)')
      .refine(isRealDate, 'ngày không tồn tại (impossible date)'),
  );

/** A full calendar date, "YYYY-MM-DD" (YAML dates are accepted too). */
export const fullDate = () =>
  z.preprocess(
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'phải có dạng YYYY-MM-DD (expected YYYY-MM-DD)')
      .refine(isRealDate, 'ngày không tồn tại (impossible date)'),
  );

/** Where a fact comes from: a document of the documents collection and the sentence that states it. */
export const source = () =>
  z.object({
    /** Id of the document, e.g. "quang-ngai/pho-van/2023-bao-cao-thi-dua-khen-thuong". */
    document: text(),
    /** The sentence of the document, quoted word for word. */
    quote: text(),
  });

/** Administrative level that launches a movement or grants an award. */
export const level = () => z.enum(['Trung ương', 'tỉnh', 'huyện', 'xã']);

/** Emulation title (danh hiệu thi đua) or commendation form (hình thức khen thưởng): two different things. */
export const recognitionCategory = () => z.enum(['danh hiệu', 'hình thức']);

/** Whether an award was given or only proposed to a higher level. */
export const awardStatus = () => z.enum(['awarded', 'proposed']);

/** Who receives an award. */
export const recipientKind = () => z.enum(['tập thể', 'cá nhân', 'hộ gia đình']);

/**
 * Personal identifiers that may be published on purpose (e.g. a ward office's public phone number),
 * each with the reason. The privacy check lets exactly these values through.
 */
export const privacyAllow = () =>
  z
    .array(
      z.object({
        /** The exact value as written in the content, e.g. "0255 3822 111". */
        value: text(),
        /** Why publishing it is lawful and intended. */
        reason: text(),
      }),
    )
    .default([]);
