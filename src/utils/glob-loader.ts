import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';

/**
 * Astro's glob loader, forgetting first the cached entries whose file is gone.
 *
 * The loader skips a file whose id and content it has cached (astro 7.3, `content/loaders/glob.js`) without
 * comparing the file's path, so a file renamed with its text unchanged keeps pointing at its old path. For a
 * document renamed from `.mdx` to `.md` — which the importer does with `--force` — the build then fails on
 * the old file ("failed to resolve import … .mdx"). An entry whose file no longer exists is loaded afresh.
 */
export function globLoader(options: Parameters<typeof glob>[0]): Loader {
  const loader = glob(options);
  return {
    ...loader,
    load: async (context) => {
      const root = context.config.root;
      for (const [id, entry] of context.store.entries()) {
        if (entry.filePath && !existsSync(fileURLToPath(new URL(entry.filePath, root)))) context.store.delete(id);
      }
      return loader.load(context);
    },
  };
}
