import { slugify } from '../../src/utils/vietnamese.ts';
import { provinces } from './geography.ts';
import { person, type Person } from './people.ts';
import { createRng } from './prng.ts';
import { placeName, type TextContext } from './text.ts';
import { hamletNames } from './geography.ts';

type UnitKind = 'xã' | 'phường' | 'thị trấn';
type DistrictKind = 'huyện' | 'thị xã' | 'thành phố';

/** Everything the generator decides about one unit before writing its documents. */
export interface UnitPlan {
  /** Position in the corpus, 0-based. */
  index: number;
  /** "<province-slug>/<unit-slug>". */
  id: string;
  provinceSlug: string;
  slug: string;
  name: string;
  kind: UnitKind;
  district: { name: string; kind: DistrictKind };
  /** Province at the time of the documents. */
  province: string;
  /** Province after the 2025 reform, which groups units for sharding. */
  newProvince: string;
  /** Hamlets (thôn / khu phố / ấp) with their collective noun. */
  hamletWord: string;
  hamlets: string[];
  chairman: Person;
  /** An earlier name (the unit was renamed, e.g. xã → phường). */
  formerName?: { name: string; kind: UnitKind; until: string };
  /** Old page address kept working after a rename. */
  redirectFrom: string[];
  /** Merged into another unit on 1 July 2025. */
  successor?: { unit?: string; name?: string; date: string; change: 'sáp nhập' | 'đổi tên'; basis: string };
  /** Context for filling sentence templates (year set per document). */
  text: Omit<TextContext, 'year'>;
}

const hamletWords: Record<UnitKind, string[]> = { 'xã': ['thôn', 'ấp', 'xóm'], 'phường': ['khu phố', 'tổ dân phố'], 'thị trấn': ['khu phố', 'tổ dân phố'] };

/**
 * Plans `count` units spread round-robin over the 34 provinces. Slugs are "<name>-<district>" and unique; about
 * one unit in twelve was renamed earlier (formerName + redirectFrom) and one in eight merged in 2025 (successor).
 */
export function planUnits(count: number, seed: string): UnitPlan[] {
  const units: UnitPlan[] = [];
  const ids = new Set<string>();
  for (let index = 0; index < count; index++) {
    const rng = createRng(`${seed}/unit/${index}`);
    const newProvince = provinces[index % provinces.length];
    const old = rng.pick(newProvince.parts);
    const [districtKind, districtName] = rng.pick(old.districts).split(':') as [DistrictKind, string];
    const provinceSlug = slugify(old.name);
    const kind: UnitKind = rng.chance(0.74) ? 'xã' : rng.chance(0.8) ? 'phường' : 'thị trấn';
    let name = placeName(rng);
    let slug = slugify(`${name} ${districtName}`);
    for (let attempt = 0; ids.has(`${provinceSlug}/${slug}`); attempt++) {
      name = attempt < 20 ? placeName(rng) : `${placeName(rng)} ${attempt}`;
      slug = slugify(`${name} ${districtName}`);
    }
    const id = `${provinceSlug}/${slug}`;
    ids.add(id);
    const hamletWord = rng.pick(hamletWords[kind]);
    const hamletCount = rng.int(4, 14);
    const hamlets = hamletWord === 'thôn' || hamletWord === 'ấp' || hamletWord === 'xóm'
      ? rng.sample(hamletNames, Math.min(hamletCount, hamletNames.length)).map((h) => `${hamletWord} ${name.split(' ')[1]} ${h}`)
      : Array.from({ length: hamletCount }, (_, i) => `${hamletWord} ${i + 1}`);
    const unit: UnitPlan = {
      index, id, provinceSlug, slug, name, kind, newProvince: newProvince.name,
      district: { name: districtName, kind: districtKind }, province: old.name,
      hamletWord, hamlets, chairman: person(rng), redirectFrom: [],
      text: { unit: name, kind, district: districtName, districtKind, province: old.name },
    };
    if (kind === 'phường' && rng.chance(0.35)) {
      const formerName = placeName(rng);
      const oldId = `${provinceSlug}/${slugify(`${formerName} ${districtName}`)}`;
      unit.formerName = { name: formerName, kind: 'xã', until: `${rng.int(2019, 2022)}-${String(rng.int(1, 12)).padStart(2, '0')}` };
      if (!ids.has(oldId)) {
        ids.add(oldId);
        unit.redirectFrom.push(oldId);
      }
    }
    if (rng.chance(0.12)) {
      const earlier = units.filter((u) => u.provinceSlug === provinceSlug && !u.successor);
      const basis = `Nghị quyết số ${rng.int(1650, 1690)}/NQ-UBTVQH15`;
      unit.successor = earlier.length && rng.chance(0.6)
        ? { unit: rng.pick(earlier).id, date: '2025-07-01', change: 'sáp nhập', basis }
        : { name: `${rng.chance(0.5) ? 'xã' : 'phường'} ${placeName(rng)}`, date: '2025-07-01', change: 'sáp nhập', basis };
    }
    units.push(unit);
  }
  return units;
}
