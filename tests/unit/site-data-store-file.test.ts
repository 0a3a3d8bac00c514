import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataStoreFilePlugin, moduleReading, storeText } from '../../src/integrations/data-store-file.ts';

/** The module as Astro generates it for a store whose JSON text is `text`. */
const generated = (text: string) => `export default JSON.parse(${JSON.stringify(text)})`;

const store = JSON.stringify([
  ['Map', 1, 2],
  'exemplars',
  { id: 'ba-nguyen-thi-lan-an-hai', name: 'Bà Nguyễn Thị Lan', unit: 'Xã Đông Hưng', quote: 'Tiêu biểu là “Gia đình văn hoá” 🏅 năm 2024.\n"Đạt" 100%' },
]);

type Handler = (code: string, id: string) => Promise<{ code: string } | null>;
const handlerOf = (plugin: ReturnType<typeof dataStoreFilePlugin>) => (plugin.transform as { handler: Handler }).handler;

describe('the data-store module reading its file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'data-store-file-'));

  it('exports the same data as the generated module, read from the file it writes', async () => {
    const file = path.join(dir, 'cache', 'data-store-module.json');
    const result = await handlerOf(dataStoreFilePlugin(file))(generated(store), '\0astro:data-layer-content');
    expect(result?.code).toBe(moduleReading(file));
    expect(fs.readFileSync(file, 'utf8')).toBe(store);
    // The rewritten module, imported as the page bundle would: the same array, Vietnamese text and emoji whole.
    const module = path.join(dir, 'module.mjs');
    fs.writeFileSync(module, result!.code);
    const data = (await import(pathToFileURL(module).href)).default;
    expect(data).toEqual(JSON.parse(store));
    expect(data[2].name).toBe('Bà Nguyễn Thị Lan');
  });

  it('leaves code of another form, and a build whose pages render elsewhere, as they are', async () => {
    const file = path.join(dir, 'other.json');
    expect(storeText('export default new Map()')).toBeUndefined();
    expect(storeText(`export default {"units":[(await import("astro:data-layer-content-chunk:a.txt"))]}`)).toBeUndefined();
    expect(await handlerOf(dataStoreFilePlugin(file))('export default new Map()', '\0astro:data-layer-content')).toBeNull();
    expect(await handlerOf(dataStoreFilePlugin(file, () => false))(generated(store), '\0astro:data-layer-content')).toBeNull();
    expect(fs.existsSync(file)).toBe(false);
  });
});
