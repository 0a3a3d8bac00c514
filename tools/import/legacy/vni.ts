/**
 * VNI Windows (the 8-bit encoding of the VNI fonts), from the published VNI code table: a vowel is its
 * ASCII base letter followed by one byte for its marks, shown here as the Windows-1252 character of that
 * byte. Some letters take one byte of their own (ơ "ô", ư "ö", đ "ñ", and the i and ỵ forms).
 */

/** Marks in table order: none, acute (sắc), grave (huyền), hook (hỏi), tilde (ngã), dot below (nặng). */
export const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;

/** For each uppercase base vowel, its six forms in VNI, in the order of {@link TONES}. */
export const VNI_UPPER: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['A', ['A', 'AÙ', 'AØ', 'AÛ', 'AÕ', 'AÏ']],
  ['Â', ['AÂ', 'AÁ', 'AÀ', 'AÅ', 'AÃ', 'AÄ']],
  ['Ă', ['AÊ', 'AÉ', 'AÈ', 'AÚ', 'AÜ', 'AË']],
  ['E', ['E', 'EÙ', 'EØ', 'EÛ', 'EÕ', 'EÏ']],
  ['Ê', ['EÂ', 'EÁ', 'EÀ', 'EÅ', 'EÃ', 'EÄ']],
  ['I', ['I', 'Í', 'Ì', 'Æ', 'Ó', 'Ò']],
  ['O', ['O', 'OÙ', 'OØ', 'OÛ', 'OÕ', 'OÏ']],
  ['Ô', ['OÂ', 'OÁ', 'OÀ', 'OÅ', 'OÃ', 'OÄ']],
  ['Ơ', ['Ô', 'ÔÙ', 'ÔØ', 'ÔÛ', 'ÔÕ', 'ÔÏ']],
  ['U', ['U', 'UÙ', 'UØ', 'UÛ', 'UÕ', 'UÏ']],
  ['Ư', ['Ö', 'ÖÙ', 'ÖØ', 'ÖÛ', 'ÖÕ', 'ÖÏ']],
  ['Y', ['Y', 'YÙ', 'YØ', 'YÛ', 'YÕ', 'Î']],
];

/** Đ and đ. */
export const VNI_D: ReadonlyArray<readonly [string, string]> = [
  ['Đ', 'Ñ'],
  ['đ', 'ñ'],
];

/** Every Vietnamese letter with its VNI spelling (Windows-1252 characters), upper and lower case. */
export function vniPairs(): Array<[unicode: string, vni: string]> {
  const pairs: Array<[string, string]> = [];
  for (const [base, forms] of VNI_UPPER) {
    forms.forEach((vni, tone) => {
      const upper = (base + TONES[tone]).normalize('NFC');
      pairs.push([upper, vni], [upper.toLowerCase(), vni.toLowerCase()]);
    });
  }
  pairs.push(...VNI_D.map(([u, v]) => [u, v] as [string, string]));
  // Plain vowels map to themselves; they are not conversions.
  return pairs.filter(([unicode, vni]) => unicode !== vni);
}

/** Unicode → VNI as Windows-1252 characters (encode them with Windows-1252 to get the bytes), for fixtures. */
export function toVniChars(text: string): string {
  const table = new Map(vniPairs());
  return [...text.normalize('NFC')].map((char) => table.get(char) ?? char).join('');
}
