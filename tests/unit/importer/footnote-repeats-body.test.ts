import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFidelity } from '../../../tools/import/fidelity.ts';
import { fixturesDir, importFile } from './helpers.ts';

// A report whose footnote lists the same plans ("Kế hoạch số …/KH-UBND ngày … về “…”;") as the body list it
// is attached to, followed by a paragraph starting with "Sau", a word of that list. The fidelity check used
// to give the footnote the body's copy of the words and then lose "sau" between the two copies.
const file = path.join(fixturesDir, 'text/chu-thich-lap-lai.txt');

describe('a footnote that repeats the body list it belongs to', () => {
  it('imports without losing a word', async () => {
    const { result } = await importFile(file);
    expect(result.errors).toEqual([]);
    expect(result.fidelity).toMatchObject({ ok: true, retention: 1 });
    expect(checkFidelity(readFileSync(file, 'utf8'), result.markdown!).firstMissing).toBeUndefined();
  });

  it('keeps the list in the body and the same plans in the footnote', async () => {
    const { result } = await importFile(file);
    expect(result.markdown).toContain('\n- Kế hoạch số 8/KH-UBND ngày 20/04/2024 về “Dân vận khéo”;\n');
    expect(result.markdown).toMatch(/\n\[\^1\]: Kế hoạch số 7\/KH-UBND .*; Kế hoạch số 8\/KH-UBND ngày 20\/04\/2024 về “Dân vận khéo”; .*\n/u);
    expect(result.markdown).toContain('\nSau khi ban hành các kế hoạch, UBND xã tổ chức hội nghị triển khai đến các thôn, xóm.\n');
  });
});
