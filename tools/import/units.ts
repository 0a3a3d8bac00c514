/**
 * Finds the issuing unit of a document among the site's units, by the names the document uses:
 * its issuing body ("UBND XÃ TÂN HÒA"), its place of issue ("Tân Hoà, ngày…") and the unit's mentions
 * in the text ("UBND xã Tân Hoà", "phường Phổ Minh"). Tone-mark placement is ignored: Hoà = Hòa.
 */
import { toneKey } from './text.ts';

/** What the matcher needs to know about a unit. */
export interface UnitRef {
  /** "<province>/<unit>", the unit file's path under content/units without extension. */
  id: string;
  name: string;
  kind: string;
  district?: { name: string; kind: string };
  province: string;
  formerNames?: { name: string; kind: string }[];
}

/** The outcome: the unit found, or why none was. */
export type UnitMatch = { unit: UnitRef; score: number } | { unit?: undefined; reason: 'none' | 'ambiguous'; candidates: string[] };

function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  let from = 0;
  const padded = ` ${haystack} `;
  const target = ` ${needle} `;
  for (;;) {
    const at = padded.indexOf(target, from);
    if (at < 0) return count;
    count++;
    from = at + target.length - 1;
  }
}

/** Scores every unit against the document; the best one wins when it is clearly ahead. */
export function matchUnit(units: UnitRef[], doc: { issuer: string[]; place?: string; text: string }): UnitMatch {
  const issuerKey = toneKey(doc.issuer.join(' \n '));
  const textKey = toneKey(doc.text);
  const placeKey = toneKey(doc.place ?? '');
  const scored = units.map((unit) => {
    const names = [{ name: unit.name, kind: unit.kind }, ...(unit.formerNames ?? [])];
    let score = 0;
    for (const { name, kind } of names) {
      const full = toneKey(`${kind} ${name}`);
      score += 100 * occurrences(issuerKey, full);
      score += 1 * occurrences(textKey, full);
    }
    if (placeKey && placeKey === toneKey(unit.name)) score += 10;
    // The district or province named too makes a common commune name ("Tân Hòa") certain.
    if (score > 0 && unit.district && occurrences(textKey + ' ' + issuerKey, toneKey(`${unit.district.kind} ${unit.district.name}`)) > 0) score += 5;
    return { unit, score };
  });
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  // One passing mention ("giáp phường Phổ Quang") is not enough.
  if (!best || best.score < 2) return { reason: 'none', candidates: [] };
  if (second && second.score === best.score) {
    return { reason: 'ambiguous', candidates: scored.filter((s) => s.score === best.score).map((s) => s.unit.id) };
  }
  return { unit: best.unit, score: best.score };
}
