import type { z } from 'astro/zod';

/** A field of Decap CMS's configuration (https://decapcms.org/docs/widgets/), as far as this site uses it. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  default?: unknown;
  hint?: string;
  pattern?: [string, string];
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  options?: Array<string | { label: string; value: string }>;
  fields?: CmsField[];
  field?: CmsField;
  summary?: string;
  collapsed?: boolean;
  /** Fields of an optional group required once the group is given (see optionalGroup). */
  required_if_any?: string[];
  [option: string]: unknown;
}

/** Labels and widget changes the schemas cannot say: by dotted path ("cover.src"), then by field name. */
export interface FieldHints {
  /** Vietnamese label of a field. */
  label(path: string): string;
  /** Vietnamese labels of an enum's values, when they are not Vietnamese already. */
  optionLabel(value: string): string | undefined;
  /** Replaces or extends the field built from the schema (relation pickers, image, markdown…). */
  override?(path: string, field: CmsField): CmsField;
}

type Schema = z.core.$ZodType;
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  value?: number;
  inclusive?: boolean;
  error?: () => string;
}

/** The message a schema gives for a check, in Vietnamese only (the English in brackets is for developers). */
export function vietnamese(message: string): string {
  return message.replace(/\s*\([^()]*[a-z][^()]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
}

const checksOf = (schema: Schema): CheckDef[] =>
  ((schema._zod.def as { checks?: Array<{ _zod: { def: CheckDef } }> }).checks ?? []).map((c) => c._zod.def);

/**
 * The value type under the wrappers that do not change what a person types: optional and default make a field
 * not required; preprocess (dates read from YAML) and transform (NFC) are pipes around the type that counts.
 */
export function unwrap(schema: Schema): { inner: Schema; required: boolean; defaultValue?: unknown } {
  let inner = schema;
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    const def = inner._zod.def as unknown as { type: string; innerType?: Schema; in?: Schema; out?: Schema; defaultValue?: unknown };
    if (def.type === 'optional' || def.type === 'nullable') required = false;
    if (def.type === 'default') {
      required = false;
      defaultValue = def.defaultValue;
    }
    if (def.innerType) inner = def.innerType;
    else if (def.type === 'pipe') inner = (def.in?._zod.def.type === 'transform' ? def.out : def.in) as Schema;
    else return { inner, required, defaultValue };
  }
}

/** The string rules of a schema: a pattern with its message, and "not blank" for trimmed text. */
function stringRules(schema: Schema): Partial<CmsField> {
  const rules: Partial<CmsField> = {};
  for (const check of checksOf(schema)) {
    if (check.check === 'string_format' && check.format === 'regex' && check.pattern) {
      rules.pattern = [check.pattern.source, vietnamese(check.error?.() ?? 'không đúng định dạng')];
    } else if (check.check === 'min_length' && check.minimum === 1 && !rules.pattern) {
      rules.pattern = ['\\S', vietnamese(check.error?.() ?? 'không được để trống')];
    }
  }
  return rules;
}

/** The number rules of a schema: whole or decimal, smallest and largest value. */
function numberRules(schema: Schema): Partial<CmsField> {
  const rules: Partial<CmsField> = { value_type: 'float' };
  for (const check of checksOf(schema)) {
    if (check.check === 'number_format') rules.value_type = 'int';
    if (check.check === 'greater_than') rules.min = check.inclusive ? check.value : undefined;
    if (check.check === 'less_than') rules.max = check.inclusive ? check.value : undefined;
  }
  return rules;
}

const isFullDate = (field: Partial<CmsField>) => field.pattern?.[0] === '^\\d{4}-\\d{2}-\\d{2}$';

/** The widget and rules of one value type. */
function widgetFor(inner: Schema, path: string, hints: FieldHints): Partial<CmsField> {
  const def = inner._zod.def as unknown as { type: string; entries?: Record<string, string>; values?: unknown[]; element?: Schema };
  switch (def.type) {
    case 'string': {
      const rules = stringRules(inner);
      // A full date gets the date picker, stored as YYYY-MM-DD text as the schema reads it.
      if (isFullDate(rules)) return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD/MM/YYYY', time_format: false, picker_utc: true, ...rules };
      return { widget: 'string', ...rules };
    }
    case 'number':
      return { widget: 'number', ...numberRules(inner) };
    case 'boolean':
      return { widget: 'boolean' };
    case 'enum':
    case 'literal': {
      const values = def.type === 'enum' ? Object.values(def.entries ?? {}) : (def.values ?? []).map(String);
      return { widget: 'select', options: values.map((value) => ({ label: hints.optionLabel(value) ?? value, value })) };
    }
    case 'object':
      return { widget: 'object', collapsed: false, fields: fieldsOf(inner, hints, path) };
    case 'array': {
      const element = cmsField(def.element as Schema, path, hints);
      const count: Partial<CmsField> = {};
      for (const check of checksOf(inner)) if (check.check === 'min_length') count.min = check.minimum;
      if (element.widget === 'object') return { widget: 'list', fields: element.fields, ...count };
      return { widget: 'list', field: { ...element, name: 'item', required: true }, ...count };
    }
    default:
      // image() of the content layer and anything custom: the override says which widget fits.
      return { widget: 'string' };
  }
}

/**
 * An optional group (a story's cover) whose own fields are required once it is given. Decap would require them
 * even when the group is left empty, so they are optional in the form and listed in `required_if_any`: the
 * editor's pre-save check (src/client/admin/groups.ts) refuses a group filled in part, naming what is missing.
 */
function optionalGroup(field: CmsField): void {
  const names: string[] = [];
  for (const child of field.fields ?? []) {
    if (!child.required) continue;
    child.required = false;
    names.push(child.name);
  }
  if (names.length) field.required_if_any = names;
}

/** The CMS field for a schema at a dotted path, with the hints' label and override. */
export function cmsField(schema: Schema, path: string, hints: FieldHints): CmsField {
  const { inner, required, defaultValue } = unwrap(schema);
  const name = path.split('.').pop() ?? path;
  const field: CmsField = { name, label: hints.label(path), ...widgetFor(inner, path, hints), required } as CmsField;
  if (['string', 'number', 'boolean'].includes(typeof defaultValue)) field.default = defaultValue;
  // A list the schema defaults to [] starts empty: without it, Decap starts a new entry's list of objects with one
  // item made of its fields' defaults (a recognition with only its status), which the save then refuses.
  if (Array.isArray(defaultValue) && field.widget === 'list') field.default = defaultValue;
  if (field.widget === 'object' && !required) optionalGroup(field);
  return hints.override?.(path, field) ?? field;
}

/** The CMS fields of an object schema, in the schema's order. */
export function fieldsOf(schema: Schema, hints: FieldHints, prefix = ''): CmsField[] {
  const { inner } = unwrap(schema);
  const shape = (inner._zod.def as unknown as { shape: Record<string, Schema> }).shape;
  return Object.entries(shape).map(([key, value]) => cmsField(value, prefix ? `${prefix}.${key}` : key, hints));
}
