import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { measureSearchBytes, type StepCost } from '../../tests/e2e/search-bytes.ts';
import type { BundleManifest } from '../../src/search/bundles.ts';
import { manifestFile } from '../../src/search/manifest-file.ts';
import { serveStatic } from './server.ts';

/** Bytes and time of a first and later search queries in Chromium, against a built site. */
export interface SearchCost {
  query: string;
  compressedBytes: number;
  bytes: number;
  msToResults: number;
  byKind: StepCost['byKind'];
}

/** The same queries within one province, on a site whose index is split by province. */
export interface ProvinceSearchCost {
  province: string;
  /** Regional bundles of that province and their pages. */
  bundles: { path: string; pages: number }[];
  costs: SearchCost[];
}

export interface SearchMeasure {
  /** Without a province: the whole index of a one-bundle site, the national bundle of a split one. */
  costs: SearchCost[];
  /** Within the province with the most regional pages, when the index is split. */
  province?: ProvinceSearchCost;
  /** Within that province and its newest year, when its bundles are split by year. */
  provinceYear?: ProvinceSearchCost & { year: string };
}

/**
 * The queries every benchmark measures: the corpus's most common phrase first (its chunks are the largest), then a
 * common one, a unit's name (the first unit of the first province, without diacritics) and a person's name.
 */
export function searchQueries(content: string): string[] {
  const province = fs.readdirSync(path.join(content, 'units')).sort()[0];
  const unit = fs.readdirSync(path.join(content, 'units', province)).sort()[0].replace(/\.yaml$/, '').split('-').slice(0, 2).join(' ');
  return ['khen thưởng', 'nông thôn mới', unit, 'Đào Văn'];
}

/**
 * Serves `dist` and runs the queries in Debian's Chromium through the search helper's measuring module
 * (tests/e2e/search-bytes.ts), each series in a fresh browser context (cold cache): the first query loads the
 * search page, Pagefind's code and the index chunks.
 */
export async function measureSearch(dist: string, queries: string[]): Promise<SearchMeasure> {
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'pagefind', manifestFile), 'utf8')) as BundleManifest;
  const server = await serveStatic(dist);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const series = async (params: string): Promise<SearchCost[]> => {
    const context = await browser.newContext({ baseURL: server.url });
    try {
      const costs = await measureSearchBytes(await context.newPage(), queries, '/tim-kiem/', params);
      return costs.map((c) => ({ query: c.query, compressedBytes: c.compressedBytes, bytes: c.bytes, msToResults: c.msToResults, byKind: c.byKind }));
    } finally {
      await context.close();
    }
  };
  try {
    const costs = await series('');
    const largest = largestProvince(manifest);
    if (!largest) return { costs };
    const ofProvince = manifest.bundles.filter((b) => b.province === largest);
    const bundles = ofProvince.map((b) => ({ path: b.path, pages: b.pages }));
    const inProvince = `&tinh=${encodeURIComponent(largest)}`;
    const province = { province: largest, bundles, costs: await series(inProvince) };
    const year = ofProvince.flatMap((b) => b.years).sort().at(-1);
    if (!year) return { costs, province };
    const ofYear = ofProvince.filter((b) => b.years.includes(year)).map((b) => ({ path: b.path, pages: b.pages }));
    return { costs, province, provinceYear: { province: largest, year, bundles: ofYear, costs: await series(`${inProvince}&nam=${year}`) } };
  } finally {
    await browser.close();
    await server.close();
  }
}

function largestProvince(manifest: BundleManifest): string | undefined {
  const pages = new Map<string, number>();
  for (const b of manifest.bundles) pages.set(b.province, (pages.get(b.province) ?? 0) + b.pages);
  return [...pages].sort((a, b) => b[1] - a[1])[0]?.[0];
}
