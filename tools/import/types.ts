/** Shared shapes of the importer's pipeline: source lines in, metadata and Markdown blocks out. */
import type { DocumentType } from '../../src/schemas/document.ts';

/** One line of the source, or a table (from .docx) standing where it appeared. */
export interface SourceLine {
  /** The line's text, NFC; '' for a blank line (a block separator). */
  text: string;
  /** Rows of cells (each cell's paragraphs joined by '\n') when this line is a table. */
  table?: string[][];
}

/** Who signed, as found in the signature block. */
export interface Signer {
  name?: string;
  title?: string;
  capacity?: string;
  /** Lines printed under the name (the signer's other post), kept there. */
  after?: string[];
}

/** Metadata found in the header block (số, nơi ban hành, ngày, loại, trích yếu). */
export interface HeaderInfo {
  /** The issuing body's lines as printed (pieces of one hard-wrapped line joined): ["UBND HUYỆN PHÚ BÌNH", "UBND XÃ TÂN HÒA"]. */
  issuer: string[];
  /** The number as written ("0125"), undefined when left blank. */
  number?: string;
  /** What follows the number: "BC-UBND"; party style "12-KH/ĐU" gives "KH/ĐU". */
  symbol?: string;
  /** The year written inside the number: "86/2025/QĐ-UBND" → "2025". */
  numberYear?: string;
  /** The number line as printed, for the body when its symbol cannot be stored. */
  numberLine?: string;
  /** The type word(s) as written, e.g. "BÁO CÁO". */
  typeLine?: string;
  /** The kind of document as read, lower case: any kind ("tờ trình", "công văn"), not only the schema's. */
  kind?: string;
  /** The schema's type for the kind: the kind itself when the site knows it, else "khác". */
  type?: DocumentType;
  place?: string;
  issuedOn?: string;
  title?: string;
  /** Lines of the header region that matched nothing: they stay in the body so no word is lost. */
  leftover: string[];
}

/** Metadata found after the body: Nơi nhận and the signature block. */
export interface TailInfo {
  recipients: string[];
  signer: Signer;
  /** Lines of the tail that matched nothing: they go back to the body's end. */
  leftover: string[];
}

/** A block of the body after rejoining and classification. */
export type BodyBlock =
  | { kind: 'heading'; rank: HeadingRank; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'item'; marker: '-' | '+' | '*'; depth: number; text: string }
  | { kind: 'table'; rows: string[][] };

/**
 * Numbering kinds of Vietnamese administrative documents, from the outermost to the innermost; an attachment
 * issued with the document (its QUY ĐỊNH, PHỤ LỤC) is outside them all.
 */
export type HeadingRank = 'attachment' | 'part' | 'roman' | 'arabic' | 'arabic2' | 'arabic3' | 'letter';

/** A footnote: its number as written in the source and its text. */
export interface Footnote {
  label: string;
  text: string;
}
