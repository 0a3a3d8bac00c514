/**
 * .pdf with a text layer → source lines, through unpdf (a build of Mozilla's pdf.js for servers). A PDF knows
 * where each piece of text is drawn, not its lines or paragraphs: pdf-lines.ts and pdf-layout.ts rebuild them.
 * A scanned PDF (images only) is refused: it needs character recognition first.
 */
import type { SourceLine } from '../types.ts';
import { refuse } from './messages.ts';
import { pageLines, type Line, type TextItem } from './pdf-lines.ts';
import { dropRunningLines, layoutLines } from './pdf-layout.ts';

/** Fewer letters than this on a page: the page is an image (a scan), not text. */
const MIN_PAGE_LETTERS = 20;

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

type Style = { bold: boolean; italic: boolean };

/** Bold and italic from a font's name: "TimesNewRomanPS-BoldItalicMT", "Arial,Bold", "LiberationSerif-Italic". */
function fontStyle(fonts: { has(id: string): boolean; get(id: string): unknown }, id: string): Style {
  const name = fonts.has(id) ? String((fonts.get(id) as { name?: string } | null)?.name ?? '') : '';
  return { bold: /bold|black|heavy|semibold|demibold|,B\b/iu.test(name), italic: /italic|oblique|,I\b/iu.test(name) };
}

/** pdf.js's text items as the layout needs them; rotated text keeps its place, read as if upright. */
function toItems(raw: unknown[], style: (font: string) => Style): TextItem[] {
  const styles = new Map<string, Style>();
  return raw
    .filter((item): item is PdfTextItem => typeof item === 'object' && item !== null && 'str' in item)
    .map((item) => {
      if (!styles.has(item.fontName)) styles.set(item.fontName, style(item.fontName));
      return {
        text: item.str,
        x: item.transform[4],
        y: item.transform[5],
        width: item.width,
        size: Math.hypot(item.transform[2], item.transform[3]) || Math.abs(item.transform[0]),
        font: item.fontName,
        ...styles.get(item.fontName),
      };
    });
}

async function loadPdf(bytes: Uint8Array, name: string) {
  const { getDocumentProxy } = await import('unpdf');
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    return await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    if ((error as { name?: string }).name === 'PasswordException') throw refuse.encrypted('.pdf', name);
    throw refuse.corrupt('.pdf', name);
  }
}

/** Reads a .pdf file. Throws InputError for a damaged, password-protected or scanned PDF. */
export async function readPdf(bytes: Uint8Array, name: string): Promise<{ lines: SourceLine[]; notes: SourceLine[]; warnings: string[] }> {
  const pdf = await loadPdf(bytes, name);
  const pages: Line[][] = [];
  const imagePages: number[] = [];
  try {
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      // The fonts' names (hence bold and italic) are known once the page's drawing operations are read; a page
      // with no text (a scan) is not read further.
      if (content.items.length) await page.getOperatorList();
      const items = toItems(content.items, (font) => fontStyle(page.commonObjs, font));
      if (items.map((i) => i.text).join('').replace(/[^\p{L}\p{N}]/gu, '').length < MIN_PAGE_LETTERS) imagePages.push(number);
      pages.push(pageLines(items));
      page.cleanup();
    }
  } catch {
    throw refuse.corrupt('.pdf', name);
  } finally {
    void pdf.destroy();
  }
  if (imagePages.length === pages.length) throw refuse.scanned(name);
  const warnings: string[] = [];
  const blank = imagePages.filter((n) => pages[n - 1].length === 0);
  if (blank.length) warnings.push(`trang ${blank.join(', ')} không có chữ (ảnh quét?), không nhập được chữ trên đó (pages without text, scanned?)`);
  const dropped = dropRunningLines(pages);
  if (dropped) warnings.push(`bỏ ${dropped} dòng đầu trang, chân trang và số trang (running headers, footers and page numbers dropped)`);
  return { lines: layoutLines(pages), notes: [], warnings };
}
