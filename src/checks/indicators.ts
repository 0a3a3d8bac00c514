import type { Problem } from './problem.ts';
import type { Indicator } from '../schemas/indicator.ts';

/** One indicator value with where it was written (the path of its field, for its line when it fails). */
interface Located {
  value: number;
  file: string;
  path: PropertyKey[];
  field: string;
}

/** Where a value is: its line is looked up only when a problem needs it. */
export interface ValueAt {
  file: string;
  field: string;
  path: PropertyKey[];
  line: () => number | undefined;
}

/**
 * Checks of indicator values against the registry: percentages over 100 where the indicator cannot exceed it,
 * amounts below zero, and a part larger than its whole (files resolved > files received) for the same
 * unit, year, kind and note, when both are measured in the same unit. Values of wholes are kept in one Map, so the check is linear in the number of values.
 */
export class IndicatorChecks {
  private readonly registry = new Map<string, Indicator>();
  private readonly wholes = new Set<string>();
  private readonly wholeValues = new Map<string, Located>();
  private readonly partValues: Array<Located & { whole: string; key: string; indicator: string }> = [];

  setRegistry(indicators: Iterable<Indicator>): void {
    for (const indicator of indicators) {
      this.registry.set(indicator.id, indicator);
      if (indicator.partOf) this.wholes.add(indicator.partOf);
    }
  }

  get size(): number {
    return this.registry.size;
  }

  has(key: string): boolean {
    return this.registry.has(key);
  }

  /** Checks one value at once; remembers what the part/whole check needs. */
  *value(
    entry: { unit: string; year: number },
    v: { indicator: string; value: number; kind: string; note?: string; target?: number },
    at: ValueAt,
  ): Generator<Problem> {
    const indicator = this.registry.get(v.indicator);
    if (!indicator) return;
    for (const [name, value] of [['value', v.value], ['target', v.target]] as const) {
      if (value === undefined) continue;
      if (indicator.maxHundred && value > 100) {
        yield {
          severity: 'error',
          rule: 'value/over-100',
          file: at.file,
          line: at.line(),
          field: `${at.field}.${name}`,
          found: `${value}% cho chỉ số "${indicator.label}" (over 100%)`,
          expected: 'tỷ lệ từ 0 đến 100 (a percentage from 0 to 100)',
          fix: 'Kiểm tra lại con số trong văn bản gốc; nếu văn bản ghi “vượt 5%”, nhập 105 vào chỉ số khác (ví dụ tỷ lệ so với kế hoạch), không phải chỉ số này. (Check the source; a rate above 100 belongs to another indicator.)',
        };
      }
      if (value < 0 && (indicator.maxHundred || indicator.unit !== '%')) {
        yield {
          severity: 'error',
          rule: 'value/negative',
          file: at.file,
          line: at.line(),
          field: `${at.field}.${name}`,
          found: `${value} ${indicator.unit} cho chỉ số "${indicator.label}" (below zero)`,
          expected: 'số không âm (zero or more); chỉ tốc độ tăng trưởng tính bằng % mới có thể âm (only % growth rates may be negative)',
          fix: 'Kiểm tra dấu trừ: số lượng, diện tích, số tiền không thể âm. Nếu là mức giảm, ghi số dương vào chỉ số “giảm”. (Counts and amounts cannot be negative.)',
        };
      }
    }
    const key = `${entry.unit}|${entry.year}|${v.kind}|${v.note ?? ''}`;
    const located = { value: v.value, file: at.file, path: at.path, field: at.field };
    if (this.wholes.has(v.indicator)) this.wholeValues.set(`${v.indicator}|${key}`, located);
    // Only a part measured like its whole can be compared: the registry also uses partOf to group a rate
    // ("so với kế hoạch", %) under its amount (tỷ đồng).
    const whole = indicator.partOf ? this.registry.get(indicator.partOf) : undefined;
    if (indicator.partOf && whole?.unit === indicator.unit) this.partValues.push({ ...located, whole: indicator.partOf, key, indicator: v.indicator });
  }

  /** Registry problems (partOf pointing nowhere) and parts larger than their whole; call after every value. */
  *finish(registryFile: string, lineOf: (file: string, path: PropertyKey[]) => number | undefined): Generator<Problem> {
    for (const indicator of this.registry.values()) {
      if (indicator.partOf && !this.registry.has(indicator.partOf)) {
        yield {
          severity: 'error',
          rule: 'reference/indicators',
          file: registryFile,
          field: `${indicator.id}.partOf`,
          found: `"${indicator.partOf}" — không có chỉ số này (no such indicator)`,
          expected: 'id của một chỉ số trong content/indicators.yaml (the id of an indicator in the registry)',
          fix: 'Sửa partOf cho đúng id của chỉ số tổng. (Give the id of the whole.)',
        };
      }
    }
    for (const part of this.partValues) {
      const whole = this.wholeValues.get(`${part.whole}|${part.key}`);
      if (whole && part.value > whole.value) {
        const partLabel = this.registry.get(part.indicator)?.label ?? part.indicator;
        const wholeLabel = this.registry.get(part.whole)?.label ?? part.whole;
        yield {
          severity: 'error',
          rule: 'value/part-over-whole',
          file: part.file,
          line: lineOf(part.file, part.path),
          field: `${part.field}.value`,
          found: `"${partLabel}" = ${part.value} lớn hơn tổng "${wholeLabel}" = ${whole.value} (${whole.file}, dòng ${lineOf(whole.file, whole.path) ?? '?'}) (a part larger than its whole)`,
          expected: `${partLabel} ≤ ${wholeLabel} cùng đơn vị, năm và loại số liệu (part ≤ whole for the same unit, year and kind)`,
          fix: 'Đối chiếu hai con số với văn bản gốc; có thể đã nhập nhầm chỉ số hoặc nhầm năm. (Check both numbers against the source.)',
        };
      }
    }
  }
}
