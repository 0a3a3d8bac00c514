import type { Block, Body } from './blocks.ts';
import { collectives, person, positions } from './people.ts';
import type { Rng } from './prng.ts';
import type { TextContext } from './text.ts';
import type { UnitPlan } from './units.ts';
import { createWriter } from './writer.ts';

/** A decision (quyết định) awarding Giấy khen, with the list of awardees as a table. */
export function writeDecision(unit: UnitPlan, ctx: TextContext, rng: Rng): { title: string; body: Body } {
  const w = createWriter(ctx, rng);
  const collectiveCount = rng.int(3, 12);
  const individualCount = rng.int(8, 45);
  const rows: string[][] = [];
  for (const name of rng.sample(collectives, collectiveCount)) rows.push([String(rows.length + 1), `${name} ${unit.kind} ${unit.name}`, 'Tập thể', w.sentence(['awards', 'general'])]);
  for (let i = 0; i < individualCount; i++) {
    const p = person(rng);
    rows.push([String(rows.length + 1), `${p.female ? 'Bà' : 'Ông'} ${p.name}`, `${rng.pick(positions)} ${rng.chance(0.4) ? rng.pick(unit.hamlets) : `${unit.kind} ${unit.name}`}`, 'Hoàn thành xuất sắc nhiệm vụ năm ' + ctx.year]);
  }
  const blocks: Block[] = [
    { kind: 'para', text: 'CHỦ TỊCH ỦY BAN NHÂN DÂN ' + `${unit.kind} ${unit.name}`.toUpperCase() },
    { kind: 'para', text: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;' },
    { kind: 'para', text: 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;' },
    { kind: 'para', text: 'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;' },
    { kind: 'para', text: `Xét đề nghị của Công chức Văn phòng - Thống kê ${unit.kind}.` },
    { kind: 'para', text: 'QUYẾT ĐỊNH:' },
    { kind: 'heading', depth: 2, text: `Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân ${unit.kind} cho ${collectiveCount} tập thể và ${individualCount} cá nhân đã có thành tích xuất sắc trong phong trào thi đua yêu nước năm ${ctx.year} (có danh sách kèm theo)` },
    ...w.paragraphs(['awards'], rng.int(80, 200)),
    { kind: 'heading', depth: 2, text: 'Điều 2. Kèm theo Giấy khen là tiền thưởng theo quy định tại Nghị định số 98/2023/NĐ-CP, trích từ quỹ thi đua, khen thưởng của ' + `${unit.kind}` },
    { kind: 'heading', depth: 2, text: 'Điều 3. Văn phòng HĐND và UBND, các tập thể và cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này' },
    { kind: 'para', text: 'Quyết định này có hiệu lực kể từ ngày ký./.' },
    { kind: 'table', caption: `DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN NĂM ${ctx.year}`, header: ['STT', 'Tập thể, cá nhân', 'Chức vụ, đơn vị', 'Thành tích'], rows },
  ];
  return { title: `Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua yêu nước năm ${ctx.year}`, body: { blocks, footnotes: [] } };
}
