import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { unitSchema } from '../../src/schemas/unit.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { exemplarSchema } from '../../src/schemas/exemplar.ts';
import { awardTallySchema } from '../../src/schemas/award-tally.ts';
import { indicatorSchema, indicatorValuesSchema } from '../../src/schemas/indicator.ts';
import { movementSchema } from '../../src/schemas/movement.ts';
import { storySchema } from '../../src/schemas/story.ts';

/** Every problem of an entry as "path: message", the way a reader scans them. */
function problems(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.') || '(entry)'}: ${issue.message}`);
}

const quote = { document: 'thai-nguyen/tan-hoa-phu-binh/2023-bao-cao-127', quote: 'Câu trích dẫn.' };

describe('unit schema', () => {
  it('accepts a ward with its district, province, facts and former name', () => {
    expect(
      problems(unitSchema, {
        name: 'Phổ Minh',
        kind: 'phường',
        district: { name: 'Đức Phổ', kind: 'thị xã' },
        province: 'Quảng Ngãi',
        facts: [{ key: 'area-natural', label: 'Diện tích tự nhiên', value: 1059, unit: 'ha', source: quote }],
        formerNames: [{ name: 'Phổ Minh', kind: 'xã' }],
      }),
    ).toEqual([]);
  });

  it('lists every problem of a bad unit at once', () => {
    expect(
      problems(unitSchema, {
        name: '',
        kind: 'làng',
        province: 42,
        successor: { date: '2025-02-30', change: 'sáp nhập' },
        redirectFrom: ['Quảng Ngãi/Phổ Minh'],
      }),
    ).toMatchSnapshot();
  });
});

describe('document schema', () => {
  it('keeps the number apart from the symbol and accepts a partial date', () => {
    const parsed = documentSchema.parse({
      unit: 'quang-ngai/pho-van-duc-pho',
      type: 'báo cáo',
      symbol: 'BC-UBND',
      issuedOn: '2023-10',
      title: 'Công tác thi đua, khen thưởng năm 2023',
    });
    expect(parsed.number).toBeUndefined();
    expect(parsed.issuedOn).toBe('2023-10');
  });

  it('reads a YAML number such as 127 as the string "127"', () => {
    const parsed = documentSchema.parse({ unit: 'thai-nguyen/tan-hoa-phu-binh', type: 'báo cáo', number: 127, symbol: 'BC-UBND', title: 'Tổng kết' });
    expect(parsed.number).toBe('127');
  });

  it('rejects an impossible date, an unknown type and a missing title', () => {
    expect(problems(documentSchema, { unit: 'thai-nguyen/tan-hoa-phu-binh', type: 'thư ngỏ', issuedOn: '2023-13-01' })).toMatchSnapshot();
  });
});

describe('exemplar schema', () => {
  it('tells an emulation title from a commendation form', () => {
    const parsed = exemplarSchema.parse({
      name: 'Hộ ông Trần Nhơn',
      kind: 'hộ gia đình',
      unit: 'quang-ngai/son-long-son-tay',
      years: [2024],
      recognitions: [
        { category: 'danh hiệu', name: 'Lao động tiên tiến' },
        { category: 'hình thức', name: 'Giấy khen', level: 'xã', status: 'proposed' },
      ],
      source: quote,
    });
    expect(parsed.recognitions.map((r) => r.category)).toEqual(['danh hiệu', 'hình thức']);
  });

  it('lists every problem of a bad exemplar at once', () => {
    expect(problems(exemplarSchema, { name: '', kind: 'người', unit: 'Quang Ngai', years: [], source: { document: 'x' } })).toMatchSnapshot();
  });
});

describe('awards, indicators, movements and stories', () => {
  it('refuses a count below zero', () => {
    expect(
      problems(awardTallySchema, {
        unit: 'thai-nguyen/tan-hoa-phu-binh',
        year: 2023,
        document: quote.document,
        tallies: [{ name: 'Bằng khen', level: 'tỉnh', count: -3, quote: 'x' }],
      }),
    ).toMatchSnapshot();
  });

  it('needs a key, a label and a unit of measure for an indicator', () => {
    expect(problems(indicatorSchema, { id: 'Tỷ lệ', label: 'Tỷ lệ hộ nghèo' })).toMatchSnapshot();
  });

  it('marks each indicator value as actual, estimate or target', () => {
    expect(
      problems(indicatorValuesSchema, {
        unit: 'quang-ngai/pho-van-duc-pho',
        year: 2023,
        document: quote.document,
        values: [{ indicator: 'population', value: '7.538', kind: 'real', quote: 'dân số khoảng 7.538 người' }],
      }),
    ).toMatchSnapshot();
  });

  it('names who launched a movement', () => {
    expect(problems(movementSchema, { name: 'Dân vận khéo', launchedBy: { level: 'xóm' } })).toMatchSnapshot();
  });

  it('requires alt text for a story cover', () => {
    const schema = storySchema(() => z.string());
    expect(
      problems(schema, {
        title: 'Gừng sẻ Sơn Long',
        summary: 'Tóm tắt',
        author: 'Ban biên tập',
        publishedOn: '2024-11-01',
        cover: { src: './gung.png' },
      }),
    ).toMatchSnapshot();
  });
});
