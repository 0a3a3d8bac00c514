/**
 * The command line's side of the issuing unit: a unit new to the site named with --unit is created from its
 * first document; without --unit, a document of an unknown unit fails with the command that imports it; an
 * existing unit given with --unit wins over an issuing body that names another, with a warning.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ImportResult } from '../import-document.ts';
import { districtParts, type UnitMissing } from '../unit-missing.ts';
import { buildNewUnit, proposedUnitId, type IssuingUnit, type NewUnit } from '../new-unit.ts';
import { slugify } from '../../../src/utils/vietnamese.ts';
import { toneKey } from '../text.ts';
import type { UnitRef } from '../units.ts';
import type { Failure } from './outcome.ts';

/** What every file of a batch shares about units. */
export interface UnitContext {
  /** The site's units (CONTENT_DIR/units). */
  units: UnitRef[];
  /** Where unit files are written: <content or --out>/units. */
  unitsDir: string;
  /** Units this batch creates, by id, made from the first document that names them. */
  created: Map<string, NewUnit & { file: string }>;
}

/** The path of a unit's file. */
export function unitFile(unitsDir: string, id: string): string {
  return path.join(unitsDir, ...id.split('/')) + '.yaml';
}

/** True when the site (or the folder written to) has the unit already. */
export function unitExists(context: UnitContext, id: string): boolean {
  return context.units.some((unit) => unit.id === id) || existsSync(unitFile(context.unitsDir, id));
}

/**
 * A stand-in for a unit about to be created, so that importDocument accepts the id as known: its name is
 * empty, so it can never match another document's text.
 */
export function placeholderUnit(id: string): UnitRef {
  return { id, name: '', kind: '', province: '' };
}

/** The issuing unit as importDocument read it (`unitMissing`), its district as a unit file writes it. */
export function readUnit(result: ImportResult): IssuingUnit {
  const read: UnitMissing = result.unitMissing ?? { issuer: '' };
  return { ...read, district: districtParts(read.district) };
}

/** Warnings when the id given for a new unit is not the one the document suggests (another province, another slug). */
export function idWarnings(id: string, found: IssuingUnit): string[] {
  const warnings: string[] = [];
  const [provinceSlug] = id.split('/');
  if (found.province && slugify(found.province) !== provinceSlug) {
    warnings.push(`văn bản ghi tỉnh ${found.province}, --unit ghi ${provinceSlug} (the document names another province)`);
  }
  const proposed = proposedUnitId(found);
  if (proposed && !proposed.startsWith('<') && proposed.split('/')[1] !== id.split('/')[1]) {
    warnings.push(`mã đơn vị theo cách đặt của trang là ${proposed.split('/')[1]} (the site would name it so): tên và huyện, không dấu`);
  }
  return warnings;
}

/** The unit file to create for `id` from this document, or why it cannot be made. */
export function newUnitFor(id: string, found: IssuingUnit, context: UnitContext, fileName: string): { unit?: NewUnit & { file: string }; failure?: Failure } {
  const planned = context.created.get(id);
  if (planned) return { unit: planned };
  const { unit, problems } = buildNewUnit(id, found, { units: context.units, fileName });
  if (!unit) {
    const reason = 'không tạo được đơn vị mới (cannot create the unit)';
    return { failure: { message: `Lỗi: ${fileName}: ${reason} ${id}: ${problems.join('; ')}; hãy tạo tệp ${unitFile('content/units', id)} (create the unit file by hand)`, reason } };
  }
  const withFile = { ...unit, file: unitFile(context.unitsDir, id) };
  context.created.set(id, withFile);
  return { unit: withFile };
}

/** True when importDocument stopped because no known unit matched. */
export function isUnitNotFound(result: ImportResult): boolean {
  return result.errors.some((error) => error.includes('(unit not found)'));
}

/** importDocument's own error about the missing unit (it asks for --unit), which the command line's replaces. */
export function isUnitError(error: string): boolean {
  return /\(unit not found\)|dùng --unit/u.test(error);
}

/** The unit-not-found failure, naming the issuing body read and the exact command that imports the file. */
export function unitNotFound(input: string, found: IssuingUnit, context: UnitContext): Failure {
  const reason = 'không tìm thấy đơn vị ban hành trong content/units (unit not found)';
  const named = found.issuer || (found.kind && found.name ? `${found.kind} ${found.name}` : '');
  // A district the site knows tells the province when the document does not.
  const district = found.district && context.units.find((u) => u.district && toneKey(u.district.name) === toneKey(found.district!.name));
  const id = proposedUnitId({ ...found, province: found.province ?? district?.province });
  const base = path.basename(input);
  const read = named ? `: đã đọc (read) "${named}"` : '';
  if (!id) return { message: `Lỗi: ${base}: ${reason}${read}; dùng --unit <tỉnh>/<đơn-vị>`, reason };
  return { message: `Lỗi: ${base}: ${reason}${read}; nếu là đơn vị mới, nhập bằng (if it is a new unit, run): npm run import -- "${input}" --unit ${id}`, reason };
}

/** A warning when the issuing body names a commune other than the --unit given. */
export function issuerDiffers(id: string, result: ImportResult, units: UnitRef[]): string | undefined {
  const unit = units.find((u) => u.id === id);
  const found = result.unitMissing;
  if (!unit || !found?.issuer || !found.kind || !found.name) return undefined;
  const names = [{ kind: unit.kind, name: unit.name }, ...(unit.formerNames ?? [])].map((n) => toneKey(`${n.kind} ${n.name}`));
  if (names.includes(toneKey(`${found.kind} ${found.name}`))) return undefined;
  return `cơ quan ban hành "${found.issuer}" không phải ${unit.kind} ${unit.name} (issuer differs from --unit): vẫn nhập vào ${id} theo --unit`;
}
