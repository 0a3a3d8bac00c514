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

/**
 * The name an original file is saved under: what the document is, not the importer's file name.
 * "bao-cao-so-127-bc-ubnd-xa-tan-hoa-2023.txt" for Báo cáo số 127/BC-UBND of xã Tân Hoà, 2023.
 */
export function sourceDownloadName(
  doc: NumberedDocument & { type: string },
  unitName: string | undefined,
  year: number | undefined,
  file: string,
  slug: (text: string) => string,
): string {
  const extension = /\.[a-z0-9]+$/i.exec(file)?.[0].toLowerCase() ?? '';
  const parts = [doc.type, doc.number ? `số ${doc.number}` : undefined, doc.symbol, unitName, year ? String(year) : undefined];
  return `${slug(parts.filter(Boolean).join(' ')) || 'van-ban'}${extension}`;
}
