import fs from 'node:fs';
import { parse } from 'yaml';
import type { Rng } from './prng.ts';
import { formatVi, type TextContext } from './text.ts';

/** The fields of an indicator definition the generator needs. */
export interface IndicatorDef {
  id: string;
  label: string;
  unit: string;
  higherIsBetter: boolean;
  maxHundred?: boolean;
  /** The indicator this one is a part of; parts are left out so no part can exceed its whole. */
  partOf?: string;
}

/** The registry used when the repository has none (a corpus must still be complete). */
const fallbackRegistry: IndicatorDef[] = [
  { id: 'area-natural', label: 'Diện tích tự nhiên', unit: 'ha', higherIsBetter: true },
  { id: 'population', label: 'Dân số', unit: 'người', higherIsBetter: true },
  { id: 'households', label: 'Số hộ', unit: 'hộ', higherIsBetter: true },
  { id: 'poor-household-rate', label: 'Tỷ lệ hộ nghèo', unit: '%', higherIsBetter: false, maxHundred: true },
  { id: 'budget-revenue', label: 'Thu ngân sách', unit: 'triệu đồng', higherIsBetter: true },
  { id: 'health-insurance-rate', label: 'Tỷ lệ người dân tham gia bảo hiểm y tế', unit: '%', higherIsBetter: true, maxHundred: true },
  { id: 'online-files-rate', label: 'Tỷ lệ hồ sơ giải quyết trực tuyến', unit: '%', higherIsBetter: true, maxHundred: true },
];

/**
 * The indicator registry: the repository's content/indicators.yaml when it exists (so generated values use the
 * site's own keys), otherwise a small built-in one. Returns the definitions and the YAML to copy into the corpus.
 */
export function loadRegistry(file: string): { defs: IndicatorDef[]; yamlText: string } {
  if (fs.existsSync(file)) {
    const yamlText = fs.readFileSync(file, 'utf8');
    return { defs: parse(yamlText) as IndicatorDef[], yamlText };
  }
  const yamlText = fallbackRegistry.map((d) => `- id: ${d.id}\n  label: ${d.label}\n  unit: '${d.unit}'\n  higherIsBetter: ${d.higherIsBetter}\n${d.maxHundred ? '  maxHundred: true\n' : ''}`).join('');
  return { defs: fallbackRegistry, yamlText };
}

/** A plausible value for an indicator, with the number of decimals the documents would print. */
function plausible(def: IndicatorDef, rng: Rng): { value: number; decimals: number } {
  const between = (min: number, max: number, decimals: number) => {
    const raw = min + rng.next() * (max - min);
    return { value: Math.round(raw * 10 ** decimals) / 10 ** decimals, decimals };
  };
  switch (def.unit) {
    case '%':
      if (def.maxHundred) return def.higherIsBetter ? between(62, 100, 1) : between(0.4, 9, 2);
      return between(85, 135, 1);
    case 'ha': return between(15, 4800, 1);
    case 'người': return between(1800, 32000, 0);
    case 'hộ': return def.higherIsBetter ? between(600, 9000, 0) : between(4, 320, 0);
    case 'tỷ đồng': return between(3, 2400, 1);
    case 'triệu đồng': return between(180, 25000, 0);
    case 'tấn': return between(80, 21000, 0);
    case 'tạ/ha': return between(42, 71, 1);
    case 'triệu đồng/ha': return between(60, 180, 0);
    default: return between(1, 60, 0);
  }
}

/** One indicator value as stored, with the sentence of the report that states it. */
export interface IndicatorFact {
  indicator: string;
  value: number;
  kind: 'actual' | 'estimate';
  quote: string;
}

/** `count` indicator values for one unit-year, each with the sentence that states it in the report. */
export function indicatorFacts(defs: readonly IndicatorDef[], ctx: TextContext, rng: Rng, count: number): IndicatorFact[] {
  // Independent random values could make a part larger than its whole (the content check rejects that).
  return rng.sample(defs.filter((d) => !d.partOf), count).map((def) => {
    const { value, decimals } = plausible(def, rng);
    const estimate = rng.chance(0.35);
    const shown = def.unit === '%' ? `${formatVi(value, decimals)}%` : `${formatVi(value, decimals)} ${def.unit}`;
    const verb = estimate ? 'ước đạt' : rng.pick(['đạt', 'là', 'đạt được']);
    const tail = rng.pick(['', `, ${rng.chance(0.5) ? 'tăng' : 'bằng'} ${formatVi(rng.int(96, 118))}% so với cùng kỳ năm ${ctx.year - 1}`, ', hoàn thành chỉ tiêu Nghị quyết đề ra']);
    const quote = `${def.label} năm ${ctx.year} trên địa bàn ${ctx.kind} ${verb} ${shown}${tail}.`.normalize('NFC');
    return { indicator: def.id, value, kind: estimate ? 'estimate' : 'actual', quote };
  });
}
