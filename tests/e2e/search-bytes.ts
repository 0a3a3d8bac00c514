import type { Page, Response } from '@playwright/test';
import { gzipSync } from 'node:zlib';

/**
 * Measures what search costs a reader: bytes fetched for the first query on /tim-kiem/ (search code, index,
 * results) and for each further query typed in the box, and the time until the result count shows.
 * Reusable by the benchmark: pass any Playwright page of a served build.
 */

/** Where a fetched file belongs. */
export type TransferKind = 'page' | 'site-js' | 'pagefind-code' | 'index' | 'filter' | 'fragment' | 'other';

export interface Transfer {
  url: string;
  kind: TransferKind;
  /** Bytes on the wire as this server sent them (body + headers). */
  bytes: number;
  /** Body bytes if the server gzipped text and wasm (Pagefind's index files are gzipped already). */
  compressedBytes: number;
}

export interface StepCost {
  query: string;
  /** Milliseconds from navigation or submit until the result count is announced. */
  msToResults: number;
  bytes: number;
  compressedBytes: number;
  byKind: Partial<Record<TransferKind, number>>;
  transfers: Transfer[];
}

function kindOf(url: URL): TransferKind {
  const p = url.pathname;
  // Regional bundles live below the primary one: /pagefind/vung/<bundle>/index/…
  if (/\/pagefind\/(?:.+\/)?index\//.test(p)) return 'index';
  if (/\/pagefind\/(?:.+\/)?filter\//.test(p)) return 'filter';
  if (/\/pagefind\/(?:.+\/)?fragment\//.test(p)) return 'fragment';
  if (/\/pagefind\/.+\.(?:pf_meta|json)$/.test(p)) return 'index';
  if (/\/pagefind\//.test(p)) return 'pagefind-code';
  if (/\.m?js$/.test(p)) return 'site-js';
  if (p.endsWith('/') || /\.(html|css|svg)$/.test(p)) return 'page';
  return 'other';
}

async function toTransfer(response: Response): Promise<Transfer> {
  const url = new URL(response.url());
  const sizes = await response.request().sizes().catch(() => ({ responseBodySize: 0, responseHeadersSize: 0 }));
  const body = await response.body().catch(() => Buffer.alloc(0));
  const encoded = (response.headers()['content-encoding'] ?? '') !== '';
  const precompressed = /\.pf_(index|filter|fragment|meta)$/.test(url.pathname);
  return {
    url: url.pathname + url.search,
    kind: kindOf(url),
    bytes: sizes.responseBodySize + sizes.responseHeadersSize,
    compressedBytes: encoded || precompressed ? sizes.responseBodySize : Math.min(body.length, gzipSync(body).length),
  };
}

function summarize(query: string, msToResults: number, transfers: Transfer[]): StepCost {
  const byKind: StepCost['byKind'] = {};
  for (const t of transfers) byKind[t.kind] = (byKind[t.kind] ?? 0) + t.compressedBytes;
  return {
    query,
    msToResults,
    bytes: transfers.reduce((sum, t) => sum + t.bytes, 0),
    compressedBytes: transfers.reduce((sum, t) => sum + t.compressedBytes, 0),
    byKind,
    transfers,
  };
}

/** Waits until no response has arrived for `quietMs`, so late fragment fetches are counted. */
async function settle(pending: Set<Promise<unknown>>, quietMs = 300): Promise<void> {
  let last = -1;
  while (pending.size !== last) {
    last = pending.size;
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    await Promise.all([...pending]);
  }
}

/**
 * Opens `<searchPath>?q=<first query><params>` (params: more of the URL, e.g. `&tinh=…`) and then types each
 * further query into the search box. Returns one cost per query; the first includes the search page, its
 * script and Pagefind's code and wasm.
 */
export async function measureSearchBytes(
  page: Page,
  queries: string[],
  searchPath = '/tim-kiem/',
  params = '',
): Promise<StepCost[]> {
  const transfers: Transfer[] = [];
  const pending = new Set<Promise<unknown>>();
  const onResponse = (response: Response) => {
    const job = toTransfer(response).then((t) => transfers.push(t));
    pending.add(job);
    void job.finally(() => pending.delete(job));
  };
  page.context().on('response', onResponse);
  const status = page.getByRole('status');
  const costs: StepCost[] = [];
  try {
    for (const [i, query] of queries.entries()) {
      const start = transfers.length;
      const began = Date.now();
      if (i === 0) {
        await page.goto(`${searchPath}?q=${encodeURIComponent(query)}${params}`);
      } else {
        await page.getByRole('searchbox', { name: 'Từ khoá' }).fill(query);
        await page.getByRole('searchbox', { name: 'Từ khoá' }).press('Enter');
      }
      await status.filter({ hasText: query.trim() }).waitFor();
      const msToResults = Date.now() - began;
      await settle(pending);
      costs.push(summarize(query, msToResults, transfers.slice(start)));
    }
  } finally {
    page.context().off('response', onResponse);
  }
  return costs;
}

/** One line per query for a report: "thi dua: 151.2 KB (index 55.1, fragment 38.0, …) in 420 ms". */
export function formatCosts(costs: StepCost[]): string {
  const kb = (n: number) => (n / 1024).toFixed(1);
  return costs
    .map((c) => `${c.query}: ${kb(c.compressedBytes)} KB compressed, ${kb(c.bytes)} KB as served (` +
      Object.entries(c.byKind).map(([k, v]) => `${k} ${kb(v ?? 0)}`).join(', ') + `) in ${c.msToResults} ms`)
    .join('\n');
}
