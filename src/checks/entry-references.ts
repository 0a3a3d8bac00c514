import type { Reference } from './references.ts';

type Raw = Record<string, unknown>;
type Refer = (reference: Omit<Reference, 'file' | 'fromPublic'>) => void;

const str = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const obj = (value: unknown): Raw => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : {});

/**
 * The references an entry makes, read from its raw data so that they are checked even when
 * another field fails the schema.
 */
export function entryReferences(collection: string, data: unknown, refer: Refer): void {
  const entry = obj(data);
  const ref = (target: Reference['target'], id: unknown, fieldPath: PropertyKey[], severity?: 'error' | 'warning') => {
    if (!str(id)) return;
    const field = fieldPath.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${String(k)}` : String(k))).join('');
    refer({ target, id, path: fieldPath, field, severity });
  };
  const source = (value: unknown, at: PropertyKey[]) => ref('documents', obj(value).document, [...at, 'document']);

  switch (collection) {
    case 'units':
      list(entry.facts).forEach((fact, i) => source(obj(fact).source, ['facts', i, 'source']));
      list(entry.formerNames).forEach((former, i) => {
        if (obj(former).source) source(obj(former).source, ['formerNames', i, 'source']);
      });
      ref('units', obj(entry.successor).unit, ['successor', 'unit']);
      break;
    case 'documents':
      ref('units', entry.unit, ['unit']);
      // A bare file name is looked for in the unit's own folder of content/sources/.
      ref('sources', str(entry.sourceFile) && !entry.sourceFile.includes('/') && str(entry.unit) ? `${entry.unit}/${entry.sourceFile}` : entry.sourceFile, ['sourceFile'], 'warning');
      break;
    case 'exemplars':
      ref('units', entry.unit, ['unit']);
      list(entry.movements).forEach((movement, i) => ref('movements', movement, ['movements', i]));
      source(entry.source, ['source']);
      break;
    case 'awards':
      ref('units', entry.unit, ['unit']);
      ref('documents', entry.document, ['document']);
      break;
    case 'indicatorValues':
      ref('units', entry.unit, ['unit']);
      ref('documents', entry.document, ['document']);
      list(entry.values).forEach((value, i) => ref('indicators', obj(value).indicator, ['values', i, 'indicator']));
      break;
    case 'movements':
      list(entry.sources).forEach((s, i) => source(s, ['sources', i]));
      break;
    case 'stories':
      list(entry.exemplars).forEach((exemplar, i) => ref('exemplars', exemplar, ['exemplars', i]));
      list(entry.units).forEach((unit, i) => ref('units', unit, ['units', i]));
      break;
  }
}
