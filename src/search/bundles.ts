import { groupBy } from '../utils/group-by.ts';
import { slugify } from '../utils/vietnamese.ts';
import { pageKinds } from './filters.ts';

/**
 * How the search index is split into Pagefind bundles, so that a national site stays cheap to search.
 *
 * Pagefind fetches a bundle's page list on the first query (≈ 8 bytes a page) and, for each word, one chunk of
 * ≈ 25 KB of the bundle's index, more for a common word in a large bundle; each merged bundle costs that again.
 * So a split site searches few bundles at a time, chosen by what the reader asks:
 * - the primary bundle (`pagefind/`) holds the home page only: it carries Pagefind's code and is in every search;
 * - the national bundle (`pagefind/ca-nuoc/`) holds every page that is not a document or an exemplar: units,
 *   stories, movements, overviews — searched when no province is chosen;
 * - one regional bundle per province (`pagefind/vung/<province>/`, or per run of years of a large province)
 *   holds its documents and exemplars and, again, its units and stories — searched when the province is chosen.
 * A site whose documents and exemplars all fit into one bundle keeps a single bundle.
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
  /** Digest of the page's HTML: a bundle whose pages all kept theirs is copied, not indexed (bundle-cache.ts). */
  digest?: string;
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
  /** The national bundle of a split site. */
  national?: { path: string; pages: number };
  bundles: RegionalBundle[];
}

export interface BundlePlan {
  manifest: BundleManifest;
  /** Files per bundle path; '' is the primary bundle. */
  files: Map<string, string[]>;
}

/** Folder of the national bundle, under the primary one. */
export const nationalBundlePath = 'ca-nuoc/';

/** Page kinds whose pages go to their province's bundle. */
const regionalKinds = new Set<string>([pageKinds['van-ban'], pageKinds['dien-hinh']]);

/** True for a page that goes to its province's bundle on a split site: a document or an exemplar with a province. */
export function isRegional(page: PageFacts): boolean {
  return Boolean(page.province && page.kind && regionalKinds.has(page.kind));
}

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
 * Places every page in a bundle. Every page stays in the primary bundle while the documents and exemplars
 * together weigh at most `maxWeight`; otherwise the home page is the primary bundle, every page that is not
 * a document or an exemplar goes to the national one, and each province with documents or exemplars gets a
 * bundle of them and its units and stories — one per run of consecutive years that fits when the province is
 * heavier than `maxWeight` (a year heavier than that on its own stays whole). Pages of a province without a year
 * join its first bundle (`split: 'always'` splits however light they are, as the parts of a sharded
 * build must, each seeing only its provinces). The order of files within a bundle is kept (the national bundle's
 * stories after its other pages), so the index is the same from one build to the next.
 */
export function planBundles(pages: PageFacts[], maxWeight = defaultBundleWeight, split: 'auto' | 'always' = 'auto'): BundlePlan {
  const regional = pages.filter(isRegional);
  const total = regional.reduce((sum, p) => sum + p.weight, 0);
  if (split === 'auto' && total <= maxWeight) {
    return { manifest: { version: 1, primaryPages: pages.length, bundles: [] }, files: new Map([['', pages.map((p) => p.file)]]) };
  }
  const others = pages.filter((p) => !isRegional(p));
  // The home page, else any page of no province (a shard has none: its primary bundle is never written).
  const home = others.find((p) => p.kind === homeKind) ?? others.find((p) => !p.province);
  // Stories go last: a story is what a press officer edits most, and the shard runner gives Pagefind every page
  // before them while the edited story's page is still being built (tools/shards/national-prewarm.ts).
  const national = [...others.filter((p) => p !== home && p.kind !== storyKind), ...others.filter((p) => p !== home && p.kind === storyKind)];
  const bundles: RegionalBundle[] = [];
  // A province's bundles also hold its units and stories, so that a search within it reads no national bundle.
  const local = pages.filter((p) => p.province && p !== home);
  const files = new Map<string, string[]>([['', home ? [home.file] : []], [nationalBundlePath, national.map((p) => p.file)]]);
  for (const [province, ofProvince] of groupBy(local, (p) => p.province!)) {
    if (!ofProvince.some(isRegional)) continue;
    for (const group of yearGroups(ofProvince, maxWeight)) {
      const path = bundlePath(province, group.years);
      bundles.push({ path, province, years: group.years, pages: group.pages.length });
      files.set(path, group.pages.map((p) => p.file));
    }
  }
  return { manifest: { version: 1, primaryPages: home ? 1 : 0, national: { path: nationalBundlePath, pages: national.length }, bundles }, files };
}

/** The "loai" value of the home page, the one page of a split site's primary bundle. */
const homeKind = 'Trang chủ';
const storyKind: string = pageKinds['bai-viet'];

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

const provinceFolder = 'vung/';

function bundlePath(province: string, years: string[]): string {
  const span = years.length === 0 ? '' : years.length === 1 ? `-${years[0]}` : `-${years[0]}-${years.at(-1)}`;
  return `${provinceFolder}${slugify(province)}${span}/`;
}

/** True for the path of a province's bundle (as opposed to the primary '' and the national one). */
export function isProvinceBundle(bundlePath: string): boolean {
  return bundlePath.startsWith(provinceFolder);
}


/** Which bundles a search reads, given the provinces and years the reader chose. */
export interface SearchScope {
  /** Bundle paths to merge with the primary one, in manifest order. */
  bundles: string[];
  /**
   * False when the site is split and no province is chosen: the national bundle (units, stories, movements…)
   * is searched, and the page says documents and exemplars are searched by province.
   */
  complete: boolean;
}

/**
 * The bundles a search needs besides the primary one: on a split site, the national bundle when no province is
 * chosen, else the chosen provinces' bundles narrowed to the chosen years.
 */
export function searchScope(manifest: BundleManifest, provinces: string[] = [], years: string[] = []): SearchScope {
  if (manifest.bundles.length === 0) return { bundles: [], complete: true };
  if (provinces.length === 0) return { bundles: manifest.national ? [manifest.national.path] : [], complete: false };
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
