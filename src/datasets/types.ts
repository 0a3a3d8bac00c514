import type { DocumentData } from '../schemas/document.ts';
import type { Exemplar } from '../schemas/exemplar.ts';
import type { Indicator, IndicatorValues } from '../schemas/indicator.ts';
import type { AwardTally } from '../schemas/award-tally.ts';
import type { Unit } from '../schemas/unit.ts';

/** A collection entry reduced to what the datasets need, so they can be built and tested without Astro. */
export interface Entry<T> {
  id: string;
  data: T;
}

/** The public content the datasets are built from (drafts and embargoed entries already removed). */
export interface SiteData {
  units: Entry<Unit>[];
  documents: Entry<DocumentData>[];
  indicators: Entry<Indicator>[];
  indicatorValues: Entry<IndicatorValues>[];
  awards: Entry<AwardTally>[];
  exemplars: Entry<Exemplar>[];
}

/** A sentence of a published document that states a figure. */
export interface SourceRef {
  /** Id of the document. */
  document: string;
  /** Short name of the document, e.g. "Báo cáo số 127/BC-UBND". */
  documentLabel: string;
  /** The sentence, word for word. */
  quote: string;
}
