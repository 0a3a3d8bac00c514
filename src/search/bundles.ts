import { slugify } from '../utils/vietnamese.ts';
import { pageKinds } from './filters.ts';

/**
 * How the search index is split into Pagefind bundles, so that a national site stays cheap to search.
 *
 * Pagefind fetches a bundle's whole page list on the first query (≈ 8 bytes a page) and, for each word, every
 * position of it in every page of the bundle. One bundle over a whole province's reports costs hundreds of KB
 * per query at national scale. So documents and exemplars — the long, numerous pages — go into regional
 * bundles (a province, or a province's years when the province is large), and every other page (units, stories,
 * movements, overviews) into the primary bundle, the national directory that every search reads. A site whose
 * regional pages all fit into one bundle keeps a single bundle.
 */

/** What the index writer reads from a built page to place it. */
export interface PageFacts {
  file: string;
  /** The "loai" filter: Văn bản, Điển hình… */
  kind?: string;
  /** The "tinh" filter: the province at the time. */
  province?: string;
  /** The "nam" filter. */
  year?: string;
  /** Bytes of the page's HTML: what a bundle's index grows with. */
  weight: number;
}

/** One regional bundle, as the search page reads it from the manifest. */
export interface RegionalBundle {
  /** Folder under the primary bundle: `vung/<province slug>[-<first year>[-<last year>]]/`. */
  path: string;
  province: string;
  /** The years whose pages it holds, ascending; empty when it holds every year of its province. */
  years: string[];
  pages: number;
}

/** `pagefind/bundles.json`: written with the index, read by the search page. */
export interface BundleManifest {
  version: 1;
  /** Pages in the primary bundle. */
  primaryPages: number;
  bundles: RegionalBundle[];
}

export interface BundlePlan {
  manifest: BundleManifest;
  /** Files per bundle path; '' is the primary bundle. */
  files: Map<string, string[]>;
}

/** Page kinds whose pages go to their province's bundle. */
const regionalKinds = new Set<string>([pageKinds['van-ban'], pageKinds['dien-hinh']]);

/**
 * The HTML bytes one bundle may hold before it is split: ≈ 300 report pages with their exemplars. Measured at
 * national scale, such a bundle keeps a query within ≈ 80 KB (bench/README.md, "Search in bundles").
 */
export const defaultBundleWeight = 20_000_000;

/** The value of one `data-pagefind-filter="<key>[value]" value="…"` element of a built page. */
export function filterValue(html: string, key: string): string | undefined {
  const pattern = new RegExp(`data-pagefind-filter="${key}\\[value\\]"\\s+value="([^"]*)"`);
  const raw = html.match(pattern)?.[1];
  return raw === undefined ? undefined : decodeAttribute(raw);
}

function decodeAttribute(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Reads what {@link planBundles} needs from a built page. */
export function pageFacts(file: string, html: string): PageFacts {
  return {
    file,
    kind: filterValue(html, 'loai'),
    province: filterValue(html, 'tinh'),
    year: filterValue(html, 'nam'),
    weight: Buffer.byteLength(html),
  };
}

/**
 * Places every page in a bundle. Regional pages stay in the primary bundle while all of them together weigh
 * at most `maxWeight`; otherwise each province gets a bundle, and a province heavier than `maxWeight` one per
 * run of consecutive years that fits (a year heavier than that on its own stays whole). Pages of one province
 * without a year join its first bundle. The order of files within a bundle is kept, so the index is the same
 * from one build to the next.
 */
export function planBundles(pages: PageFacts[], maxWeight = defaultBundleWeight): BundlePlan {
  const regional = pages.filter((p) => p.province && p.kind && regionalKinds.has(p.kind));
  const total = regional.reduce((sum, p) => sum + p.weight, 0);
  if (total <= maxWeight) {
    return { manifest: { version: 1, primaryPages: pages.length, bundles: [] }, files: new Map([['', pages.map((p) => p.file)]]) };
  }
  const regionalFiles = new Set(regional.map((p) => p.file));
  const primary = pages.filter((p) => !regionalFiles.has(p.file)).map((p) => p.file);
  const files = new Map<string, string[]>([['', primary]]);
  const bundles: RegionalBundle[] = [];
  for (const [province, ofProvince] of groupBy(regional, (p) => p.province!)) {
    for (const group of yearGroups(ofProvince, maxWeight)) {
      const path = bundlePath(province, group.years);
      bundles.push({ path, province, years: group.years, pages: group.pages.length });
      files.set(path, group.pages.map((p) => p.file));
    }
  }
  return { manifest: { version: 1, primaryPages: primary.length, bundles }, files };
}

interface YearGroup {
  years: string[];
  pages: PageFacts[];
}

function yearGroups(pages: PageFacts[], maxWeight: number): YearGroup[] {
  const weight = pages.reduce((sum, p) => sum + p.weight, 0);
  if (weight <= maxWeight) return [{ years: [], pages }];
  const byYear = groupBy(pages, (p) => p.year ?? '');
  const years = [...byYear.keys()].filter(Boolean).sort();
  const groups: YearGroup[] = [];
  let current: YearGroup | null = null;
  let currentWeight = 0;
  for (const year of years) {
    const ofYear = byYear.get(year)!;
    const w = ofYear.reduce((sum, p) => sum + p.weight, 0);
    if (!current || currentWeight + w > maxWeight) {
      current = { years: [], pages: [] };
      groups.push(current);
      currentWeight = 0;
    }
    current.years.push(year);
    current.pages.push(...ofYear);
    currentWeight += w;
  }
  const undated = byYear.get('') ?? [];
  if (undated.length) {
    if (groups.length === 0) groups.push({ years: [], pages: [] });
    groups[0].pages.push(...undated);
  }
  // Pages keep their build order inside each bundle.
  const order = new Map(pages.map((p, i) => [p.file, i]));
  for (const g of groups) g.pages.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
  return groups;
}

function bundlePath(province: string, years: string[]): string {
  const span = years.length === 0 ? '' : years.length === 1 ? `-${years[0]}` : `-${years[0]}-${years.at(-1)}`;
  return `vung/${slugify(province)}${span}/`;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Which bundles a search reads, given the provinces and years the reader chose. */
export interface SearchScope {
  /** Regional bundle paths to merge with the primary one, in manifest order. */
  bundles: string[];
  /**
   * False when the site is split and no province is chosen: only the primary bundle (units, stories,
   * movements…) is searched, and the page says documents and exemplars are searched by province.
   */
  complete: boolean;
}

/**
 * The bundles a search needs: those of the chosen provinces (all of them when none is chosen on a site small
 * enough to be one bundle), narrowed to the chosen years.
 */
export function searchScope(manifest: BundleManifest, provinces: string[] = [], years: string[] = []): SearchScope {
  if (manifest.bundles.length === 0) return { bundles: [], complete: true };
  if (provinces.length === 0) return { bundles: [], complete: false };
  const chosen = new Set(provinces);
  const bundles = manifest.bundles
    .filter((b) => chosen.has(b.province))
    .filter((b) => years.length === 0 || b.years.length === 0 || b.years.some((y) => years.includes(y)))
    .map((b) => b.path);
  return { bundles, complete: true };
}

/**
 * Filter values to offer on a split site even where the loaded bundles have no count for them: every province
 * (choosing one is how its documents are searched) and, once years narrow the chosen provinces to some of
 * their bundles, every year of those provinces.
 */
export function offeredValues(manifest: BundleManifest, provinces: string[] = [], years: string[] = []): { tinh?: string[]; nam?: string[] } {
  if (manifest.bundles.length === 0) return {};
  const tinh = [...new Set(manifest.bundles.map((b) => b.province))];
  if (years.length === 0 || provinces.length === 0) return { tinh };
  const nam = new Set(manifest.bundles.filter((b) => provinces.includes(b.province)).flatMap((b) => b.years));
  return nam.size ? { tinh, nam: [...nam] } : { tinh };
}
