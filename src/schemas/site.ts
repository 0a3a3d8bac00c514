import { z } from 'astro/zod';
import { privacyAllow, text } from './common.ts';

/** Who publishes the site and under which terms (content/site/settings.yaml): the footer, /gioi-thieu/, the open data. */
export const siteSchema = z.object({
  /** The site's name, e.g. "Bảng Vàng". */
  name: text(),
  /** Who publishes it and answers for it, e.g. "Ban biên tập Bảng Vàng" or a commune's People's Committee. */
  publisher: text(),
  /** Postal address of the publisher, when it receives readers (left out of the page when absent). */
  address: text().optional(),
  /** Address readers write to. */
  email: z.email('Cần một địa chỉ thư điện tử, ví dụ "lienhe@ubnd.gov.vn".'),
  /** Telephone number, as written. */
  phone: z.string().optional(),
  /** What the site is and where its content comes from, a paragraph for /gioi-thieu/. */
  about: text(),
  /** How to report a mistake. */
  corrections: text(),
  /** Licence of the open data (and of the site's own texts). */
  licence: z.object({
    /** Its name in Vietnamese, e.g. "Giấy phép Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)". */
    name: text(),
    /** Where it is written in full. */
    url: z.url(),
    /** What it allows, in a sentence or two. */
    note: text(),
  }),
  /** Personal identifiers published on purpose (the publisher's address, telephone), each with its reason. */
  privacyAllow: privacyAllow(),
});

export type SiteSettings = z.infer<typeof siteSchema>;
