/**
 * Units of measure written after a number, and how a unit of the text converts to the unit of an indicator
 * in the registry (content/indicators.yaml): "8,21 tỷ đồng" is 8210 "triệu đồng".
 */

/** Spellings as written → canonical unit. Longer spellings first, so "hồ sơ" wins over "hộ" and "ha" waits for "tạ/ha". */
const aliases: Array<[string, string]> = (
  [
    ['%/năm', '%/năm'],
    ['%', '%'],
    ['triệu đồng/ha', 'triệu đồng/ha'],
    ['tỷ đồng', 'tỷ đồng'],
    ['tỉ đồng', 'tỷ đồng'],
    ['triệu đồng', 'triệu đồng'],
    ['tạ/ha', 'tạ/ha'],
    ['ha', 'ha'],
    ['m²', 'm²'],
    ['m2', 'm²'],
    ['tấn', 'tấn'],
    ['con', 'con'],
    ['người/năm', 'người/năm'],
    ['người lao động', 'người'],
    ['người', 'người'],
    ['nhân khẩu', 'người'],
    ['khẩu', 'người'],
    ['lao động', 'người'],
    ['thanh niên', 'người'],
    ['tân binh', 'người'],
    ['công dân', 'người'],
    ['hộ/năm', 'hộ/năm'],
    ['hộ gia đình', 'hộ'],
    ['hộ', 'hộ'],
    ['hồ sơ', 'hồ sơ'],
    ['đơn', 'đơn'],
    ['thủ tục', 'thủ tục'],
    ['công trình', 'công trình'],
    ['căn nhà', 'căn'],
    ['căn', 'căn'],
    ['sản phẩm', 'sản phẩm'],
    ['sáng kiến', 'sáng kiến'],
    ['dự án', 'dự án'],
    ['cơ sở', 'cơ sở'],
    ['mô hình', 'mô hình'],
    ['tiêu chí', 'tiêu chí'],
    ['vụ', 'vụ'],
    ['khóm', 'khóm, thôn'],
    ['thôn', 'khóm, thôn'],
    ['tổ dân phố', 'khóm, thôn'],
  ] as Array<[string, string]>
).sort((a, b) => b[0].length - a[0].length);

/** The unit written at the start of `text` (after spaces), with the length it takes. */
export function measureUnit(text: string): { unit: string; length: number } | undefined {
  const lead = text.length - text.trimStart().length;
  const rest = text.slice(lead, lead + 20).toLocaleLowerCase('vi');
  for (const [alias, unit] of aliases) {
    if (!rest.startsWith(alias)) continue;
    // "ha" must not be the start of "hạ", "con" of "còn": a unit ends where the word ends.
    if (/^[\p{L}\d]/u.test(rest.slice(alias.length)) && !alias.endsWith('%')) continue;
    return { unit, length: lead + alias.length };
  }
  return undefined;
}

const money: Record<string, number> = { 'tỷ đồng': 1000, 'triệu đồng': 1 };

/**
 * The factor that turns a value in unit `found` into the registry's unit `wanted`, or undefined when they do not
 * measure the same thing. "per year" is dropped on either side: "06 người/năm" is a number of people.
 */
export function unitFactor(found: string, wanted: string): number | undefined {
  if (found === wanted) return 1;
  if (found in money && wanted in money) return money[found] / money[wanted];
  const perYear = (u: string) => u.replace(/\/năm$/, '');
  return perYear(found) === perYear(wanted) ? 1 : undefined;
}
