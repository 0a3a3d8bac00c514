import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadUnits } from '../../../tools/import/load-units.ts';
import { matchUnit } from '../../../tools/import/units.ts';
import { documentSlug } from '../../../tools/import/naming.ts';
import { periodFromTitle } from '../../../tools/import/frontmatter.ts';
import { toneKey } from '../../../tools/import/text.ts';
import { seedUnits } from './helpers.ts';

describe('unit matching', () => {
  it('treats Hoà and Hòa as the same name, but not Hòa and Hoa', () => {
    expect(toneKey('UBND xã Tân Hoà')).toBe(toneKey('UBND XÃ TÂN HÒA'));
    expect(toneKey('Tân Hòa')).not.toBe(toneKey('Tân Hoa'));
  });

  it('finds the unit named by the issuer or in the text', () => {
    expect(matchUnit(seedUnits, { issuer: ['UBND XÃ TÂN HÒA'], text: '' }).unit?.id).toBe('thai-nguyen/tan-hoa-phu-binh');
    expect(matchUnit(seedUnits, { issuer: [], place: 'Hòa Thuận', text: 'Ủy ban nhân dân phường Hòa Thuận phát động' }).unit?.id).toBe('dong-thap/hoa-thuan-cao-lanh');
  });

  it('finds a unit under its former name', () => {
    expect(matchUnit(seedUnits, { issuer: ['UBND XÃ PHỔ MINH'], text: '' }).unit?.id).toBe('quang-ngai/pho-minh-duc-pho');
  });

  it('tells two units of the same name apart by their district, and says when it cannot', () => {
    const twins = [
      { id: 'thai-nguyen/tan-hoa-phu-binh', name: 'Tân Hòa', kind: 'xã', district: { name: 'Phú Bình', kind: 'huyện' }, province: 'Thái Nguyên' },
      { id: 'hoa-binh/tan-hoa-lac-son', name: 'Tân Hòa', kind: 'xã', district: { name: 'Lạc Sơn', kind: 'huyện' }, province: 'Hòa Bình' },
    ];
    expect(matchUnit(twins, { issuer: ['UBND HUYỆN PHÚ BÌNH', 'UBND XÃ TÂN HÒA'], text: '' }).unit?.id).toBe('thai-nguyen/tan-hoa-phu-binh');
    expect(matchUnit(twins, { issuer: ['UBND XÃ TÂN HÒA'], text: '' })).toEqual({ reason: 'ambiguous', candidates: ['thai-nguyen/tan-hoa-phu-binh', 'hoa-binh/tan-hoa-lac-son'] });
  });

  it('does not take a neighbour mentioned once for the issuing unit', () => {
    expect(matchUnit(seedUnits, { issuer: [], text: 'phía Đông giáp phường Phổ Văn' })).toEqual({ reason: 'none', candidates: [] });
  });
});

describe('loading the units', () => {
  it('skips a unit file that does not parse and ignores malformed fields, so that matching never throws', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'units-'));
    try {
      mkdirSync(path.join(dir, 'thai-nguyen'));
      writeFileSync(path.join(dir, 'thai-nguyen/tan-hoa-phu-binh.yaml'), 'name: Tân Hoà\nkind: xã\nprovince: Thái Nguyên\nformerNames: 5\ndistrict: Phú Bình\n');
      writeFileSync(path.join(dir, 'thai-nguyen/hong.yaml'), 'name: [khong dong');
      const units = loadUnits(dir);
      expect(units).toEqual([{ id: 'thai-nguyen/tan-hoa-phu-binh', name: 'Tân Hoà', kind: 'xã', province: 'Thái Nguyên', formerNames: [], district: undefined }]);
      expect(matchUnit(units, { issuer: ['UBND XÃ TÂN HÒA'], text: '' }).unit?.id).toBe('thai-nguyen/tan-hoa-phu-binh');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('names', () => {
  it('names numbered documents by year, type and number, others by the first six words of the title', () => {
    expect(documentSlug({ year: '2023', type: 'báo cáo', number: '127', title: 'x' })).toBe('2023-bao-cao-127');
    expect(documentSlug({ year: '2023', type: 'báo cáo', title: 'Công tác thi đua, khen thưởng năm 2023 và ước thực hiện' })).toBe('2023-bao-cao-cong-tac-thi-dua-khen-thuong');
    expect(documentSlug({ year: '2024', type: 'kế hoạch', title: 'Phát động phong trào thi đua yêu nước năm 2024' })).toBe('2024-ke-hoach-phat-dong-phong-trao-thi-dua');
  });

  it('reads the period a title states', () => {
    expect(periodFromTitle('Tổng kết công tác thi đua khen thưởng năm 2023, phương hướng, nhiệm vụ năm 2024')).toEqual({ from: 2023, to: 2024 });
    expect(periodFromTitle('giai đoạn 2014-2023')).toEqual({ from: 2014, to: 2023 });
    expect(periodFromTitle('đến ngày 31/12/2023')).toBeUndefined();
    expect(periodFromTitle('Về việc khen thưởng')).toBeUndefined();
  });
});
