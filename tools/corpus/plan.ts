import { footnoteRef, type Block, type Body } from './blocks.ts';
import type { IndicatorDef } from './indicators.ts';
import { movements } from './movements.ts';
import type { Rng } from './prng.ts';
import { formatVi, type TextContext } from './text.ts';
import type { UnitPlan } from './units.ts';
import { createWriter } from './writer.ts';

/** A plan (kế hoạch) launching the year's emulation movement, shaped like seed 003: targets in footnotes. */
export function writePlan(unit: UnitPlan, ctx: TextContext, rng: Rng, defs: readonly IndicatorDef[]): { title: string; body: Body } {
  const w = createWriter(ctx, rng);
  const targets = rng.sample(defs.filter((d) => d.unit === '%' && d.maxHundred && d.higherIsBetter), rng.int(8, 13))
    .map((d, i) => `(${i + 1}) ${d.label} đạt ${formatVi(rng.int(85, 100))}%`);
  const commitments = Array.from({ length: rng.int(6, 12) }, (_, i) => `(${i + 1}) ${w.sentence(['tasks', 'plan']).replace(/\.$/, '')}`);
  const footnotes = [commitments.join('; ') + '.', (targets.length ? targets : ['(1) Hoàn thành 100% chỉ tiêu được giao']).join('; ') + '.'];
  const blocks: Block[] = [
    { kind: 'para', text: `Căn cứ Kế hoạch số ${rng.int(5, 40)}/KH-UBND ngày ${String(rng.int(2, 20)).padStart(2, '0')} tháng 01 năm ${ctx.year} của Ủy ban nhân dân ${unit.district.kind} ${unit.district.name} về việc phát động phong trào thi đua yêu nước năm ${ctx.year}.` },
    { kind: 'para', text: `Ủy ban nhân dân ${unit.kind} ${unit.name} phát động phong trào thi đua yêu nước năm ${ctx.year}, với các nội dung sau:` },
    { kind: 'heading', depth: 1, text: 'I. MỤC ĐÍCH, YÊU CẦU' },
    { kind: 'heading', depth: 2, text: '1. Mục đích' },
    ...w.paragraphs(['plan', 'organization'], rng.int(150, 300)),
    { kind: 'heading', depth: 2, text: '2. Yêu cầu' },
    ...w.paragraphs(['plan', 'awards'], rng.int(120, 250)),
    { kind: 'heading', depth: 1, text: 'II. MỤC TIÊU' },
    { kind: 'list', items: Array.from({ length: rng.int(4, 6) }, () => w.sentence(['tasks', 'plan'])) },
    { kind: 'heading', depth: 1, text: 'III. NỘI DUNG' },
    { kind: 'heading', depth: 2, text: `1. Thi đua thực hiện thắng lợi bản cam kết hành động${footnoteRef(1)} năm ${ctx.year} của Chủ tịch Ủy ban nhân dân ${unit.kind} (${commitments.length} nội dung)` },
    { kind: 'heading', depth: 2, text: `2. Thi đua thực hiện các chỉ tiêu phát triển kinh tế - xã hội${footnoteRef(2)} năm ${ctx.year} (${Math.max(targets.length, 1)} nội dung)` },
    ...rng.sample(movements, 3).map((m, i): Block[] => [
      { kind: 'heading', depth: 2, text: `${i + 3}. Phong trào thi đua “${m.name}”` },
      ...w.paragraphs(['organization', 'tasks'], rng.int(120, 260)),
    ]).flat(),
    { kind: 'heading', depth: 1, text: 'IV. GIẢI PHÁP THỰC HIỆN' },
    ...w.paragraphs(['tasks', 'plan'], rng.int(250, 500)),
    { kind: 'heading', depth: 1, text: 'V. TỔ CHỨC THỰC HIỆN' },
    { kind: 'heading', depth: 2, text: '1. Công chức Văn phòng - Thống kê' },
    ...w.paragraphs(['plan'], rng.int(80, 160)),
    { kind: 'heading', depth: 2, text: '2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội' },
    ...w.paragraphs(['plan', 'organization'], rng.int(80, 160)),
    { kind: 'para', text: `Trên đây là kế hoạch phát động phong trào thi đua yêu nước năm ${ctx.year} của Ủy ban nhân dân ${unit.kind} ${unit.name}./.` },
  ];
  return { title: `Phát động phong trào thi đua yêu nước năm ${ctx.year}`, body: { blocks, footnotes } };
}
