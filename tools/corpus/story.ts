import { renderMarkdown, type Block } from './blocks.ts';
import type { Rng } from './prng.ts';
import type { ExemplarFact } from './records.ts';
import type { TextContext } from './text.ts';
import type { UnitPlan } from './units.ts';
import { createWriter } from './writer.ts';

/** A story (bài viết) about one exemplar: headline, summary and 400–900 words of MDX without images. */
export function writeStory(unit: UnitPlan, ctx: TextContext, rng: Rng, exemplar: ExemplarFact): { title: string; summary: string; markdown: string } {
  const w = createWriter(ctx, rng);
  const title = `${exemplar.name}: ${rng.pick(['điểm sáng', 'tấm gương', 'câu chuyện', 'hành trình'])} ${rng.pick(['của', 'ở', 'trên đất'])} ${unit.kind} ${unit.name}`;
  const summary = `${exemplar.description} Câu chuyện về một điển hình tiên tiến năm ${ctx.year} ở ${unit.kind} ${unit.name}, ${unit.district.kind} ${unit.district.name}.`;
  const blocks: Block[] = [
    { kind: 'para', text: `${exemplar.quote}` },
    ...w.paragraphs(['exemplar', 'general'], rng.int(150, 300)),
    { kind: 'heading', depth: 1, text: 'Từ phong trào đến việc làm cụ thể' },
    ...w.paragraphs(['economy', 'social', 'exemplar'], rng.int(150, 350)),
    { kind: 'heading', depth: 1, text: 'Lan tỏa trong cộng đồng' },
    ...w.paragraphs(['exemplar', 'tasks'], rng.int(100, 250)),
  ];
  return { title, summary, markdown: renderMarkdown({ blocks, footnotes: [] }) };
}
