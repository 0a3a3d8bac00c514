import { isMap, isSeq, parseDocument, stringify, Document } from 'yaml';
import { commentKey, helperKeys } from '../../admin/paths.ts';
import type { Cms } from './decap.ts';

type Data = Record<string, unknown>;
const options = { lineWidth: 0, singleQuote: true } as const;

/** The comment lines at the top of a file ("# Xã Tân Hoà… — Báo cáo 127/BC-UBND"), kept when the editor writes it. */
export function topComment(text: string): string {
  return /^(?:#.*\r?\n)*/.exec(text)?.[0] ?? '';
}

/** The YAML of a file, or an error naming the problem (Decap then shows it instead of an empty form). */
function parsed(text: unknown): Document {
  const doc = parseDocument(typeof text === 'string' ? text : '');
  if (doc.errors.length) throw new Error(`Tệp YAML không đọc được: ${doc.errors.map((e) => e.message).join('; ')}`);
  return doc;
}

/**
 * A data file (exemplar, unit, award tally, indicator values) as Decap's own YAML format reads it, and written
 * back without the keys the editor adds for its own use (the path of a new entry, src/admin/paths.ts), with its
 * top comment kept and its fields in the collection's order.
 */
export const yamlData = {
  fromFile(text: string): Data {
    const data = (parsed(text).toJS() ?? {}) as Data;
    const comment = topComment(text);
    return comment ? { ...data, [commentKey]: comment } : data;
  },
  toFile(data: Data, sortedKeys: string[] = []): string {
    const comment = typeof data[commentKey] === 'string' ? (data[commentKey] as string) : '';
    const keys = Object.keys(data).filter((key) => !helperKeys.includes(key));
    const rank = (key: string) => (sortedKeys.includes(key) ? sortedKeys.indexOf(key) : sortedKeys.length);
    const ordered = Object.fromEntries([...keys].sort((a, b) => rank(a) - rank(b)).map((key) => [key, data[key]]));
    return comment + stringify(ordered, options);
  },
};

/** The comments above each indicator of the registry ("# ---- Poverty"), by id. */
type Comments = Record<string, string>;
const registryComments = 'cms_ghi_chu_chi_so';

/**
 * The indicator registry (content/indicators.yaml) is a list at the top level; Decap edits an object, so this
 * format shows it as `{ items: [...] }` and writes the list back, each indicator with the comment lines above it
 * (the section headings of the file). The build reads the list with its schema (src/content.config.ts).
 */
export const yamlList = {
  fromFile(text: string): Data {
    const doc = parsed(text);
    const comments: Comments = {};
    if (isSeq(doc.contents)) {
      for (const node of doc.contents.items) {
        if (!isMap(node)) continue;
        const id = node.get('id');
        if (typeof id === 'string' && node.commentBefore) comments[id] = node.commentBefore;
      }
    }
    const list = doc.toJS() as unknown;
    return { items: Array.isArray(list) ? list : [], [registryComments]: comments };
  },
  toFile(data: Data): string {
    const list = Array.isArray(data.items) ? (data.items as Data[]) : [];
    // Never write the registry empty: every indicator value and chart refers to it.
    if (!list.length) throw new Error('Danh mục chỉ số trống: không lưu, để không xóa mất các chỉ số.');
    const comments = (data[registryComments] ?? {}) as Comments;
    const doc = new Document(list);
    if (isSeq(doc.contents)) {
      doc.contents.items.forEach((node, i) => {
        const comment = comments[String(list[i]?.id)];
        if (comment && isMap(node)) node.commentBefore = comment;
      });
    }
    return doc.toString(options);
  },
};

/** Registers both formats with Decap (src/admin/config.ts names them per collection). */
export function registerFormats(cms: Cms): void {
  cms.registerCustomFormat('yaml-list', 'yaml', yamlList);
  cms.registerCustomFormat('yaml-data', 'yaml', yamlData);
}
