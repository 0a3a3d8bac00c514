import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentDataMeta, dataStoreFilePlugin, moduleReading } from '../../src/integrations/data-store-file.ts';

const store = JSON.stringify([
  ['Map', 1, 2],
  'exemplars',
  { id: 'ba-nguyen-thi-lan-an-hai', name: 'Bà Nguyễn Thị Lan', unit: 'Xã Đông Hưng', quote: 'Tiêu biểu là “Gia đình văn hoá” 🏅 năm 2024.\n"Đạt" 100%' },
]);

type Loaded = { code: string; meta?: unknown } | null;
const loadOf = (plugin: ReturnType<typeof dataStoreFilePlugin>) => (plugin.load as { handler: (id: string) => Promise<Loaded> }).handler;
const moduleId = '\0astro:data-layer-content';

describe('the data-store module reading a copy of the store', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'data-store-file-'));
  const storeFile = path.join(dir, 'data-store.json');
  fs.writeFileSync(storeFile, store);

  it('exports the store as it was when bundled, read from its copy, marked as content data', async () => {
    const snapshot = path.join(dir, 'cache', 'data-store-module.json');
    const plugin = dataStoreFilePlugin(storeFile, snapshot);
    expect(plugin.enforce).toBe('pre');
    const result = await loadOf(plugin)(moduleId);
    expect(result?.code).toBe(moduleReading(snapshot));
    expect(result?.meta).toEqual(contentDataMeta);
    expect(fs.readFileSync(snapshot, 'utf8')).toBe(store);
    // A store written again after bundling does not change what the pages read.
    fs.writeFileSync(path.join(dir, 'later.json'), '[]');
    fs.renameSync(path.join(dir, 'later.json'), storeFile);
    // The module, imported as the page bundle would: the same array, Vietnamese text and emoji whole.
    const module = path.join(dir, 'module.mjs');
    fs.writeFileSync(module, result!.code);
    const data = (await import(pathToFileURL(module).href)).default;
    expect(data).toEqual(JSON.parse(store));
    expect(data[2].name).toBe('Bà Nguyễn Thị Lan');
    fs.writeFileSync(storeFile, store);
  });

  it("leaves the module to Astro when there is no store yet, or the build's pages render elsewhere", async () => {
    const snapshot = path.join(dir, 'other', 'copy.json');
    expect(await loadOf(dataStoreFilePlugin(path.join(dir, 'missing.json'), snapshot))(moduleId)).toBeNull();
    expect(await loadOf(dataStoreFilePlugin(storeFile, snapshot, () => false))(moduleId)).toBeNull();
    expect(fs.existsSync(snapshot)).toBe(false);
  });
});
