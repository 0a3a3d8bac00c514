import { describe, expect, it } from 'vitest';
import { normalizeQuery, phraseFirst, planQuery } from '../../src/search/query.ts';

describe('planning a Pagefind query', () => {
  it('searches the words and, for several words, the same words as a phrase', () => {
    expect(planQuery('thi dua')).toEqual({ terms: 'thi dua', phrase: '"thi dua"', exact: false });
  });

  it('gives one word no phrase search', () => {
    expect(planQuery('dua')).toEqual({ terms: 'dua', phrase: null, exact: false });
  });

  it('folds đ to d whatever the case, keeping tone marks for Pagefind to rank by', () => {
    expect(planQuery('THI ĐUA')?.terms).toBe('thi dua');
    expect(planQuery('Đức Phổ')?.terms).toBe('dức phổ');
  });

  it('gives NFD and NFC input the same plan', () => {
    expect(planQuery('thi đua'.normalize('NFD'))).toEqual(planQuery('thi đua'));
    expect(planQuery('Điển hình tiên tiến'.normalize('NFD'))).toEqual(planQuery('điển hình tiên tiến'));
  });

  it('runs a quoted query as an exact phrase only, with straight or curly quotes', () => {
    expect(planQuery('"thi đua khen thưởng"')).toEqual({ terms: '"thi dua khen thưởng"', phrase: null, exact: true });
    expect(planQuery('“Đào Văn Trung”')).toEqual({ terms: '"dào văn trung"', phrase: null, exact: true });
  });

  it('ignores stray quotes, extra spaces and zero-width characters', () => {
    expect(normalizeQuery('  Duc\u200B   Pho  ')).toBe('Duc Pho');
    expect(planQuery('dien "hinh')?.terms).toBe('dien hinh');
  });

  it('returns nothing for an empty query', () => {
    expect(planQuery('   ')).toBeNull();
    expect(planQuery('""')).toBeNull();
  });
});

describe('putting phrase matches first', () => {
  it('moves results found by the phrase search ahead, keeping each group in order', () => {
    const results = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
    expect(phraseFirst(results, new Set(['c', 'a'])).map((r) => r.id)).toEqual(['a', 'c', 'b', 'd']);
  });
});
