/**
 * Text drawn in the old 8-bit Vietnamese fonts (.VnTime for TCVN3, VNI-Times for VNI) comes out of a PDF, a .doc
 * or a web page as Latin-1 look-alikes ("C«ng t¸c thi ®ua"): the font, not the text, made it Vietnamese. When a
 * document reads as no language, its Latin-1 lines are decoded as TCVN3 or VNI, whichever reads as Vietnamese.
 */
import iconv from 'iconv-lite';
import type { SourceLine } from '../types.ts';
import { decodeTcvn3, decodeVni, isVietnamese, vietnameseScore } from '../encoding.ts';

/** The line as the bytes of its legacy font, or undefined when it holds characters no 8-bit font has. */
function legacyBytes(text: string): Uint8Array | undefined {
  if (!/^[\u0000-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]*$/u.test(text)) return undefined;
  return iconv.encode(text, 'windows-1252');
}

/** The lines converted, with the name of the font encoding, when that makes the document Vietnamese. */
export function repairLegacyFont(lines: SourceLine[], notes: SourceLine[]): { lines: SourceLine[]; notes: SourceLine[]; encoding: 'tcvn3' | 'vni' } | undefined {
  const texts = [...lines, ...notes].flatMap((line) => (line.table ? line.table.flat() : [line.text]));
  const legacy = texts.map(legacyBytes).filter((b): b is Uint8Array => b !== undefined);
  if (legacy.length === 0) return undefined;
  const sample = Buffer.concat(legacy.flatMap((b) => [b, Buffer.from('\n')]));
  const encoding = vietnameseScore(decodeTcvn3(sample)) >= vietnameseScore(decodeVni(sample)) ? 'tcvn3' : 'vni';
  const decode = (text: string) => {
    const bytes = legacyBytes(text);
    return bytes ? (encoding === 'tcvn3' ? decodeTcvn3(bytes) : decodeVni(bytes)).normalize('NFC') : text;
  };
  const convert = (line: SourceLine): SourceLine => (line.table ? { text: '', table: line.table.map((row) => row.map(decode)) } : { text: decode(line.text) });
  const repaired = { lines: lines.map(convert), notes: notes.map(convert), encoding } as const;
  const text = [...repaired.lines, ...repaired.notes].flatMap((line) => (line.table ? line.table.flat() : [line.text])).join('\n');
  return isVietnamese(text) ? repaired : undefined;
}
