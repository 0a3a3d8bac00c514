/** Shared by the importer's tests: reading fixtures, importing them, and rendering their Markdown like the site does. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownToHast } from 'satteri';
import { importDocument, type ImportResult } from '../../../tools/import/import-document.ts';
import { readSource, type Source } from '../../../tools/import/read-source.ts';
import { loadUnits } from '../../../tools/import/load-units.ts';
import type { UnitRef } from '../../../tools/import/units.ts';
import { splitDocument } from '../../../tools/import/fidelity.ts';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export { seedPath } from '../../seeds.ts';
export const fixturesDir = path.join(root, 'tests/fixtures/importer');

/** The five units of the seeds, as the matcher needs them (independent of content/ being edited). */
export const seedUnits: UnitRef[] = [
  { id: 'quang-ngai/pho-van-duc-pho', name: 'Phổ Văn', kind: 'phường', district: { name: 'Đức Phổ', kind: 'thị xã' }, province: 'Quảng Ngãi' },
  { id: 'thai-nguyen/tan-hoa-phu-binh', name: 'Tân Hoà', kind: 'xã', district: { name: 'Phú Bình', kind: 'huyện' }, province: 'Thái Nguyên' },
  {
    id: 'quang-ngai/pho-minh-duc-pho',
    name: 'Phổ Minh',
    kind: 'phường',
    district: { name: 'Đức Phổ', kind: 'thị xã' },
    province: 'Quảng Ngãi',
    formerNames: [{ name: 'Phổ Minh', kind: 'xã' }],
  },
  { id: 'dong-thap/hoa-thuan-cao-lanh', name: 'Hòa Thuận', kind: 'phường', district: { name: 'Cao Lãnh', kind: 'thành phố' }, province: 'Đồng Tháp' },
  { id: 'quang-ngai/son-long-son-tay', name: 'Sơn Long', kind: 'xã', district: { name: 'Sơn Tây', kind: 'huyện' }, province: 'Quảng Ngãi' },
];

/** The site's units when they are there, else the seed units. */
export function units(): UnitRef[] {
  const found = loadUnits(path.join(root, 'content/units'));
  return found.length ? found : seedUnits;
}

/** Reads and imports a file the way the CLI does. */
export async function importFile(file: string, unit?: string): Promise<{ source: Source; result: ImportResult }> {
  const source = await readSource(readFileSync(file), path.basename(file));
  const result = importDocument({ fileName: path.basename(file), lines: source.lines, notes: source.notes }, { units: seedUnits, unit });
  return { source, result };
}

type Hast = { type: string; value?: string; tagName?: string; children?: Hast[] };

/**
 * Renders an imported document's body with the site's Markdown engine (GFM on) and returns its text; throws on raw
 * HTML other than a table cell's line break, which would mean the importer let markup through.
 */
export function renderedText(file: string): string {
  const tree = markdownToHast(splitDocument(file).body) as Hast;
  const parts: string[] = [];
  const walk = (node: Hast) => {
    if (node.type === 'text' && node.value) parts.push(node.value);
    // a footnote mark is its own word: "động" + <sup>1</sup>
    if (node.type === 'element' && node.tagName === 'sup') parts.push(' ');
    if (node.type === 'raw') {
      if (!/^<br\s*\/?>$/u.test(node.value ?? '')) throw new Error(`raw HTML where text was expected: ${node.value}`);
      parts.push('\n');
    }
    for (const child of node.children ?? []) walk(child);
    if (node.type === 'element' && /^(p|h[1-6]|li|td|th|tr|br)$/u.test(node.tagName ?? '')) parts.push('\n');
  };
  walk(tree);
  return parts.join('');
}

/** The headings of a rendered document body, as "h2 Phần I …". */
export function renderedHeadings(file: string): string[] {
  const tree = markdownToHast(splitDocument(file).body) as Hast;
  const out: string[] = [];
  const text = (node: Hast): string => (node.value ?? '') + (node.children ?? []).map(text).join('');
  const walk = (node: Hast) => {
    if (node.type === 'element' && /^h[2-6]$/u.test(node.tagName ?? '')) out.push(`${node.tagName} ${text(node)}`);
    else for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return out;
}
