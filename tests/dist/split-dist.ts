import path from 'node:path';

/**
 * The bundled content built a second time as a national site is built (`npm run build:split-search`, run by
 * `npm test`): its search index split, every province (and year) its own bundle; lists cut into pages of 3
 * (LIST_PAGE_SIZE); charts of more than one unit comparing provinces, with a page per province (CHART_ROW_LIMIT).
 * Small content, same code paths.
 */
export const splitDist = path.resolve(process.env.SPLIT_DIST_DIR ?? 'dist-split');

/** Where Playwright serves it (playwright.config.ts). */
export const splitPort = Number(process.env.E2E_SPLIT_PORT ?? 4323);
