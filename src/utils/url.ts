/** Internal links, always built with the configured base so the site works under a sub-path. */

function base(): string {
  const b = import.meta.env?.BASE_URL ?? '/';
  return b.endsWith('/') ? b : `${b}/`;
}

/** "don-vi/" → "/don-vi/" (or "/sub/don-vi/" under a sub-path). A leading slash on `path` is ignored. */
export function withBase(path = ''): string {
  return base() + path.replace(/^\/+/, '');
}

/** Ensures a trailing slash, as the site uses trailingSlash: 'always'. */
export function dir(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/** Link to a unit page: "/don-vi/thai-nguyen/tan-hoa-phu-binh/". */
export const unitHref = (unitId: string) => withBase(`don-vi/${unitId}/`);
/** Link to a document page. */
export const documentHref = (documentId: string) => withBase(`van-ban/${documentId}/`);
/** Link to an exemplar page. */
export const exemplarHref = (id: string) => withBase(`dien-hinh/${id}/`);
/** Link to a story page. */
export const storyHref = (id: string) => withBase(`bai-viet/${id}/`);
/** Link to a movement page. */
export const movementHref = (id: string) => withBase(`phong-trao/${id}/`);
/** Link to the download of a document's source file. */
export const sourceFileHref = (file: string) => withBase(`van-ban/tep-goc/${file.split('/').map(encodeURIComponent).join('/')}`);
/** Link to an indicator page, at its Vietnamese address: "/chi-so/ty-le-ho-ngheo/". */
export const indicatorHref = (indicator: { id: string; slug?: string }, province?: string) =>
  withBase(`chi-so/${indicator.slug ?? indicator.id}/${province ? `${province}/` : ''}`);
