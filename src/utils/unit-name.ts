/** How units are named in running text: "xã Tân Hoà", "xã Tân Hoà, huyện Phú Bình, tỉnh Thái Nguyên". */

export interface NamedUnit {
  name: string;
  kind: string;
  district?: { name: string; kind: string };
  province: string;
}

/** "xã Tân Hoà". */
export function unitName(unit: Pick<NamedUnit, 'name' | 'kind'>): string {
  return `${unit.kind} ${unit.name}`;
}

/** "Xã Tân Hoà" — for the start of a heading or a line. */
export function unitTitle(unit: Pick<NamedUnit, 'name' | 'kind'>): string {
  const s = unitName(unit);
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

/** "huyện Phú Bình, tỉnh Thái Nguyên" — where the unit was at the time of its documents. */
export function unitPlace(unit: NamedUnit): string {
  const district = unit.district ? `${unit.district.kind} ${unit.district.name}, ` : '';
  return `${district}tỉnh ${unit.province}`;
}

/** "xã Tân Hoà, huyện Phú Bình, tỉnh Thái Nguyên". */
export function unitFullName(unit: NamedUnit): string {
  return `${unitName(unit)}, ${unitPlace(unit)}`;
}
