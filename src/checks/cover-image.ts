import path from 'node:path';
import { z } from 'astro/zod';

/**
 * A cover image given to image(): a local file beside the story. `exists` tells whether a file, relative to the
 * content folder, exists (file-steps.ts records what it asked, so that a kept result is checked again when it changes).
 */
export function storyImage(storyFolder: string, exists: (relative: string) => boolean): z.ZodType {
  return z.string().superRefine((src, ctx) => {
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) {
      ctx.addIssue({ code: 'custom', message: 'ảnh phải là tệp đặt cạnh bài, không lấy từ trang khác (a local file beside the story: the CSP allows only the site’s own images)' });
    } else if (!exists(path.posix.join(storyFolder, src.replace(/^\//, '')))) {
      ctx.addIssue({ code: 'custom', message: `không có tệp ảnh này cạnh bài viết (no such image beside the story, in ${storyFolder}/)` });
    }
  });
}
