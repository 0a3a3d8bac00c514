import path from 'node:path';

/**
 * The bundled content built a second time with its search index split as on a national site: every province
 * (and year) its own bundle (`npm run build:split-search`, run by `npm test`). Small content, same code paths.
 */
export const splitDist = path.resolve(process.env.SPLIT_DIST_DIR ?? 'dist-split');

/** Where Playwright serves it (playwright.config.ts). */
export const splitPort = Number(process.env.E2E_SPLIT_PORT ?? 4323);
