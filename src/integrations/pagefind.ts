import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Builds the Pagefind search index into <outDir>/pagefind/ at the end of every `astro build`. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'bang-vang:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        logger.info(`Pagefind đã lập chỉ mục ${added.page_count} trang (indexed ${added.page_count} pages)`);
        await pagefind.close();
      },
    },
  };
}
