import { z } from 'astro/zod';
import { storySchema } from '../schemas/story.ts';
import { exemplarSchema } from '../schemas/exemplar.ts';
import { movementSchema } from '../schemas/movement.ts';
import { unitSchema } from '../schemas/unit.ts';
import { awardTallySchema } from '../schemas/award-tally.ts';
import { indicatorSchema, indicatorValuesSchema } from '../schemas/indicator.ts';
import { documentSchema } from '../schemas/document.ts';
import { fieldsOf, type CmsField, type FieldHints } from './fields.ts';
import { fieldLabel, optionLabels } from './labels.ts';
import { imageExtensions, maxImageBytes } from './limits.ts';


/** The zod schema behind each collection of the editor: what the build accepts is what the editor checks. */
export const collectionSchemas = {
  stories: storySchema(() => z.string()),
  exemplars: exemplarSchema,
  movements: movementSchema,
  units: unitSchema,
  awards: awardTallySchema,
  indicatorValues: indicatorValuesSchema,
  indicators: z.object({ items: z.array(indicatorSchema) }),
  documents: documentSchema,
} as const;
export type CollectionName = keyof typeof collectionSchemas;

/** A relation picker: choose entries of another collection by name, store their ids. */
const relation = (field: CmsField, collection: string, valueField: string, display: string[], multiple: boolean): CmsField => ({
  name: field.name, label: field.label, required: field.required, hint: field.hint,
  widget: 'relation', collection, value_field: valueField, search_fields: display, display_fields: display, multiple,
  options_length: 50,
});

/** Exemplar ids are their file names; unit and document ids their paths under their folder (src/content.config.ts). */
const pickExemplars = (f: CmsField) => relation(f, 'exemplars', '{{filename}}', ['name'], true);
const pickUnits = (f: CmsField, multiple = false) => relation(f, 'units', '{{slug}}', ['name', 'province'], multiple);
const pickDocument = (f: CmsField) => relation(f, 'documents', '{{slug}}', ['title', 'issuedOn'], false);
const pickMovements = (f: CmsField) => relation(f, 'movements', '{{filename}}', ['name'], true);
const pickIndicator = (f: CmsField) => ({ ...relation(f, 'indicators', 'items.*.id', ['items.*.label'], false), file: 'registry' });

const coverImage = (field: CmsField): CmsField => ({
  ...field,
  widget: 'image',
  choose_url: false,
  // Beside the story, in images/, as the stories of the repository keep theirs; a path Astro's image() resolves.
  media_folder: 'images',
  public_folder: './images',
  media_library: { config: { max_file_size: maxImageBytes, multiple: false } },
  pattern: [`\\.(${imageExtensions.join('|')})$`, `Ảnh bìa phải là tệp ảnh ${imageExtensions.join(', ').toUpperCase()}`],
});

type Overrides = Record<string, (field: CmsField) => CmsField>;

/** The review mark of an importer's proposal: clearing it accepts the proposal, which the next build publishes. */
const reviewMark = (field: CmsField): CmsField => ({
  ...field,
  hint: 'Đề xuất của công cụ nhập văn bản, chưa công bố. Đối chiếu với văn bản nguồn, rồi xóa dấu “Chờ duyệt” và lưu để chấp nhận.',
});

/**
 * What a folded item of a list shows: its name, or words saying it is new (Decap would show "No level" in English).
 * The `default` filter of Decap's templates gives the words while the field is empty.
 */
const itemSummary = (template: string, empty: string) => (field: CmsField): CmsField => ({ ...field, summary: template.replace('}}', ` | default('${empty}')}}`) });

/** Widgets the schemas cannot tell, per collection and dotted path. */
const overrides: Record<CollectionName, Overrides> = {
  stories: { exemplars: pickExemplars, units: (f) => pickUnits(f, true), 'cover.src': coverImage },
  exemplars: {
    unit: pickUnits, movements: pickMovements, 'source.document': pickDocument, description: (f) => ({ ...f, widget: 'text' }),
    recognitions: itemSummary('{{name}}', 'Danh hiệu mới, chưa điền tên'),
  },
  movements: { 'sources.document': pickDocument, description: (f) => ({ ...f, widget: 'text' }) },
  units: { 'facts.source.document': pickDocument, 'formerNames.source.document': pickDocument, facts: itemSummary('{{label}}', 'Thông tin mới, chưa điền') },
  awards: { unit: pickUnits, document: pickDocument, tallies: itemSummary('{{name}}', 'Khen thưởng mới, chưa điền tên') },
  indicatorValues: { unit: pickUnits, document: pickDocument, 'values.indicator': pickIndicator, values: itemSummary('{{indicator}}', 'Giá trị mới, chưa chọn chỉ số') },
  // A hundred indicators, folded: each shows its label and id.
  indicators: { items: (f) => ({ ...f, summary: '{{label}} ({{id}})' }), 'items.description': (f) => ({ ...f, widget: 'text' }) },
  documents: { unit: pickUnits, description: (f) => ({ ...f, widget: 'text' }) },
};

/** The fields of a collection, built from its schema, with the Vietnamese labels and its widgets. */
export function collectionFields(name: CollectionName): CmsField[] {
  const hints: FieldHints = {
    label: (path) => fieldLabel(name, path),
    optionLabel: (value) => optionLabels[value],
    override: (path, field) => (path.split('.').pop() === 'review' ? reviewMark(field) : (overrides[name][path]?.(field) ?? field)),
  };
  return fieldsOf(collectionSchemas[name], hints);
}
