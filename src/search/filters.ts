/**
 * The search filters: Pagefind filter key (also the URL parameter) and the Vietnamese label shown.
 * SearchMeta writes them on pages; the search page reads them back.
 */
export const searchFilters = [
  { key: 'loai', label: 'Loại trang' },
  { key: 'loai-van-ban', label: 'Loại văn bản' },
  { key: 'tinh', label: 'Tỉnh, thành phố' },
  { key: 'don-vi', label: 'Đơn vị' },
  { key: 'nam', label: 'Năm' },
] as const;

/** A filter key: "loai", "loai-van-ban", "tinh", "don-vi" or "nam". */
export type SearchFilterKey = (typeof searchFilters)[number]['key'];

/** Page kinds, as values of the "loai" filter. */
export const pageKinds = {
  'van-ban': 'Văn bản',
  'dien-hinh': 'Điển hình',
  'bai-viet': 'Bài viết',
  'don-vi': 'Đơn vị',
  'phong-trao': 'Phong trào',
} as const;

/** A page kind key: "van-ban", "dien-hinh", "bai-viet", "don-vi" or "phong-trao". */
export type PageKind = keyof typeof pageKinds;

/** The Pagefind sort key every dated page carries (ISO date, full or partial). */
export const dateSortKey = 'date';

/** Lists readers can browse when search is unavailable (no JavaScript), with their section path. */
export const browseLinks = [
  { path: 'van-ban/', label: 'Văn bản' },
  { path: 'dien-hinh/', label: 'Điển hình tiên tiến' },
  { path: 'bai-viet/', label: 'Bài viết' },
  { path: 'don-vi/', label: 'Đơn vị' },
  { path: 'phong-trao/', label: 'Phong trào thi đua' },
] as const;
