/**
 * The fidelity check's handling of passages that moved: footnotes (at the foot of a page in the source, at
 * the end in the output) and runs of words the in-order alignment could not place. Both look words up in
 * position indexes instead of scanning, and the recovery of moved runs has a work budget, so that a
 * document of a million words is checked in seconds; past the budget the remaining words count as lost,
 * which can only make the check stricter.
 */
import { positionsOf } from './word-diff.ts';

/** Words compared while looking for moved runs, at most. */
const RECOVERY_BUDGET = 50_000_000;

/**
 * Words the in-order alignment left out may be a passage that moved (footnotes, a header line read in
 * another order). Each run of missing source words is looked for, longest part first, among the output
 * words not yet used, where it must appear as a contiguous run.
 */
export function recoverMovedPassages(source: string[], output: string[], aMatched: boolean[], bMatched: boolean[]): void {
  const candidates = positionsOf(output, (j) => !bMatched[j]);
  let budget = RECOVERY_BUDGET;
  let runEnd = 0;
  let i = 0;
  while (i < source.length && budget > 0) {
    if (aMatched[i]) {
      i++;
      continue;
    }
    // The run of missing words from i: matching shortens it from the front only, so its end holds.
    if (runEnd <= i) for (runEnd = i; runEnd < source.length && !aMatched[runEnd]; runEnd++);
    let bestLength = 0;
    let bestAt = -1;
    for (const j of candidates.get(source[i]) ?? []) {
      if (bMatched[j]) continue;
      let length = 0;
      while (i + length < runEnd && j + length < output.length && !bMatched[j + length] && source[i + length] === output[j + length]) length++;
      budget -= length + 1;
      if (length > bestLength) {
        bestLength = length;
        bestAt = j;
      }
    }
    // A lone word found somewhere else proves nothing; a moved passage must be found as a run of words
    // (two or more, three when the missing run is that long).
    if (bestLength < Math.max(2, Math.min(3, runEnd - i))) {
      i++;
      continue;
    }
    for (let k = 0; k < bestLength; k++) {
      aMatched[i + k] = true;
      bMatched[bestAt + k] = true;
    }
    i += bestLength;
  }
}

/** The source's word positions, built once for all the footnotes of a document. */
export type SourceIndex = Map<string, number[]>;

export function indexSource(source: string[]): SourceIndex {
  return positionsOf(source);
}

/**
 * Marks where a passage (a footnote) stands in the source: its runs of three or more words found among the
 * source words not yet taken, one after another until no such run is left. Where the passage's words stand
 * more than once, the run with the most words the in-order alignment left unexplained (`explained` false)
 * wins, then the longest: the body's own copy of the same words belongs to the body.
 */
export function tilePassage(source: string[], index: SourceIndex, taken: boolean[], passage: string[], explained: boolean[]): void {
  const min = Math.min(3, passage.length);
  if (min === 0) return;
  const used = new Array<boolean>(passage.length).fill(false);
  for (;;) {
    let best = { length: 0, unexplained: -1, i: -1, j: -1 };
    for (let j = 0; j + min <= passage.length; j++) {
      if (used[j]) continue;
      // Candidates from the rarest of the first `min` words: a footnote of common words ("của", "và")
      // would otherwise try every place those words stand in the whole document.
      const anchor = rarest(index, passage, j, min);
      for (const at of index.get(passage[j + anchor]) ?? []) {
        const i = at - anchor;
        if (i < 0) continue;
        let length = 0;
        let unexplained = 0;
        while (i + length < source.length && j + length < passage.length && !taken[i + length] && !used[j + length] && source[i + length] === passage[j + length]) {
          if (!explained[i + length]) unexplained++;
          length++;
        }
        if (length < min) continue;
        if (unexplained > best.unexplained || (unexplained === best.unexplained && length > best.length)) best = { length, unexplained, i, j };
      }
    }
    if (best.length < min) return;
    for (let k = 0; k < best.length; k++) {
      taken[best.i + k] = true;
      used[best.j + k] = true;
    }
  }
}

/** Offset (0 … count-1) of the word of passage[j … j+count) that stands least often in the source. */
function rarest(index: SourceIndex, passage: string[], j: number, count: number): number {
  let best = 0;
  let fewest = Infinity;
  for (let k = 0; k < count; k++) {
    const n = index.get(passage[j + k])?.length ?? 0;
    if (n < fewest) {
      fewest = n;
      best = k;
    }
  }
  return best;
}
