/** Shared shapes of the importer's pipeline: source lines in, metadata and Markdown blocks out. */

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
}

/** Metadata found in the header block (số, nơi ban hành, ngày, loại, trích yếu). */
export interface HeaderInfo {
  issuer: string[];
  number?: string;
  symbol?: string;
  /** The type word(s) as written, e.g. "BÁO CÁO". */
  typeLine?: string;
  type?: 'báo cáo' | 'kế hoạch' | 'quyết định' | 'thông báo' | 'khác';
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

/** Numbering kinds of Vietnamese administrative documents, from the outermost to the innermost. */
export type HeadingRank = 'part' | 'roman' | 'arabic' | 'arabic2' | 'arabic3' | 'letter';

/** A footnote: its number as written in the source and its text. */
export interface Footnote {
  label: string;
  text: string;
}
