/**
 * Numbers as Vietnamese documents write them: a dot groups thousands ("1.059"), a comma is the decimal mark
 * ("93,8"), zeros pad small counts ("01"), "không có" says zero; a fraction states a part of a whole
 * ("767/817 hồ sơ"). Each number is read with the unit of measure written after it.
 */
import { measureUnit } from './units.ts';

export interface Amount {
  /** The number as written, in the unit written. */
  value: number;
  /** The whole of a fraction: 817 in "767/817". */
  of?: number;
  /** Canonical unit, e.g. "%", "ha", "tỷ đồng", "người"; absent when no known unit follows. */
  unit?: string;
  /** Where the number starts and where its unit ends, in the text searched. */
  start: number;
  end: number;
  /** Where the number itself ends (before the unit). */
  numberEnd: number;
  /** Read one way of two ("1,062": 1062 as the text's sum says, or 1.062). */
  ambiguous: boolean;
}

/** Reads "1.059" → 1059, "93,8" → 93.8, "4.890,67" → 4890.67, "01" → 1. */
export function parseNumber(token: string): { value: number; ambiguous: boolean } | undefined {
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(token)) return { value: Number(token.replace(/\./g, '').replace(',', '.')), ambiguous: false };
  if (/^\d{1,3}(?:,\d{3}){2,}$/.test(token)) return { value: Number(token.replace(/,/g, '')), ambiguous: true };
  // One comma before exactly three digits is a thousands group written the English way more often than three
  // decimals ("1,062 tỷ đồng" beside "1.045 tỷ đồng"); the proposal says so, and a reviewer decides.
  if (/^[1-9]\d{0,2},\d{3}$/.test(token)) return { value: Number(token.replace(',', '')), ambiguous: true };
  if (/^\d+,\d+$/.test(token)) return { value: Number(token.replace(',', '.')), ambiguous: false };
  if (/^\d+\.\d{1,2}$/.test(token)) return { value: Number(token), ambiguous: true };
  if (/^\d+$/.test(token)) return { value: Number(token), ambiguous: false };
  return undefined;
}

const numberToken = /(?<![\p{L}\d/.,])(\d+(?:[.,]\d+)*)(?:\s*\/\s*(\d+(?:[.,]\d+)*))?/gu;
const zero = /(?<![\p{L}])không có(?=\s)/giu;

/** Every number of a text that is followed by a unit of measure, in order. Dates, symbols and years are skipped. */
export function findAmounts(text: string): Amount[] {
  const amounts: Amount[] = [];
  for (const m of text.matchAll(numberToken)) {
    const after = text.slice(m.index + m[0].length);
    // A date (31/10/2023), a document symbol (127/BC-UBND) or a numbering (1.2.3) is not an amount.
    if (/^\/\s*[\d\p{L}]/u.test(after) || /^[.,]\d/.test(after) || (m[2] && /^\d{4}$/.test(m[2]))) continue;
    const parsed = parseNumber(m[1]);
    if (!parsed) continue;
    const whole = m[2] ? parseNumber(m[2]) : undefined;
    const unit = measureUnit(after);
    if (!unit) continue;
    const numberEnd = m.index + m[0].length;
    amounts.push({ value: parsed.value, of: whole?.value, unit: unit.unit, start: m.index, numberEnd, end: numberEnd + unit.length, ambiguous: parsed.ambiguous });
  }
  for (const m of text.matchAll(zero)) {
    const numberEnd = m.index + m[0].length;
    const unit = measureUnit(text.slice(numberEnd));
    if (unit) amounts.push({ value: 0, unit: unit.unit, start: m.index, numberEnd, end: numberEnd + unit.length, ambiguous: false });
  }
  return amounts.sort((a, b) => a.start - b.start);
}
