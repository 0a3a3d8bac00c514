import { describe, expect, it } from 'vitest';
import { indicatorRecords, indicatorsWithData, yearFigures } from '../../src/datasets/indicators.ts';
import { awardRecords } from '../../src/datasets/award-records.ts';
import { exemplarRecords } from '../../src/datasets/exemplar-records.ts';
import { documentRecords } from '../../src/datasets/document-records.ts';
import { datasetCsv, datasetJson, datasets } from '../../src/datasets/open-data.ts';
import { parseCsv } from '../../src/datasets/csv.ts';
import { fixture } from '../fixtures/site-data.ts';

describe('indicator records', () => {
  it('gives one record per published value with the columns of chi-so.csv', () => {
    const records = indicatorRecords(fixture());
    expect(records).toHaveLength(5);
    expect(records[0]).toEqual({
      unit: 'quang-ngai/pho-van-duc-pho',
      unit_name: 'phường Phổ Văn',
      province: 'Quảng Ngãi',
      year: 2022,
      indicator: 'online-files-rate',
      label: 'Tỷ lệ hồ sơ trực tuyến',
      value: 61.5,
      unit_of_measure: '%',
      kind: 'actual',
      target: null,
      note: null,
      source_document: 'quang-ngai/pho-van-duc-pho/2022-bao-cao-9',
      source_quote: 'đạt 61,5%',
    });
  });

  it('leaves out values whose document is a draft or missing', () => {
    expect(indicatorRecords(fixture()).some((r) => r.value === 99.9)).toBe(false);
  });

  it('orders records by province, unit, year and registry order', () => {
    expect(indicatorRecords(fixture()).map((r) => `${r.unit} ${r.year} ${r.indicator}`)).toEqual([
      'quang-ngai/pho-van-duc-pho 2022 online-files-rate',
      'quang-ngai/pho-van-duc-pho 2023 online-files-rate',
      'quang-ngai/pho-van-duc-pho 2023 budget-revenue',
      'thai-nguyen/tan-hoa-phu-binh 2023 online-files-rate',
      'thai-nguyen/tan-hoa-phu-binh 2023 budget-revenue',
    ]);
  });

  it('lists only indicators that have data', () => {
    const data = fixture();
    data.indicators.push({ id: 'empty', data: { id: 'empty', label: 'Trống', unit: 'ha', higherIsBetter: true, maxHundred: false } });
    expect(indicatorsWithData(data).map((i) => i.indicator.id)).toEqual(['online-files-rate', 'budget-revenue']);
  });

  it('keeps every result of the same unit and year as its own figure, told apart by its note', () => {
    const records = indicatorRecords(fixture()).filter((r) => r.indicator === 'budget-revenue');
    const toDate = { ...records[0], kind: 'actual' as const, value: 7900, target: null, note: 'tính đến ngày 30/11/2023' };
    const phoVan = yearFigures([toDate, ...records]).filter((f) => f.unit === 'quang-ngai/pho-van-duc-pho');
    expect(phoVan.map((f) => [f.result?.value, f.qualifier])).toEqual([
      [7900, 'tính đến ngày 30/11/2023'],
      [8210, 'ước đạt'],
    ]);
    const onlyEstimate = yearFigures(records).find((f) => f.unit === 'quang-ngai/pho-van-duc-pho')!;
    expect(onlyEstimate).toMatchObject({ qualifier: null, result: { kind: 'estimate' }, target: { value: 8000 } });
  });

  it('uses a separate plan value as the target when the result sentence states none', () => {
    const records = indicatorRecords(fixture()).filter((r) => r.indicator === 'online-files-rate' && r.year === 2023);
    const plan = { ...records[0], kind: 'target' as const, value: 80 };
    const figure = yearFigures([...records, plan]).find((f) => f.unit === plan.unit)!;
    expect(figure.result?.value).toBe(78.7);
    expect(figure.target?.value).toBe(80);
  });
});

describe('award, exemplar and document records', () => {
  it('keeps a missing level or category empty instead of guessing it', () => {
    const records = awardRecords(fixture());
    expect(records).toHaveLength(6);
    expect(records.find((r) => r.status === 'proposed')).toMatchObject({ level: 'tỉnh', category: null, count: 1 });
    expect(records.find((r) => r.year === 2022 && r.name === 'Giấy khen')).toMatchObject({ level: null, count: 5 });
  });

  it('leaves out award counts whose document is a draft', () => {
    expect(awardRecords(fixture()).some((r) => r.count === 999)).toBe(false);
  });

  it('describes each recognition of an exemplar in words', () => {
    expect(exemplarRecords(fixture())[0].recognitions).toEqual(['Bằng khen (hình thức, cấp tỉnh, 2023)']);
  });

  it('hides the source of an exemplar whose document is not published', () => {
    const data = fixture();
    data.documents = data.documents.filter((d) => !d.id.startsWith('thai-nguyen'));
    expect(exemplarRecords(data)[0]).toMatchObject({ source_document: null, source_quote: null });
  });

  it('links each document record to its page under the base path', () => {
    const records = documentRecords(fixture(), '/bang-vang/');
    expect(records.map((r) => r.url)).toContain('/bang-vang/van-ban/thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127/');
    expect(records.find((r) => r.issued_on === '2023-10')?.number).toBeNull();
  });
});

describe('open data files', () => {
  it('has the columns the issue asks for in chi-so.csv', () => {
    const header = parseCsv(datasetCsv('chi-so', fixture()))[0];
    for (const column of ['unit', 'unit_name', 'province', 'year', 'indicator', 'label', 'value', 'unit_of_measure', 'kind', 'target', 'source_document', 'source_quote']) {
      expect(header).toContain(column);
    }
  });

  it('holds the same records in CSV and JSON', () => {
    for (const d of datasets.filter((x) => x.formats.includes('csv'))) {
      const [header, ...rows] = parseCsv(datasetCsv(d.slug, fixture()));
      const json = JSON.parse(datasetJson(d.slug, fixture())) as Record<string, unknown>[];
      expect(rows).toHaveLength(json.length);
      rows.forEach((row, i) =>
        header.forEach((column, j) => {
          const value = json[i][column];
          const text = value === null ? '' : Array.isArray(value) ? value.join('; ') : String(value);
          expect(row[j], `${d.slug} row ${i} ${column}`).toBe(text);
        }),
      );
    }
  });

  it('describes every column of every dataset', () => {
    for (const d of datasets) for (const c of d.columns) expect(d.columnHelp[c], `${d.slug}.${c}`).toBeTruthy();
  });
});
