import { slugify } from '../utils/vietnamese.ts';

/**
 * Where the editor writes a new exemplar, unit, award tally or indicator value: the same path the importer and
 * the extractor give it (tools/import/new-unit.ts, tools/extract/propose.ts), so that its id is the site's.
 *
 * Decap builds a new entry's path from the collection's `path` template, but every value it puts in the template
 * is made a slug, "/" included ("quang-ngai/pho-van" would become "quang-ngai-pho-van"), and `{{fields.year}}`
 * does not work there (the template's dots become dashes; `{{year}}` is today's year). So, before saving, the
 * editor adds each segment of the path to the entry as a key of its own (src/client/admin/groups.ts), the
 * template names these keys, and the format of these collections leaves them out of the file
 * (src/client/admin/formats.ts). Shared by the configuration (server) and the editor (browser).
 */
export const pathKeys = { province: 'cms_tinh', unit: 'cms_don_vi', file: 'cms_tep' } as const;

/** Every key the editor adds for its own use and never writes: the path segments and the file's top comment. */
export const commentKey = 'cms_ghi_chu';
export const helperKeys: readonly string[] = [...Object.values(pathKeys), commentKey];

const segment = (key: string) => `{{${key}}}`;

/** The `path` template of each collection whose files live in per-province folders. */
export const pathTemplates = {
  /** content/exemplars/<province>/<name>-<unit>.yaml; the exemplar's id is its file name. */
  exemplars: `${segment(pathKeys.province)}/${segment(pathKeys.file)}`,
  /** content/units/<province>/<name>-<district>.yaml; the unit's id is "<province>/<name>-<district>". */
  units: `${segment(pathKeys.province)}/${segment(pathKeys.file)}`,
  /** content/awards/<province>/<unit>/<year>.yaml */
  awards: `${segment(pathKeys.province)}/${segment(pathKeys.unit)}/${segment(pathKeys.file)}`,
  /** content/indicator-values/<province>/<unit>/<year>.yaml */
  indicatorValues: `${segment(pathKeys.province)}/${segment(pathKeys.unit)}/${segment(pathKeys.file)}`,
} as const;

export type PathCollection = keyof typeof pathTemplates;

type Data = Record<string, unknown>;
const str = (value: unknown) => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');

/** The unit id's two parts, "thai-nguyen/tan-hoa-phu-binh" → ["thai-nguyen", "tan-hoa-phu-binh"]. */
function unitParts(unit: unknown): [string, string] | undefined {
  const match = /^([a-z0-9-]+)\/([a-z0-9-]+)$/.exec(str(unit));
  return match ? [match[1], match[2]] : undefined;
}

/**
 * The path segments of a new entry, as the keys the `path` template names; undefined when the data does not say
 * yet (the editor's required fields stop the save before the path is needed).
 */
export function pathFields(collection: string, data: Data): Record<string, string> | undefined {
  const { province, unit, file } = pathKeys;
  if (collection === 'exemplars') {
    const parts = unitParts(data.unit);
    const name = slugify(str(data.name));
    return parts && name ? { [province]: parts[0], [file]: `${name}-${parts[1]}` } : undefined;
  }
  if (collection === 'units') {
    const district = (data.district as Data | undefined)?.name;
    const name = slugify(`${str(data.name)} ${str(district)}`);
    const provinceSlug = slugify(str(data.province));
    return name && provinceSlug ? { [province]: provinceSlug, [file]: name } : undefined;
  }
  if (collection === 'awards' || collection === 'indicatorValues') {
    const parts = unitParts(data.unit);
    const year = str(data.year);
    return parts && /^\d{4}$/.test(year) ? { [province]: parts[0], [unit]: parts[1], [file]: year } : undefined;
  }
  return undefined;
}

/** The entry's path under its collection's folder, as the template gives it (for the tests and the docs). */
export function entryPath(collection: PathCollection, data: Data): string | undefined {
  const fields = pathFields(collection, data);
  return fields && pathTemplates[collection].replace(/\{\{(\w+)\}\}/g, (_, key: string) => fields[key] ?? '');
}
