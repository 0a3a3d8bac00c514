import type { z } from 'astro/zod';
import { unitSchema } from '../schemas/unit.ts';
import { documentSchema } from '../schemas/document.ts';
import { exemplarSchema } from '../schemas/exemplar.ts';
import { awardTallySchema } from '../schemas/award-tally.ts';
import { indicatorValuesSchema } from '../schemas/indicator.ts';
import { movementSchema } from '../schemas/movement.ts';
import { siteSchema } from '../schemas/site.ts';

/** Names of the collections of src/content.config.ts that live in folders. */
export type FolderCollection = 'units' | 'documents' | 'exemplars' | 'awards' | 'indicatorValues' | 'movements' | 'stories' | 'site';

/** How a folder of content/ is loaded: mirrors the loaders of src/content.config.ts. */
export interface CollectionRule {
  name: FolderCollection;
  /** Folder under content/. */
  folder: string;
  /** Data files (YAML) or pages (Markdown/MDX with frontmatter). */
  format: 'yaml' | 'markdown';
  /** Id from the path without extension, or from the file name alone. */
  id: 'path' | 'file-name';
  /** Number of path segments the id must have, when fixed ("quang-ngai/pho-van" → 2). */
  depth?: number;
  /** The schema; stories build theirs per file because image() depends on the file. */
  schema?: z.ZodType;
  /** Example of a file's place, for messages. */
  example: string;
}

export const collectionRules: readonly CollectionRule[] = [
  { name: 'units', folder: 'units', format: 'yaml', id: 'path', depth: 2, schema: unitSchema, example: 'units/quang-ngai/pho-van-duc-pho.yaml' },
  { name: 'documents', folder: 'documents', format: 'markdown', id: 'path', depth: 3, schema: documentSchema, example: 'documents/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127.md' },
  { name: 'exemplars', folder: 'exemplars', format: 'yaml', id: 'file-name', schema: exemplarSchema, example: 'exemplars/quang-ngai/ho-tran-nhon-son-long-son-tay.yaml' },
  { name: 'awards', folder: 'awards', format: 'yaml', id: 'path', schema: awardTallySchema, example: 'awards/thai-nguyen/tan-hoa-phu-binh/2023.yaml' },
  { name: 'indicatorValues', folder: 'indicator-values', format: 'yaml', id: 'path', schema: indicatorValuesSchema, example: 'indicator-values/quang-ngai/pho-van-duc-pho/2023.yaml' },
  { name: 'movements', folder: 'movements', format: 'yaml', id: 'file-name', schema: movementSchema, example: 'movements/dan-van-kheo.yaml' },
  { name: 'stories', folder: 'stories', format: 'markdown', id: 'file-name', example: 'stories/gung-se-son-long.mdx' },
  { name: 'site', folder: 'site', format: 'yaml', id: 'file-name', depth: 1, schema: siteSchema, example: 'site/settings.yaml' },
];

/** Extensions each format's loader picks up (the glob patterns of src/content.config.ts). */
export const extensions = { yaml: /\.ya?ml$/, markdown: /\.mdx?$/ } as const;

/** Files beside stories and documents that are not entries: images and original sources. */
export const assetExtensions = /\.(?:png|jpe?g|webp|avif|gif|svg)$/i;

/** The id Astro gives a file, as in src/content.config.ts. */
export function entryId(rule: CollectionRule, relativeToFolder: string): string {
  const withoutExtension = relativeToFolder.replace(/\.(ya?ml|json|mdx?)$/, '');
  return rule.id === 'path' ? withoutExtension : withoutExtension.slice(withoutExtension.lastIndexOf('/') + 1);
}
