import { documentLabel, type Catalog } from './catalog.ts';
import type { SourceRef } from './types.ts';

const labelCache = new WeakMap<Catalog, Map<string, string>>();

/** documentLabel of a document id, worked out once per catalog: the same documents back thousands of charts. */
function labelOf(catalog: Catalog, id: string): string {
  let labels = labelCache.get(catalog);
  if (!labels) labelCache.set(catalog, (labels = new Map()));
  let label = labels.get(id);
  if (label === undefined) labels.set(id, (label = documentLabel(catalog.documents.get(id), id)));
  return label;
}

/** The distinct document sentences behind a set of records, in the order first met. */
export function sourcesOf(catalog: Catalog, records: readonly { source_document: string; source_quote: string }[]): SourceRef[] {
  const seen = new Set<string>();
  const sources: SourceRef[] = [];
  for (const r of records) {
    const key = `${r.source_document}\u0000${r.source_quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sources.push({
      document: r.source_document,
      documentLabel: labelOf(catalog, r.source_document),
      quote: r.source_quote,
    });
  }
  return sources;
}
