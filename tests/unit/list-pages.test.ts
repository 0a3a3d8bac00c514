import { describe, expect, it } from 'vitest';
import { listPageSize, pageCrumbs, pageHref, pageParam, pagerNumbers, pageTitle, paginate } from '../../src/content-model/list-pages.ts';

describe('cutting a long list into pages', () => {
  const names = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Đỗ Văn Đức', 'Hoàng Thị Hà', 'Vũ Văn Hải', 'Bùi Thị Hoa', 'Đặng Văn Khoa'];

  it('keeps every item once, in order, with at most the page size on a page', () => {
    const pages = paginate(names, 4);
    expect(pages.map((p) => p.items)).toEqual([names.slice(0, 4), names.slice(4, 8), names.slice(8)]);
    expect(pages.map((p) => [p.number, p.count, p.total, p.first, p.last])).toEqual([[1, 3, 9, 1, 4], [2, 3, 9, 5, 8], [3, 3, 9, 9, 9]]);
  });

  it('gives an empty list one empty page, so the list’s address always exists', () => {
    expect(paginate([], 4)).toEqual([{ items: [], number: 1, count: 1, total: 0, first: 0, last: 0 }]);
  });

  it('leaves a list that fits on one page whole', () => {
    expect(paginate(names, 100).map((p) => p.items.length)).toEqual([9]);
  });

  it('keeps the list’s own address for page 1 and puts later pages under trang/', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(3)).toBe('trang/3');
    expect(pageHref('/dien-hinh/nam/2023/', 1)).toBe('/dien-hinh/nam/2023/');
    expect(pageHref('/dien-hinh/nam/2023/', 3)).toBe('/dien-hinh/nam/2023/trang/3/');
  });

  it('names later pages in the title and the breadcrumbs, and links the list’s crumb back to its first page', () => {
    const [first, second] = paginate(names, 4);
    expect(pageTitle('Bảng vàng điển hình tiên tiến', first)).toBe('Bảng vàng điển hình tiên tiến');
    expect(pageTitle('Bảng vàng điển hình tiên tiến', second)).toBe('Bảng vàng điển hình tiên tiến (trang 2)');
    const trail = [{ label: 'Điển hình', href: '/dien-hinh/' }, { label: 'Năm: 2023' }];
    expect(pageCrumbs(trail, first, '/dien-hinh/nam/2023/')).toEqual(trail);
    expect(pageCrumbs(trail, second, '/dien-hinh/nam/2023/')).toEqual([
      { label: 'Điển hình', href: '/dien-hinh/' }, { label: 'Năm: 2023', href: '/dien-hinh/nam/2023/' }, { label: 'Trang 2' },
    ]);
  });
});

describe('the pager', () => {
  it('shows the first and last page and two either side of the current one, with gaps marked', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 10)).toEqual([1, 2, 3, null, 10]);
    expect(pagerNumbers(4, 10)).toEqual([1, 2, 3, 4, 5, 6, null, 10]);
    expect(pagerNumbers(5, 10)).toEqual([1, null, 3, 4, 5, 6, 7, null, 10]);
    expect(pagerNumbers(10, 10)).toEqual([1, null, 8, 9, 10]);
  });
});

describe('the list page size setting', () => {
  it('is 100 unless LIST_PAGE_SIZE says otherwise', () => {
    expect(listPageSize({})).toBe(100);
    expect(listPageSize({ LIST_PAGE_SIZE: '25' })).toBe(25);
  });

  it('stops the build on a value that is not a whole number ≥ 1, naming the setting and the value', () => {
    for (const bad of ['0', '-3', '2.5', 'một trăm']) {
      expect(() => listPageSize({ LIST_PAGE_SIZE: bad })).toThrow(`LIST_PAGE_SIZE="${bad}": cần một số nguyên ≥ 1 (expected a whole number ≥ 1)`);
    }
  });
});
