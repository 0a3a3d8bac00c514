import { describe, expect, it } from 'vitest';
import { buildDate, settings, settingsSchema } from '../../src/settings.ts';

describe('the settings read from the environment', () => {
  it('gives every setting its default when nothing is set, and treats an empty value as unset', () => {
    const values = settings({ LIST_PAGE_SIZE: '', SITE: '' });
    expect(values).toMatchObject({ CONTENT_DIR: 'content', SITE: 'https://bangvang.example.vn', BASE: '/', LIST_PAGE_SIZE: 100, CHART_ROW_LIMIT: 40, SEARCH_BUNDLE_BYTES: 20_000_000, BUILD_PART: 'whole', CONTENT_CHECK: 'on', SEARCH_INDEX_PART: 'whole' });
    expect(values.SEARCH_INDEXERS).toBeUndefined();
  });

  it('reads numbers as numbers and keeps names as given', () => {
    expect(settings({ LIST_PAGE_SIZE: '3', SEARCH_BUNDLE_BYTES: '0', SEARCH_INDEXERS: '2', BASE: '/bang-vang/' })).toMatchObject({ LIST_PAGE_SIZE: 3, SEARCH_BUNDLE_BYTES: 0, SEARCH_INDEXERS: 2, BASE: '/bang-vang/' });
  });

  it('names every bad variable at once, with the value found and what is expected', () => {
    const bad = { BUILD_DATE: '03/12/2026', LIST_PAGE_SIZE: 'một trăm', SITE: 'bangvang', BUILD_PART: 'toàn bộ', SEARCH_BUNDLE_BYTES: '-1', BASE: 'bang-vang' };
    let message = '';
    try {
      settings(bad);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n')).toEqual([
      'Biến môi trường không hợp lệ (invalid environment variables):',
      '  - BUILD_DATE="03/12/2026": cần dạng YYYY-MM-DD (expected YYYY-MM-DD)',
      '  - SITE="bangvang": cần một địa chỉ đầy đủ như https://example.vn (expected an absolute URL)',
      '  - BASE="bang-vang": cần bắt đầu bằng / (expected a path starting with /)',
      '  - LIST_PAGE_SIZE="một trăm": cần một số nguyên ≥ 1 (expected a whole number ≥ 1)',
      '  - SEARCH_BUNDLE_BYTES="-1": cần một số byte ≥ 0 (expected a number of bytes ≥ 0)',
      '  - BUILD_PART="toàn bộ": cần một trong (expected one of): whole, shared, shard',
    ]);
  });

  it('checks the same values once, and reads the environment again on every call', () => {
    const env: Record<string, string> = { LIST_PAGE_SIZE: '7' };
    const first = settings(env);
    expect(settings({ ...env })).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    env.LIST_PAGE_SIZE = '8';
    expect(settings(env).LIST_PAGE_SIZE).toBe(8);
    env.LIST_PAGE_SIZE = 'tám';
    expect(() => settings(env)).toThrow('LIST_PAGE_SIZE="tám"');
    expect(() => settings(env)).toThrow('LIST_PAGE_SIZE="tám"');
  });

  it('refuses a build date that does not exist in the calendar', () => {
    expect(() => buildDate({ BUILD_DATE: '2026-02-30' })).toThrow('BUILD_DATE="2026-02-30": không phải một ngày có thật');
    expect(buildDate({ BUILD_DATE: '2026-02-28' })).toBe('2026-02-28');
  });

  it('declares each variable the code reads with a comment (the schema is the list)', () => {
    expect(Object.keys(settingsSchema.shape)).toEqual(expect.arrayContaining(['CONTENT_DIR', 'BUILD_DATE', 'SITE', 'BASE', 'OUT_DIR', 'CACHE_DIR', 'LIST_PAGE_SIZE', 'CHART_ROW_LIMIT', 'SEARCH_BUNDLE_BYTES', 'SEARCH_INDEXERS', 'BUILD_PART', 'CONTENT_CHECK', 'SEARCH_INDEX_PART', 'SEARCH_FACTS_FILE']));
  });
});
