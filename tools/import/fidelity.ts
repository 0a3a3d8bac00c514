/**
 * The fidelity check: every word of the source must appear in the output, in order. Words kept in the
 * frontmatter (number, date, title, signer, recipients) count where the document has them: the header
 * before the body, Nơi nhận and the signature after it. A passage may move as a whole (footnotes go to
 * the end, a header field may come from a line the source had elsewhere): it still counts, in its own order.
 * The national motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc") stands on
 * every document; the site does not store it, so it is not counted.
 */
import { parse as parseYaml } from 'yaml';
import { isMottoLine } from './header.ts';
import { wordsOf } from './text.ts';
import { alignWords } from './word-diff.ts';

/** The outcome of a fidelity check. */
export interface FidelityReport {
  /** True when no source word is missing. */
  ok: boolean;
  /** Number of words in the source. */
  total: number;
  /** Number of those found in the output. */
  kept: number;
  /** kept / total, 1 for an empty source. */
  retention: number;
  /** The first missing passage, with a few words of context: "… văn hóa xã [hội, giữ vững] an ninh …". */
  firstMissing?: string;
}

/** The words of a source text, without the national motto. */
export function sourceWords(text: string): string[] {
  // A two-column header puts the motto on a line with the issuing body, far apart: split at such gaps.
  return text
    .split(/\n|\s{4,}/u)
    .filter((line) => !isMottoLine(line.replace(/[*_]/g, '')))
    .flatMap((line) => wordsOf(line));
}

/** The words of Markdown/MDX body text: markup, escapes and tags are not words. */
export function markdownWords(markdown: string): string[] {
  return wordsOf(
    markdown
      .replace(/<br\s*\/?>/giu, ' ')
      .replace(/&#(\d+);/gu, (_, code: string) => String.fromCodePoint(Number(code)))
      // a footnote's label is a word of the source when it was written "[1]"
      .replace(/\[\^([^\]]+)\]:?/gu, ' $1 ')
      .replace(/\\(.)/gu, '$1'),
  );
}

interface FrontmatterLike {
  issuer?: string[];
  number?: string | number;
  symbol?: string;
  place?: string;
  issuedOn?: string;
  type?: string;
  title?: string;
  signer?: { name?: string; title?: string; capacity?: string };
  recipients?: string[];
}

/** The frontmatter written back as the header lines of a document ("Số: 127/BC-UBND", "Tân Hoà, ngày …"). */
export function headerLines(data: FrontmatterLike): string[] {
  const lines = [...(data.issuer ?? [])];
  if (data.number !== undefined || data.symbol) lines.push(`Số: ${data.number ?? ''}/${data.symbol ?? ''}`);
  if (data.place || data.issuedOn) {
    const [year, month, day] = String(data.issuedOn ?? '').split('-');
    lines.push(`${data.place ?? ''}, ngày ${day ?? ''} tháng ${month ?? ''} năm ${year ?? ''}`);
  }
  if (data.type && data.type !== 'khác') lines.push(data.type);
  if (data.title) lines.push(data.title);
  return lines;
}

/** The frontmatter written back as the lines after the body (Nơi nhận, then the signature). */
export function tailLines(data: FrontmatterLike): string[] {
  const lines: string[] = [];
  if (data.recipients?.length) lines.push('Nơi nhận:', ...data.recipients);
  const signer = data.signer ?? {};
  for (const part of [signer.capacity, signer.title, signer.name]) if (part) lines.push(part);
  return lines;
}

/** Splits an imported document file (Markdown or MDX) into its frontmatter data and body. */
export function splitDocument(file: string): { data: FrontmatterLike; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/u.exec(file);
  if (!match) return { data: {}, body: file };
  return { data: (parseYaml(match[1]) ?? {}) as FrontmatterLike, body: match[2] };
}

/**
 * The words of an imported document file: `main` in document order (header fields, body, Nơi nhận, signature)
 * and `passages`, the footnotes, which the source had at the foot of some page.
 */
export function documentWords(file: string): { main: string[]; passages: string[][] } {
  const { data, body } = splitDocument(file);
  const passages: string[][] = [];
  // A definition runs on over lines indented by four spaces (after a blank line or not).
  const text = body.replace(/^\[\^([^\]]+)\]:([^\n]*(?:\n\n? {4}[^\n]*)*)/gmu, (_, label: string, note: string) => {
    passages.push(markdownWords(`${label} ${note}`));
    return '';
  });
  return {
    main: [...wordsOf(headerLines(data).join('\n')), ...markdownWords(text), ...wordsOf(tailLines(data).join('\n'))],
    passages,
  };
}

/** Compares word sequences: which source words the output keeps, in order or moved as whole passages. */
export function compareWords(rawSource: string[], rawOutput: string[], rawPassages: string[][] = []): FidelityReport {
  // Numbers compare by value: "06" in a frontmatter date is the "6" of "tháng 6".
  const norm = (words: string[]) => words.map((w) => (/^\d+$/u.test(w) ? w.replace(/^0+(?=\d)/u, '') : w));
  const source = norm(rawSource);
  const output = norm(rawOutput);
  const passages = rawPassages.map(norm);
  // Footnotes first: the source had them at the foot of some page, the output at the end. Found as whole
  // runs of words, they are taken out before the in-order alignment, so it cannot borrow their words.
  // A footnote's words may also stand in the body (a note repeating the list it is attached to); a first
  // in-order alignment tells which copy the body accounts for, so the footnote takes the other one.
  const explained = passages.length > 0 ? alignWords(source, output).aMatched : [];
  const taken = new Array<boolean>(source.length).fill(false);
  for (const passage of [...passages].sort((a, b) => b.length - a.length)) tilePassage(source, taken, passage, explained);
  const free = taken.flatMap((isTaken, i) => (isTaken ? [] : [i]));
  const aligned = alignWords(
    free.map((i) => source[i]),
    output,
  );
  const aMatched = [...taken];
  aligned.aMatched.forEach((matched, k) => {
    if (matched) aMatched[free[k]] = true;
  });
  const bMatched = aligned.bMatched;
  recoverMovedPassages(source, output, aMatched, bMatched);
  const kept = aMatched.filter(Boolean).length;
  const firstGap = aMatched.indexOf(false);
  let firstMissing: string | undefined;
  if (firstGap >= 0) {
    let end = firstGap;
    while (end < source.length && !aMatched[end] && end - firstGap < 12) end++;
    const before = rawSource.slice(Math.max(0, firstGap - 4), firstGap).join(' ');
    const after = rawSource.slice(end, end + 4).join(' ');
    firstMissing = `${before ? `… ${before} ` : ''}[${rawSource.slice(firstGap, end).join(' ')}]${after ? ` ${after} …` : ''}`;
  }
  return { ok: kept === source.length, total: source.length, kept, retention: source.length ? kept / source.length : 1, firstMissing };
}

/**
 * Words the in-order alignment left out may be a passage that moved (footnotes, a header line read in
 * another order). Each run of missing source words is looked for, longest part first, among the output
 * words not yet used, where it must appear as a contiguous run.
 */
function recoverMovedPassages(source: string[], output: string[], aMatched: boolean[], bMatched: boolean[]): void {
  let i = 0;
  while (i < source.length) {
    if (aMatched[i]) {
      i++;
      continue;
    }
    let bestLength = 0;
    let bestAt = -1;
    for (let j = 0; j < output.length; j++) {
      if (bMatched[j] || output[j] !== source[i]) continue;
      let length = 0;
      while (i + length < source.length && j + length < output.length && !aMatched[i + length] && !bMatched[j + length] && source[i + length] === output[j + length]) length++;
      if (length > bestLength) {
        bestLength = length;
        bestAt = j;
      }
    }
    let runLength = 0;
    while (i + runLength < source.length && !aMatched[i + runLength]) runLength++;
    // A lone word found somewhere else proves nothing; a moved passage must be found as a run of words
    // (two or more, three when the missing run is that long).
    if (bestLength < Math.max(2, Math.min(3, runLength))) {
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

/**
 * Marks where a passage (a footnote) stands in the source: its runs of three or more words found among the
 * source words not yet taken, one after another until no such run is left. Where the passage's words stand
 * more than once, the run with the most words the in-order alignment left unexplained (`explained` false)
 * wins, then the longest: the body's own copy of the same words belongs to the body.
 */
function tilePassage(source: string[], taken: boolean[], passage: string[], explained: boolean[]): void {
  const MIN = Math.min(3, passage.length);
  if (MIN === 0) return;
  const used = new Array<boolean>(passage.length).fill(false);
  const key = (words: string[], at: number) => words.slice(at, at + MIN).join(' ');
  const starts = new Map<string, number[]>();
  for (let i = 0; i + MIN <= source.length; i++) {
    const k = key(source, i);
    const list = starts.get(k);
    if (list) list.push(i);
    else starts.set(k, [i]);
  }
  for (;;) {
    let best = { length: 0, unexplained: -1, i: -1, j: -1 };
    for (let j = 0; j + MIN <= passage.length; j++) {
      if (used[j]) continue;
      for (const i of starts.get(key(passage, j)) ?? []) {
        let length = 0;
        let unexplained = 0;
        while (i + length < source.length && j + length < passage.length && !taken[i + length] && !used[j + length] && source[i + length] === passage[j + length]) {
          if (!explained[i + length]) unexplained++;
          length++;
        }
        if (length < MIN) continue;
        if (unexplained > best.unexplained || (unexplained === best.unexplained && length > best.length)) best = { length, unexplained, i, j };
      }
    }
    if (best.length < MIN) return;
    for (let k = 0; k < best.length; k++) {
      taken[best.i + k] = true;
      used[best.j + k] = true;
    }
  }
}

/** Checks an imported document file against its source text. */
export function checkFidelity(sourceText: string, file: string): FidelityReport {
  const { main, passages } = documentWords(file);
  return compareWords(sourceWords(sourceText), main, passages);
}

/** Checks any output text (e.g. a built page's text) against a source text, with no frontmatter rules. */
export function checkTextFidelity(sourceText: string, outputText: string): FidelityReport {
  return compareWords(sourceWords(sourceText), wordsOf(outputText));
}
