import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import path from 'node:path';
import { contentPath, showDrafts } from './settings.ts';
import { globLoader } from './utils/glob-loader.ts';
import { unitSchema } from './schemas/unit.ts';
import { documentSchema } from './schemas/document.ts';
import { exemplarSchema } from './schemas/exemplar.ts';
import { awardTallySchema } from './schemas/award-tally.ts';
import { indicatorSchema, indicatorValuesSchema } from './schemas/indicator.ts';
import { movementSchema } from './schemas/movement.ts';
import { storySchema } from './schemas/story.ts';
import { siteSchema } from './schemas/site.ts';
import { hiddenPatterns } from './checks/hidden.ts';

/** Ids of flat collections are the file's name, so a file can move between folders without changing its URL. */
const byFileName = ({ entry }: { entry: string }) => path.basename(entry).replace(/\.(ya?ml|json|mdx?)$/, '');

/** Ids of nested collections are their path without extension: "quang-ngai/pho-van". */
const byPath = ({ entry }: { entry: string }) => entry.replace(/\.(ya?ml|json|mdx?)$/, '');

/**
 * Drafts, embargoed entries and proposals awaiting review are not loaded at all outside `astro dev`: Astro
 * publishes the images of every loaded entry, so filtering pages alone would still leak an embargoed story's cover.
 */
const hidden = (folder: string) => (showDrafts() ? [] : hiddenPatterns(contentPath(folder)));

export const collections = {
  units: defineCollection({
    loader: globLoader({ pattern: '**/*.{yaml,yml}', base: contentPath('units'), generateId: byPath }),
    schema: unitSchema,
  }),
  documents: defineCollection({
    loader: globLoader({ pattern: ['**/*.{md,mdx}', ...hidden('documents')], base: contentPath('documents'), generateId: byPath, retainBody: false }),
    schema: documentSchema,
  }),
  exemplars: defineCollection({
    loader: globLoader({ pattern: ['**/*.{yaml,yml}', ...hidden('exemplars')], base: contentPath('exemplars'), generateId: byFileName }),
    schema: exemplarSchema,
  }),
  awards: defineCollection({
    loader: globLoader({ pattern: ['**/*.{yaml,yml}', ...hidden('awards')], base: contentPath('awards'), generateId: byPath }),
    schema: awardTallySchema,
  }),
  indicators: defineCollection({
    loader: file(contentPath('indicators.yaml')),
    schema: indicatorSchema,
  }),
  indicatorValues: defineCollection({
    loader: globLoader({ pattern: ['**/*.{yaml,yml}', ...hidden('indicator-values')], base: contentPath('indicator-values'), generateId: byPath }),
    schema: indicatorValuesSchema,
  }),
  movements: defineCollection({
    loader: globLoader({ pattern: '**/*.{yaml,yml}', base: contentPath('movements'), generateId: byFileName }),
    schema: movementSchema,
  }),
  /** Who publishes the site and under which terms: one file, content/site/settings.yaml. */
  site: defineCollection({
    loader: globLoader({ pattern: '*.{yaml,yml}', base: contentPath('site'), generateId: byFileName }),
    schema: siteSchema,
  }),
  stories: defineCollection({
    loader: globLoader({ pattern: ['**/*.{md,mdx}', ...hidden('stories')], base: contentPath('stories'), generateId: byFileName }),
    schema: ({ image }) => storySchema(image),
  }),
};
