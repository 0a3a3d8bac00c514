import { describe, expect, it } from 'vitest';
import { filterValue, offeredValues, pageFacts, planBundles, searchScope, type PageFacts } from '../../src/search/bundles.ts';

function page(file: string, kind: string, province: string | undefined, year: string | undefined, weight = 100): PageFacts {
  return { file, kind, province, year, weight };
}

const pages: PageFacts[] = [
  page('index.html', 'Trang chủ', undefined, undefined),
  page('bai-viet/gung-se/index.html', 'Bài viết', 'Quảng Ngãi', '2024'),
  page('dien-hinh/ho-tran-nhon/index.html', 'Điển hình', 'Quảng Ngãi', '2024'),
  page('don-vi/quang-ngai/son-long/index.html', 'Đơn vị', 'Quảng Ngãi', undefined),
  page('phong-trao/dan-van-kheo/index.html', 'Phong trào', undefined, undefined),
  page('van-ban/dong-thap/hoa-thuan/2024-bao-cao/index.html', 'Văn bản', 'Đồng Tháp', '2024'),
  page('van-ban/quang-ngai/pho-van/2023-bao-cao/index.html', 'Văn bản', 'Quảng Ngãi', '2023'),
  page('van-ban/quang-ngai/son-long/2024-bao-cao/index.html', 'Văn bản', 'Quảng Ngãi', '2024'),
  page('van-ban/quang-ngai/son-long/ke-hoach/index.html', 'Văn bản', 'Quảng Ngãi', undefined),
];

describe('reading a built page', () => {
  it('reads the filter values a page declares, entities decoded', () => {
    const html = '<main data-pagefind-body><data data-pagefind-filter="loai[value]" value="Văn bản">' +
      '<data data-pagefind-filter="tinh[value]" value="Bà Rịa &#8211; Vũng Tàu"><data data-pagefind-filter="nam[value]" value="2023">';
    expect(filterValue(html, 'tinh')).toBe('Bà Rịa – Vũng Tàu');
    expect(pageFacts('a/index.html', html)).toEqual({ file: 'a/index.html', kind: 'Văn bản', province: 'Bà Rịa – Vũng Tàu', year: '2023', weight: Buffer.byteLength(html) });
    expect(filterValue(html, 'don-vi')).toBeUndefined();
  });
});

describe('planning the bundles', () => {
  it('keeps one bundle while all documents and exemplars fit into it', () => {
    const plan = planBundles(pages, 500);
    expect(plan.manifest.bundles).toEqual([]);
    expect(plan.files.get('')).toEqual(pages.map((p) => p.file));
  });

  it('keeps the home page primary, every other page but documents and exemplars national, and gives each province its own with its units and stories', () => {
    const plan = planBundles(pages, 10_000, 'always');
    expect(plan.files.get('')).toEqual(['index.html']);
    // Its stories last (the shard runner indexes the rest while an edited story's page is built).
    expect(plan.files.get('ca-nuoc/')).toEqual(['don-vi/quang-ngai/son-long/index.html', 'phong-trao/dan-van-kheo/index.html', 'bai-viet/gung-se/index.html']);
    expect(plan.manifest.bundles).toEqual([
      { path: 'vung/quang-ngai/', province: 'Quảng Ngãi', years: [], pages: 6 },
      { path: 'vung/dong-thap/', province: 'Đồng Tháp', years: [], pages: 1 },
    ]);
    expect(plan.files.get('vung/quang-ngai/')).toContain('don-vi/quang-ngai/son-long/index.html');
    expect(plan.manifest.primaryPages).toBe(1);
    expect(plan.manifest.national).toEqual({ path: 'ca-nuoc/', pages: 3 });
  });

  it('splits a heavy province by runs of years, undated pages with its first years, files in build order', () => {
    const plan = planBundles(pages, 250);
    const qn = plan.manifest.bundles.filter((b) => b.province === 'Quảng Ngãi');
    expect(qn.map((b) => [b.path, b.years])).toEqual([['vung/quang-ngai-2023/', ['2023']], ['vung/quang-ngai-2024/', ['2024']]]);
    expect(plan.files.get('vung/quang-ngai-2023/')).toEqual(['don-vi/quang-ngai/son-long/index.html', 'van-ban/quang-ngai/pho-van/2023-bao-cao/index.html', 'van-ban/quang-ngai/son-long/ke-hoach/index.html']);
    expect(plan.files.get('vung/quang-ngai-2024/')).toEqual(['bai-viet/gung-se/index.html', 'dien-hinh/ho-tran-nhon/index.html', 'van-ban/quang-ngai/son-long/2024-bao-cao/index.html']);
    // Every page is in the primary or the national bundle, or in exactly one province bundle.
    const provincial = plan.manifest.bundles.flatMap((b) => plan.files.get(b.path)!);
    expect(new Set(provincial).size).toBe(provincial.length);
    expect(new Set([...plan.files.values()].flat())).toEqual(new Set(pages.map((p) => p.file)));
  });

  it('splits a site whose documents outweigh one bundle, and a light one only when told to (the parts of a sharded build)', () => {
    expect(planBundles(pages, 450).manifest.bundles.map((b) => b.path)).toEqual(['vung/quang-ngai-2023-2024/', 'vung/dong-thap/']);
    expect(planBundles(pages, 10_000).manifest.bundles).toEqual([]);
  });

  it('groups consecutive years while they fit, and names the bundle by its first and last year', () => {
    const years = ['2021', '2022', '2023', '2024'].map((y) => page(`van-ban/ha-noi/x/${y}/index.html`, 'Văn bản', 'Hà Nội', y));
    const plan = planBundles(years, 250);
    expect(plan.manifest.bundles.map((b) => [b.path, b.years])).toEqual([
      ['vung/ha-noi-2021-2022/', ['2021', '2022']],
      ['vung/ha-noi-2023-2024/', ['2023', '2024']],
    ]);
  });
});

describe('the scope of a search', () => {
  const { manifest } = planBundles(pages, 250);

  it('reads every bundle of a site that has one', () => {
    expect(searchScope(planBundles(pages, 10_000).manifest)).toEqual({ bundles: [], complete: true });
  });

  it('reads only the national bundle when no province is chosen on a split site, and says so', () => {
    expect(searchScope(manifest)).toEqual({ bundles: ['ca-nuoc/'], complete: false });
    expect(searchScope(manifest, [], ['2024'])).toEqual({ bundles: ['ca-nuoc/'], complete: false });
  });

  it('reads the bundles of the chosen provinces, narrowed to the chosen years', () => {
    expect(searchScope(manifest, ['Quảng Ngãi']).bundles).toEqual(['vung/quang-ngai-2023/', 'vung/quang-ngai-2024/']);
    expect(searchScope(manifest, ['Quảng Ngãi'], ['2024']).bundles).toEqual(['vung/quang-ngai-2024/']);
    expect(searchScope(manifest, ['Quảng Ngãi', 'Đồng Tháp'], ['2024']).bundles).toEqual(['vung/quang-ngai-2024/', 'vung/dong-thap/']);
    expect(searchScope(manifest, ['Đồng Tháp'], ['2019'])).toEqual({ bundles: ['vung/dong-thap/'], complete: true });
  });

  it('offers every province on a split site, and the years of the chosen provinces once years narrow them', () => {
    expect(offeredValues(planBundles(pages, 10_000).manifest)).toEqual({});
    expect(offeredValues(manifest)).toEqual({ tinh: ['Quảng Ngãi', 'Đồng Tháp'] });
    expect(offeredValues(manifest, ['Quảng Ngãi'], ['2024'])).toEqual({ tinh: ['Quảng Ngãi', 'Đồng Tháp'], nam: ['2023', '2024'] });
  });
});
