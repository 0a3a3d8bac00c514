/**
 * What a sentence says about the figures in it: the year they belong to, and whether they are results,
 * estimates ("ước đạt") or targets ("phấn đấu", a plan).
 */
import { fold } from './text.ts';

/** Years a sentence names that are not the year of its figures: a comparison, a price base, a school year. */
const notTheYear = /(?:hon|so voi|so sanh|giai doan|nam hoc|tu|truoc)\s+(?:nam\s+)?$/;

/**
 * The year of a figure: the last year the sentence names before it ("năm 2023", "đến hết năm 2023",
 * "tính đến ngày 31/10/2023"), else `fallback`. Years far from the fallback are document references.
 */
export function yearBefore(foldedWindow: string, fallback: number): number {
  let year = fallback;
  const mentions = /(?:\bnam\s+(\d{4})(?!\s*[-–]\s*\d)|\b\d{1,2}\/\d{1,2}\/(\d{4}))/g;
  for (const m of foldedWindow.matchAll(mentions)) {
    const value = Number(m[1] ?? m[2]);
    if (value < fallback - 15 || value > fallback + 1) continue;
    if (m[1] && notTheYear.test(foldedWindow.slice(0, m.index))) continue;
    year = value;
  }
  return year;
}

/** A plan's figures are targets; so is a report's figure after "phấn đấu", "mục tiêu", "dự kiến". */
export function isTarget(docType: string, foldedWindow: string, heading: string): boolean {
  return docType === 'kế hoạch' || /\b(?:phan dau|muc tieu|du kien)\b/.test(foldedWindow) || /phuong huong/.test(fold(heading));
}

/** An estimate: the words since the previous figure say "ước" (ước đạt, ước thực hiện, ước thu). */
export function isEstimate(foldedSincePrevious: string): boolean {
  return /\buoc\b/.test(foldedSincePrevious);
}
