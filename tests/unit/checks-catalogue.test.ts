import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblems, runContentCheck, type CheckResult } from '../../src/checks/index.ts';

/**
 * One fixture folder per mistake of the catalogue (tests/fixtures/bad-content/<case>/), laid over a valid
 * content folder (…/valid/), so each case holds only the files that carry its mistake.
 * The whole printed report is locked by snapshot: wording changes are reviewed, not accidental.
 */
const fixtures = path.resolve('tests/fixtures/bad-content');
const temporary: string[] = [];

function check(caseName?: string): CheckResult {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bang-vang-check-'));
  temporary.push(dir);
  fs.cpSync(path.join(fixtures, 'valid'), dir, { recursive: true });
  if (caseName) fs.cpSync(path.join(fixtures, caseName), dir, { recursive: true });
  return runContentCheck({ dir, buildDate: '2025-01-01' });
}

afterAll(() => {
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
});

const rulesOf = (result: CheckResult) => [...new Set(result.problems.map((p) => `${p.severity}:${p.rule}`))].sort();

describe('the content check catalogue', () => {
  it('finds nothing wrong in valid content, including an allowed public phone number', () => {
    const result = check();
    expect(result.problems).toEqual([]);
    expect(result.files).toBeGreaterThan(8);
  });

  const cases: Array<[string, string, string[]]> = [
    ['missing-field', 'a missing required field is named with its file and line', ['error:schema/required']],
    ['wrong-type', 'a wrong type and a value outside a list are reported with what was expected', ['error:schema/enum', 'error:schema/type']],
    ['unknown-unit', 'an unknown unit is reported with the nearest real unit id', ['error:reference/units']],
    ['unknown-exemplar', 'an unknown exemplar in a story is reported', ['error:reference/exemplars']],
    ['unknown-movement', 'an unknown movement in an exemplar is reported', ['error:reference/movements']],
    ['duplicate-id', 'two exemplar files with the same name and a redirect onto a real unit are duplicates', ['error:duplicate/id', 'error:duplicate/redirect', 'warning:duplicate/exemplar']],
    ['impossible-date', 'an impossible date (30 February) and a period ending before it starts are errors', ['error:date/impossible', 'error:schema/format']],
    ['negative-count', 'an award count below zero is an error', ['error:value/negative']],
    ['over-100', 'a percentage over 100 and a negative count of files are errors', ['error:value/negative', 'error:value/over-100']],
    ['part-over-whole', 'more files resolved than received is an error', ['error:value/part-over-whole']],
    ['unknown-indicator', 'an unknown indicator key is reported with the nearest key', ['error:reference/indicators']],
    ['image-without-alt', 'images without alt text, in the cover and in the body, and a remote image are errors', ['error:image/alt', 'error:image/remote']],
    ['not-nfc', 'decomposed (non-NFC) text is a warning with its lines', ['warning:text/not-nfc']],
    ['legacy-encoding', 'a TCVN3 file and VNI text are errors that say how to convert them', ['error:encoding/legacy', 'error:encoding/not-utf8']],
    ['unsafe-markup', 'scripts, frames, event handlers, javascript: links, imports and code in MDX are rejected', [
      'error:markup/element', 'error:markup/embed', 'error:markup/esm', 'error:markup/event-handler', 'error:markup/expression',
      'error:markup/iframe', 'error:markup/object', 'error:markup/script', 'error:markup/style', 'error:markup/url',
    ]],
    ['unsafe-markdown', 'raw HTML with a script or an event handler in a .md file is rejected', ['error:image/alt', 'error:image/missing', 'error:markup/event-handler', 'error:markup/script']],
    ['privacy', 'ID numbers, phone numbers, e-mail addresses and dates of birth fail, except a value allowed with a reason', [
      'error:privacy/birth-date', 'error:privacy/cccd', 'error:privacy/cmnd', 'error:privacy/email', 'error:privacy/phone',
    ]],
    ['yaml-syntax', 'a YAML syntax error is reported with its line', ['error:yaml/syntax']],
    ['unknown-field', 'a misspelt field such as "draf" is an error, so a draft cannot go out by a typo', ['error:schema/unknown-field']],
    ['document-folder', 'a document filed under another unit, and a missing source file, are reported', ['error:reference/document-folder', 'warning:reference/sources']],
    ['unpublished-reference', 'a public exemplar quoting a draft document is a warning', ['warning:reference/unpublished']],
  ];

  for (const [name, sentence, rules] of cases) {
    it(sentence, () => {
      const result = check(name);
      expect(rulesOf(result)).toEqual(rules);
      expect(result.problems.every((p) => p.file && p.found && p.expected && p.fix)).toBe(true);
      expect(formatProblems(result.problems)).toMatchSnapshot();
    });
  }

  it('lists every problem of many files at once, grouped by file', () => {
    const result = check('many-problems');
    const files = new Set(result.problems.map((p) => p.file));
    expect(files.size).toBeGreaterThanOrEqual(6);
    expect(result.errorCount).toBeGreaterThanOrEqual(15);
    expect(formatProblems(result.problems)).toMatchSnapshot();
  });

  it('counts errors and warnings apart: warnings alone do not fail', () => {
    expect(check('not-nfc')).toMatchObject({ errorCount: 0, warningCount: 1 });
    expect(check('privacy').errorCount).toBeGreaterThan(0);
  });
});

describe('the bundled content', () => {
  it('has no personal data, unsafe markup or legacy encoding', () => {
    const result = runContentCheck({ dir: path.resolve('content'), buildDate: '2030-01-01' });
    const safety = result.problems.filter((p) => /^(privacy|markup|encoding)\//.test(p.rule));
    expect(safety).toEqual([]);
  });
});
