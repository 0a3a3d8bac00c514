import { documentLabel, type Catalog } from './catalog.ts';
import type { SourceRef } from './types.ts';

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
      documentLabel: documentLabel(catalog.documents.get(r.source_document), r.source_document),
      quote: r.source_quote,
    });
  }
  return sources;
}
