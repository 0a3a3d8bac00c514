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
import { indexSource, recoverMovedPassages, tilePassage } from './moved-passages.ts';

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
  /**
   * Source words found only as a run moved elsewhere in the output (not in order, and not a footnote, which
   * is moved to the end by design). 0 when every word stands in order.
   */
  moved: number;
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
      .replace(/\[\^([^\]\n]+)\]:?/gu, ' $1 ')
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
  signer?: { name?: string; title?: string; capacity?: string; after?: string[] };
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
  for (const part of [signer.capacity, signer.title, signer.name, ...(signer.after ?? [])]) if (part) lines.push(part);
  return lines;
}

/** Splits an imported document file (Markdown or MDX) into its frontmatter data and body. */
export function splitDocument(file: string): { data: FrontmatterLike; body: string } {
  // indexOf, not a regular expression: a lazy `[\s\S]*?` over a 12 MB file overflows the regex engine's stack.
  if (!file.startsWith('---\n')) return { data: {}, body: file };
  const close = file.indexOf('\n---', 4);
  if (close < 0) return { data: {}, body: file };
  let bodyStart = close + 4;
  if (file[bodyStart] === '\n') bodyStart++;
  return { data: (parseYaml(file.slice(4, close)) ?? {}) as FrontmatterLike, body: file.slice(bodyStart) };
}

const DEFINITION = /^\[\^([^\]\n]+)\]:([\s\S]*)$/u;

/**
 * The body without its footnote definitions, and the definitions' words. A definition runs on over lines
 * indented by four spaces (after a blank line or not). Read line by line: one pattern over the whole body
 * backtracks through every line of a long note.
 */
function takeFootnotes(body: string): { text: string; passages: string[][] } {
  const lines = body.split('\n');
  const kept: string[] = [];
  const passages: string[][] = [];
  for (let i = 0; i < lines.length; i++) {
    const match = DEFINITION.exec(lines[i]);
    if (!match) {
      kept.push(lines[i]);
      continue;
    }
    const note = [match[2]];
    for (;;) {
      if (lines[i + 1]?.startsWith('    ')) note.push(lines[++i]);
      else if (lines[i + 1] === '' && lines[i + 2]?.startsWith('    ')) note.push(lines[++i], lines[++i]);
      else break;
    }
    passages.push(markdownWords(`${match[1]} ${note.join('\n')}`));
    kept.push('');
  }
  return { text: kept.join('\n'), passages };
}

/**
 * The words of an imported document file: `main` in document order (header fields, body, Nơi nhận, signature)
 * and `passages`, the footnotes, which the source had at the foot of some page.
 */
export function documentWords(file: string): { main: string[]; passages: string[][] } {
  const { data, body } = splitDocument(file);
  const { text, passages } = takeFootnotes(body);
  const main = wordsOf(headerLines(data).join('\n'));
  // Appended one by one: spreading a million words into push() or concat's arguments overflows the stack.
  for (const words of [markdownWords(text), wordsOf(tailLines(data).join('\n'))]) for (const word of words) main.push(word);
  return { main, passages };
}

/** Numbers compare by value: "06" in a frontmatter date is the "6" of "tháng 6". */
function byValue(words: string[]): string[] {
  return words.map((w) => (w.length > 1 && w.charCodeAt(0) === 48 && /^\d+$/u.test(w) ? w.replace(/^0+(?=\d)/u, '') : w));
}

/** Compares word sequences: which source words the output keeps, in order or moved as whole passages. */
export function compareWords(rawSource: string[], rawOutput: string[], rawPassages: string[][] = []): FidelityReport {
  const source = byValue(rawSource);
  const output = byValue(rawOutput);
  const passages = rawPassages.map(byValue);
  // Footnotes first: the source had them at the foot of some page, the output at the end. Found as whole
  // runs of words, they are taken out before the in-order alignment, so it cannot borrow their words.
  // A footnote's words may also stand in the body (a note repeating the list it is attached to); a first
  // in-order alignment tells which copy the body accounts for, so the footnote takes the other one.
  const aMatched = new Array<boolean>(source.length).fill(false);
  if (passages.length > 0) {
    const explained = alignWords(source, output).aMatched;
    const index = indexSource(source);
    for (const passage of [...passages].sort((a, b) => b.length - a.length)) tilePassage(source, index, aMatched, passage, explained);
  }
  const free: number[] = [];
  for (let i = 0; i < source.length; i++) if (!aMatched[i]) free.push(i);
  const aligned = alignWords(
    free.map((i) => source[i]),
    output,
  );
  for (let k = 0; k < free.length; k++) if (aligned.aMatched[k]) aMatched[free[k]] = true;
  const inPlace = countTrue(aMatched);
  recoverMovedPassages(source, output, aMatched, aligned.bMatched);
  const kept = countTrue(aMatched);
  return {
    ok: kept === source.length,
    total: source.length,
    kept,
    retention: source.length ? kept / source.length : 1,
    moved: kept - inPlace,
    firstMissing: firstMissing(rawSource, aMatched),
  };
}

function countTrue(marks: boolean[]): number {
  let n = 0;
  for (const mark of marks) if (mark) n++;
  return n;
}

/** The first missing passage, at most 12 words, with 4 words of context either side. */
function firstMissing(rawSource: string[], aMatched: boolean[]): string | undefined {
  const firstGap = aMatched.indexOf(false);
  if (firstGap < 0) return undefined;
  let end = firstGap;
  while (end < rawSource.length && !aMatched[end] && end - firstGap < 12) end++;
  const before = rawSource.slice(Math.max(0, firstGap - 4), firstGap).join(' ');
  const after = rawSource.slice(end, end + 4).join(' ');
  return `${before ? `… ${before} ` : ''}[${rawSource.slice(firstGap, end).join(' ')}]${after ? ` ${after} …` : ''}`;
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
