import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { entryPath, helperKeys, pathFields, pathKeys, pathTemplates, type PathCollection } from '../../src/admin/paths.ts';
import { cmsConfig } from '../../src/admin/config.ts';
import { topComment, yamlData, yamlList } from '../../src/client/admin/formats.ts';
import { settings } from '../../src/settings.ts';

const content = path.resolve('content');
const yamlFilesUnder = (folder: string): string[] =>
  fs
    .readdirSync(path.join(content, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.yaml'))
    .map((e) => path.relative(path.join(content, folder), path.join(e.parentPath, e.name)).split(path.sep).join('/'));

describe('new entries are written where the site looks for them, under the id it gives them', () => {
  const folders: Array<[PathCollection, string]> = [['units', 'units'], ['awards', 'awards'], ['indicatorValues', 'indicator-values']];
  for (const [collection, folder] of folders) {
    it(`${collection}: every file of content/${folder} is where the path template would put it`, () => {
      const wrong = yamlFilesUnder(folder)
        .map((file) => [file, entryPath(collection, parse(fs.readFileSync(path.join(content, folder, file), 'utf8')))])
        .filter(([file, made]) => `${made}.yaml` !== file);
      expect(wrong).toEqual([]);
    });
  }

  it('exemplars: <province>/<name>-<unit>, as the extractor names its proposals', () => {
    expect(entryPath('exemplars', { name: 'Hộ ông Trần Nhơn', unit: 'quang-ngai/son-long-son-tay' })).toBe('quang-ngai/ho-ong-tran-nhon-son-long-son-tay');
    expect(entryPath('exemplars', { name: 'Đội văn nghệ', unit: 'thai-nguyen/tan-hoa-phu-binh' })).toBe('thai-nguyen/doi-van-nghe-tan-hoa-phu-binh');
  });

  it('waits for the fields the path needs (the required fields stop the save first)', () => {
    expect(pathFields('exemplars', { name: 'A' })).toBeUndefined();
    expect(pathFields('awards', { unit: 'quang-ngai/pho-van-duc-pho', year: '' })).toBeUndefined();
    expect(pathFields('stories', { title: 'A' })).toBeUndefined();
  });

  it('gives Decap templates it can fill: keys in lower case, no dots, no date names', () => {
    for (const template of Object.values(pathTemplates)) {
      for (const [, key] of template.matchAll(/\{\{([^}]+)\}\}/g)) {
        expect(key).toMatch(/^[a-z_]+$/);
        expect(Object.values(pathKeys)).toContain(key);
      }
    }
  });

  it('lets staff create exemplars, units, tallies and values, in YAML written without the editor’s keys', () => {
    const byName = new Map(cmsConfig(settings({}), 'content').collections.map((c) => [c.name, c]));
    for (const name of Object.keys(pathTemplates) as PathCollection[]) {
      expect(byName.get(name)).toMatchObject({ create: true, format: 'yaml-data', extension: 'yaml', path: pathTemplates[name] });
    }
    expect(byName.get('documents')).toMatchObject({ create: false, path: '{{province}}/{{unit}}/{{slug}}' });
  });
});

describe('the editor’s YAML formats', () => {
  it('writes a data file without the path keys, its top comment kept and its fields in the collection’s order', () => {
    const text = '# Xã Tân Hoà — Báo cáo 127.\nname: Tân Hoà\nkind: xã\nprovince: Thái Nguyên\n';
    const data = yamlData.fromFile(text);
    expect(data).toMatchObject({ name: 'Tân Hoà', cms_ghi_chu: '# Xã Tân Hoà — Báo cáo 127.\n' });
    const saved = yamlData.toFile({ province: 'Thái Nguyên', ...data, [pathKeys.province]: 'thai-nguyen', [pathKeys.file]: 'tan-hoa' }, ['name', 'kind', 'province']);
    expect(saved).toBe(text);
    expect(helperKeys.some((key) => saved.includes(key))).toBe(false);
  });

  it('reads the indicator registry with every indicator and writes it back the same, comments included', () => {
    const text = fs.readFileSync(path.join(content, 'indicators.yaml'), 'utf8');
    const data = yamlList.fromFile(text) as { items: Array<{ id: string }> };
    expect(data.items.length).toBe((parse(text) as unknown[]).length);
    expect(data.items.length).toBeGreaterThan(50);
    const saved = yamlList.toFile(data);
    expect(parse(saved)).toEqual(parse(text));
    expect(topComment(saved)).toBe(topComment(text));
    expect(saved.match(/^# ---- .*$/gm)).toEqual(text.match(/^# ---- .*$/gm));
  });

  it('refuses to write the registry empty, and says why a file cannot be read', () => {
    expect(() => yamlList.toFile({ items: [] })).toThrow('Danh mục chỉ số trống');
    expect(() => yamlData.fromFile('name: [a\n')).toThrow(/Tệp YAML không đọc được/);
  });
});
