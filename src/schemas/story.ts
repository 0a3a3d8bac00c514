import { z } from 'astro/zod';
import { fullDate, privacyAllow, text, unitId } from './common.ts';

/**
 * Frontmatter of a story (bài viết). `image` is Astro's image() helper in the content layer,
 * and a path check in the standalone content check.
 */
export const storySchema = (image: () => z.ZodType) =>
  z.object({
    /** Headline. */
    title: text(),
    /** One or two sentences shown in lists, feeds and link previews. */
    summary: text(),
    /** Byline. */
    author: text(),
    /** Date of publication; a future date keeps the story out of every output until then. */
    publishedOn: fullDate(),
    /** Date of the last update. */
    updatedOn: fullDate().optional(),
    /** Ids of the exemplars it tells about. */
    exemplars: z.array(z.string()).default([]),
    /** Ids of the units it is about. */
    units: z.array(unitId()).default([]),
    /** Cover image; alt text is required. */
    cover: z
      .object({
        src: image(),
        /** Text alternative that says what the image shows. */
        alt: text(),
        /** Who took or drew it. */
        credit: z.string().optional(),
      })
      .optional(),
    /** Written for the site from the seeds' facts, to show the format. */
    sample: z.boolean().default(false),
    /** Personal identifiers published on purpose, each with its reason. */
    privacyAllow: privacyAllow(),
    /** Unpublished drafts stay out of every output. */
    draft: z.boolean().default(false),
  });

export type StoryData = z.infer<ReturnType<typeof storySchema>>;
