/**
 * Reads which commune issued a document, for a unit the site does not know yet: its kind and name and the
 * district above it from the issuing body ("UBND HUYỆN PHÚ BÌNH / UBND XÃ TÂN HÒA", "ỦY BAN MTTQ VIỆT NAM
 * XÃ LƯƠNG MINH"), their spelling from the text ("xã Tân Hoà, huyện Phú Bình"), and the province from
 * "tỉnh …" / "thành phố …" mentions checked against the list of provinces.
 */
import { provinces } from '../corpus/geography.ts';
import { toneKey } from './text.ts';
import type { CommuneKind, UnitMissing } from './unit-missing.ts';

export type { CommuneKind, UnitMissing };
export type DistrictKind = 'huyện' | 'thị xã' | 'thành phố' | 'quận';

/** The issuing commune as read; every field may be missing. */
export interface IssuingUnit {
  /** The issuing body as written, lines joined with " / ": "UBND HUYỆN PHÚ BÌNH / UBND XÃ TÂN HÒA". */
  issuer: string;
  kind?: CommuneKind;
  name?: string;
  district?: { kind: DistrictKind; name: string };
  province?: string;
}

const COMMUNE_KINDS: readonly string[] = ['xã', 'phường', 'thị trấn', 'đặc khu'];
const DISTRICT_KINDS: readonly string[] = ['huyện', 'thị xã', 'thành phố', 'quận'];
// Longest first, so "THỊ XÃ" is a district and not "THỊ" before a commune "XÃ".
const KIND = /(?<![\p{L}\p{M}])(thị trấn|thị xã|thành phố|đặc khu|phường|huyện|quận|tỉnh|xã)(?![\p{L}\p{M}])/giu;
const NAME = /^[\p{L}\p{M}\p{Nd}’' ]+/u;
const MOTTO = ['xã hội chủ nghĩa', 'độc lập tự do'].map(toneKey);
/** Centrally-run cities: "thành phố Hà Nội" is a province, "thành phố Cao Lãnh" a district. */
const CITIES = new Set(['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'].map(toneKey));
/** Province names before and after the 2025 reform, as tone keys ("Thành phố" dropped from Hồ Chí Minh). */
const PROVINCE_KEYS = new Set(
  provinces.flatMap((p) => [p.name, ...p.parts.map((part) => part.name)]).map((name) => toneKey(name.replace(/^Thành phố /u, ''))),
);

/** The reported fields over the ones read here: the header parser saw the lines in their places. */
function withReported(read: IssuingUnit, reported: UnitMissing | undefined): IssuingUnit {
  if (!reported) return read;
  const district = reported.district ? namedBodies(reported.district).find((b) => DISTRICT_KINDS.includes(b.kind)) : undefined;
  return {
    issuer: reported.issuer || read.issuer,
    kind: reported.kind ?? read.kind,
    name: reported.name ? titleCase(reported.name) : read.name,
    district: district ? { kind: district.kind as DistrictKind, name: titleCase(district.name) } : read.district,
    province: reported.province ? titleCase(reported.province) : read.province,
  };
}

/** The kind-and-name pairs of one line of the issuing body, in order. */
function namedBodies(cell: string): { kind: string; name: string }[] {
  const found: { kind: string; name: string; at: number; end: number }[] = [];
  for (const match of cell.matchAll(KIND)) found.push({ kind: match[1].toLowerCase(), name: '', at: match.index, end: match.index + match[0].length });
  return found
    .map((f, i) => ({ kind: f.kind, name: (NAME.exec(cell.slice(f.end, found[i + 1]?.at ?? cell.length).trim())?.[0] ?? '').replace(/\s+/gu, ' ').trim() }))
    .filter((f) => f.name !== '');
}

/** The cells of the issuing body: two-column lines split at wide gaps, the motto and rules left out. */
function issuerCells(lines: string[]): string[] {
  return lines
    .flatMap((line) => line.split(/\s{4,}|\t/u))
    .map((cell) => cell.replace(/[*_]+/gu, ' ').replace(/\s+/gu, ' ').trim())
    .filter((cell) => /\p{L}/u.test(cell) && !MOTTO.some((motto) => toneKey(cell).includes(motto)));
}

/**
 * Reads the issuing body's lines. With `fromSource`, the lines are a document's first lines and only the
 * capitalised ones before "Số:" count: the issuing body is written in capitals, the place line is not.
 */
export function readIssuingUnit(lines: string[], options: { fromSource?: boolean } = {}): IssuingUnit {
  let chosen = lines;
  if (options.fromSource) {
    const end = lines.findIndex((line) => /^[\s*_]*số\s*[:.]/iu.test(line));
    chosen = lines
      .slice(0, end < 0 ? 12 : end)
      .filter((line) => line.trim() !== '')
      .slice(0, 8);
  }
  const cells = issuerCells(chosen).filter((cell) => !options.fromSource || cell === cell.toUpperCase());
  const bodies = cells.flatMap(namedBodies);
  const unit: IssuingUnit = { issuer: cells.join(' / ') };
  const communeAt = bodies.findLastIndex((b) => COMMUNE_KINDS.includes(b.kind));
  if (communeAt >= 0) {
    unit.kind = bodies[communeAt].kind as CommuneKind;
    unit.name = titleCase(bodies[communeAt].name);
  }
  for (const body of bodies.slice(0, communeAt < 0 ? bodies.length : communeAt)) {
    const isCity = body.kind === 'thành phố' && CITIES.has(toneKey(body.name));
    if (body.kind === 'tỉnh' || isCity) unit.province = titleCase(body.name);
    else if (DISTRICT_KINDS.includes(body.kind)) unit.district = { kind: body.kind as DistrictKind, name: titleCase(body.name) };
  }
  return unit;
}

/** "TÂN HÒA" → "Tân Hòa"; a name already in mixed case is kept. */
export function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLocaleLowerCase('vi').replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase('vi'));
}

const LETTER = "[\\p{L}\\p{M}\\p{Nd}’']";
const WORD = `${LETTER}+`;
const PROPER = `\\p{Lu}${LETTER}*(?:\\s+\\p{Lu}${LETTER}*)*`;
/** How far into a text names are looked for: the header and the first pages name the unit. */
const SEARCH_CHARS = 400_000;

/** "xã" as a pattern that finds "xã", "Xã" and "XÃ" (no `i` flag: it would make \p{Lu} match any letter). */
function kindPattern(kind: string): string {
  const capital = kind.charAt(0).toLocaleUpperCase('vi') + kind.slice(1);
  return `(?<![\\p{L}\\p{M}])(?:${kind}|${capital}|${kind.toLocaleUpperCase('vi')})`;
}

/** The text's own spelling of "<kind> <name>" ("xã Tân Hoà" for "XÃ TÂN HÒA"), the most frequent one. */
export function spellingIn(text: string, kind: string, name: string): string | undefined {
  const words = name.split(' ').length;
  const pattern = new RegExp(`${kindPattern(kind)}\\s+(${WORD}(?:\\s+${WORD}){${words - 1}})`, 'gu');
  const counts = new Map<string, number>();
  const key = toneKey(name);
  for (const match of text.slice(0, SEARCH_CHARS).matchAll(pattern)) {
    const spelled = match[1].replace(/\s+/gu, ' ');
    if (spelled !== spelled.toUpperCase() && toneKey(spelled) === key) counts.set(spelled, (counts.get(spelled) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The district a text names right after the commune: "xã Tân Hoà, huyện Phú Bình". */
export function districtIn(text: string, kind: string, name: string): IssuingUnit['district'] {
  const words = name.split(' ').length;
  const kinds = DISTRICT_KINDS.map(kindPattern).join('|');
  const pattern = new RegExp(`${kindPattern(kind)}\\s+(${WORD}(?:\\s+${WORD}){${words - 1}}),?\\s+(${kinds})\\s+(${PROPER})`, 'gu');
  const key = toneKey(name);
  for (const match of text.slice(0, SEARCH_CHARS).matchAll(pattern)) {
    if (toneKey(match[1]) !== key || CITIES.has(toneKey(match[3]))) continue;
    return { kind: match[2].toLocaleLowerCase('vi') as DistrictKind, name: titleCase(match[3]) };
  }
  return mostNamedDistrict(text);
}

/** The district a text names most, twice at least ("UBND huyện Phú Bình" among the recipients, in the body). */
function mostNamedDistrict(text: string): IssuingUnit['district'] {
  const pattern = new RegExp(`(${DISTRICT_KINDS.map(kindPattern).join('|')})\\s+(${PROPER})`, 'gu');
  const counts = new Map<string, { district: NonNullable<IssuingUnit['district']>; count: number }>();
  for (const match of text.slice(0, SEARCH_CHARS).matchAll(pattern)) {
    const district = { kind: match[1].toLocaleLowerCase('vi') as DistrictKind, name: titleCase(match[2].replace(/\s+/gu, ' ')) };
    if (CITIES.has(toneKey(district.name))) continue;
    const key = toneKey(`${district.kind} ${district.name}`);
    counts.set(key, { district, count: (counts.get(key)?.count ?? 0) + 1 });
  }
  const best = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  return best && best.count >= 2 ? best.district : undefined;
}

/**
 * The provinces a text names ("tỉnh Thái Nguyên", "thành phố Hà Nội"), as spelled there, most named first.
 * A mention counts when it starts with a known province name: "tỉnh Quảng Ngãi Ban hành" is Quảng Ngãi.
 */
export function provincesIn(text: string): string[] {
  const pattern = new RegExp(`(${kindPattern('tỉnh')}|${kindPattern('thành phố')})\\s+(${PROPER})`, 'gu');
  const counts = new Map<string, number>();
  for (const match of text.slice(0, SEARCH_CHARS).matchAll(pattern)) {
    const words = match[2].split(/\s+/u).slice(0, 5);
    const isCity = /^th/iu.test(match[1]);
    for (let n = words.length; n > 0; n--) {
      const key = toneKey(words.slice(0, n).join(' '));
      if (!PROVINCE_KEYS.has(key) || (isCity && !CITIES.has(key))) continue;
      const spelled = titleCase(words.slice(0, n).join(' '));
      counts.set(spelled, (counts.get(spelled) ?? 0) + 1);
      break;
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}

/** The name of the province with this slug in the list of provinces, "Thành phố" left out. */
export function knownProvince(hasSlug: (name: string) => boolean): string | undefined {
  const names = provinces.flatMap((p) => [p.name, ...p.parts.map((part) => part.name)]).map((name) => name.replace(/^Thành phố /u, ''));
  return names.find(hasSlug);
}

/** The place of issue of a document's first lines: "Tân Hoà, ngày 15 tháng 12 năm 2023" → "Tân Hoà". */
export function placeIn(lines: string[]): string | undefined {
  for (const line of lines.slice(0, 20)) {
    const match = /^[\s*_]*([\p{L}\p{M}\p{Nd}’' ]+?)\s*,\s*ngày\b/u.exec(line);
    if (match) return match[1].trim();
  }
  return undefined;
}

/** How often the text names "<kind> <name>", for each commune kind. */
function communeKindOf(text: string, name: string): CommuneKind | undefined {
  const key = toneKey(name);
  let best: { kind?: CommuneKind; count: number } = { count: 0 };
  for (const kind of COMMUNE_KINDS) {
    const pattern = new RegExp(`${kindPattern(kind)}\\s+(${WORD}(?:\\s+${WORD}){${name.split(' ').length - 1}})`, 'gu');
    let count = 0;
    for (const match of text.slice(0, SEARCH_CHARS).matchAll(pattern)) if (toneKey(match[1]) === key) count++;
    if (count > best.count) best = { kind: kind as CommuneKind, count };
  }
  return best.kind;
}

/**
 * Everything known about the issuing commune: the issuing body first; when it names no commune (text
 * exports often drop the header table), the place of issue with the kind the text gives it ("phường Hòa
 * Thuận"); the spelling, district and province from the text where the issuing body is silent.
 */
export function issuingUnitOf(input: { issuer: string[]; fromSource?: boolean; place?: string; text: string; reported?: UnitMissing }): IssuingUnit {
  const unit = withReported(readIssuingUnit(input.issuer, { fromSource: input.fromSource }), input.reported);
  if (!unit.name && input.place) {
    const kind = communeKindOf(input.text, input.place);
    if (kind) Object.assign(unit, { kind, name: input.place });
  }
  if (unit.kind && unit.name) {
    unit.name = spellingIn(input.text, unit.kind, unit.name) ?? unit.name;
    unit.district ??= districtIn(input.text, unit.kind, unit.name);
  }
  if (unit.district) unit.district.name = spellingIn(input.text, unit.district.kind, unit.district.name) ?? unit.district.name;
  unit.province ??= provincesIn(input.text)[0];
  return unit;
}
