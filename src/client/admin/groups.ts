import { parse } from 'yaml';
import { pathFields } from '../../admin/paths.ts';
import type { Cms } from './decap.ts';

type Path = Array<string | number>;
type Data = { toJS(): unknown; deleteIn(path: Path): Data; set(key: string, value: unknown): Data };
interface Group { path: string; label: string; names: string[]; labels: string[] }
interface ConfigField { name: string; label: string; widget: string; fields?: ConfigField[]; required_if_any?: string[] }

/** Paths of values left empty ('' or null, or a group with nothing in it): an optional field not filled in. */
export function emptyPaths(value: unknown, path: Path = []): Path[] {
  if (value === '' || value === null) return path.length ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => (item && typeof item === 'object' ? emptyPaths(item, [...path, i]) : []));
  if (typeof value !== 'object') return [];
  const entries = Object.entries(value as Record<string, unknown>);
  const inner = entries.flatMap(([key, v]) => emptyPaths(v, [...path, key]));
  const allEmpty = entries.every(([key]) => inner.some((p) => p.length === path.length + 1 && p[path.length] === key));
  return allEmpty && path.length && !Array.isArray(value) ? [path] : inner;
}

/** The optional groups of each collection whose fields are required once the group is given (src/admin/fields.ts). */
function groupsOf(config: { collections?: Array<{ name: string; fields?: ConfigField[] }> }): Map<string, Group[]> {
  const groups = new Map<string, Group[]>();
  for (const collection of config.collections ?? []) {
    const list = (collection.fields ?? [])
      .filter((f) => f.required_if_any?.length)
      .map((f) => ({ path: f.name, label: f.label, names: f.required_if_any ?? [], labels: (f.required_if_any ?? []).map((n) => f.fields?.find((c) => c.name === n)?.label ?? n) }));
    groups.set(collection.name, list);
  }
  return groups;
}

/** Why the data cannot be saved, in Vietnamese; undefined when it can. */
export function groupProblem(data: Record<string, unknown>, groups: Group[]): string | undefined {
  for (const group of groups) {
    const value = data[group.path] as Record<string, unknown> | undefined;
    if (!value || typeof value !== 'object') continue;
    const missing = group.names.map((name, i) => (value[name] === undefined || value[name] === '' ? group.labels[i] : '')).filter(Boolean);
    if (missing.length) return `${group.label}: cần điền cả ${missing.map((m) => `“${m}”`).join(', ')}, hoặc bỏ trống cả nhóm.`;
  }
  return undefined;
}

/**
 * Before every save: optional fields left empty are left out of the file (the schemas read `updatedOn: ''` as a
 * wrong date), a group filled in part is refused with a message (Decap shows it in its error notice), and the
 * segments of a new entry's path are added for the collection's `path` template (src/admin/paths.ts; the
 * collection's format leaves them out of the file).
 */
export async function checkBeforeSave(cms: Cms, configUrl: string): Promise<void> {
  const groups = groupsOf(parse(await (await fetch(configUrl)).text()) ?? {});
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      let data = entry.get('data') as Data;
      const paths = emptyPaths(data.toJS()).sort((a, b) => b.length - a.length);
      for (const path of paths) data = data.deleteIn(path);
      const problem = groupProblem(data.toJS() as Record<string, unknown>, groups.get(String(entry.get('collection'))) ?? []);
      if (problem) throw new Error(problem);
      const segments = pathFields(String(entry.get('collection')), data.toJS() as Record<string, unknown>) ?? {};
      for (const [key, value] of Object.entries(segments)) data = data.set(key, value);
      return data;
    },
  });
}
