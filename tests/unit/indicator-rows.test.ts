import { describe, expect, it } from 'vitest';
import { indicatorRowsHtml } from '../../src/components/charts/indicator-rows.ts';
import type { IndicatorRecord } from '../../src/datasets/indicators.ts';
import { quoteHash } from '../../src/utils/text-fragment.ts';

const record = (r: Partial<IndicatorRecord>): IndicatorRecord => ({
  unit: 'thai-nguyen/tan-hoa-phu-binh', unit_name: 'xã Tân Hoà', province: 'Thái Nguyên', year: 2023, indicator: 'k', label: 'Chỉ số',
  value: 1.51, unit_of_measure: '%', kind: 'estimate', target: null, note: null,
  source_document: 'thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127', source_quote: 'tăng 1,51% so với năm 2022.', ...r,
});

describe('the rows of an indicator values table written as one string', () => {
  it('writes unit, year, kind, value in Vietnamese form, plan, note and the source linked to its quote, the quote folded', () => {
    const quote = 'Giá trị sản xuất ước đạt 235 tỷ đồng, tăng 1,51% so với năm 2022.';
    const html = indicatorRowsHtml([record({ source_quote: quote, target: 1234.5, note: 'theo giá so sánh' })], ['2-kết-quả'], new Map([['thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127', 'Báo cáo số 127/BC-UBND']]));
    expect(html).toBe(
      '<tr><th scope="row"><a href="/don-vi/thai-nguyen/tan-hoa-phu-binh/">xã Tân Hoà</a></th><td class="num">2023</td><td>Ước đạt</td>' +
        '<td class="num" data-value="1.51">1,51</td><td class="num">1.234,5</td><td class="text">theo giá so sánh</td>' +
        `<td><a href="/van-ban/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127/${quoteHash(quote, '2-kết-quả')}">Báo cáo số 127/BC-UBND</a><details class="cell-quote"><summary>Câu trích</summary><q>${quote}</q></details></td></tr>`,
    );
  });

  it('escapes names, notes and quotes, and names an unlabelled document "Văn bản"', () => {
    const html = indicatorRowsHtml([record({ unit_name: 'xã <Đông & Tây>', note: '"ước"', source_quote: 'đạt <b>100%</b>' })], [undefined]);
    expect(html).toContain('>xã &lt;Đông &amp; Tây&gt;</a>');
    expect(html).toContain('<td class="text">&quot;ước&quot;</td>');
    expect(html).toContain('<q>đạt &lt;b&gt;100%&lt;/b&gt;</q>');
    expect(html).toContain('">Văn bản</a>');
    expect(html).not.toContain('<b>');
  });

  it('writes one row per record, in order, and nothing for none', () => {
    expect(indicatorRowsHtml([], [])).toBe('');
    const html = indicatorRowsHtml([record({ year: 2021 }), record({ year: 2022 })], [undefined, undefined]);
    expect(html.match(/<tr>/g)).toHaveLength(2);
    expect(html.indexOf('2021')).toBeLessThan(html.indexOf('>2022<'));
  });
});
