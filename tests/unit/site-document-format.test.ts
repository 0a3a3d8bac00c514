import { describe, expect, it } from 'vitest';
import { documentNumber, documentNumberLine } from '../../src/utils/document-number.ts';
import { placeDateLine, typeLine } from '../../src/utils/document-date.ts';

describe('document number line', () => {
  it('joins number and symbol as the document prints them', () => {
    expect(documentNumber({ number: '127', symbol: 'BC-UBND' })).toBe('127/BC-UBND');
    expect(documentNumberLine({ number: '127', symbol: 'BC-UBND' })).toBe('Số: 127/BC-UBND');
  });
  it('keeps a blank number visibly blank', () => {
    expect(documentNumberLine({ symbol: 'BC-UBND' })).toBe('Số: …/BC-UBND');
  });
  it('prints nothing when the document has neither number nor symbol', () => {
    expect(documentNumberLine({})).toBeUndefined();
  });
});

describe('place and date line', () => {
  it('writes a full date in words after the place', () => {
    expect(placeDateLine('Tân Hoà', '2023-12-15')).toBe('Tân Hoà, ngày 15 tháng 12 năm 2023');
  });
  it('leaves the day blank when the source left it blank', () => {
    expect(placeDateLine('Phổ Văn', '2023-10')).toBe('Phổ Văn, ngày … tháng 10 năm 2023');
  });
  it('upper-cases the type line and omits "khác"', () => {
    expect(typeLine('báo cáo')).toBe('BÁO CÁO');
    expect(typeLine('khác')).toBeUndefined();
  });
});
