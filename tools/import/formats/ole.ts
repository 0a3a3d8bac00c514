/**
 * Just enough of the OLE compound file format (Word 97–2003, and the envelope of a password-protected .docx) to
 * tell what an OLE file holds: the names of its streams, and the first bytes of one of them.
 */

const MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
/** Streams smaller than this live in the mini stream; the ones read here (a Word FIB) are normally larger. */
const MINI_STREAM_CUTOFF = 4096;

export function isOle(bytes: Uint8Array): boolean {
  return MAGIC.every((b, i) => bytes[i] === b);
}

/** A directory entry: a stream's name, where it starts and how long it is. */
export interface OleEntry {
  name: string;
  start: number;
  size: number;
}

/** The file's sector allocation table, read through the DIFAT (the first 109 sectors in the header, then chained). */
function allocationTable(view: DataView, sectorSize: number): number[] {
  const sectorAt = (sector: number) => (sector + 1) * sectorSize;
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) fatSectors.push(view.getUint32(0x4c + i * 4, true));
  let difat = view.getUint32(0x44, true);
  for (let guard = 0; difat < END_OF_CHAIN && guard < 10_000; guard++) {
    const base = sectorAt(difat);
    for (let i = 0; i < sectorSize / 4 - 1; i++) fatSectors.push(view.getUint32(base + i * 4, true));
    difat = view.getUint32(base + sectorSize - 4, true);
  }
  const fat: number[] = [];
  for (const sector of fatSectors.slice(0, view.getUint32(0x2c, true))) {
    const base = sectorAt(sector);
    for (let i = 0; i < sectorSize / 4; i++) fat.push(view.getUint32(base + i * 4, true));
  }
  return fat;
}

/**
 * The entries of an OLE file's directory. Throws (a RangeError from DataView) when the file is cut short or
 * its tables point outside it: the caller reports a corrupt file.
 */
export function oleEntries(bytes: Uint8Array): OleEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorSize = 1 << view.getUint16(0x1e, true);
  if (sectorSize !== 512 && sectorSize !== 4096) throw new RangeError('bad sector size');
  const fat = allocationTable(view, sectorSize);
  const entries: OleEntry[] = [];
  const seen = new Set<number>();
  for (let sector = view.getUint32(0x30, true); sector < END_OF_CHAIN && !seen.has(sector); sector = fat[sector] ?? END_OF_CHAIN) {
    seen.add(sector);
    const base = (sector + 1) * sectorSize;
    for (let offset = base; offset < base + sectorSize; offset += 128) {
      const nameLength = view.getUint16(offset + 0x40, true);
      if (view.getUint8(offset + 0x42) === 0 || nameLength < 2 || nameLength > 64) continue;
      const name = new TextDecoder('utf-16le').decode(bytes.subarray(offset, offset + nameLength - 2));
      entries.push({ name, start: view.getUint32(offset + 0x74, true), size: view.getUint32(offset + 0x78, true) });
    }
  }
  return entries;
}

/** The first sector of a stream (enough for a Word FIB), or undefined when it lives in the mini stream. */
export function firstSector(bytes: Uint8Array, entry: OleEntry): Uint8Array | undefined {
  if (entry.size < MINI_STREAM_CUTOFF) return undefined;
  const sectorSize = 1 << new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint16(0x1e, true);
  const base = (entry.start + 1) * sectorSize;
  if (base + sectorSize > bytes.length) throw new RangeError('stream outside the file');
  return bytes.subarray(base, base + sectorSize);
}
