/**
 * Words of commendation work: the forms (hình thức) and titles (danh hiệu) of the Law on Emulation and
 * Commendation, who grants them and at what level, who receives them, and whether they are given or proposed.
 * Patterns are written without marks (fold), so "Giấy khen", "giấy khen" and "GIẤY KHEN" read alike.
 */
import type { z } from 'astro/zod';
import type { level as levelSchema } from '../../src/schemas/common.ts';
import { fold } from './text.ts';

export type Level = z.infer<ReturnType<typeof levelSchema>>;
export type Category = 'danh hiệu' | 'hình thức';

/** Forms and titles as they are named on the site, longest first so "Tập thể lao động xuất sắc" wins over "Lao động…". */
const recognitions: Array<{ name: string; category: Category; pattern: RegExp }> = [
  { name: 'Huân chương Lao động', category: 'hình thức', pattern: /huan chuong lao dong/ },
  { name: 'Bằng khen', category: 'hình thức', pattern: /bang khen/ },
  { name: 'Giấy khen', category: 'hình thức', pattern: /giay khen/ },
  { name: 'Cờ thi đua', category: 'hình thức', pattern: /co thi dua/ },
  { name: 'Chiến sĩ thi đua toàn quốc', category: 'danh hiệu', pattern: /chien si thi dua toan quoc/ },
  { name: 'Chiến sĩ thi đua cấp tỉnh', category: 'danh hiệu', pattern: /chien si thi dua cap tinh/ },
  { name: 'Chiến sĩ thi đua cơ sở', category: 'danh hiệu', pattern: /chien si thi dua co so/ },
  { name: 'Tập thể lao động xuất sắc', category: 'danh hiệu', pattern: /tap the lao dong xuat sac/ },
  { name: 'Tập thể lao động tiên tiến', category: 'danh hiệu', pattern: /tap the lao dong tien tien/ },
  { name: 'Lao động tiên tiến', category: 'danh hiệu', pattern: /lao dong tien tien/ },
  { name: 'Chiến sĩ tiên tiến', category: 'danh hiệu', pattern: /chien si tien tien/ },
  { name: 'Gia đình văn hóa', category: 'danh hiệu', pattern: /gia dinh van hoa/ },
  { name: 'Thôn, tổ dân phố văn hóa', category: 'danh hiệu', pattern: /(?:thon|khom|to dan pho|khu dan cu) van hoa/ },
  { name: 'Hoàn thành xuất sắc nhiệm vụ', category: 'danh hiệu', pattern: /hoan thanh xuat sac nhiem vu/ },
];

/** The first form or title a text names, as the site names it. */
export function recognitionIn(text: string): { name: string; category: Category } | undefined {
  const folded = fold(text);
  let best: { name: string; category: Category; at: number } | undefined;
  for (const r of recognitions) {
    const at = folded.search(r.pattern);
    if (at >= 0 && (!best || at < best.at)) best = { name: r.name, category: r.category, at };
  }
  return best && { name: best.name, category: best.category };
}

/** The level of a granting body, from its name: "UBND thị xã Đức Phổ" is a district, "BCH Đảng bộ tỉnh" a province. */
export function levelOf(issuer: string): Level | undefined {
  const f = fold(issuer);
  if (/trung uong|thu tuong|chinh phu|chu tich nuoc|^bo\s|\bbo truong\b|toan quoc/.test(f)) return 'Trung ương';
  if (/\btinh\b|tinh uy/.test(f)) return 'tỉnh';
  if (/\bhuyen\b|thi xa|thanh pho|\bquan\b|huyen uy|thi uy/.test(f)) return 'huyện';
  if (/\bxa\b|\bphuong\b|thi tran|dang uy\b/.test(f)) return 'xã';
  return undefined;
}

/** The bodies that grant awards, as a name starts. */
export const issuerStart =
  /(?:chu tich|ubnd|uy ban nhan dan|ub mttq|uy ban mat tran|mttq|bch|ban chap hanh|ban thuong vu|lien doan lao dong|hoi dong thi dua|hoi |dang uy|dang bo|huyen uy|tinh uy|thu tuong|bo truong|bo |cong doan|doan thanh nien|tinh doan|huyen doan|giam doc|truong phong)/;

/** Words that make a count of people a count of award recipients. */
export const recipientWords: Array<{ pattern: RegExp; kind: 'tập thể' | 'cá nhân' | 'hộ gia đình' }> = [
  { pattern: /tap the/, kind: 'tập thể' },
  { pattern: /ho gia dinh|gia dinh/, kind: 'hộ gia đình' },
  { pattern: /ca nhan|dang vien|can bo|cong chuc|vien chuc|doan vien|hoi vien|hoc sinh|giao vien|nguoi lao dong/, kind: 'cá nhân' },
];

/** A sentence about awards: it grants, proposes or recognizes. */
export const awardVerb = /\b(?:tang|khen thuong|cong nhan|danh hieu|bang khen|giay khen|co thi dua|de nghi)\b/;

/** Proposed to a higher level, not given. */
export const proposedWords = /\b(?:de nghi|de xuat|trinh)\b/;
