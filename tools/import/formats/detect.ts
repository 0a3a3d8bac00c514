/**
 * What a file is, from its first bytes and, for containers, the names inside them — not from its extension,
 * which staff often get wrong (a web page saved as .doc, an .odt renamed .docx). Files that can never be read
 * (password-protected, spreadsheets, images) are refused here with a message that says why.
 */
import { firstSector, isOle, type OleEntry, oleEntries } from './ole.ts';
import { extensionWarning, type FormatLabel, refuse } from './messages.ts';

/** The readers: one per kind of content. 'text' covers .txt and Markdown (told apart once decoded). */
export type Kind = 'docx' | 'odt' | 'doc' | 'pdf' | 'html' | 'text';

export interface Detected {
  kind: Kind;
  warnings: string[];
}

const EXTENSIONS: Record<string, Kind> = { docx: 'docx', odt: 'odt', doc: 'doc', pdf: 'pdf', html: 'html', htm: 'html', txt: 'text', md: 'text', markdown: 'text' };
const KIND_NAMES: Record<Kind, string> = { docx: '.docx', odt: '.odt', doc: '.doc (Word 97–2003)', pdf: 'PDF', html: 'HTML', text: 'văn bản thuần (plain text)' };
export const LABELS: Record<Exclude<Kind, 'text'>, FormatLabel> = { docx: '.docx', odt: '.odt', doc: '.doc', pdf: '.pdf', html: 'HTML' };

/** A few bytes as Latin-1 text, for matching signatures. */
const ascii = (bytes: Uint8Array, from: number, to: number) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1', from, Math.min(to, bytes.length));
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Where a byte string occurs (zip entry names are stored uncompressed, so they can be searched for). */
function includes(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, 'latin1');
}

/** ODF stores its "mimetype" entry first and uncompressed: its value can be read from the first local header. */
function odfMimetype(bytes: Uint8Array): string | undefined {
  if (bytes.length < 30) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = view.getUint32(18, true);
  const nameLength = view.getUint16(26, true);
  const start = 30 + nameLength + view.getUint16(28, true);
  if (ascii(bytes, 30, 30 + nameLength) !== 'mimetype' || size > 200) return undefined;
  return ascii(bytes, start, start + size);
}

function zipKind(bytes: Uint8Array, name: string, extension: Kind | undefined): Kind {
  const mimetype = odfMimetype(bytes);
  // .odt, and its template .ott
  if (mimetype?.startsWith('application/vnd.oasis.opendocument.text')) return 'odt';
  if (mimetype?.startsWith('application/vnd.oasis.opendocument.')) throw refuse.unsupported('OpenDocument không phải văn bản (bảng tính, trình chiếu)', 'an OpenDocument spreadsheet or presentation', name);
  if (includes(bytes, 'word/')) return 'docx';
  if (includes(bytes, 'xl/workbook')) throw refuse.unsupported('bảng tính Excel', 'an Excel workbook', name);
  if (includes(bytes, 'ppt/presentation')) throw refuse.unsupported('trình chiếu PowerPoint', 'a PowerPoint presentation', name);
  if (includes(bytes, 'content.xml')) return 'odt';
  // A zip with nothing recognisable: a damaged document if its name says so.
  if (extension === 'docx' || extension === 'odt') return extension;
  throw refuse.unsupported('nén (.zip)', 'a zip archive', name);
}

/** The start of the WordDocument stream: its FIB (file information block). */
function wordFib(bytes: Uint8Array, entry: OleEntry, name: string): Uint8Array | undefined {
  try {
    return firstSector(bytes, entry);
  } catch {
    throw refuse.corrupt('.doc', name);
  }
}

/** Word's FIB says the document is encrypted (fEncrypted) or obfuscated (fObfuscated). */
function wordEncrypted(fib: Uint8Array | undefined): boolean {
  if (!fib) return false;
  const flags = fib[0x0a] | (fib[0x0b] << 8);
  return (flags & 0x0100) !== 0 || (flags & 0x8000) !== 0;
}

function oleKind(bytes: Uint8Array, name: string, extension: Kind | undefined): Kind {
  let entries;
  try {
    entries = oleEntries(bytes);
  } catch {
    if (extension === 'doc' || extension === 'docx') throw refuse.corrupt(LABELS[extension], name);
    throw refuse.binary(name);
  }
  const names = new Set(entries.map((e) => e.name));
  // A password-protected .docx (or .odt saved by Word) is an OLE envelope around the encrypted package.
  if (names.has('EncryptedPackage')) throw refuse.encrypted(extension === 'doc' ? '.doc' : '.docx', name);
  const word = entries.find((e) => e.name === 'WordDocument');
  if (word) {
    if (wordEncrypted(wordFib(bytes, word, name))) throw refuse.encrypted('.doc', name);
    return 'doc';
  }
  if (names.has('Workbook') || names.has('Book')) throw refuse.unsupported('bảng tính Excel', 'an Excel workbook', name);
  if (names.has('PowerPoint Document')) throw refuse.unsupported('trình chiếu PowerPoint', 'a PowerPoint presentation', name);
  throw refuse.binary(name);
}

/** The start of a text file, whatever its encoding, for sniffing markup. */
function textStart(bytes: Uint8Array): string {
  const head = bytes.subarray(0, Math.min(bytes.length, 2048) & ~1);
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[1] === 0 && head[0] !== 0)) return Buffer.from(head).toString('utf16le');
  if (head[0] === 0xfe && head[1] === 0xff) return Buffer.from(head).swap16().toString('utf16le');
  return Buffer.from(head).toString('latin1');
}

/** A page starts with its doctype or html, head, body or meta tag; a file named .html may be a fragment ("<div>…"). */
function isHtml(bytes: Uint8Array, extension: Kind | undefined): boolean {
  const start = textStart(bytes)
    .replace(/^[\s\uFEFF\u00EF\u00BB\u00BF]+/u, '')
    .replace(/^(?:<\?xml[^>]*>\s*|<!--[\s\S]*?-->\s*)+/u, '')
    .toLowerCase();
  return /^<(?:!doctype html|html[\s>]|head[\s>]|body[\s>]|meta[\s>])/u.test(start) || (extension === 'html' && /^<[a-z]/u.test(start));
}

function contentKind(bytes: Uint8Array, name: string, extension: Kind | undefined): Kind {
  // PDF readers accept the signature anywhere in the first kilobyte.
  if (/%PDF-\d/u.test(ascii(bytes, 0, 1024))) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return zipKind(bytes, name, extension);
  if (isOle(bytes)) return oleKind(bytes, name, extension);
  if (ascii(bytes, 0, 5) === '{\\rtf') throw refuse.unsupported('RTF', 'RTF', name);
  if (isHtml(bytes, extension)) return 'html';
  // Damaged documents keep their first bytes (PDF, zip and OLE signatures), so a binary named .doc or .pdf that
  // has none of them is something else: an image, an archive. Text files go on to the encoding detector.
  if (extension && extension !== 'text' && extension !== 'html' && bytes.subarray(0, 4096).includes(0)) throw refuse.binary(name);
  return 'text';
}

/** Detects what a file holds. Throws {@link InputError} when it cannot be read at all. */
export function detectFormat(bytes: Uint8Array, name: string): Detected {
  if (bytes.length === 0) throw refuse.empty(name);
  const suffix = /\.([a-z0-9]+)$/iu.exec(name)?.[1].toLowerCase() ?? '';
  const extension = Object.hasOwn(EXTENSIONS, suffix) ? EXTENSIONS[suffix] : undefined;
  const kind = contentKind(bytes, name, extension);
  return { kind, warnings: extension && extension !== kind ? [extensionWarning(suffix, KIND_NAMES[kind])] : [] };
}
