import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPersonalData, privacyProblems } from '../../src/checks/privacy.ts';
import { seedFiles } from '../seeds.ts';

const found = (text: string) => findPersonalData(text).map((hit) => `${hit.kind}:${hit.value}`);

describe('the privacy check', () => {
  it('finds phone numbers in their usual Vietnamese forms', () => {
    expect(found('Gọi 0912345678, 0912 345 678, 0912.345.678, +84 912 345 678, (+84) 912345678, 0255 3822 111, (0255) 3822111 hoặc 0168 123 4567.')).toEqual([
      'phone:0912345678',
      'phone:0912 345 678',
      'phone:0912.345.678',
      'phone:+84 912 345 678',
      'phone:(+84) 912345678',
      'phone:0255 3822 111',
      'phone:(0255) 3822111',
      'phone:0168 123 4567',
    ]);
  });

  it('finds 12-digit citizen IDs and 9-digit old IDs, bare or announced', () => {
    expect(found('CCCD 051080012345; số định danh 001 080 012 345; CMND số 212345678; chứng minh nhân dân: 212 345 678; mã 079203001234')).toEqual([
      'cccd:051080012345',
      'cccd:001 080 012 345',
      'cmnd:212345678',
      'cmnd:212 345 678',
      'cccd:079203001234',
    ]);
  });

  it('finds e-mail addresses', () => {
    expect(found('Thư gửi an.nguyen@gmail.com hoặc vanthu@quangngai.gov.vn')).toEqual(['email:an.nguyen@gmail.com', 'email:vanthu@quangngai.gov.vn']);
  });

  it('finds dates of birth next to a person’s name', () => {
    expect(found('Ông Nguyễn Văn An, sinh ngày 12/3/1980, và bà Trần Thị Bé (SN 1975); anh Hồ Văn C ngày sinh: 01-02-1990; chị Lê Thị D, sinh năm 1992.')).toEqual([
      'birth-date:sinh ngày 12/3/1980',
      'birth-date:SN 1975',
      'birth-date:ngày sinh: 01-02-1990',
      'birth-date:sinh năm 1992',
    ]);
  });

  it('leaves document numbers, document dates, amounts, years and statistics alone', () => {
    const text = [
      'Báo cáo số 127/BC-UBND ngày 15/12/2023 của UBND xã Tân Hoà; Nghị quyết số 1677/NQ-UBTVQH15 ngày 16/6/2025.',
      'Thu ngân sách 3.150.000.000 đồng, chi 123456789 đồng; diện tích 1.059 ha; dân số 7.538 người; 31/12/2023.',
      'Khai sinh 74 trường hợp; học sinh năm 2023 đạt 98%; trẻ em sinh năm 2020 được tiêm chủng; năm 2021-2022.',
      'Tỷ lệ 93,8%; 2.190 tỷ đồng; giai đoạn 2014 - 2023; 01/KH-UBND; điện thoại trực tuyến 100%.',
    ].join('\n');
    expect(found(text)).toEqual([]);
  });

  it('finds nothing in the five real seed documents', () => {
    expect(seedFiles.size).toBe(5);
    for (const [name, file] of seedFiles) expect(found(fs.readFileSync(file, 'utf8')), name).toEqual([]);
  });

  it('lets through exactly the values allowed in the frontmatter, and nothing else', () => {
    const hits = findPersonalData('Trụ sở: 0255 3822 111; cán bộ: 0983 456 789');
    const problems = privacyProblems(hits, new Set(['0255 3822 111']));
    expect(problems.map((p) => [p.rule, p.line, p.found])).toEqual([['privacy/phone', 1, 'số điện thoại (a phone number): "0983 456 789"']]);
  });
});
