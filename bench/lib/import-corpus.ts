/**
 * A synthetic folder for the importer's speed: the five seed reports (content/sources) copied with small
 * variations until it holds `count` documents — each its own number (so each writes its own file), every
 * fifth as a .docx (one Word paragraph per line, made with the `docx` package), every seventh in UTF-16.
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { Document, Packer, Paragraph, TextRun } from 'docx';

/** The seed texts under a content folder's sources/. */
function seeds(contentDir: string): string[] {
  const sources = path.join(contentDir, 'sources');
  return fs
    .readdirSync(sources, { recursive: true, encoding: 'utf8' })
    .filter((file) => /^\d{3}_[0-9a-f]{16}\.txt$/u.test(path.basename(file)))
    .sort()
    .map((file) => fs.readFileSync(path.join(sources, file), 'utf8'));
}

/** The seed as copy `n`: its own number, and a figure of the body changed so the copies are not identical. */
function variant(text: string, n: number): string {
  return text
    .replace(/Số:\s*\d*\s*\/\s*([A-ZĐ]+)\s*-\s*UBND/u, `Số: ${n}/$1-UBND`)
    .replace(/(\d+) hộ/u, (_, figure: string) => `${Number(figure) + (n % 7)} hộ`);
}

async function docx(text: string): Promise<Buffer> {
  const children = text.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] }));
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** Writes `count` documents into `dir`; returns the number of files and their bytes. */
export async function writeSyntheticFolder(dir: string, contentDir: string, count: number): Promise<{ files: number; bytes: number }> {
  const texts = seeds(contentDir);
  if (texts.length === 0) throw new Error(`Không có văn bản mẫu trong ${contentDir}/sources (no seed documents)`);
  fs.mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let n = 1; n <= count; n++) {
    const text = variant(texts[(n - 1) % texts.length], 1000 + n);
    const name = `van-ban-${String(n).padStart(4, '0')}`;
    let data: Buffer;
    if (n % 5 === 0) data = await docx(text);
    else if (n % 7 === 0) data = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
    else data = Buffer.from(text, 'utf8');
    fs.writeFileSync(path.join(dir, `${name}.${n % 5 === 0 ? 'docx' : 'txt'}`), data);
    bytes += data.length;
  }
  return { files: count, bytes };
}
