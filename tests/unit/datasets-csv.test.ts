import { describe, expect, it } from 'vitest';
import { BOM, csvField, parseCsv, toCsv } from '../../src/datasets/csv.ts';

describe('CSV serializer', () => {
  it('starts with a UTF-8 byte order mark and ends every line with CRLF', () => {
    const csv = toCsv(['a', 'b'], [{ a: 1, b: 'x' }]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe('\uFEFFa,b\r\n1,x\r\n');
  });

  it('writes numbers raw: dot decimal, no thousands separator', () => {
    expect(csvField(8210)).toBe('8210');
    expect(csvField(93.8)).toBe('93.8');
    expect(csvField(7400.5)).toBe('7400.5');
  });

  it('quotes fields holding a comma, a quote or a line break, doubling quotes (RFC 4180)', () => {
    expect(csvField('Tỷ lệ 93,8%')).toBe('"Tỷ lệ 93,8%"');
    expect(csvField('danh hiệu "Lao động tiên tiến"')).toBe('"danh hiệu ""Lao động tiên tiến"""');
    expect(csvField('dòng một\ndòng hai')).toBe('"dòng một\ndòng hai"');
    expect(csvField('không cần')).toBe('không cần');
  });

  it('leaves empty fields for null and undefined, and joins lists with "; "', () => {
    expect(toCsv(['a', 'b', 'c'], [{ a: null, c: [2023, 2024] }])).toBe('\uFEFFa,b,c\r\n,,2023; 2024\r\n');
  });

  it('refuses numbers that are not finite rather than writing NaN', () => {
    expect(() => csvField(Number.NaN)).toThrow(/finite/);
  });

  it('reads back exactly what it wrote, Vietnamese text included', () => {
    const records = [
      { unit: 'thai-nguyen/tan-hoa-phu-binh', quote: 'đạt 83,79%, "vượt" kế hoạch\r\nxuống dòng', value: 83.79 },
      { unit: 'quang-ngai/pho-van-duc-pho', quote: '', value: 0 },
    ];
    const rows = parseCsv(toCsv(['unit', 'quote', 'value'], records));
    expect(rows).toEqual([
      ['unit', 'quote', 'value'],
      ['thai-nguyen/tan-hoa-phu-binh', 'đạt 83,79%, "vượt" kế hoạch\r\nxuống dòng', '83.79'],
      ['quang-ngai/pho-van-duc-pho', '', '0'],
    ]);
  });
});
