/**
 * CSV as spreadsheet programs and RFC 4180 expect it: CRLF line ends, fields quoted only when they hold a
 * comma, a quote or a line break, quotes doubled, and a UTF-8 byte order mark so that Excel reads Vietnamese
 * letters as UTF-8 instead of the Windows code page.
 */

/** A cell value: numbers are written raw (dot decimal, no grouping), lists joined with "; ". */
export type CsvValue = string | number | boolean | null | undefined | readonly (string | number)[];

/** The byte order mark that opens every CSV file we publish. */
export const BOM = '\uFEFF';

/** One field, quoted when needed. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`CSV: ${value} không phải là số hữu hạn (not a finite number)`);
    // String(1e21) would give exponent notation; our figures are far below that, and String keeps the dot decimal.
    text = String(value);
  } else if (Array.isArray(value)) {
    text = value.join('; ');
  } else {
    text = String(value);
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: BOM, header row, then one line per record, each line ending in CRLF. */
export function toCsv<K extends string>(columns: readonly K[], records: readonly Partial<Record<K, CsvValue>>[]): string {
  const lines = [columns.map((c) => csvField(c)).join(',')];
  for (const record of records) lines.push(columns.map((c) => csvField(record[c])).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}

/**
 * Reads CSV text back into rows of strings (RFC 4180). Used by the tests and by anyone checking a download;
 * strips the BOM.
 */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && source[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
