import { describe, expect, it } from 'vitest';
import { encodeFragmentTerm, quoteHash, textFragment } from '../../src/utils/text-fragment.ts';
import { documentHref, unitHref, withBase } from '../../src/utils/url.ts';
import { unitFullName, unitName, unitTitle } from '../../src/utils/unit-name.ts';
import { truncate } from '../../src/utils/seo.ts';

describe('text fragment links to a quoted passage', () => {
  it('escapes the characters that have meaning in a text directive', () => {
    expect(encodeFragmentTerm('a-b, c&d')).toBe('a%2Db%2C%20c%26d');
  });
  it('uses the whole quote when it is short', () => {
    expect(textFragment('Có 01 Tập thể')).toBe(':~:text=C%C3%B3%2001%20T%E1%BA%ADp%20th%E1%BB%83');
  });
  it('uses the first and last words of a long quote', () => {
    const f = textFragment('một hai ba bốn năm sáu bảy tám chín mười', 3);
    expect(decodeURIComponent(f)).toBe(':~:text=một hai ba,tám chín mười');
  });
  it('never matches across quote marks, which the page may render differently', () => {
    expect(decodeURIComponent(textFragment('mô hình “an ninh tự quản”'))).toBe(':~:text=mô hình,an ninh tự quản');
    expect(decodeURIComponent(textFragment('"Lao động tiên tiến" cho 18 cá nhân'))).toBe(':~:text=Lao động tiên tiến,cho 18 cá nhân');
  });
  it('ignores emphasis marks of the source text', () => {
    expect(decodeURIComponent(textFragment('*Công tác thu ngân sách*: Thu ngân sách'))).toBe(':~:text=Công tác thu ngân sách,: Thu ngân sách');
  });
  it('puts a heading id before the directive as a fallback target', () => {
    expect(quoteHash('abc', 'muc-1')).toBe('#muc-1:~:text=abc');
    expect(quoteHash('abc')).toBe('#:~:text=abc');
  });
});

describe('internal links', () => {
  it('start at the base and end with a slash', () => {
    expect(withBase('don-vi/')).toBe('/don-vi/');
    expect(unitHref('thai-nguyen/tan-hoa-phu-binh')).toBe('/don-vi/thai-nguyen/tan-hoa-phu-binh/');
    expect(documentHref('thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127')).toBe('/van-ban/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127/');
  });
});

describe('unit names in running text', () => {
  const unit = { name: 'Tân Hoà', kind: 'xã', district: { name: 'Phú Bình', kind: 'huyện' }, province: 'Thái Nguyên' };
  it('names the kind before the name, capitalised at the start of a title', () => {
    expect(unitName(unit)).toBe('xã Tân Hoà');
    expect(unitTitle(unit)).toBe('Xã Tân Hoà');
  });
  it('gives district and province at the time of the documents', () => {
    expect(unitFullName(unit)).toBe('xã Tân Hoà, huyện Phú Bình, tỉnh Thái Nguyên');
    expect(unitFullName({ ...unit, district: undefined })).toBe('xã Tân Hoà, tỉnh Thái Nguyên');
  });
});

describe('meta descriptions', () => {
  it('cut long text at a word boundary with an ellipsis', () => {
    const t = truncate('thi đua khen thưởng '.repeat(20), 40);
    expect(t.length).toBeLessThanOrEqual(40);
    expect(t.endsWith('…')).toBe(true);
    expect(truncate('ngắn')).toBe('ngắn');
  });
});
