/**
 * A unit file for a commune the site does not know yet, made from what its document says (name, kind,
 * district, province), validated with the site's own unit schema (the one the build uses) and written as
 * YAML with a comment saying where it came from. Also the id the site would give it, for the command the
 * importer proposes when it finds no unit.
 */
import { stringify } from 'yaml';
import { unitSchema } from '../../src/schemas/unit.ts';
import { slugify } from '../../src/utils/vietnamese.ts';
import { unitFullName } from '../../src/utils/unit-name.ts';
import { provinces } from '../corpus/geography.ts';
import type { CommuneKind, DistrictKind } from './unit-missing.ts';
import type { UnitRef } from './units.ts';

/** The issuing commune as importDocument read it (`unitMissing`), its district as a unit file writes it. */
export interface IssuingUnit {
  /** The issuing body as written, lines joined with " / ": "UBND HUYỆN PHÚ BÌNH / UBND XÃ TÂN HÒA". */
  issuer: string;
  kind?: CommuneKind;
  name?: string;
  district?: { kind: DistrictKind; name: string };
  province?: string;
}

/** The name of the province with this slug in the list of provinces, "Thành phố" left out. */
function knownProvince(hasSlug: (name: string) => boolean): string | undefined {
  const names = provinces.flatMap((p) => [p.name, ...p.parts.map((part) => part.name)]).map((name) => name.replace(/^Thành phố /u, ''));
  return names.find(hasSlug);
}

/** A unit to create: its id, its file's text and how it reads ("phường Hòa Thuận, thành phố Cao Lãnh, tỉnh Đồng Tháp"). */
export interface NewUnit {
  id: string;
  yaml: string;
  label: string;
}

/** The id the site would give the unit: "<province>/<name and district>", e.g. "thai-nguyen/tan-hoa-phu-binh". */
export function proposedUnitId(unit: IssuingUnit): string | undefined {
  if (!unit.name) return undefined;
  const province = unit.province ? slugify(unit.province) : '<tỉnh>';
  return `${province}/${slugify(`${unit.name} ${unit.district?.name ?? ''}`)}`;
}

/**
 * The province's name for a unit id: the one the site's units of that province already use (so the
 * province keeps one name on the site), else the document's when its slug is the id's, else the list of
 * provinces'.
 */
export function provinceName(provinceSlug: string, fromDocument: string | undefined, units: UnitRef[]): string | undefined {
  const existing = units.find((unit) => unit.id.split('/')[0] === provinceSlug)?.province;
  if (existing) return existing;
  if (fromDocument && slugify(fromDocument) === provinceSlug) return fromDocument;
  return knownProvince((name) => slugify(name) === provinceSlug || slugify(`thành phố ${name}`) === provinceSlug);
}

/** The unit file for `id`, or the problems that stop it, in the user's words. */
export function buildNewUnit(id: string, found: IssuingUnit, context: { units: UnitRef[]; fileName: string }): { unit?: NewUnit; problems: string[] } {
  const [provinceSlug] = id.split('/');
  const province = provinceName(provinceSlug, found.province, context.units);
  const problems: string[] = [];
  if (!found.kind || !found.name) {
    problems.push(`không đọc được tên xã, phường từ văn bản (commune name not found${found.issuer ? ` in "${found.issuer}"` : ''})`);
  }
  if (!province) {
    problems.push(`không xác định được tên tỉnh "${provinceSlug}" (province name not found): văn bản không ghi "tỉnh …" và content/units/${provinceSlug}/ chưa có đơn vị nào`);
  }
  if (problems.length > 0 || !found.kind || !found.name || !province) return { problems };
  const data = { name: found.name, kind: found.kind, ...(found.district ? { district: { name: found.district.name, kind: found.district.kind } } : {}), province, facts: [] };
  const parsed = unitSchema.safeParse(data);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((issue) => `tệp đơn vị không hợp lệ (invalid unit file): ${issue.path.join('.') || '(gốc)'}: ${issue.message}`) };
  }
  const label = unitFullName(data);
  const comment = `# ${label.charAt(0).toLocaleUpperCase('vi')}${label.slice(1)} — tạo khi nhập ${context.fileName} (created by the importer).\n`;
  const yaml = `${comment}${stringify(data, { lineWidth: 0 })}`.normalize('NFC');
  return { unit: { id, yaml, label }, problems: [] };
}
