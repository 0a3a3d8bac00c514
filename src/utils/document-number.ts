/** The "Số: 127/BC-UBND" line of an official document. */

export interface NumberedDocument {
  number?: string;
  symbol?: string;
}

/**
 * Number and symbol as the document prints them: "127/BC-UBND"; "…/BC-UBND" when the number was left
 * blank; "127" without a symbol; undefined when the document has neither.
 */
export function documentNumber({ number, symbol }: NumberedDocument, blank = '…'): string | undefined {
  if (!number && !symbol) return undefined;
  if (!symbol) return number;
  return `${number ?? blank}/${symbol}`;
}

/** The full line: "Số: 127/BC-UBND". */
export function documentNumberLine(doc: NumberedDocument): string | undefined {
  const n = documentNumber(doc);
  return n ? `Số: ${n}` : undefined;
}
