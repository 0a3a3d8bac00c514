import type { ExemplarEntry } from './exemplars.ts';
import type { UnitEntry } from './units.ts';
import type { MovementEntry } from './movements.ts';
import { ui } from '../i18n/ui.ts';
import { compareVietnamese, slugify } from '../utils/vietnamese.ts';
import { unitName } from '../utils/unit-name.ts';

/** A filter of the honor roll: its URL name (query key and path segment) and its label. */
export interface ExemplarFacet {
  name: 'nam' | 'tinh' | 'don-vi' | 'loai' | 'phong-trao' | 'danh-hieu' | 'cap';
  label: string;
}

export const exemplarFacets: ExemplarFacet[] = [
  { name: 'nam', label: ui.exemplars.year },
  { name: 'tinh', label: ui.exemplars.province },
  { name: 'don-vi', label: ui.exemplars.unit },
  { name: 'loai', label: ui.exemplars.kind },
  { name: 'phong-trao', label: ui.exemplars.movement },
  { name: 'danh-hieu', label: ui.exemplars.recognition },
  { name: 'cap', label: ui.exemplars.level },
];

export interface FacetValue {
  /** URL-safe value, used in ?nam=2023 and /dien-hinh/nam/2023/. */
  value: string;
  label: string;
}

interface Lookups {
  units: Map<string, UnitEntry>;
  movements: Map<string, MovementEntry>;
}

/** A unit id as one URL segment: "quang-ngai/son-long" → "quang-ngai--son-long". */
export const unitFacetValue = (unitId: string) => unitId.replace('/', '--');

/** The values an exemplar has for each facet. */
export function exemplarFacetValues(e: ExemplarEntry, { units, movements }: Lookups): Record<ExemplarFacet['name'], FacetValue[]> {
  const d = e.data;
  const unit = units.get(d.unit);
  const province = d.unit.split('/')[0];
  const levels = [...new Set(d.recognitions.map((r) => r.level).filter((l) => l !== undefined))];
  const names = [...new Map(d.recognitions.map((r) => [slugify(r.name), r.name])).entries()];
  return {
    nam: d.years.map((y) => ({ value: String(y), label: String(y) })),
    tinh: [{ value: province, label: unit?.data.province ?? province }],
    'don-vi': [{ value: unitFacetValue(d.unit), label: unit ? `${unitName(unit.data)} (${unit.data.province})` : d.unit }],
    loai: [{ value: slugify(d.kind), label: ui.kinds[d.kind] }],
    'phong-trao': d.movements.map((m) => ({ value: m, label: movements.get(m)?.data.name ?? m })),
    'danh-hieu': names.map(([value, label]) => ({ value, label })),
    cap: levels.map((l) => ({ value: slugify(l), label: ui.levels[l] })),
  };
}

/** Every value of every facet across the exemplars, with the exemplars that have it; sorted for display. */
export function facetIndex(list: ExemplarEntry[], lookups: Lookups) {
  const index = new Map<ExemplarFacet['name'], Map<string, { label: string; exemplars: ExemplarEntry[] }>>();
  for (const f of exemplarFacets) index.set(f.name, new Map());
  for (const e of list) {
    const values = exemplarFacetValues(e, lookups);
    for (const f of exemplarFacets) {
      const byValue = index.get(f.name)!;
      for (const v of values[f.name]) {
        const slot = byValue.get(v.value) ?? { label: v.label, exemplars: [] };
        slot.exemplars.push(e);
        byValue.set(v.value, slot);
      }
    }
  }
  return exemplarFacets.map((f) => {
    const entries = [...index.get(f.name)!].map(([value, s]) => ({ value, label: s.label, exemplars: s.exemplars }));
    entries.sort(f.name === 'nam' ? (a, b) => Number(b.value) - Number(a.value) : (a, b) => compareVietnamese(a.label, b.label));
    return { ...f, values: entries };
  });
}
