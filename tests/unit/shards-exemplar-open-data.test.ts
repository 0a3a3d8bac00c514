import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeExemplarOpenData } from '../../tools/shards/exemplar-open-data.ts';
import { recordsCsv, recordsJson } from '../../src/datasets/open-data.ts';
import { recordsXlsx } from '../../src/datasets/xlsx.ts';

/**
 * The open data of exemplars written again from the shared part's kept records when descriptions alone changed
 * (tools/shards/exemplar-open-data.ts). That the merged site is then the one a build from nothing makes is checked
 * end to end in tests/dist/shards-separate-machines.test.ts.
 */
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bang-vang-open-data-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const record = (id: string, name: string, description: string | null) => ({
  id, name, kind: 'hộ gia đình', unit: 'lai-chau/van-truong-tam-duong', unit_name: 'Xã Vân Trường', province: 'Lai Châu', years: [2023, 2024],
  movements: ['nong-thon-moi'], recognitions: ['Giấy khen (hình thức, cấp xã, 2024)'], description, source_document: 'lai-chau/van-truong-tam-duong/2024-bao-cao', source_quote: 'Hộ ông Đỗ Văn Hải phát triển kinh tế giỏi.',
});
const kept = [record('ho-do-van-hai', 'Hộ ông Đỗ Văn Hải', 'Nuôi gà thả vườn.'), record('ho-ba-lo-thi-mai', 'Hộ bà Lò Thị Mai', null)];

function site(name: string, records: object[] | undefined): { dist: string; out: string } {
  const dist = path.join(root, name, 'dist');
  fs.mkdirSync(path.join(dist, 'du-lieu'), { recursive: true });
  if (records) fs.writeFileSync(path.join(dist, 'du-lieu', 'dien-hinh.json'), recordsJson(records));
  return { dist, out: path.join(root, name, 'out') };
}

function exemplarFile(name: string, yaml: string): string {
  const file = path.join(root, `${name}.yaml`);
  fs.writeFileSync(file, yaml);
  return file;
}

describe('the open data of exemplars written again from the kept records', () => {
  it("writes the three files with the new description, every other record and field as kept", async () => {
    const { dist, out } = site('edited', kept);
    const file = exemplarFile('ho-do-van-hai', 'name: Hộ ông Đỗ Văn Hải\ndescription: Nuôi gà thả vườn, thu nhập 239 triệu đồng mỗi năm.\n');
    const written = await writeExemplarOpenData(dist, out, new Map([['ho-do-van-hai', file]]));
    expect(written?.sort()).toEqual(['du-lieu/dien-hinh.csv', 'du-lieu/dien-hinh.json', 'du-lieu/dien-hinh.xlsx']);
    const expected = [{ ...kept[0], description: 'Nuôi gà thả vườn, thu nhập 239 triệu đồng mỗi năm.' }, kept[1]];
    expect(fs.readFileSync(path.join(out, 'du-lieu/dien-hinh.json'), 'utf8')).toBe(recordsJson(expected));
    expect(fs.readFileSync(path.join(out, 'du-lieu/dien-hinh.csv'), 'utf8')).toBe(recordsCsv('dien-hinh', expected));
    expect(fs.readFileSync(path.join(out, 'du-lieu/dien-hinh.xlsx'))).toEqual(Buffer.from(await recordsXlsx('dien-hinh', expected)));
  });

  it('prints no description for an exemplar whose description was removed', async () => {
    const { dist, out } = site('removed', kept);
    const written = await writeExemplarOpenData(dist, out, new Map([['ho-do-van-hai', exemplarFile('removed', 'name: Hộ ông Đỗ Văn Hải\n')]]));
    expect(written).toHaveLength(3);
    expect(JSON.parse(fs.readFileSync(path.join(out, 'du-lieu/dien-hinh.json'), 'utf8'))[0].description).toBeNull();
  });

  it('leaves the records as they are for an exemplar they do not hold (not published)', async () => {
    const { dist, out } = site('unpublished', kept);
    await writeExemplarOpenData(dist, out, new Map([['ho-chua-cong-bo', exemplarFile('hidden', 'name: Hộ chưa công bố\ndraft: true\ndescription: Mới.\n')]]));
    expect(fs.readFileSync(path.join(out, 'du-lieu/dien-hinh.json'), 'utf8')).toBe(recordsJson(kept));
  });

  it('writes nothing when the kept records are missing or a description is not text: the part is built instead', async () => {
    const missing = site('missing', undefined);
    expect(await writeExemplarOpenData(missing.dist, missing.out, new Map([['ho-do-van-hai', exemplarFile('a', 'description: Mới.\n')]]))).toBeUndefined();
    const broken = site('broken', kept);
    expect(await writeExemplarOpenData(broken.dist, broken.out, new Map([['ho-do-van-hai', exemplarFile('b', 'description: [một, hai]\n')]]))).toBeUndefined();
    expect(await writeExemplarOpenData(broken.dist, broken.out, new Map([['ho-do-van-hai', exemplarFile('c', 'description: "không đóng\n')]]))).toBeUndefined();
    expect(fs.existsSync(missing.out) || fs.existsSync(broken.out)).toBe(false);
  });
});
