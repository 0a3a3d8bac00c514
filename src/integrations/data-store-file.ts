import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The module Astro generates for the content layer's data at build time (astro 7.3, vite-plugin-content-virtual-mod). */
const dataStoreModule = /^\0astro:data-layer-content$/;

/**
 * The metadata Astro's own loader gives that module (astro 7.3, `core/build/incremental-metadata.js`, not exported):
 * it keeps the data out of the code hash of the incremental build, whose page keys account for content. Without it
 * every edit of content would count as a change of every route's code.
 */
export const contentDataMeta = { astroIncremental: { kind: 'content-data' } } as const;

/** A module exporting the store's data, read from `file` when the module is first imported. */
export function moduleReading(file: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

/**
 * Vite plugin, placed before Astro's: loads the data-store module as a few lines reading a copy of the store
 * (`snapshot`, taken now, as Astro's module fixes the data when it is bundled) instead of letting Astro generate
 * `export default JSON.parse("<the whole store>")`. For that literal Astro reads the store, parses it, quotes it
 * again, and Rolldown, V8 and our code pass it on — 166 MB for the shared part of a national build, 45 MB for a
 * shard: 12–15 s of the shared part's bundling, and V8 kept the literal in memory for as long as the pages rendered.
 * `enabled` tells whether this build's pages are rendered on this machine from a single-file store; otherwise, or
 * before the content layer has written a store, Astro's plugin answers.
 */
export function dataStoreFilePlugin(store: string, snapshot: string, enabled: () => boolean = () => true): Plugin {
  return {
    name: 'bang-vang:data-store-file',
    apply: 'build',
    enforce: 'pre',
    load: {
      filter: { id: dataStoreModule },
      async handler() {
        if (!enabled() || !existsSync(store)) return null;
        await mkdir(path.dirname(snapshot), { recursive: true });
        await copyFile(store, snapshot);
        return { code: moduleReading(snapshot), map: { mappings: '' }, meta: contentDataMeta };
      },
    },
  };
}

/**
 * Wires {@link dataStoreFilePlugin} into `astro build`: the store is the content layer's `data-store.json` in the
 * build's cache folder (CACHE_DIR: each part of a sharded build has its own), the copy beside it. Only a static build
 * with the store in one file: its pages are rendered by the build itself, on the machine that wrote the file; a
 * server build runs its bundle elsewhere, so its module keeps the data. The plugin goes first in the build's Vite
 * config (`astro:build:setup`): Astro's own plugin also runs early and answers for the module otherwise.
 */
export default function dataStoreFile(): AstroIntegration {
  let enabled = false;
  let plugin: Plugin | undefined;
  return {
    name: 'bang-vang:data-store-file',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        const inCache = (name: string) => fileURLToPath(new URL(name, config.cacheDir));
        plugin = dataStoreFilePlugin(inCache('data-store.json'), inCache('data-store-module.json'), () => enabled);
      },
      'astro:config:done': ({ buildOutput, config }) => {
        const storage = config.experimental.collectionStorage ?? 'single-file';
        enabled = buildOutput === 'static' && storage === 'single-file';
      },
      'astro:build:setup': ({ vite }) => {
        if (plugin) vite.plugins = [plugin, ...(vite.plugins ?? [])];
      },
    },
  };
}
