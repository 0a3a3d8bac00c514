import { slugify } from '../../src/utils/vietnamese.ts';
import { collectives, communityModels, models, person, positions } from './people.ts';
import type { Rng } from './prng.ts';
import { padCount, type TextContext } from './text.ts';
import type { UnitPlan } from './units.ts';
import { movements } from './movements.ts';

type Level = 'Trung ương' | 'tỉnh' | 'huyện' | 'xã';

/** One award count with its sentence. */
export interface Tally {
  level: Level;
  category: 'danh hiệu' | 'hình thức';
  name: string;
  recipient: 'tập thể' | 'cá nhân';
  status: 'awarded' | 'proposed';
  count: number;
  quote: string;
}

/** The award counts a report states for its year. */
export function awardTallies(unit: UnitPlan, ctx: TextContext, rng: Rng): Tally[] {
  const kinds: Omit<Tally, 'count' | 'quote' | 'status'>[] = [
    { level: 'xã', category: 'hình thức', name: `Giấy khen của Chủ tịch UBND ${unit.kind} ${unit.name}`, recipient: 'tập thể' },
    { level: 'xã', category: 'hình thức', name: `Giấy khen của Chủ tịch UBND ${unit.kind} ${unit.name}`, recipient: 'cá nhân' },
    { level: 'xã', category: 'danh hiệu', name: 'Lao động tiên tiến', recipient: 'cá nhân' },
    { level: 'xã', category: 'danh hiệu', name: 'Chiến sĩ thi đua cơ sở', recipient: 'cá nhân' },
    { level: 'huyện', category: 'hình thức', name: `Giấy khen của Chủ tịch UBND ${unit.district.kind} ${unit.district.name}`, recipient: 'tập thể' },
    { level: 'huyện', category: 'hình thức', name: `Giấy khen của Chủ tịch UBND ${unit.district.kind} ${unit.district.name}`, recipient: 'cá nhân' },
    { level: 'huyện', category: 'danh hiệu', name: 'Tập thể lao động tiên tiến', recipient: 'tập thể' },
    { level: 'tỉnh', category: 'hình thức', name: `Bằng khen của Chủ tịch UBND tỉnh ${unit.province}`, recipient: 'tập thể' },
    { level: 'tỉnh', category: 'hình thức', name: `Bằng khen của Chủ tịch UBND tỉnh ${unit.province}`, recipient: 'cá nhân' },
    { level: 'Trung ương', category: 'hình thức', name: 'Bằng khen của Thủ tướng Chính phủ', recipient: 'tập thể' },
  ];
  const chosen = kinds.filter((k) => (k.level === 'Trung ương' ? rng.chance(0.05) : k.level === 'tỉnh' ? rng.chance(0.35) : rng.chance(0.8)));
  if (chosen.length === 0) chosen.push(kinds[0]);
  return chosen.map((k) => {
    const proposed = k.level !== 'xã' && rng.chance(0.3);
    const count = k.level === 'xã' ? rng.int(3, 45) : k.level === 'huyện' ? rng.int(1, 12) : rng.int(1, 3);
    const quote = proposed
      ? `Đề nghị cấp trên tặng ${k.name} cho ${padCount(count)} ${k.recipient} có thành tích xuất sắc trong năm ${ctx.year}.`
      : k.category === 'danh hiệu'
        ? `Năm ${ctx.year}, có ${padCount(count)} ${k.recipient} được công nhận danh hiệu “${k.name}”.`
        : `Năm ${ctx.year}, có ${padCount(count)} ${k.recipient} được tặng ${k.name}.`;
    return { ...k, status: proposed ? 'proposed' : 'awarded', count, quote: quote.normalize('NFC') } as Tally;
  });
}

/** An exemplar named in a report, with the sentence that names it. */
export interface ExemplarFact {
  slug: string;
  name: string;
  kind: 'cá nhân' | 'tập thể' | 'hộ gia đình' | 'mô hình';
  description: string;
  movement: string;
  recognition: { category: 'danh hiệu' | 'hình thức'; name: string; level: Level; year: number; issuer: string; status: 'awarded' | 'proposed' };
  quote: string;
}

/** Several exemplars for one unit-year. */
export function exemplarFacts(unit: UnitPlan, ctx: TextContext, rng: Rng, count: number): ExemplarFact[] {
  const facts: ExemplarFact[] = [];
  for (let i = 0; i < count; i++) {
    const kind = rng.pick(['cá nhân', 'tập thể', 'hộ gia đình', 'hộ gia đình', 'mô hình'] as const);
    const movement = rng.pick(movements);
    let name: string;
    let description: string;
    if (kind === 'hộ gia đình') {
      const p = person(rng);
      const model = rng.pick(models);
      name = `Hộ ${p.female ? 'bà' : 'ông'} ${p.name}`;
      description = `Mô hình ${model} ở ${rng.pick(unit.hamlets)}, thu nhập ${rng.int(80, 600)} triệu đồng mỗi năm, tạo việc làm cho ${rng.int(2, 25)} lao động địa phương.`;
    } else if (kind === 'cá nhân') {
      const p = person(rng);
      name = `${p.female ? 'Bà' : 'Ông'} ${p.name}`;
      description = `${rng.pick(positions)}, hoàn thành xuất sắc nhiệm vụ và tích cực tham gia phong trào “${movement.name}”.`;
    } else if (kind === 'tập thể') {
      name = `${rng.pick(collectives)} ${unit.kind} ${unit.name}`;
      description = `Tập thể hoàn thành xuất sắc nhiệm vụ năm ${ctx.year}, dẫn đầu phong trào “${movement.name}”.`;
    } else {
      name = `Mô hình “${rng.pick(communityModels)}” ${rng.pick(unit.hamlets)}`;
      description = `Mô hình tự quản do Nhân dân ${rng.pick(unit.hamlets)} xây dựng và duy trì, được nhân rộng ra toàn ${unit.kind}.`;
    }
    const level: Level = rng.chance(0.6) ? 'xã' : rng.chance(0.75) ? 'huyện' : 'tỉnh';
    const issuer = level === 'xã' ? `Chủ tịch UBND ${unit.kind} ${unit.name}` : level === 'huyện' ? `Chủ tịch UBND ${unit.district.kind} ${unit.district.name}` : `Chủ tịch UBND tỉnh ${unit.province}`;
    const formName = level === 'tỉnh' ? 'Bằng khen' : 'Giấy khen';
    const status = level === 'xã' || rng.chance(0.6) ? 'awarded' : 'proposed';
    const quote = status === 'awarded'
      ? `Tiêu biểu là ${name}: ${lowerFirst(description)} Năm ${ctx.year}, được ${issuer} tặng ${formName}.`
      : `Tiêu biểu là ${name}: ${lowerFirst(description)} UBND ${unit.kind} đề nghị ${issuer} tặng ${formName}.`;
    facts.push({
      slug: slugify(`${name} ${unit.slug}`),
      name, kind, description, movement: movement.slug,
      recognition: { category: 'hình thức', name: formName, level, year: ctx.year, issuer, status },
      quote: quote.normalize('NFC'),
    });
  }
  return facts;
}

function lowerFirst(text: string): string {
  return /^(Mô hình|Tập thể)/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
