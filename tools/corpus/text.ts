import type { Rng } from './prng.ts';
import { nameHeads, nameTails } from './geography.ts';

/** What a sentence template needs to be filled in for one unit and year. */
export interface TextContext {
  /** Unit name, e.g. "Tân Hoà". */
  unit: string;
  /** Kind of unit, lowercase: "xã", "phường", "thị trấn". */
  kind: string;
  /** District name, e.g. "Phú Bình". */
  district: string;
  /** District kind: "huyện", "thị xã", "thành phố". */
  districtKind: string;
  /** Province at the time, e.g. "Thái Nguyên". */
  province: string;
  /** The year the document reports on. */
  year: number;
}

const vnNumber = (digits: number) => new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const formats = [vnNumber(0), vnNumber(1), vnNumber(2)];

/** 1059 → "1.059", 93.8 → "93,8" (the Vietnamese way, as the documents write numbers). */
export function formatVi(value: number, decimals = 0): string {
  return formats[Math.min(decimals, 2)].format(value);
}

/** A count the way documents write small numbers: "03", "12". */
export function padCount(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** A neighbouring place name. */
export function placeName(rng: Rng): string {
  const head = rng.pick(nameHeads);
  let tail = rng.pick(nameTails);
  if (tail === head) tail = rng.pick(nameTails);
  return `${head} ${tail}`;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Varies the figures of a sentence taken from a seed: every number that is not part of a date, a document number
 * or a year is scaled by a random factor and printed back with the same number of decimals.
 */
export function varyFigures(sentence: string, rng: Rng): string {
  return sentence.replace(/(?<![\d/.,\p{L}+-])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\d/]|\.\d)/gu, (match, whole: string, frac?: string) => {
    const value = Number(whole.replace(/\./g, '') + (frac ? `.${frac}` : ''));
    if (!Number.isFinite(value) || value === 0) return match;
    const scaled = value * (0.6 + rng.next() * 0.8);
    const decimals = frac ? frac.length : 0;
    const result = decimals ? Math.round(scaled * 10 ** decimals) / 10 ** decimals : Math.max(1, Math.round(scaled));
    const text = formatVi(result, decimals);
    return whole.startsWith('0') && whole.length === 2 && result < 10 ? `0${text}` : text;
  });
}

/** Fills a template's placeholders ({unit}, {kind}, {Kind}, {district}, {districtKind}, {DistrictKind}, {province}, {neighbour}, {y+n}). */
export function fill(template: string, ctx: TextContext, rng: Rng): string {
  return template
    .replace(/\{y([+-]\d+)\}/g, (_, offset: string) => String(ctx.year + Number(offset)))
    .replace(/\{unit\}/g, ctx.unit)
    .replace(/\{kind\}/g, ctx.kind)
    .replace(/\{Kind\}/g, capitalize(ctx.kind))
    .replace(/\{district\}/g, ctx.district)
    .replace(/\{districtKind\}/g, ctx.districtKind)
    .replace(/\{DistrictKind\}/g, capitalize(ctx.districtKind))
    .replace(/\{province\}/g, ctx.province)
    .replace(/\{neighbour\}/g, () => placeName(rng));
}

/** Straight quotes and three dots as the documents' typography has them, so Markdown's smart punctuation leaves text as is. */
export function typography(text: string): string {
  return text
    .replace(/"([^"]*)"/g, '“$1”')
    .replace(/"/g, '”')
    .replace(/\.\.\./g, '…')
    .replace(/'/g, '’')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A sentence from a template: placeholders filled, figures varied, typography normalized, NFC. */
export function sentence(template: string, ctx: TextContext, rng: Rng): string {
  // Figures are varied before the placeholders are filled, so years and names are never scaled.
  return typography(fill(varyFigures(template, rng), ctx, rng)).normalize('NFC');
}

/** Words as a reader counts them: whitespace-separated tokens that contain a letter or a digit. */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count++;
  return count;
}
