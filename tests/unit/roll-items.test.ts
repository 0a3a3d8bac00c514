import { describe, expect, it } from 'vitest';
import { rollItemsHtml } from '../../src/components/exemplars/roll-items.ts';
import type { ExemplarEntry } from '../../src/content-model/exemplars.ts';

const exemplar = (id: string, data: Partial<ExemplarEntry['data']>) =>
  ({ id, data: { name: 'Bà Nguyễn Thị Lan', kind: 'cá nhân', years: [2024], recognitions: [], ...data } }) as unknown as ExemplarEntry;

describe('the honor roll items written as one string', () => {
  it('writes name, kind, years and recognitions, a proposed one marked as such', () => {
    const html = rollItemsHtml([
      exemplar('ba-nguyen-thi-lan-an-hai', {
        years: [2023, 2024],
        recognitions: [
          { name: 'Giấy khen của Chủ tịch UBND xã', status: 'awarded' },
          { name: 'Bằng khen của Chủ tịch UBND tỉnh', status: 'proposed' },
        ],
      } as Partial<ExemplarEntry['data']>),
    ]);
    expect(html).toBe(
      '<li data-filter-item><a href="/dien-hinh/ba-nguyen-thi-lan-an-hai/">Bà Nguyễn Thị Lan</a><span class="meta"><span class="tag">Cá nhân</span> 2023, 2024' +
        ' · Giấy khen của Chủ tịch UBND xã; Bằng khen của Chủ tịch UBND tỉnh (đề nghị)</span></li>',
    );
  });

  it('escapes every text and attribute value', () => {
    const html = rollItemsHtml([exemplar('hop-tac-xa', { name: 'HTX "Đồng Tâm" <Đông & Tây>' })], () => ({ 'data-f-don-vi': 'a"><script>x</script>' }));
    expect(html).toContain('data-f-don-vi="a&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    expect(html).toContain('>HTX &quot;Đồng Tâm&quot; &lt;Đông &amp; Tây&gt;</a>');
    expect(html).not.toContain('<script>');
  });

  it('writes nothing for an empty list, and one item per exemplar in order', () => {
    expect(rollItemsHtml([])).toBe('');
    const html = rollItemsHtml([exemplar('a', { name: 'Ông Lê Văn A' }), exemplar('b', { name: 'Ông Đào Văn B' })]);
    expect(html.match(/<li /g)).toHaveLength(2);
    expect(html.indexOf('Lê Văn A')).toBeLessThan(html.indexOf('Đào Văn B'));
  });
});
