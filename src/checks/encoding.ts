import type { FileProblem } from './problem.ts';

/**
 * Reading a content file as text, and recognizing the legacy Vietnamese encodings old Word files
 * come in: TCVN3 (ABC, ".VnTime" fonts) and VNI-Windows. Both look like Latin-1 letters when read
 * as anything else: "C«ng t¸c thi ®ua" (TCVN3), "Coâng taùc thi ñua" (VNI).
 */

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin = new TextDecoder('windows-1252');

/**
 * Letters only Unicode Vietnamese has: Latin Extended Additional (ạ…ỹ) and ă đ ơ ư. (â ê ô are left out on purpose:
 * legacy text read as Latin-1 is full of them.)
 */
const vietnameseLetters = /[\u1EA0-\u1EF9ăđơưĂĐƠƯ]/gu;
/** TCVN3 letters read as Latin-1: never used in Vietnamese Unicode text. */
const tcvn3Marks = /[¡¢£¤¥¦§¨©ª«¬®¯´µ¶·¸¹º»¼½¾¿Þßæ÷þ]/gu;
/** VNI: a Latin letter followed by a tone/shape byte that is no Vietnamese letter (ø û ï ö ä ë…), or ñ (VNI's đ). */
const vniMarks = /[A-Za-zâêô][øûïöäëåæÿØÛÏÖÄË]|[ñÑ]/gu;

const suspicious = /[¡-¿Þßæ÷þøûïöäëåÿØÛÏÖÄËñÑ]/u;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Which legacy encoding a text looks like, if any. */
export function legacyEncodingOf(text: string): 'TCVN3' | 'VNI' | undefined {
  // One scan for the characters both encodings produce; Unicode Vietnamese text has none of them.
  if (!suspicious.test(text)) return undefined;
  const genuine = count(text, vietnameseLetters);
  const tcvn3 = count(text, tcvn3Marks);
  const vni = count(text, vniMarks);
  if (tcvn3 >= 3 && tcvn3 > genuine) return 'TCVN3';
  if (vni >= 3 && vni > genuine) return 'VNI';
  return undefined;
}

/** 1-based line of the first match of a pattern, to point at the garbled text. */
function firstLine(text: string, pattern: RegExp): number | undefined {
  const index = text.search(new RegExp(pattern.source, 'u'));
  return index < 0 ? undefined : text.slice(0, index).split('\n').length;
}

const howToConvert =
  'Mở tệp gốc, chuyển mã sang Unicode (Unikey: Công cụ chuyển mã, nguồn TCVN3 hoặc VNI, đích Unicode) rồi lưu dạng UTF-8; ' +
  'hoặc nhập lại tệp .docx bằng `npm run import`. (Convert the text to Unicode, e.g. with Unikey’s converter, and save as UTF-8; or re-import the .docx with `npm run import`.)';

/** The text of a file, or the problem that keeps it from being read as Unicode. */
export function decodeContent(bytes: Uint8Array): { text: string } | { problem: FileProblem } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      problem: {
        severity: 'error',
        rule: 'encoding/utf16',
        found: 'tệp mã hóa UTF-16 (the file is UTF-16)',
        expected: 'tệp văn bản UTF-8 (a UTF-8 text file)',
        fix: 'Lưu lại tệp với mã hóa UTF-8, ví dụ trong VS Code: “Save with Encoding → UTF-8”. (Save the file as UTF-8.)',
      },
    };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const asLatin = latin.decode(bytes);
    const legacy = legacyEncodingOf(asLatin);
    return {
      problem: {
        severity: 'error',
        rule: 'encoding/not-utf8',
        line: legacy ? firstLine(asLatin, legacy === 'TCVN3' ? tcvn3Marks : vniMarks) : undefined,
        found: legacy
          ? `tệp không phải UTF-8, có vẻ mã ${legacy} cũ (not UTF-8; looks like legacy ${legacy})`
          : 'tệp không phải UTF-8 (the file is not valid UTF-8)',
        expected: 'văn bản Unicode lưu dạng UTF-8 (Unicode text saved as UTF-8)',
        fix: howToConvert,
      },
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const legacy = legacyEncodingOf(text);
  if (legacy) {
    return {
      problem: {
        severity: 'error',
        rule: 'encoding/legacy',
        line: firstLine(text, legacy === 'TCVN3' ? tcvn3Marks : vniMarks),
        found: `chữ Việt mã ${legacy} cũ, hiển thị sai dấu (Vietnamese in the legacy ${legacy} encoding, shown garbled)`,
        expected: 'chữ Việt Unicode (Vietnamese in Unicode)',
        fix: howToConvert,
      },
    };
  }
  return { text };
}
