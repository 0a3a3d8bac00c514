import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';

// Same loader settings as the site's documents collection, but no schema: the floor measures Astro alone.
export const collections = {
  documents: defineCollection({
    loader: glob({
      pattern: '**/*.{md,mdx}',
      base: path.resolve(process.env.CONTENT_DIR ?? '../../content', 'documents'),
      generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
      retainBody: false,
    }),
  }),
};
