import type { Plugin } from 'vite';

/** The module Astro generates for the content layer's data at build time (astro 7.3, vite-plugin-content-virtual-mod). */
const dataStoreModule = /^\0astro:data-layer-content$/;
const generatedPrefix = 'export default JSON.parse(';

/** Characters per string literal: small enough for V8 to compile quickly, few enough to stay one module. */
const sliceChars = 1 << 20;

/**
 * Rewrites the data-store module, `export default JSON.parse("<the whole store>")`, so that the store's text is
 * joined from string literals of a megabyte each before it is parsed. The data is the same; V8 compiles one
 * string literal of hundreds of megabytes in time that grows faster than its length: the shared part of the
 * national build (a 166 MB store) spent 29–32 s compiling that one line, against 4–8 s for the same text
 * in slices (`bench/README.md`). A store that is small, or not in the form expected, is left as it is.
 */
export function sliceDataStoreModule(code: string, size = sliceChars): string | undefined {
  if (!code.startsWith(generatedPrefix) || !code.endsWith(')')) return undefined;
  const text: unknown = JSON.parse(code.slice(generatedPrefix.length, -1));
  if (typeof text !== 'string' || text.length <= size) return undefined;
  const slices: string[] = [];
  // A slice may end inside a surrogate pair: JSON.stringify escapes the lone half and join() puts the pair back.
  for (let start = 0; start < text.length; start += size) slices.push(JSON.stringify(text.slice(start, start + size)));
  return `${generatedPrefix}[\n${slices.join(',\n')}\n].join(""))`;
}

/** Vite plugin applying {@link sliceDataStoreModule} to the data-store module. */
export function dataStoreSlices(): Plugin {
  return {
    name: 'bang-vang:data-store-slices',
    transform: {
      filter: { id: dataStoreModule },
      handler(code) {
        const sliced = sliceDataStoreModule(code);
        return sliced === undefined ? null : { code: sliced, map: { mappings: '' } };
      },
    },
  };
}
