import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { D_STROKE_MARK, decodeDStroke, hasRawDStroke } from '../../src/search/d-stroke.ts';
import { ui } from '../../src/i18n/ui.ts';
import type { BundleManifest } from '../../src/search/bundles.ts';
import { manifestFile } from '../../src/search/manifest-file.ts';
import { splitDist } from './split-dist.ts';
import { requireBuiltSite } from './site-html.ts';

/**
 * Checks over the built search index: every page that should be searchable is in it, and every page's
 * stored text spells `đ` the way `d` queries match (src/search/d-stroke.ts). A page indexed without that
 * encoding would silently never match "dua", "Duc Pho"…, so this runs on every build.
 */
// The site as built, and the same site built with its index split into regional bundles (see split-dist.ts).
for (const dist of [path.resolve(process.env.DIST_DIR ?? 'dist'), splitDist]) describeIndex(dist);

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

function readFragments(bundle: string): Fragment[] {
  const dir = path.join(bundle, 'fragment');
  return readdirSync(dir).map((file) => {
    const bytes = gunzipSync(readFileSync(path.join(dir, file)));
    // Pagefind prefixes its gzipped JSON with a 12-byte signature.
    expect(bytes.subarray(0, 12).toString()).toBe('pagefind_dcd');
    return JSON.parse(bytes.subarray(12).toString('utf8')) as Fragment;
  });
}

/** URL of every built page whose main content is marked for indexing, as Pagefind writes it. */
function searchablePages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${path.sep}`))
    .filter((file) => /\sdata-pagefind-body[\s>=]/.test(readFileSync(path.join(dist, file), 'utf8')))
    .map((file) => `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

// Like the other checks over dist/, these run once the site is built (as `npm test` does first); a built site
// without its search index fails them.
function describeIndex(dist: string): void {
requireBuiltSite(dist);
const primary = path.join(dist, 'pagefind');
const indexed = existsSync(path.join(primary, 'pagefind-entry.json')) && existsSync(path.join(primary, manifestFile));

describe(`the search index in ${dist}`, () => {
  const manifest: BundleManifest = indexed ? JSON.parse(readFileSync(path.join(primary, manifestFile), 'utf8')) : { version: 1, primaryPages: 0, bundles: [] };
  const national = manifest.national ? [manifest.national] : [];
  const bundles = [primary, ...[...national, ...manifest.bundles].map((b) => path.join(primary, b.path))];
  const byBundle = indexed ? bundles.map(readFragments) : [];
  const fragments = byBundle.flat();
  const urls = (list: Fragment[]) => list.map((f) => f.url).sort();

  it('is written by the build, with its list of bundles', () => {
    expect(indexed, `${primary}/pagefind-entry.json and ${manifestFile}`).toBe(true);
  });

  it('holds every page whose main content is marked searchable, and no other', () => {
    expect([...new Set(urls(fragments))]).toEqual(searchablePages(dist));
  });

  it('lists each bundle with its page count', () => {
    expect(byBundle.map((b) => b.length)).toEqual([manifest.primaryPages, ...[...national, ...manifest.bundles].map((b) => b.pages)]);
  });

  // What a search reads: the primary bundle with the national one, or with the bundles of one province.
  it('gives each scope every page of it once: national pages apart from the documents and exemplars of each province', () => {
    if (manifest.bundles.length === 0) {
      // One bundle: every search reads it whole.
      expect(byBundle.length).toBe(1);
      expect(urls(byBundle[0])).toEqual(searchablePages(dist));
      return;
    }
    const [home, nationwide] = byBundle;
    const regional = byBundle.slice(2);
    const isRecord = (f: Fragment) => ['Văn bản', 'Điển hình'].some((k) => f.filters.loai?.includes(k)) && f.filters.tinh?.length;
    expect(urls([...home, ...nationwide].filter(isRecord))).toEqual([]);
    const inScope = urls([...home, ...nationwide]);
    expect(new Set(inScope).size).toBe(inScope.length);
    manifest.bundles.forEach((b, i) => {
      const strays = regional[i].filter((f) => !f.filters.tinh?.includes(b.province) || (b.years.length > 0 && f.filters.nam && !f.filters.nam.some((y) => b.years.includes(y))));
      expect(urls(strays), b.path).toEqual([]);
    });
    const provincial = urls(regional.flat());
    expect(new Set(provincial).size).toBe(provincial.length);
    // Every document and exemplar is in its province's bundles; every unit and story of a province with some, too.
    const ofProvinces = new Set(manifest.bundles.map((b) => b.province));
    const expected = urls(fragments.filter((f) => f.filters.tinh?.some((t) => ofProvinces.has(t)) && !home.includes(f)));
    expect(new Set(provincial)).toEqual(new Set(expected));
  });

  it('spells every đ of every page the way d queries match', () => {
    const raw = fragments.flatMap((f) =>
      [f.content, ...Object.values(f.meta)].filter(hasRawDStroke).map((text) => `${f.url}: ${text.slice(0, 80)}`),
    );
    expect(raw).toEqual([]);
  });

  it('uses the mark only after d or D, so every excerpt and title reads back as the real text', () => {
    const stray = fragments.filter((f) => decodeDStroke(f.content + Object.values(f.meta).join(' ')).includes(D_STROKE_MARK));
    expect(stray.map((f) => f.url)).toEqual([]);
  });

  it('gives every page a title and a page type for the results and the type filter', () => {
    const missing = fragments.filter((f) => !f.meta.title?.trim() || !f.filters.loai?.length || !f.meta.type);
    expect(missing.map((f) => f.url)).toEqual([]);
  });

  it('keeps filter values as readers see them, never in the index spelling', () => {
    const encoded = fragments.filter((f) => Object.values(f.filters).flat().some((v) => v.includes(D_STROKE_MARK)));
    expect(encoded.map((f) => f.url)).toEqual([]);
  });

  it('indexes no text hidden for screen readers only (visually-hidden), nor the site header or footer', () => {
    const leaks: string[] = [];
    for (const f of fragments) {
      const content = decodeDStroke(f.content);
      const file = f.url.endsWith('/') ? `${f.url}index.html` : f.url;
      const html = readFileSync(path.join(dist, decodeURI(file)), 'utf8');
      const hidden = [...html.matchAll(/<(\w+)[^>]*class="[^"]*\b(?:visually-hidden|sr-only)\b[^"]*"[^>]*>([^<]+)<\/\1>/g)]
        .map((m) => m[2].trim())
        .filter((text) => text.split(/\s+/).length >= 3);
      for (const text of [...hidden, ui.skipLink, ui.siteTagline, ui.footerAbout]) {
        if (content.includes(text)) leaks.push(`${f.url}: "${text}"`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('stores page text in NFC, so NFD queries and NFC pages fold alike', () => {
    const notNfc = fragments.filter((f) => decodeDStroke(f.content) !== decodeDStroke(f.content).normalize('NFC'));
    expect(notNfc.map((f) => f.url)).toEqual([]);
  });
});
}
