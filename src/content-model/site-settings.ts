import { getCollection } from 'astro:content';
import type { SiteSettings } from '../schemas/site.ts';
import { ui } from '../i18n/ui.ts';
import { once } from '../utils/once.ts';
import { getDocuments } from './documents.ts';
import { getStories } from './stories.ts';

/** What a content folder without content/site/settings.yaml (a test corpus) says of itself. */
const fallback: SiteSettings = {
  name: ui.siteName,
  publisher: `Ban biên tập ${ui.siteName}`,
  address: 'Chưa khai báo (content/site/settings.yaml)',
  email: 'lienhe@example.vn',
  about: ui.siteDescription,
  corrections: 'Nếu thấy sai sót, xin báo cho ban biên tập, ghi địa chỉ trang và câu văn cần sửa.',
  licence: {
    name: 'Giấy phép Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)',
    url: 'https://creativecommons.org/licenses/by/4.0/deed.vi',
    note: 'Được dùng lại dữ liệu mở cho mọi mục đích, miễn là ghi rõ nguồn.',
  },
  privacyAllow: [],
};

/** Who publishes the site and under which licence (content/site/settings.yaml), read once per build. */
export const getSiteSettings = once(async (): Promise<SiteSettings> => {
  const entries = await getCollection('site');
  return entries.find((e) => e.id === 'settings')?.data ?? entries[0]?.data ?? fallback;
});

/**
 * The date the site's content last changed, from the content itself (the newest document date, story publication or
 * update), never the build's clock: a rebuild with nothing new keeps the date. ISO, full or partial.
 */
export const getContentUpdated = once(async (): Promise<string | undefined> => {
  const dates = [
    ...(await getDocuments()).list.map((d) => d.data.issuedOn),
    ...(await getStories()).list.flatMap((s) => [s.data.publishedOn, s.data.updatedOn]),
  ].filter((d): d is string => typeof d === 'string');
  return dates.sort().at(-1);
});
