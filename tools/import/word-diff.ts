/**
 * Which words of one sequence appear, in order, in another: a longest common subsequence by Myers'
 * O(ND) algorithm, after trimming the common start and end (imports differ from their source in few places).
 */

/** Marks of the words that take part in the common subsequence. */
export interface Alignment {
  aMatched: boolean[];
  bMatched: boolean[];
}

const MAX_EDITS = 6000;

/** Aligns `a` with `b`. Beyond {@link MAX_EDITS} differences it falls back to a greedy in-order match. */
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
  for (const [i, j] of pairs) {
    aMatched[start + i] = true;
    bMatched[start + j] = true;
  }
  return { aMatched, bMatched };
}

function myers(a: string[], b: string[]): Array<[number, number]> | undefined {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  if (max === 0) return [];
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= Math.min(max, MAX_EDITS); d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    if (found >= 0) break;
  }
  if (found < 0) return undefined;
  // Walk back through the saved frontiers. trace[d] holds v before step d, for k in [-d-1, d+1].
  const pairs: Array<[number, number]> = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const before = trace[d];
    const at = (k: number) => before[k + d + 1];
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      pairs.push([x, y]);
    }
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    pairs.push([x, y]);
  }
  return pairs.reverse();
}

function greedy(a: string[], b: string[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let j = 0;
  for (let i = 0; i < a.length && j < b.length; i++) {
    const found = b.indexOf(a[i], j);
    if (found >= 0) {
      pairs.push([i, found]);
      j = found + 1;
    }
  }
  return pairs;
}
