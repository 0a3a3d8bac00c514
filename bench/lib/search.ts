import { chromium } from '@playwright/test';
import { measureSearchBytes, type StepCost } from '../../tests/e2e/search-bytes.ts';
import { serveStatic } from './server.ts';

/** Bytes and time of a first and later search queries in Chromium, against a built site. */
export interface SearchCost {
  query: string;
  compressedBytes: number;
  bytes: number;
  msToResults: number;
  byKind: StepCost['byKind'];
}

/**
 * Serves `dist` and runs the queries in Debian's Chromium through the search helper's measuring module
 * (tests/e2e/search-bytes.ts): the first query loads the search page, Pagefind's code and the index chunks.
 */
export async function measureSearch(dist: string, queries: string[]): Promise<SearchCost[]> {
  const server = await serveStatic(dist);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    const costs = await measureSearchBytes(page, queries);
    return costs.map((c) => ({ query: c.query, compressedBytes: c.compressedBytes, bytes: c.bytes, msToResults: c.msToResults, byKind: c.byKind }));
  } finally {
    await browser.close();
    await server.close();
  }
}
