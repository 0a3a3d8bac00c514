/**
 * Which words of one sequence appear, in order, in another: a longest common subsequence by Myers'
 * O(ND) algorithm, after trimming the common start and end (imports differ from their source in few places).
 * Myers' time and memory grow with the number of differences, so it runs under a work budget; past it an
 * indexed greedy match takes over, linear in the words. A million-word document never stalls the importer.
 */

/** Marks of the words that take part in the common subsequence. */
export interface Alignment {
  aMatched: boolean[];
  bMatched: boolean[];
}

const MAX_EDITS = 6000;
/** Steps (diagonals tried plus words compared) Myers may spend; its saved frontiers are at most this many numbers. */
const MYERS_BUDGET = 20_000_000;
/** A greedy match further ahead than this many output words must be confirmed by the next words. */
const NEAR = 40;

/** Aligns `a` with `b`. Beyond {@link MAX_EDITS} differences or the work budget it falls back to a greedy in-order match. */
export function alignWords(a: string[], b: string[]): Alignment {
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) {
    aMatched[start] = bMatched[start] = true;
    start++;
  }
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
    aMatched[endA] = bMatched[endB] = true;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const pairs = myers(midA, midB) ?? greedy(midA, midB);
  for (let p = 0; p < pairs.length; p += 2) {
    aMatched[start + pairs[p]] = true;
    bMatched[start + pairs[p + 1]] = true;
  }
  return { aMatched, bMatched };
}

/** The matched pairs as a flat list i0, j0, i1, j1, … in order; undefined when over the budget. */
function myers(a: string[], b: string[]): number[] | undefined {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  if (max === 0) return [];
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  let spent = 0;
  for (let d = 0; d <= Math.min(max, MAX_EDITS) && found < 0; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    spent += 2 * d + 3;
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      const from = x;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      spent += x - from;
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    if (spent > MYERS_BUDGET) return undefined;
  }
  return found < 0 ? undefined : walkBack(trace, found, n, m);
}

/** Walks back through the saved frontiers: trace[d] holds v before step d, for k in [-d-1, d+1]. */
function walkBack(trace: Int32Array[], found: number, n: number, m: number): number[] {
  const reversed: number[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const before = trace[d];
    const at = (k: number) => before[k + d + 1];
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) reversed.push(--y, --x);
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) reversed.push(--y, --x);
  return reversed.reverse();
}

/** Positions of each word in `words`, ascending. */
export function positionsOf(words: string[], keep: (index: number) => boolean = () => true): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  for (let i = 0; i < words.length; i++) {
    if (!keep(i)) continue;
    const list = positions.get(words[i]);
    if (list) list.push(i);
    else positions.set(words[i], [i]);
  }
  return positions;
}

/**
 * Each word of `a` matched with its next occurrence in `b`. A match far ahead would skip many output words
 * on a common word ("và") that merely recurs there, so it is taken only where the next two words agree too.
 */
function greedy(a: string[], b: string[]): number[] {
  const positions = positionsOf(b);
  // Per word, how far its list has been consumed: `j` only grows, so each list is walked once.
  const cursors = new Map<string, number>();
  const pairs: number[] = [];
  let j = 0;
  for (let i = 0; i < a.length && j < b.length; i++) {
    const list = positions.get(a[i]);
    if (!list) continue;
    let c = cursors.get(a[i]) ?? 0;
    while (c < list.length && list[c] < j) c++;
    cursors.set(a[i], c);
    if (c >= list.length) continue;
    let found = list[c];
    if (found - j > NEAR) {
      found = -1;
      for (let t = c; t < list.length && t < c + 16; t++) {
        if (agrees(a, i, b, list[t])) {
          found = list[t];
          break;
        }
      }
      if (found < 0) continue;
    }
    pairs.push(i, found);
    j = found + 1;
  }
  return pairs;
}

function agrees(a: string[], i: number, b: string[], j: number): boolean {
  for (let k = 1; k <= 2; k++) {
    if (i + k >= a.length || j + k >= b.length) return true;
    if (a[i + k] !== b[j + k]) return false;
  }
  return true;
}
