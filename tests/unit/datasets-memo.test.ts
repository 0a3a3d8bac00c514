import { describe, expect, it } from 'vitest';
import { buildCatalog, compareUnits, unitOrder } from '../../src/datasets/catalog.ts';
import { indicatorIndex, indicatorRecords, indicatorsWithData } from '../../src/datasets/indicators.ts';
import { awardIndex, awardRecords } from '../../src/datasets/award-records.ts';
import { allCharts } from '../../src/datasets/all-charts.ts';
import { unitIndicatorView } from '../../src/datasets/unit-indicator-charts.ts';
import { unitAwardCharts } from '../../src/datasets/award-charts.ts';
import { fixture } from '../fixtures/site-data.ts';
import type { Entry, SiteData } from '../../src/datasets/types.ts';

/** Counts how often the datasets read the values of each entry, i.e. how often records are rebuilt. */
function countReads<T>(entries: Entry<T>[]): { reads: number } {
  const counter = { reads: 0 };
  for (const entry of entries) {
    const value = entry.data;
    Object.defineProperty(entry, 'data', {
      get: () => {
        counter.reads++;
        return value;
      },
    });
  }
  return counter;
}

/** The fixture with many more units: copies of its units, documents, values and awards under new ids. */
function manyUnits(copies: number): SiteData {
  const data = fixture();
  const base = fixture();
  for (let i = 0; i < copies; i++) {
    const rename = (id: string) => id.replace(/^([^/]+)\/([^/]+)/, `$1/$2-${i}`);
    data.units.push(...base.units.map((u) => ({ id: rename(u.id), data: { ...u.data, name: `${u.data.name} ${i}` } })));
    data.documents.push(...base.documents.map((d) => ({ id: rename(d.id), data: { ...d.data, unit: rename(d.data.unit) } })));
    data.indicatorValues.push(
      ...base.indicatorValues.map((v) => ({ id: rename(v.id), data: { ...v.data, unit: rename(v.data.unit), document: rename(v.data.document) } })),
    );
    data.awards.push(...base.awards.map((a) => ({ id: rename(a.id), data: { ...a.data, unit: rename(a.data.unit), document: rename(a.data.document) } })));
  }
  return data;
}

describe('records built once per build', () => {
  it('reuses one catalog per SiteData and rebuilds it when a collection is replaced', () => {
    const data = fixture();
    const catalog = buildCatalog(data);
    expect(buildCatalog(data)).toBe(catalog);
    data.documents = data.documents.slice(1);
    expect(buildCatalog(data)).not.toBe(catalog);
    expect(buildCatalog(data).documents.size).toBe(catalog.documents.size - 1);
  });

  it('returns the same frozen list of indicator and award records on every call', () => {
    const data = fixture();
    expect(indicatorRecords(data)).toBe(indicatorRecords(data));
    expect(awardRecords(data)).toBe(awardRecords(data));
    expect(Object.isFrozen(indicatorRecords(data))).toBe(true);
    expect(Object.isFrozen(awardRecords(data))).toBe(true);
  });

  it('reads each indicator value and award tally once however many units and charts ask for them', () => {
    const data = manyUnits(50);
    const values = countReads(data.indicatorValues);
    const awards = countReads(data.awards);
    const charts = allCharts(data);
    for (const unit of data.units) {
      unitIndicatorView(data, unit.id);
      unitAwardCharts(data, unit.id);
    }
    indicatorsWithData(data);
    expect(charts.length).toBeGreaterThan(50);
    expect(values.reads).toBe(data.indicatorValues.length);
    expect(awards.reads).toBe(data.awards.length);
  });

  it('indexes records by unit and by indicator in the same order as the full list', () => {
    const data = manyUnits(5);
    const { records, byUnit, byIndicator } = indicatorIndex(data);
    for (const [unit, own] of byUnit) expect(own).toEqual(records.filter((r) => r.unit === unit));
    for (const [key, own] of byIndicator) expect(own).toEqual(records.filter((r) => r.indicator === key));
    const awards = awardIndex(data);
    for (const [unit, own] of awards.byUnit) expect(own).toEqual(awards.records.filter((r) => r.unit === unit));
    expect(byUnit.size).toBe(12);
  });

  it('orders units by precomputed rank exactly as compareUnits does, unknown ids included', () => {
    const data = manyUnits(20);
    const catalog = buildCatalog(data);
    const ids = [...data.units.map((u) => u.id), 'ha-noi/khong-co-tep', 'an-giang/khong-co-tep'].reverse();
    const order = unitOrder(catalog);
    expect([...ids].sort(order)).toEqual([...ids].sort((a, b) => compareUnits(catalog, a, b)));
  });
});
