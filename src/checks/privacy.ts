import type { FileProblem } from './problem.ts';

/**
 * Finds personal identifiers in text (Decree 13/2023/NĐ-CP): citizen ID numbers (CCCD, 12 digits),
 * old ID numbers (CMND, 9 digits), phone numbers, e-mail addresses and dates of birth next to a name.
 *
 * Not personal data, and not reported: document numbers ("127/BC-UBND"), dates of documents ("31/12/2023"),
 * money and other amounts ("3.150.000 đồng", "1.059 ha"), years ("năm 2023"), statistics ("Khai sinh 74 trường hợp").
 * Each detector is tuned for that: numbers must stand alone (no "/" or "," or "." joining them to other digits
 * unless they have the shape of a phone number), and a date of birth is reported only next to a person's name.
 */

export interface PrivacyHit {
  kind: 'cccd' | 'cmnd' | 'phone' | 'email' | 'birth-date';
  /** The exact text found, as it must be written in privacyAllow. */
  value: string;
  /** 1-based line. */
  line: number;
}

const notDigitBefore = '(?<![\\p{L}\\p{N}/.,+-])';
const notDigitAfter = '(?![\\p{N}]|[/.,-]\\p{N}|\\p{L})';

/** ID-like digit runs: 12 or 9 digits with no separators, standing alone. */
const bareDigits = new RegExp(`${notDigitBefore}(\\d{9}|\\d{12})${notDigitAfter}`, 'gu');
/** Units that make a bare number an amount, not an ID: "123456789 đồng". */
const amountAfter = /^\s*(đồng|đ\b|vnđ|vnd|triệu|tỷ|nghìn|ngàn|ha\b|m2|m²|m3|km|kg|tấn|tạ|người|hộ|lượt|%|trường hợp|hồ sơ)/iu;
/** Words that announce an ID number, so spaced or dotted digits count too. */
const idContext = /(?:CCCD|CMND|CMTND|căn cước(?: công dân)?|chứng minh(?: nhân dân| thư)?|số định danh(?: cá nhân)?)\s*(?:số|:|là)?\s*:?\s*((?:\d[\s.]?){8,11}\d)/giu;

/** Phone candidates: "+84 912 345 678", "(0255) 3822 111", "0912.345.678", "0912345678". */
const phoneCandidate = new RegExp(`${notDigitBefore}((?:\\(\\+84\\)|\\+84|\\(0\\d{2,3}\\)|0)(?:[ .-]?\\d){6,10})${notDigitAfter}`, 'gu');

// The lookbehind starts a match only where a word starts: without it a long line is scanned again from every letter.
const email = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}/giu;

/** A date of birth: "sinh ngày 12/3/1980", "ngày sinh: 12-03-1980", "sinh năm 1980", "năm sinh 1980", "SN 1980". */
const birthDate =
  /(?<![\p{L}])(?:(?<!(?:học|khai|vệ|phát|giáng|hồi|tái|hy|hi|đỡ|trẻ|sơ|nữ|nam|song|sinh)\s)(?:[Ss]inh ngày|[Ss]inh năm)|[Nn]gày sinh|[Nn]ăm sinh|SN)\s*:?\s*(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{4}|ngày \d{1,2} tháng \d{1,2} năm \d{4})(?!\p{N})/gu;
/** A person named before the date of birth: an honorific and a capitalized name, or a full Vietnamese name. */
const personBefore =
  /(?:(?:[ôÔ]ng|[bB]à|[aA]nh|[cC]hị|[cC]háu|[eE]m|[cC]ô|[cC]hú|[bB]ác|[cC]ụ|đồng chí|Đồng chí|đ\/c|Đ\/c)\s+\p{Lu}\p{Ll}*|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,4})[^.;\n]{0,60}$/u;

/** Nine or more digits, possibly grouped by spaces, dots, dashes or brackets: the least an ID or phone number has. */
const longDigitRun = /\d(?:[\s.()-]{0,2}\d){8}/;
/** Words that start a date of birth. */
const birthWord = /sinh|SN/i;

/** Valid Vietnamese phone numbers once separators are removed and +84 is written 0. */
function isPhoneNumber(digits: string): boolean {
  return /^0[2-9]\d{8}$/.test(digits) || /^0(?:2\d|1[2689])\d{8}$/.test(digits);
}

/** A CCCD: province code 001–096, then the century/sex digit 0–3. */
function isCitizenId(digits: string): boolean {
  return /^0\d{2}[0-3]\d{8}$/.test(digits);
}

/** Every personal identifier in a text, with its line. */
export function findPersonalData(text: string): PrivacyHit[] {
  const hits: PrivacyHit[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const taken: Array<[number, number]> = [];
    const add = (kind: PrivacyHit['kind'], value: string, start: number) => {
      const end = start + value.length;
      if (taken.some(([a, b]) => start < b && end > a)) return;
      taken.push([start, end]);
      hits.push({ kind, value: value.trim(), line: i + 1 });
    };
    // Cheap tests first: most lines of a report have no "@", no long digit run and no birth word.
    if (line.includes('@')) for (const m of line.matchAll(email)) add('email', m[0], m.index);
    if (longDigitRun.test(line)) {
      for (const m of line.matchAll(idContext)) {
        const digits = m[1].replace(/\D/g, '');
        if (digits.length === 9 || digits.length === 12) add(digits.length === 12 ? 'cccd' : 'cmnd', m[1], m.index + m[0].length - m[1].length);
      }
      for (const m of line.matchAll(phoneCandidate)) {
        const digits = m[1].replace(/\D/g, '').replace(/^84/, '0');
        if (isPhoneNumber(digits)) add('phone', m[1], m.index);
      }
      for (const m of line.matchAll(bareDigits)) {
        if (amountAfter.test(line.slice(m.index + m[0].length))) continue;
        if (m[1].length === 12 && isCitizenId(m[1])) add('cccd', m[1], m.index);
        else if (m[1].length === 9) add('cmnd', m[1], m.index);
      }
    }
    if (birthWord.test(line)) {
      for (const m of line.matchAll(birthDate)) {
        if (personBefore.test(line.slice(Math.max(0, m.index - 120), m.index))) add('birth-date', m[0], m.index);
      }
    }
  }
  return hits;
}

const what: Record<PrivacyHit['kind'], string> = {
  cccd: 'số căn cước công dân 12 chữ số (a 12-digit citizen ID number, CCCD)',
  cmnd: 'số chứng minh nhân dân 9 chữ số (a 9-digit ID card number, CMND)',
  phone: 'số điện thoại (a phone number)',
  email: 'địa chỉ thư điện tử (an e-mail address)',
  'birth-date': 'ngày sinh cạnh tên người (a date of birth next to a person’s name)',
};

/** The problems for the personal data of one file, minus the values its frontmatter allows. */
export function privacyProblems(hits: readonly PrivacyHit[], allowed: ReadonlySet<string>): FileProblem[] {
  return hits
    .filter((hit) => !allowed.has(hit.value))
    .map((hit) => ({
      severity: 'error' as const,
      rule: `privacy/${hit.kind}`,
      line: hit.line,
      found: `${what[hit.kind]}: "${hit.value}"`,
      expected: 'không công bố dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP) (no personal data in published content)',
      fix:
        `Xóa hoặc che giá trị này (ví dụ chỉ giữ họ tên và chức vụ). Nếu đây là thông tin công khai, ghi rõ lý do ở phần đầu tệp: ` +
        `privacyAllow: [{ value: "${hit.value}", reason: "…" }]. (Remove or mask it; if it is public on purpose, allow this exact value with a reason.)`,
    }));
}
