import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The module Astro generates for the content layer's data at build time (astro 7.3, vite-plugin-content-virtual-mod). */
const dataStoreModule = /^\0astro:data-layer-content$/;
const generatedPrefix = 'export default JSON.parse(';

/** The store's JSON text held by the generated module, `export default JSON.parse("<text>")`; undefined for another form. */
export function storeText(code: string): string | undefined {
  if (!code.startsWith(generatedPrefix) || !code.endsWith(')')) return undefined;
  const text: unknown = JSON.parse(code.slice(generatedPrefix.length, -1));
  return typeof text === 'string' ? text : undefined;
}

/** A module exporting the same data, read from `file` when the module is first imported. */
export function moduleReading(file: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

/**
 * Vite plugin: the data-store module reads the store's text from `file` (written here) instead of holding it as a
 * string literal. The literal is the whole store — 166 MB for the shared part of a national build, 45 MB for a
 * shard — which Rolldown parses and writes out again, V8 compiles (29–32 s for the shared part as one literal)
 * and keeps in memory as the module's source for as long as the pages render. A file read and parsed as JSON
 * costs a second or two. `enabled` tells whether the build's pages are rendered on this machine.
 */
export function dataStoreFilePlugin(file: string, enabled: () => boolean = () => true): Plugin {
  return {
    name: 'bang-vang:data-store-file',
    apply: 'build',
    transform: {
      filter: { id: dataStoreModule },
      async handler(code) {
        const text = enabled() ? storeText(code) : undefined;
        if (text === undefined) return null;
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, text);
        return { code: moduleReading(file), map: { mappings: '' } };
      },
    },
  };
}

/**
 * Wires {@link dataStoreFilePlugin} into `astro build`, with the file in the build's cache folder (CACHE_DIR: each
 * part of a sharded build has its own). Only a static build: its pages are rendered by the build itself, on the
 * machine that wrote the file; a server build would run its bundle elsewhere, so its module keeps the data.
 */
export default function dataStoreFile(): AstroIntegration {
  let staticBuild = false;
  return {
    name: 'bang-vang:data-store-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL('data-store-module.json', config.cacheDir));
        updateConfig({ vite: { plugins: [dataStoreFilePlugin(file, () => staticBuild)] } });
      },
      'astro:config:done': ({ buildOutput }) => {
        staticBuild = buildOutput === 'static';
      },
    },
  };
}
