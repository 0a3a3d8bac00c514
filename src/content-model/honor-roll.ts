import { getExemplars, type ExemplarEntry } from './exemplars.ts';
import { getUnits, type UnitEntry } from './units.ts';
import { getMovements } from './movements.ts';
import { facetIndex } from './exemplar-facets.ts';
import { once } from '../utils/once.ts';
import { compareVietnamese } from '../utils/vietnamese.ts';

/**
 * The honor roll's order: by province, then unit name (Vietnamese collation), keeping each unit's own order.
 * The list is sorted before it is cut into pages, so page 2 continues where page 1 stopped.
 */
export function rollOrder(list: readonly ExemplarEntry[], units: Map<string, UnitEntry>): ExemplarEntry[] {
  const province = (e: ExemplarEntry) => units.get(e.data.unit)?.data.province ?? e.data.unit.split('/')[0];
  const unit = (e: ExemplarEntry) => units.get(e.data.unit)?.data.name ?? e.data.unit;
  const position = new Map(list.map((e, i) => [e, i]));
  return [...list].sort((a, b) =>
    compareVietnamese(province(a), province(b)) || compareVietnamese(unit(a), unit(b))
    || a.data.unit.localeCompare(b.data.unit) || position.get(a)! - position.get(b)!);
}

/** The honor roll in its order, its facets and their values, computed once per build for the list and the facet pages. */
export const getHonorRoll = once(async () => {
  const units = (await getUnits()).byId;
  const list = rollOrder((await getExemplars()).list, units);
  const movements = (await getMovements()).byId;
  return { list, units, movements, facets: facetIndex(list, { units, movements }) };
});
