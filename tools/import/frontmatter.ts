/**
 * The document's frontmatter: built from what the importer found, validated against the site's own
 * document schema (the one the build uses), and written as YAML.
 */
import { stringify } from 'yaml';
import { documentSchema } from '../../src/schemas/document.ts';
import type { HeaderInfo, TailInfo } from './types.ts';

/** The fields the importer writes, in the order they appear in the file. */
export interface DocumentFrontmatter {
  unit: string;
  issuer: string[];
  type: NonNullable<HeaderInfo['type']>;
  number?: string;
  symbol?: string;
  place?: string;
  issuedOn?: string;
  title: string;
  period?: { from: number; to: number };
  signer: TailInfo['signer'];
  recipients: string[];
  sourceFile?: string;
}

/** The years a title states: "năm 2023, phương hướng năm 2024" → 2023–2024; "giai đoạn 2014-2023" → 2014–2023. */
export function periodFromTitle(title: string): { from: number; to: number } | undefined {
  const years = [...title.matchAll(/(?<![\d/])(19[4-9]\d|20\d\d)(?![\d])/gu)].map((m) => Number(m[1]));
  if (years.length === 0) return undefined;
  return { from: Math.min(...years), to: Math.max(...years) };
}

/**
 * A field's text without control characters: YAML would write them as escapes ("\\e"), whose letter could
 * then take the combining accent that followed the control character and leave the file no longer NFC.
 */
function cleanText<T>(value: T): T {
  if (typeof value === 'string') return value.replace(/[\u0000-\u001f\u007f]+/gu, ' ').normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(cleanText) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanText(v)])) as T;
  return value;
}

/** Drops undefined values and empty signer fields so the YAML holds only what was found. */
function compact(data: DocumentFrontmatter): Record<string, unknown> {
  const signer = Object.fromEntries(Object.entries(data.signer).filter(([, v]) => v !== undefined && v !== ''));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries({ ...data, signer })) {
    if (value === undefined) continue;
    out[key] = cleanText(value);
  }
  return out;
}

/** Validation problems in the site's own words: "title: không được để trống …". */
export function validateFrontmatter(data: DocumentFrontmatter): string[] {
  const result = documentSchema.safeParse(compact(data));
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.') || '(gốc)'}: ${issue.message}`);
}

/** The frontmatter block, "---\n…\n---\n". Quoted so numbers and dates stay strings. */
export function renderFrontmatter(data: DocumentFrontmatter): string {
  const yaml = stringify(compact(data), { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
  return `---\n${yaml}---\n`;
}
