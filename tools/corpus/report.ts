import { bodyWords, footnoteRef, type Block, type Body } from './blocks.ts';
import type { IndicatorFact } from './indicators.ts';
import { movements } from './movements.ts';
import { reportIntros, reportTitles } from './phrases.ts';
import type { Rng } from './prng.ts';
import type { ExemplarFact, Tally } from './records.ts';
import { fill, formatVi, padCount, type TextContext } from './text.ts';
import type { UnitPlan } from './units.ts';
import { createWriter, type Theme } from './writer.ts';

/** The facts a report states, generated first so that the records can quote the report word for word. */
export interface ReportFacts {
  indicators: IndicatorFact[];
  tallies: Tally[];
  exemplars: ExemplarFact[];
  /** Sentence stating the unit's area, population and households, in the unit's first report only. */
  profile?: string;
}

/** Limits of a report's length, in words of body text. */
export const REPORT_WORDS = { min: 3000, max: 6000 } as const;

const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const letters = 'abcdđeghiklmn';
const date = (rng: Rng, year: number, months: [number, number]) => `${String(rng.int(1, 28)).padStart(2, '0')}/${String(rng.int(...months)).padStart(2, '0')}/${year}`;

const movementThemes: Record<string, Theme[]> = {
  'ca-nuoc-chung-suc-xay-dung-nong-thon-moi': ['economy', 'general'],
  'vi-nguoi-ngheo-khong-de-ai-bi-bo-lai-phia-sau': ['social', 'general'],
  'dan-van-kheo': ['organization', 'general'],
  'toan-dan-bao-ve-an-ninh-to-quoc': ['security', 'general'],
  'toan-dan-doan-ket-xay-dung-doi-song-van-hoa': ['social', 'organization'],
  'nong-dan-thi-dua-san-xuat-kinh-doanh-gioi': ['economy', 'exemplar'],
  'van-hoa-cong-so': ['admin', 'organization'],
  'gioi-viec-nuoc-dam-viec-nha': ['social', 'exemplar'],
};

/** What the sections of one report are written from, and the footnotes they add to. */
interface Draft {
  unit: UnitPlan;
  ctx: TextContext;
  rng: Rng;
  w: ReturnType<typeof createWriter>;
  facts: ReportFacts;
  footnotes: string[];
  /** Words of prose for a section's share of the report. */
  share: (fraction: number) => number;
}

/** The sections of Phần I and Phần II, in order. */
interface Sections {
  situation: Block[];
  organization: Block[];
  results: Block[];
  awards: Block[];
  assessment: Block[];
  next: Block[];
}

/** Writes the yearly report of a unit: its title and a body of 3,000–6,000 words that states all `facts`. */
export function writeReport(unit: UnitPlan, ctx: TextContext, rng: Rng, facts: ReportFacts): { title: string; body: Body } {
  const w = createWriter(ctx, rng);
  const target = rng.int(REPORT_WORDS.min + 300, REPORT_WORDS.max - 400);
  const footnotes: string[] = [];
  const title = fill(rng.pick(reportTitles), ctx, rng);
  const intro = fill(rng.pick(reportIntros), ctx, rng).replace('{n}', String(rng.int(200, 4200))).replace('{d}', date(rng, ctx.year, [9, 11]));
  // About 1,800 words are facts, lists and headings; prose fills the rest, split by section (shares sum to ≈ 0.92).
  const prose = target - 1800;
  const draft: Draft = { unit, ctx, rng, w, facts, footnotes, share: (fraction) => Math.round((prose * fraction) / 0.92) };
  // In this order: each section draws from the same random stream.
  const sections: Sections = {
    situation: situationSection(draft),
    organization: organizationSection(draft),
    results: resultsSection(draft),
    awards: awardsSection(draft),
    assessment: assessmentSection(draft),
    next: nextYearSection(draft),
  };
  return { title, body: fittedBody(draft, intro, sections) };
}

/** Phần I, I: the unit and its year. */
function situationSection({ unit, w, facts, share }: Draft): Block[] {
  const situation: Block[] = [
    { kind: 'heading', depth: 1, text: `${roman[0]}. ĐẶC ĐIỂM, TÌNH HÌNH` },
    { kind: 'heading', depth: 2, text: '1. Đặc điểm tình hình chung' },
  ];
  if (facts.profile) situation.push({ kind: 'para', text: facts.profile });
  situation.push(
    { kind: 'para', text: `Toàn ${unit.kind} có ${padCount(unit.hamlets.length)} ${unit.hamletWord}: ${unit.hamlets.join(', ')}.` },
    ...w.paragraphs(['general', 'economy'], share(0.05)),
    { kind: 'heading', depth: 2, text: '2. Thuận lợi, khó khăn' },
    { kind: 'heading', depth: 3, text: 'a) Thuận lợi' },
    ...w.paragraphs(['general', 'organization'], share(0.03)),
    { kind: 'heading', depth: 3, text: 'b) Khó khăn' },
    ...w.paragraphs(['limits', 'economy'], share(0.03)),
  );

  return situation;
}

/** Phần I, II: how the movements were organized, with the plans issued. */
function organizationSection({ unit, ctx, rng, w, footnotes, share }: Draft): Block[] {
  const planRefs = Array.from({ length: rng.int(3, 6) }, (_, i) =>
    `Kế hoạch số ${rng.int(5, 60)}/KH-UBND ngày ${date(rng, ctx.year, [1, 6])} về “${movements[(i + unit.index) % movements.length].name}”;`);
  footnotes.push(planRefs.join(' '));
  return [
    { kind: 'heading', depth: 1, text: `${roman[1]}. CÔNG TÁC TỔ CHỨC TRIỂN KHAI CÁC PHONG TRÀO THI ĐUA` },
    { kind: 'para', text: `${w.sentence(['organization'])} UBND ${unit.kind} đã ban hành các kế hoạch triển khai thực hiện các phong trào thi đua năm ${ctx.year}${footnoteRef(footnotes.length)}, cụ thể:` },
    { kind: 'list', items: planRefs.map((ref) => ref.replace(/;$/, ';')) },
    ...w.paragraphs(['organization'], share(0.1)),
  ];
}

/** Phần I, III: results movement by movement, with the indicator sentences. */
function resultsSection({ rng, w, facts, share }: Draft): Block[] {
  const chosen = rng.sample(movements, rng.int(3, 5));
  const indicatorQueue = [...facts.indicators];
  const results: Block[] = [{ kind: 'heading', depth: 1, text: `${roman[2]}. KẾT QUẢ THỰC HIỆN CÁC PHONG TRÀO THI ĐUA` }];
  chosen.forEach((movement, i) => {
    results.push({ kind: 'heading', depth: 2, text: `${i + 1}. Phong trào thi đua “${movement.name}”` });
    const themes = movementThemes[movement.slug] ?? ['general'];
    results.push(...w.paragraphs(themes, share(0.32 / chosen.length)));
    const mine = indicatorQueue.splice(0, Math.ceil(facts.indicators.length / chosen.length));
    if (mine.length) results.push({ kind: 'list', items: mine.map((fact) => fact.quote) });
  });
  const exemplarHeading = chosen.length + 1;
  results.push(
    { kind: 'heading', depth: 2, text: `${exemplarHeading}. Công tác phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến` },
    ...w.paragraphs(['exemplar'], share(0.05)),
    ...facts.exemplars.map((e): Block => ({ kind: 'para', text: e.quote })),
  );

  return results;
}

/** Phần I, IV: awards, as sentences and as a table. */
function awardsSection({ ctx, w, facts, share }: Draft): Block[] {
  const byLevel = ['Trung ương', 'tỉnh', 'huyện', 'xã'].map((level) => {
    const rows = facts.tallies.filter((t) => t.level === level && t.status === 'awarded');
    const sum = (kind: string) => rows.filter((t) => t.recipient === kind).reduce((s, t) => s + t.count, 0);
    return [`Cấp ${level}`, formatVi(sum('tập thể')), formatVi(sum('cá nhân'))];
  });
  return [
    { kind: 'heading', depth: 1, text: `${roman[3]}. CÔNG TÁC KHEN THƯỞNG` },
    ...w.paragraphs(['awards'], share(0.05)),
    { kind: 'para', text: `Kết quả khen thưởng năm ${ctx.year} như sau:` },
    { kind: 'list', items: facts.tallies.map((t) => t.quote) },
    { kind: 'table', caption: `Bảng 1. Số tập thể, cá nhân được khen thưởng năm ${ctx.year} theo cấp khen`, header: ['Cấp khen thưởng', 'Tập thể', 'Cá nhân'], rows: byLevel },
  ];
}

/** Phần I, V: assessment. */
function assessmentSection({ rng, w, share }: Draft): Block[] {
  return [
    { kind: 'heading', depth: 1, text: `${roman[4]}. ĐÁNH GIÁ CHUNG` },
    { kind: 'heading', depth: 2, text: '1. Ưu điểm' },
    ...w.paragraphs(['general', 'awards'], share(0.05)),
    { kind: 'heading', depth: 2, text: '2. Hạn chế, tồn tại và nguyên nhân' },
    { kind: 'list', items: Array.from({ length: rng.int(3, 5) }, () => w.sentence(['limits'])) },
    { kind: 'heading', depth: 2, text: '3. Bài học kinh nghiệm' },
    ...w.paragraphs(['organization', 'tasks'], share(0.04)),
  ];
}

/** Phần II: next year's tasks. */
function nextYearSection({ unit, ctx, rng, w, footnotes, share }: Draft): Block[] {
  footnotes.push(`Chỉ tiêu năm ${ctx.year + 1} theo Nghị quyết số ${rng.int(10, 60)}/NQ-HĐND ngày ${date(rng, ctx.year, [12, 12])} của Hội đồng nhân dân ${unit.kind} ${unit.name}.`);
  return [
    { kind: 'heading', depth: 1, text: 'I. MỤC TIÊU' },
    { kind: 'para', text: `${w.sentence(['tasks'])} Phấn đấu hoàn thành các chỉ tiêu năm ${ctx.year + 1}${footnoteRef(footnotes.length)}.` },
    ...w.paragraphs(['tasks'], share(0.05)),
    { kind: 'heading', depth: 1, text: 'II. NHIỆM VỤ, GIẢI PHÁP' },
    ...Array.from({ length: rng.int(3, 5) }, (_, i): Block[] => [
      { kind: 'heading', depth: 2, text: `${i + 1}. ${w.sentence(['tasks']).replace(/\.$/, '')}` },
      ...w.paragraphs(['tasks', 'organization'], share(0.025)),
    ]).flat(),
    { kind: 'heading', depth: 1, text: 'III. KIẾN NGHỊ, ĐỀ XUẤT' },
    { kind: 'para', text: `Đề nghị UBND ${unit.district.kind} ${unit.district.name}, Hội đồng Thi đua - Khen thưởng ${unit.district.kind} quan tâm tập huấn nghiệp vụ cho cán bộ làm công tác thi đua, khen thưởng ở cơ sở và bố trí kinh phí cho công tác khen thưởng.` },
  ];
}

/** The report assembled, its length kept inside the limits whatever the random draws: the results section topped up or trimmed. */
function fittedBody({ ctx, unit, w, facts, footnotes }: Draft, intro: string, sections: Sections): Body {
  const { situation, organization, results, awards, assessment, next } = sections;
  const assemble = (): Block[] => [
    { kind: 'para', text: intro },
    { kind: 'part', label: 'Phần I', title: `KẾT QUẢ THỰC HIỆN NHIỆM VỤ CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM ${ctx.year}` },
    ...situation, ...organization, ...results, ...awards, ...assessment,
    { kind: 'part', label: 'Phần II', title: `PHƯƠNG HƯỚNG, NHIỆM VỤ CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM ${ctx.year + 1}` },
    ...next,
    { kind: 'para', text: `Trên đây là báo cáo tổng kết công tác thi đua, khen thưởng năm ${ctx.year} và phương hướng, nhiệm vụ năm ${ctx.year + 1} của UBND ${unit.kind} ${unit.name}./.` },
  ];
  let body: Body = { blocks: assemble(), footnotes };
  let letter = 0;
  while (bodyWords(body) < REPORT_WORDS.min + 100) {
    results.splice(results.length - facts.exemplars.length, 0, { kind: 'heading', depth: 3, text: `${letters[letter++ % letters.length]}) Kết quả nổi bật` }, ...w.paragraphs(['general', 'social', 'economy'], 250));
    body = { blocks: assemble(), footnotes };
  }
  while (bodyWords(body) > REPORT_WORDS.max - 100) {
    const i = results.findIndex((b, j) => j > 1 && b.kind === 'para' && !facts.exemplars.some((e) => e.quote === b.text));
    if (i < 0) break;
    results.splice(i, 1);
    body = { blocks: assemble(), footnotes };
  }
  return body;
}
