import { describe, expect, it } from 'vitest';
import { describeIssuingBody, districtParts, titleCase } from '../../../tools/import/unit-missing.ts';
import { buildNewUnit, proposedUnitId, provinceName } from '../../../tools/import/new-unit.ts';
import { idWarnings, issuerDiffers, readUnit } from '../../../tools/import/cli/unit.ts';
import type { ImportResult } from '../../../tools/import/import-document.ts';
import { seedUnits } from './helpers.ts';

/** The one reader of the issuing commune (importDocument's `unitMissing`); the command line uses its result. */
describe('reading the issuing commune', () => {
  it('reads the commune and the district above it from the issuing body', () => {
    expect(describeIssuingBody(['UBND HUYỆN PHÚ BÌNH', 'UBND XÃ TÂN HÒA'], undefined, '')).toEqual({
      issuer: 'UBND HUYỆN PHÚ BÌNH / UBND XÃ TÂN HÒA',
      kind: 'xã',
      name: 'Tân Hòa',
      district: 'huyện Phú Bình',
    });
  });

  it('tells a town (thị xã) from a commune, a city-province from a district city, and keeps a numbered ward', () => {
    expect(describeIssuingBody(['UBND THỊ XÃ ĐỨC PHỔ', 'UBND PHƯỜNG PHỔ VĂN'], undefined, '')).toMatchObject({ kind: 'phường', name: 'Phổ Văn', district: 'thị xã Đức Phổ' });
    expect(describeIssuingBody(['UBND THÀNH PHỐ CAO LÃNH', 'UBND PHƯỜNG HÒA THUẬN'], undefined, '')).toMatchObject({ district: 'thành phố Cao Lãnh' });
    expect(describeIssuingBody(['UBND THÀNH PHỐ HÀ NỘI', 'UBND PHƯỜNG HOÀN KIẾM'], undefined, '')).toMatchObject({ name: 'Hoàn Kiếm', province: 'Hà Nội' });
    expect(describeIssuingBody(['ỦY BAN NHÂN DÂN', 'THỊ TRẤN PHÚ THỊNH'], undefined, '')).toMatchObject({ kind: 'thị trấn', name: 'Phú Thịnh' });
    expect(describeIssuingBody(['UBND QUẬN 3', 'UBND PHƯỜNG 12'], undefined, '')).toMatchObject({ kind: 'phường', name: '12', district: 'quận 3' });
  });

  it('reads the commune of another issuing body than the committee (the Fatherland Front of a commune)', () => {
    expect(describeIssuingBody(['ỦY BAN MTTQ VIỆT NAM', 'XÃ LƯƠNG MINH'], undefined, '')).toMatchObject({ kind: 'xã', name: 'Lương Minh' });
  });

  it('finds nothing in an issuing body above the communes', () => {
    expect(describeIssuingBody(['ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK'], undefined, '')).toEqual({ issuer: 'ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK', province: 'Đắk Lắk' });
  });

  it('takes the spelling, the district and the province from the text', () => {
    const text = 'UBND xã Tân Hoà báo cáo. Các xã, thị trấn huyện Phú Bình; UBND huyện Phú Bình; tỉnh Thái Nguyên Ban hành; tỉnh Thái Nguyên.';
    expect(describeIssuingBody(['UBND XÃ TÂN HÒA'], undefined, text)).toEqual({ issuer: 'UBND XÃ TÂN HÒA', kind: 'xã', name: 'Tân Hoà', district: 'huyện Phú Bình', province: 'Thái Nguyên' });
    expect(describeIssuingBody(['UBND XÃ TÂN HÒA'], undefined, 'xã Tân Hoà, huyện Phú Bình, tỉnh Thái Nguyên')).toMatchObject({ district: 'huyện Phú Bình', province: 'Thái Nguyên' });
    expect(describeIssuingBody(['UBND PHƯỜNG AN HÒA'], undefined, 'thành phố Cao Lãnh, thành phố Hồ Chí Minh').province).toBe('Hồ Chí Minh');
  });

  it('falls back on the place of issue and the kind the text gives it when the header has no issuing body', () => {
    const text = 'Hòa Thuận, ngày 10 tháng 01 năm 2024\nỦy ban nhân dân phường Hòa Thuận phát động phong trào thi đua. Thành phố Cao Lãnh, tỉnh Đồng Tháp; thành phố Cao Lãnh.';
    expect(describeIssuingBody([], 'Hòa Thuận', text)).toEqual({ issuer: '', kind: 'phường', name: 'Hòa Thuận', district: 'thành phố Cao Lãnh', province: 'Đồng Tháp' });
  });

  it('writes capitals as a name: TÂN HÒA → Tân Hòa, and leaves a written name as it is', () => {
    expect(titleCase('TÂN HÒA')).toBe('Tân Hòa');
    expect(titleCase('ĐẮK LẮK')).toBe('Đắk Lắk');
    expect(titleCase('Cư M’gar')).toBe('Cư M’gar');
  });
});

describe('the command line takes the issuing commune from importDocument', () => {
  const result = (unitMissing?: ImportResult['unitMissing']) => ({ errors: [], warnings: [], unitMissing }) as ImportResult;

  it('splits the district into the kind and name a unit file writes', () => {
    expect(districtParts('thị xã Đức Phổ')).toEqual({ kind: 'thị xã', name: 'Đức Phổ' });
    expect(districtParts(undefined)).toBeUndefined();
    expect(readUnit(result({ issuer: 'UBND XÃ AN THỊNH', kind: 'xã', name: 'An Thịnh', district: 'huyện Lương Tài', province: 'Bắc Ninh' }))).toEqual({
      issuer: 'UBND XÃ AN THỊNH',
      kind: 'xã',
      name: 'An Thịnh',
      district: { kind: 'huyện', name: 'Lương Tài' },
      province: 'Bắc Ninh',
    });
    expect(readUnit(result())).toEqual({ issuer: '', district: undefined });
  });

  it('warns when the issuing body names another commune than the --unit given, and not when it names that one', () => {
    const tanHoa = seedUnits.find((unit) => unit.name === 'Tân Hoà')!;
    expect(issuerDiffers(tanHoa.id, result({ issuer: 'UBND XÃ AN THỊNH', kind: 'xã', name: 'An Thịnh' }), seedUnits)).toContain('không phải xã Tân Hoà');
    expect(issuerDiffers(tanHoa.id, result({ issuer: 'UBND XÃ TÂN HÒA', kind: 'xã', name: 'Tân Hòa' }), seedUnits)).toBeUndefined();
    expect(issuerDiffers(tanHoa.id, result({ issuer: '' }), seedUnits)).toBeUndefined();
  });
});

describe('a new unit file', () => {
  const found = { issuer: 'UBND XÃ AN THỊNH', kind: 'xã' as const, name: 'An Thịnh', district: { kind: 'huyện' as const, name: 'Lương Tài' }, province: 'Bắc Ninh' };

  it('proposes the id the site would give it: the province, then the name with its district', () => {
    expect(proposedUnitId(found)).toBe('bac-ninh/an-thinh-luong-tai');
    expect(proposedUnitId({ ...found, province: undefined })).toBe('<tỉnh>/an-thinh-luong-tai');
    expect(proposedUnitId({ issuer: 'UBND TỈNH BẮC NINH' })).toBeUndefined();
  });

  it('names the province as the site already does, else as the document does, else from the list of provinces', () => {
    expect(provinceName('thai-nguyen', 'Thái nguyên', seedUnits)).toBe('Thái Nguyên');
    expect(provinceName('bac-ninh', 'Bắc Ninh', seedUnits)).toBe('Bắc Ninh');
    expect(provinceName('thua-thien-hue', undefined, [])).toBe('Thừa Thiên Huế');
    expect(provinceName('ho-chi-minh', undefined, [])).toBe('Hồ Chí Minh');
    expect(provinceName('khong-ro', 'Bắc Ninh', [])).toBeUndefined();
  });

  it('is valid for the site schema and says where it came from', () => {
    const { unit, problems } = buildNewUnit('bac-ninh/an-thinh-luong-tai', found, { units: seedUnits, fileName: 'bao-cao.docx' });
    expect(problems).toEqual([]);
    expect(unit).toEqual({
      id: 'bac-ninh/an-thinh-luong-tai',
      label: 'xã An Thịnh, huyện Lương Tài, tỉnh Bắc Ninh',
      yaml: '# Xã An Thịnh, huyện Lương Tài, tỉnh Bắc Ninh — tạo khi nhập bao-cao.docx (created by the importer).\nname: An Thịnh\nkind: xã\ndistrict:\n  name: Lương Tài\n  kind: huyện\nprovince: Bắc Ninh\nfacts: []\n',
    });
  });

  it('leaves out the district after the 2025 reform, when the document names none', () => {
    const { unit } = buildNewUnit('bac-ninh/an-thinh', { ...found, district: undefined }, { units: [], fileName: 'a.txt' });
    expect(unit?.yaml).not.toContain('district');
  });

  it('lists every reason it cannot be made', () => {
    expect(buildNewUnit('khong-ro/x', { issuer: 'UBND TỈNH BẮC NINH' }, { units: [], fileName: 'a.txt' }).problems).toEqual([
      'không đọc được tên xã, phường từ văn bản (commune name not found in "UBND TỈNH BẮC NINH")',
      'không xác định được tên tỉnh "khong-ro" (province name not found): văn bản không ghi "tỉnh …" và content/units/khong-ro/ chưa có đơn vị nào',
    ]);
  });

  it('warns when the id given is not the one the document suggests', () => {
    expect(idWarnings('bac-ninh/an-thinh-luong-tai', found)).toEqual([]);
    expect(idWarnings('thai-nguyen/an-thinh', found)).toEqual([
      'văn bản ghi tỉnh Bắc Ninh, --unit ghi thai-nguyen (the document names another province)',
      'mã đơn vị theo cách đặt của trang là an-thinh-luong-tai (the site would name it so): tên và huyện, không dấu',
    ]);
  });
});
