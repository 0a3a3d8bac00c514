/**
 * The Excel files of /du-lieu/ hold the same records as the CSVs beside them, under Vietnamese column headers.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parseCsv } from '../../src/datasets/csv.ts';
import { xlsxHeaders } from '../../src/datasets/xlsx.ts';
import { requireBuiltSite } from './site-html.ts';

const dist = path.resolve(process.env.DIST_DIR ?? 'dist');
requireBuiltSite(dist, 'du-lieu/chi-so.xlsx');

async function sheetRows(file: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(path.join(dist, file)) as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0].eachRow({ includeEmpty: false }, (row) => {
    const values = (row.values as unknown[]).slice(1);
    rows.push(values.map((v) => (v === null || v === undefined ? '' : String(v))));
  });
  return rows;
}

describe('the open data as Excel files', () => {
  for (const slug of ['chi-so', 'khen-thuong', 'dien-hinh']) {
    it(`${slug}.xlsx has Vietnamese headers and exactly the records of ${slug}.csv`, async () => {
      const [header, ...csvRows] = parseCsv(fs.readFileSync(path.join(dist, `du-lieu/${slug}.csv`), 'utf8'));
      const [xlsxHeader, ...rows] = await sheetRows(`du-lieu/${slug}.xlsx`);
      expect(xlsxHeader).toEqual(header.map((h) => xlsxHeaders[h]));
      const pad = (r: string[]) => header.map((_, i) => r[i] ?? '');
      expect(rows.map(pad)).toEqual(csvRows.map(pad));
    });
  }

  it('is offered on the open data page beside the CSV', () => {
    const html = fs.readFileSync(path.join(dist, 'du-lieu/index.html'), 'utf8');
    for (const slug of ['chi-so', 'khen-thuong', 'dien-hinh']) expect(html).toMatch(new RegExp(`href="[^"]*du-lieu/${slug}\\.xlsx" download`));
  });
});
