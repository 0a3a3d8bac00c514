import { describe, expect, it } from 'vitest';
import { sliceDataStoreModule } from '../../src/integrations/data-store-slices.ts';

/** The module as Astro generates it for a store whose JSON text is `text`. */
const generated = (text: string) => `export default JSON.parse(${JSON.stringify(text)})`;

/** What a module of this shape exports, evaluated as the page bundle would. */
const exported = (code: string): unknown => new Function(code.replace(/^export default /, 'return '))();

const store = JSON.stringify([
  ['Map', 1, 2],
  'exemplars',
  { id: 'ba-nguyen-thi-lan-an-hai', name: 'Bà Nguyễn Thị Lan', unit: 'Xã Đông Hưng', quote: 'Tiêu biểu là “Gia đình văn hoá” 🏅 năm 2024.' },
]);

describe('the data-store module in slices', () => {
  it('exports the same data, from slices of the given size', () => {
    const sliced = sliceDataStoreModule(generated(store), 16)!;
    expect(sliced).toBeDefined();
    expect(exported(sliced)).toEqual(JSON.parse(store));
    const literals = sliced.split('\n').filter((line) => line.startsWith('"'));
    expect(literals.length).toBe(Math.ceil(store.length / 16));
  });

  it('puts a character cut between two slices back whole (a surrogate pair)', () => {
    const medal = store.indexOf('🏅');
    for (const size of [medal, medal + 1, medal + 2]) {
      const sliced = sliceDataStoreModule(generated(store), size)!;
      expect((exported(sliced) as [unknown, unknown, { quote: string }])[2].quote).toBe('Tiêu biểu là “Gia đình văn hoá” 🏅 năm 2024.');
    }
  });

  it('leaves a store of one slice or less, and code of another form, as they are', () => {
    expect(sliceDataStoreModule(generated(store), store.length)).toBeUndefined();
    expect(sliceDataStoreModule('export default new Map()', 16)).toBeUndefined();
    expect(sliceDataStoreModule(`export default {"units":[(await import("astro:data-layer-content-chunk:a.txt"))]}`, 16)).toBeUndefined();
  });
});
