/**
 * Decoding a text file whatever its encoding: UTF-8 (with or without BOM), UTF-16 LE/BE, or the legacy
 * 8-bit Vietnamese encodings TCVN3 (ABC) and VNI — detected, converted to Unicode NFC and reported.
 * Empty, binary and non-Vietnamese input is refused with a message that says so.
 */
import iconv from 'iconv-lite';
import { TCVN3 } from './legacy/tcvn3.ts';
import { vniPairs } from './legacy/vni.ts';
import { wordsOf } from './text.ts';

/** The encodings the importer reports. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'tcvn3' | 'vni';

/** A refusal: the message says what is wrong with the file. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Decoded text and what it was. */
export interface Decoded {
  text: string;
  encoding: Encoding;
  /** True when the text came in decomposed form (NFD) and was composed. */
  wasNfd: boolean;
}

const COMMON_WORDS = new Set(
  (
    'và của các có được năm trong cho thi đua khen thưởng công tác người đã với là những theo xã huyện tỉnh ' +
    'ủy ban nhân dân phát triển thực hiện kế hoạch báo cáo một này không về số ngày tháng đến tại từ trên ' +
    'phường đơn vị tập thể cá nhân hội đồng chủ tịch quyết định phong trào kết quả đạt tổ chức việc nhiệm vụ'
  ).split(' '),
);

/** Share of words that are common Vietnamese words (an English or garbled text scores near 0). */
export function vietnameseScore(text: string): number {
  const words = wordsOf(text).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return 0;
  return words.filter((w) => COMMON_WORDS.has(w)).length / words.length;
}

/** Enough Vietnamese: at least a few common words, and a fair share of all words. */
export function isVietnamese(text: string): boolean {
  const words = wordsOf(text).filter((w) => /\p{L}/u.test(w));
  const common = words.filter((w) => COMMON_WORDS.has(w)).length;
  return common >= 2 && common / Math.max(words.length, 1) >= 0.08;
}

/** TCVN3 bytes → Unicode. Bytes outside the table are read as Windows-1252 (quotes, dashes). */
export function decodeTcvn3(bytes: Uint8Array): string {
  const fallback = iconv.decode(Buffer.from(bytes), 'windows-1252');
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += TCVN3[bytes[i]] ?? fallback[i];
  return out.split('\n').map(restoreCapitals).join('\n');
}

/**
 * Text written in the uppercase ".VnTimeH" font comes out as ASCII capitals around lowercase TCVN3 letters
 * ("B¸O C¸O" → "BáO CáO"). A word whose later ASCII letters are all capitals is such a word ("BáO"); a line
 * with one of them and no ASCII lowercase letter is a whole line in that font ("UBND Xã SƠN LONG"). A
 * capital alone at a word's start ("Số") proves nothing.
 */
function restoreCapitals(line: string): string {
  const isCapsWord = (word: string) => {
    const later = word.slice(1).replace(/[^A-Za-z]/g, '');
    return later.length > 0 && later === later.toUpperCase() && /^[A-Z\p{Lu}]/u.test(word) && /[^\x00-\x7f]/u.test(word);
  };
  const words = line.match(/\p{L}+/gu) ?? [];
  if (words.some(isCapsWord) && !/[a-z]/.test(line)) return line.toUpperCase();
  return line.replace(/\p{L}+/gu, (word) => (isCapsWord(word) ? word.toUpperCase() : word));
}

let vniDecodeTable: Map<string, string> | undefined;

/** VNI bytes → Unicode, reading each base letter with the mark byte after it. */
export function decodeVni(bytes: Uint8Array): string {
  vniDecodeTable ??= new Map(vniPairs().map(([unicode, vni]) => [vni, unicode]));
  const chars = iconv.decode(Buffer.from(bytes), 'windows-1252');
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const two = vniDecodeTable.get(chars.slice(i, i + 2));
    if (two !== undefined) {
      out += two;
      i++;
      continue;
    }
    out += vniDecodeTable.get(chars[i]) ?? chars[i];
  }
  return out;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Which bytes of a BOM-less file are zero: UTF-16 text has zeros in every other byte. */
function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const half = sample.length / 2;
  if (oddZeros > half * 0.3 && evenZeros < half * 0.05) return 'utf-16le';
  if (evenZeros > half * 0.3 && oddZeros < half * 0.05) return 'utf-16be';
  return undefined;
}

function looksBinary(text: string): boolean {
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/gu)?.length ?? 0;
  return controls > Math.max(2, text.length * 0.01);
}

/**
 * Decodes a text file. Throws {@link InputError} for empty, binary or non-Vietnamese content.
 * @param name the file's name, for the messages
 */
export function decodeText(bytes: Uint8Array, name: string): Decoded {
  if (bytes.length === 0) throw new InputError(`Lỗi: tệp rỗng (empty file): ${name}`);
  let text: string;
  let encoding: Encoding;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    text = new TextDecoder('utf-8').decode(bytes.subarray(3));
    encoding = 'utf-8-bom';
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le');
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be');
    encoding = 'utf-16be';
  } else if (utf16Guess(bytes)) {
    encoding = utf16Guess(bytes)!;
    text = iconv.decode(Buffer.from(bytes), encoding);
  } else if (bytes.includes(0)) {
    throw new InputError(`Lỗi: tệp nhị phân, không phải văn bản (binary file): ${name}`);
  } else if (isValidUtf8(bytes)) {
    text = new TextDecoder('utf-8').decode(bytes);
    encoding = 'utf-8';
  } else {
    const tcvn3 = decodeTcvn3(bytes);
    const vni = decodeVni(bytes);
    const tcvn3Score = vietnameseScore(tcvn3);
    const vniScore = vietnameseScore(vni);
    [text, encoding] = tcvn3Score >= vniScore ? [tcvn3, 'tcvn3'] : [vni, 'vni'];
  }
  if (looksBinary(text)) throw new InputError(`Lỗi: tệp nhị phân, không phải văn bản (binary file): ${name}`);
  if (text.trim() === '') throw new InputError(`Lỗi: tệp rỗng (empty file): ${name}`);
  const wasNfd = text !== text.normalize('NFC');
  text = text.normalize('NFC');
  if (!isVietnamese(text)) throw new InputError(`Lỗi: không phải văn bản tiếng Việt (not Vietnamese text): ${name}`);
  return { text, encoding, wasNfd };
}
