import { describe, expect, it } from 'vitest';
import { exemplarFacetValues, facetIndex, unitFacetValue } from '../../src/content-model/exemplar-facets.ts';
import type { ExemplarEntry } from '../../src/content-model/exemplars.ts';
import type { UnitEntry } from '../../src/content-model/units.ts';
import type { MovementEntry } from '../../src/content-model/movements.ts';

const unit = (id: string, name: string, province: string) =>
  ({ id, data: { name, kind: 'xã', province, facts: [], formerNames: [], redirectFrom: [], privacyAllow: [] } }) as unknown as UnitEntry;
const exemplar = (id: string, data: Partial<ExemplarEntry['data']>) =>
  ({ id, data: { kind: 'cá nhân', years: [2024], movements: [], recognitions: [], ...data } }) as unknown as ExemplarEntry;

const units = new Map([
  ['quang-ngai/son-long-son-tay', unit('quang-ngai/son-long-son-tay', 'Sơn Long', 'Quảng Ngãi')],
  ['thai-nguyen/tan-hoa-phu-binh', unit('thai-nguyen/tan-hoa-phu-binh', 'Tân Hoà', 'Thái Nguyên')],
]);
const movements = new Map([['dan-van-kheo', { id: 'dan-van-kheo', data: { name: 'Dân vận khéo' } } as unknown as MovementEntry]]);
const list = [
  exemplar('a', { name: 'Đỗ A', unit: 'quang-ngai/son-long-son-tay', kind: 'mô hình', movements: ['dan-van-kheo'] }),
  exemplar('b', {
    name: 'HTX B',
    unit: 'thai-nguyen/tan-hoa-phu-binh',
    kind: 'tập thể',
    years: [2023],
    recognitions: [{ category: 'hình thức', name: 'Bằng khen', level: 'tỉnh', status: 'awarded' }],
  }),
];

describe('honor roll filter values', () => {
  it('turn a unit id into one URL segment', () => {
    expect(unitFacetValue('quang-ngai/son-long-son-tay')).toBe('quang-ngai--son-long-son-tay');
  });

  it('give each exemplar URL-safe values for every filter, with readable labels', () => {
    const v = exemplarFacetValues(list[1], { units, movements });
    expect(v.nam).toEqual([{ value: '2023', label: '2023' }]);
    expect(v.tinh).toEqual([{ value: 'thai-nguyen', label: 'Thái Nguyên' }]);
    expect(v['don-vi']).toEqual([{ value: 'thai-nguyen--tan-hoa-phu-binh', label: 'xã Tân Hoà (Thái Nguyên)' }]);
    expect(v.loai).toEqual([{ value: 'tap-the', label: 'Tập thể' }]);
    expect(v['danh-hieu']).toEqual([{ value: 'bang-khen', label: 'Bằng khen' }]);
    expect(v.cap).toEqual([{ value: 'tinh', label: 'Tỉnh' }]);
  });

  it('name movements by their title and list years newest first, other values in Vietnamese order', () => {
    const facets = facetIndex(list, { units, movements });
    const byName = Object.fromEntries(facets.map((f) => [f.name, f.values]));
    expect(byName['phong-trao'].map((v) => v.label)).toEqual(['Dân vận khéo']);
    expect(byName.nam.map((v) => v.value)).toEqual(['2024', '2023']);
    expect(byName.tinh.map((v) => v.label)).toEqual(['Quảng Ngãi', 'Thái Nguyên']);
    expect(byName.loai.map((v) => v.label)).toEqual(['Mô hình', 'Tập thể']);
  });
});
