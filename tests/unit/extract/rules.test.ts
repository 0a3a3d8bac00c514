/**
 * The extractor's rules on documents it has not seen: a decision listing the collectives it honors, a plan, a
 * committee list with its distribution list and signer, and numbers written the Vietnamese way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseBlocks, type SourceDocument } from '../../../tools/extract/document.ts';
import { extractExemplars } from '../../../tools/extract/exemplars.ts';
import { extractTallies } from '../../../tools/extract/awards.ts';
import { extractIndicatorValues, Registry } from '../../../tools/extract/indicators.ts';
import { findAmounts, parseNumber } from '../../../tools/extract/numbers.ts';
import { levelOf } from '../../../tools/extract/award-words.ts';
import { comparableBody } from '../../../tools/extract/text.ts';
import type { Indicator } from '../../../src/schemas/indicator.ts';

const registry = new Registry(parse(fs.readFileSync(path.resolve('content/indicators.yaml'), 'utf8')) as Indicator[]);

function doc(type: string, body: string, signerName?: string): SourceDocument {
  return { id: 'quang-ngai/xa-thu/2024-van-ban', unit: 'quang-ngai/xa-thu', type, title: 'Văn bản thử', period: { from: 2024, to: 2024 }, signerName, body, blocks: parseBlocks(body) };
}

const decision = doc(
  'quyết định',
  [
    'Căn cứ Luật Thi đua, Khen thưởng ngày 15 tháng 6 năm 2022;',
    '',
    'Căn cứ Quyết định số 12/QĐ-UBND của Chủ tịch UBND xã về việc kiện toàn Hội đồng Thi đua - Khen thưởng xã, gồm ông Lê Văn Sáu;',
    '',
    'Xét đề nghị của Công chức Văn phòng - Thống kê xã.',
    '',
    '## QUYẾT ĐỊNH:',
    '',
    'Điều 1. Tặng Giấy khen của Chủ tịch UBND xã cho các tập thể sau:',
    '',
    '1\\. Chi bộ thôn Gò Da, xã Tịnh Thọ;',
    '',
    '2\\. Hội Nông dân thôn Trung An;',
    '',
    '3\\. Chi đoàn thôn Thọ Lộc Tây.',
    '',
    'Đã có thành tích xuất sắc trong phong trào thi đua năm 2024.',
    '',
    'Điều 2. Chánh Văn phòng HĐND và UBND xã, các tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
  ].join('\n'),
  'Trần Văn Bảy',
);

describe('an award decision', () => {
  it('proposes every collective it lists, with the award and the level of the commune that grants it', () => {
    const exemplars = extractExemplars(decision, 2024);
    expect(exemplars.map((e) => e.name)).toEqual(['Chi bộ thôn Gò Da', 'Hội Nông dân thôn Trung An', 'Chi đoàn thôn Thọ Lộc Tây']);
    for (const e of exemplars) {
      expect(e.kind).toBe('tập thể');
      expect(e.recognitions).toEqual([{ category: 'hình thức', name: 'Giấy khen', level: 'xã', year: 2024, status: 'awarded' }]);
    }
  });

  it('counts the list as one tally of three collectives', () => {
    expect(extractTallies(decision, 2024)).toEqual([expect.objectContaining({ name: 'Giấy khen', level: 'xã', recipient: 'tập thể', status: 'awarded', count: 3 })]);
  });

  it('proposes nobody named in a “Căn cứ”, nor the signer', () => {
    const names = extractExemplars(decision, 2024).map((e) => e.name).join(' ');
    expect(names).not.toMatch(/Lê Văn Sáu|Trần Văn Bảy/);
  });

  it('reads a proposal to the district as proposed, at the district level', () => {
    const proposal = doc('tờ trình', 'Đề nghị Chủ tịch UBND huyện Sơn Tây tặng Giấy khen cho các cá nhân sau:\n\n1\\. Ông Đinh Văn Tám, Trưởng thôn Ra Manh;\n\n2\\. Bà Nguyễn Thị Chín, Chi hội trưởng Phụ nữ.');
    const exemplars = extractExemplars(proposal, 2024);
    expect(exemplars.map((e) => [e.name, e.kind, e.recognitions[0]?.level, e.recognitions[0]?.status])).toEqual([
      ['Đinh Văn Tám', 'cá nhân', 'huyện', 'proposed'],
      ['Nguyễn Thị Chín', 'cá nhân', 'huyện', 'proposed'],
    ]);
  });
});

describe('a plan', () => {
  const plan = doc(
    'kế hoạch',
    [
      '## II. CHỈ TIÊU',
      '',
      '- Phấn đấu tỷ lệ hộ nghèo giảm còn 3,5%; tỷ lệ lao động qua đào tạo đạt 75% trở lên.',
      '- 100% khóm đạt chuẩn văn minh đô thị; vận động xây dựng 02 căn nhà đại đoàn kết.',
      '- Phấn đấu có 05 tập thể được tặng Giấy khen của Chủ tịch UBND phường.',
    ].join('\n'),
  );

  it('gives targets, never results', () => {
    const values = extractIndicatorValues(registry, plan, 2024);
    expect(values.length).toBeGreaterThanOrEqual(3);
    expect(values.every((v) => v.kind === 'target')).toBe(true);
    expect(values.map((v) => [v.indicator, v.value])).toEqual(expect.arrayContaining([['poor-household-rate', 3.5], ['trained-labour-rate', 75], ['solidarity-houses', 2]]));
  });

  it('names no exemplar and counts no award', () => {
    expect(extractExemplars(plan, 2024)).toEqual([]);
    expect(extractTallies(plan, 2024)).toEqual([]);
  });
});

describe('a committee list, a distribution list and a signer', () => {
  const committee = doc(
    'quyết định',
    [
      'Điều 1. Kiện toàn Hội đồng Thi đua - Khen thưởng phường Phổ Văn gồm các ông, bà có tên sau:',
      '',
      '1\\. Ông Nguyễn Chí Linh, Chủ tịch UBND phường - Chủ tịch Hội đồng;',
      '',
      '2\\. Bà Phạm Thị Hoa, Chủ tịch UBMTTQVN phường - Phó Chủ tịch Hội đồng;',
      '',
      'Điều 2. Hội đồng có nhiệm vụ tham mưu công tác thi đua, khen thưởng, biểu dương điển hình tiên tiến.',
      '',
      'Nơi nhận:',
      '',
      '- Như Điều 3;',
      '- Ông Trần Văn Mười, Phòng Nội vụ thị xã;',
      '- Lưu: VT.',
      '',
      'TM. ỦY BAN NHÂN DÂN',
      '',
      'CHỦ TỊCH',
      '',
      'Nguyễn Chí Linh',
    ].join('\n'),
    'Nguyễn Chí Linh',
  );

  it('proposes no honoree and no award', () => {
    expect(extractExemplars(committee, 2024)).toEqual([]);
    expect(extractTallies(committee, 2024)).toEqual([]);
  });
});

describe('numbers', () => {
  it('read a dot as a thousands group and a comma as the decimal mark', () => {
    expect(parseNumber('1.059')).toEqual({ value: 1059, ambiguous: false });
    expect(parseNumber('93,8')).toEqual({ value: 93.8, ambiguous: false });
    expect(parseNumber('4.890,67')).toEqual({ value: 4890.67, ambiguous: false });
    expect(parseNumber('01')).toEqual({ value: 1, ambiguous: false });
    expect(parseNumber('1,062')).toEqual({ value: 1062, ambiguous: true });
  });

  it('keep only numbers with a unit, reading fractions, “không có” and skipping dates and symbols', () => {
    const text = 'Ngày 31/10/2023, theo Kế hoạch số 12/KH-UBND, đã giải quyết 767/817 hồ sơ (chiếm 93,8%); không có hồ sơ trễ hạn; diện tích 1.085 ha.';
    expect(findAmounts(text).map((a) => [a.value, a.of, a.unit])).toEqual([
      [767, 817, 'hồ sơ'],
      [93.8, undefined, '%'],
      [0, undefined, 'hồ sơ'],
      [1085, undefined, 'ha'],
    ]);
  });

  it('convert an amount in tỷ đồng to the registry’s triệu đồng, and mark “ước” as an estimate', () => {
    const report = doc('báo cáo', 'Ước thu ngân sách xã trong năm 2024: 8,21 tỷ đồng, đạt 100% so với dự toán.');
    expect(extractIndicatorValues(registry, report, 2024).map((v) => [v.indicator, v.value, v.kind])).toEqual([
      ['budget-revenue', 8210, 'estimate'],
      ['budget-revenue-plan-rate', 100, 'estimate'],
    ]);
  });

  it('quote a sentence found word for word in the body once emphasis is removed', () => {
    const report = doc('báo cáo', '- *Công tác lâm nghiệp*: Diện tích trồng rừng mới ước đạt 50 ha, bằng 166% kế hoạch.');
    const [value] = extractIndicatorValues(registry, report, 2024);
    expect(comparableBody(report.body)).toContain(value.quote);
  });
});

describe('award levels', () => {
  it('come from the body that grants them', () => {
    expect(levelOf('Thủ tướng Chính phủ')).toBe('Trung ương');
    expect(levelOf('Chủ tịch UBND tỉnh Quảng Ngãi')).toBe('tỉnh');
    expect(levelOf('BCH Đảng bộ tỉnh Thái Nguyên')).toBe('tỉnh');
    expect(levelOf('UBND thị xã Đức Phổ')).toBe('huyện');
    expect(levelOf('Ban chấp hành Đảng bộ xã Tân Hoà')).toBe('xã');
  });
});
