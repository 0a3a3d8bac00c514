import { describe, expect, it } from 'vitest';
import { D_STROKE_MARK as M } from '../../src/search/d-stroke.ts';
import { excerptParts } from '../../src/search/excerpt.ts';
import { pagefindFilters, readSearchState, writeSearchState } from '../../src/search/url-state.ts';
import { statusText } from '../../src/client/search/render.ts';

describe('excerpts', () => {
  it('shows the page text with đ restored and the matched words marked', () => {
    expect(excerptParts(`Công tác <mark>thi</mark> <mark>d${M}ua,</mark> khen thưởng`)).toEqual([
      { text: 'Công tác ', mark: false },
      { text: 'thi', mark: true },
      { text: ' ', mark: false },
      { text: 'đua,', mark: true },
      { text: ' khen thưởng', mark: false },
    ]);
  });

  it('unescapes angle brackets and keeps a raw ampersand as text', () => {
    expect(excerptParts('Phòng NN&PTNT &lt;b&gt;')).toEqual([{ text: 'Phòng NN&PTNT <b>', mark: false }]);
  });
});

describe('search state in the URL', () => {
  it('reads the query, repeated filter values and the date sort', () => {
    const state = readSearchState(new URLSearchParams('q=thi+dua&loai=V%C4%83n+b%E1%BA%A3n&nam=2023&nam=2024&sap-xep=ngay&x=1'));
    expect(state).toEqual({ q: 'thi dua', filters: { loai: ['Văn bản'], nam: ['2023', '2024'] }, sort: 'date' });
  });

  it('writes the same URL back in a stable order', () => {
    const params = 'q=%C4%90%E1%BB%A9c+Ph%E1%BB%95&tinh=Qu%E1%BA%A3ng+Ng%C3%A3i&sap-xep=ngay';
    expect(writeSearchState(readSearchState(new URLSearchParams(params))).toString()).toBe(params);
  });

  it('normalises NFD filter values and the query to NFC', () => {
    const state = readSearchState(new URLSearchParams({ q: 'Đức'.normalize('NFD'), tinh: 'Đồng Tháp'.normalize('NFD') }));
    expect(state.q).toBe('Đức');
    expect(state.filters.tinh).toEqual(['Đồng Tháp']);
  });

  it('defaults to relevance and turns filters into Pagefind "any of" filters', () => {
    const state = readSearchState(new URLSearchParams('loai-van-ban=B%C3%A1o+c%C3%A1o&loai-van-ban=K%E1%BA%BF+ho%E1%BA%A1ch'));
    expect(state.sort).toBe('relevance');
    expect(pagefindFilters(state)).toEqual({ 'loai-van-ban': { any: ['Báo cáo', 'Kế hoạch'] } });
  });
});

describe('the announced result count', () => {
  const state = { q: ' thi dua ', filters: {}, sort: 'relevance' as const };

  it('says how many results were found for the query, with Vietnamese number grouping', () => {
    expect(statusText(state, 1234, true)).toBe('1.234 kết quả cho “thi dua”.');
  });

  it('says plainly when nothing was found', () => {
    expect(statusText(state, 0, true)).toBe('Không tìm thấy kết quả nào cho “thi dua”.');
  });

  it('invites a query when nothing was searched yet', () => {
    expect(statusText({ ...state, q: '' }, 0, false)).toBe('Nhập từ khoá hoặc chọn bộ lọc để tìm kiếm.');
  });
});
