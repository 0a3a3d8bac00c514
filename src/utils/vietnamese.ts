/** Vietnamese text helpers shared by the site, the importer and the checks. */

/** Unicode NFC, the only form text is stored in. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * Strips tone and vowel marks and folds đ/Đ to d/D: "Đức Phổ" → "Duc Pho".
 * `đ` is a letter of its own, not d plus a mark, so NFD alone leaves it.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** A URL slug from Vietnamese text: "Tân Hoà, Phú Bình" → "tan-hoa-phu-binh". */
export function slugify(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Sorts names the way Vietnamese readers expect (Đ after D, tones after the base letter). */
export const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function compareVietnamese(a: string, b: string): number {
  return vietnameseCollator.compare(a, b);
}

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** 1059 → "1.059", 93.8 → "93,8". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/**
 * A full or partial ISO date in Vietnamese words:
 * "2023-12-15" → "ngày 15 tháng 12 năm 2023", "2023-10" → "tháng 10 năm 2023", "2023" → "năm 2023".
 */
export function formatDateLong(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  if (day) return `ngày ${Number(day)} tháng ${Number(month)} năm ${year}`;
  if (month) return `tháng ${Number(month)} năm ${year}`;
  return `năm ${year}`;
}

/** A full or partial ISO date in short form: "15/12/2023", "10/2023", "2023". */
export function formatDateShort(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  if (day) return `${day}/${month}/${year}`;
  if (month) return `${month}/${year}`;
  return year;
}
