/**
 * Describes the issuing body of a document, for the command line to create a unit the site does not know
 * yet, propose `--unit`, or warn when `--unit` names another commune: the commune's kind and name from the
 * header ("UBND XÃ TÂN HÒA" under "UBND HUYỆN PHÚ BÌNH"), spelled as the body spells it in mixed case
 * ("xã Tân Hoà"), the district above it, and the province the header or the text states ("tỉnh Thái
 * Nguyên"). The only reader of the issuing commune: importDocument gives its result as `unitMissing`.
 */
import { provinces } from '../corpus/geography.ts';
import { issuerNames } from './issuer.ts';
import { toneKey } from './text.ts';

export type CommuneKind = 'xã' | 'phường' | 'thị trấn' | 'đặc khu';

/** The issuing body as read; every field but `issuer` may be missing. */
export interface UnitMissing {
  /** The issuing bodies as printed, parent first, joined with " / " ('' when the header has none). */
  issuer: string;
  kind?: CommuneKind;
  /** "Tân Hoà": the text's own spelling, else the header's capitals in title case. */
  name?: string;
  /** The district with its kind: "huyện Phú Bình", "thị xã Đức Phổ". */
  district?: string;
  /** The province's name: "Thái Nguyên". */
  province?: string;
}

export type DistrictKind = 'huyện' | 'thị xã' | 'thành phố' | 'quận';

const COMMUNE_KINDS = ['xã', 'phường', 'thị trấn', 'đặc khu'];
const DISTRICT_KINDS = ['huyện', 'thị xã', 'thành phố', 'quận'];
// Longest first, so "THỊ XÃ" is a district and not "THỊ" before a commune "XÃ".
const KIND = /(?<![\p{L}\p{M}])(thị trấn|thị xã|thành phố|đặc khu|phường|huyện|quận|tỉnh|xã|tp\.)\s+/giu;
/** Centrally-run cities: "thành phố Hà Nội" is a province, "thành phố Cao Lãnh" a district. */
const CITIES = new Set(['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'].map(toneKey));
const PROVINCES = new Set(provinces.flatMap((p) => [p.name, ...p.parts.map((part) => part.name)]).map((name) => toneKey(name.replace(/^Thành phố /u, ''))));
/** How far into a text names are looked for: the header and the first pages name the unit. */
const SEARCH_CHARS = 400_000;
const WORD = '[\\p{L}\\p{M}]+';

/** "TÂN HÒA" → "Tân Hòa"; a name already in mixed case is kept. */
export function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLocaleLowerCase('vi').replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase('vi'));
}

/** The kind-and-name pairs of one line of the issuing body, in order: "UBND HUYỆN PHÚ BÌNH" → huyện Phú Bình. */
function namedBodies(line: string): { kind: string; name: string }[] {
  const found = [...line.matchAll(KIND)].map((m) => ({ kind: m[1].toLocaleLowerCase('vi').replace('tp.', 'thành phố'), at: m.index, end: m.index + m[0].length }));
  return found
    .map((f, i) => ({ kind: f.kind, name: line.slice(f.end, found[i + 1]?.at ?? line.length).replace(/[^\p{L}\p{M}\p{Nd}’'\s]/gu, ' ').replace(/\s+/gu, ' ').trim() }))
    .filter((f) => f.name !== '' && !(f.kind === 'xã' && /^HỘI(?:\s|$)/iu.test(f.name)));
}

/** The text's own spelling of "<kind> <name>" ("Tân Hoà" for "TÂN HÒA"), the most frequent one. */
function spelledIn(text: string, kind: string, name: string): string | undefined {
  const words = name.split(' ').length;
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}])${kind}\\s+(${WORD}(?:\\s+${WORD}){${words - 1}})(?![\\p{L}\\p{M}])`, 'giu');
  const key = toneKey(name);
  const counts = new Map<string, number>();
  for (const match of text.slice(0, SEARCH_CHARS).matchAll(pattern)) {
    const spelled = match[1];
    if (spelled !== spelled.toUpperCase() && /^\p{Lu}/u.test(spelled) && toneKey(spelled) === key) counts.set(spelled, (counts.get(spelled) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The most named province in the text ("tỉnh Thái Nguyên"), as spelled there; only names of real provinces count. */
function provinceIn(text: string): string | undefined {
  const counts = new Map<string, number>();
  const pattern = /(?<![\p{L}\p{M}])(?:tỉnh|thành phố)\s+(\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3})/gu;
  for (const match of text.slice(0, SEARCH_CHARS).matchAll(pattern)) {
    const words = match[1].split(/\s+/u);
    for (let n = words.length; n > 0; n--) {
      const name = words.slice(0, n).join(' ');
      if (!PROVINCES.has(toneKey(name))) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
      break;
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** A word matched in either case, for a pattern without the "i" flag: "xã" → "[xX][ãÃ]". */
function caseless(word: string): string {
  return [...word].map((c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`)).join('');
}

/** The district a text names right after the commune: "xã Tân Hoà, huyện Phú Bình". */
function districtAfter(text: string, kind: string, name: string): string | undefined {
  // No "i" flag: the district's name is its capitalised words ("thành phố Cao Lãnh phát động" names Cao Lãnh).
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}])${caseless(kind)}\\s+${name.split(' ').map(caseless).join('\\s+')},?\\s+([Hh]uyện|[Tt]hị xã|[Tt]hành phố|[Qq]uận)\\s+(\\p{Lu}[\\p{Ll}\\p{M}]*(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}]*){0,3})`, 'u');
  const match = pattern.exec(text.slice(0, SEARCH_CHARS));
  return match && !CITIES.has(toneKey(match[2])) ? `${match[1].toLocaleLowerCase('vi')} ${match[2]}` : mostNamedDistrict(text);
}

/** The district a text names most, twice at least ("UBND huyện Phú Bình" among the recipients, in the body). */
function mostNamedDistrict(text: string): string | undefined {
  const pattern = /(?<![\p{L}\p{M}])([Hh]uyện|[Tt]hị xã|[Tt]hành phố|[Qq]uận)\s+(\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){0,3})/gu;
  const counts = new Map<string, { district: string; count: number }>();
  for (const match of text.slice(0, SEARCH_CHARS).matchAll(pattern)) {
    if (CITIES.has(toneKey(match[2]))) continue;
    const district = `${match[1].toLocaleLowerCase('vi')} ${match[2]}`;
    const key = toneKey(district);
    counts.set(key, { district, count: (counts.get(key)?.count ?? 0) + 1 });
  }
  const best = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  return best && best.count >= 2 ? best.district : undefined;
}

/** "huyện Phú Bình" → its kind and name, as a unit file writes them. */
export function districtParts(district: string | undefined): { kind: DistrictKind; name: string } | undefined {
  const match = district ? /^(huyện|thị xã|thành phố|quận)\s+(.+)$/u.exec(district) : null;
  return match ? { kind: match[1] as DistrictKind, name: match[2] } : undefined;
}

/** Describes the issuing body from the header's lines, the place of issue and the text. */
export function describeIssuingBody(issuer: string[], place: string | undefined, text: string): UnitMissing {
  const names = issuerNames(issuer);
  const unit: UnitMissing = { issuer: names.join(' / ') };
  const bodies = names.flatMap(namedBodies);
  const communeAt = bodies.findLastIndex((b) => COMMUNE_KINDS.includes(b.kind));
  for (const body of bodies.filter((_, i) => i !== communeAt)) {
    const name = titleCase(body.name);
    const central = body.kind === 'thành phố' && CITIES.has(toneKey(name));
    if (body.kind === 'tỉnh' || central) unit.province ??= name;
    else if (DISTRICT_KINDS.includes(body.kind)) unit.district ??= `${body.kind} ${spelledIn(text, body.kind, name) ?? name}`;
  }
  if (communeAt >= 0) {
    unit.kind = bodies[communeAt].kind as CommuneKind;
    unit.name = spelledIn(text, unit.kind, bodies[communeAt].name) ?? titleCase(bodies[communeAt].name);
  } else if (issuer.length === 0 && place) {
    // No issuing body printed (the seeds): the place of issue is the commune when the text names it so.
    const kind = COMMUNE_KINDS.find((k) => spelledIn(text, k, place) !== undefined);
    if (kind) Object.assign(unit, { kind, name: spelledIn(text, kind, place) });
  }
  const district = unit.kind && unit.name && !unit.district ? districtAfter(text, unit.kind, unit.name) : undefined;
  if (district) unit.district = district;
  const province = unit.province ?? provinceIn(text);
  if (province) unit.province = province;
  return unit;
}
