import { getExemplars } from './exemplars.ts';
import { getUnits } from './units.ts';
import { getMovements } from './movements.ts';
import { facetIndex } from './exemplar-facets.ts';
import { once } from './memo.ts';

/** The honor roll's facets and their values, computed once per build for the list and the facet pages. */
export const getHonorRoll = once(async () => {
  const { list } = await getExemplars();
  const units = (await getUnits()).byId;
  const movements = (await getMovements()).byId;
  return { list, units, movements, facets: facetIndex(list, { units, movements }) };
});
