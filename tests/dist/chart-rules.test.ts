/**
 * Every chart the built site shows says something (issue 25): at least two figures in two rows, a comparison of
 * units has two units or more, one unit of measure per axis, unknown categories ("Không nêu cấp") last and muted and
 * never called the largest, and a CSV beside it. Read from the built pages, as a reader gets them.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { requireBuiltSite } from './site-html.ts';

const dist = path.resolve(process.env.DIST_DIR ?? 'dist');
requireBuiltSite(dist, 'chi-so/index.html');

interface BuiltChart {
  page: string;
  unit: string;
  category: string;
  summary: string;
  series: { label: string; header: string; muted: boolean }[];
  rows: { label: string; values: string[] }[];
  csv: string;
}

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").trim();

function chartsOf(page: string, html: string): BuiltChart[] {
  return html.split('<section class="bv-chart-figure').slice(1).map((part) => {
    const head = /<thead[^>]*>([\s\S]*?)<\/thead>/.exec(part)?.[1] ?? '';
    const body = /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(part)?.[1] ?? '';
    return {
      page,
      unit: /<bv-chart[^>]*data-unit="([^"]*)"/.exec(part)?.[1] ?? '',
      category: text(/<th scope="col"[^>]*>([\s\S]*?)<\/th>/.exec(head)?.[1] ?? ''),
      summary: text(/<p class="bv-chart-summary"[^>]*>([\s\S]*?)<\/p>/.exec(part)?.[1] ?? ''),
      series: [...head.matchAll(/<th([^>]*data-look[^>]*)>([\s\S]*?)<\/th>/g)].map((m) => ({
        label: /data-label="([^"]*)"/.exec(m[1])?.[1] ?? '',
        header: text(m[2]),
        muted: /data-muted/.test(m[1]),
      })),
      rows: [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => ({
        label: text(/<th[^>]*>([\s\S]*?)<\/th>/.exec(m[1])?.[1] ?? ''),
        values: [...m[1].matchAll(/<td([^>]*)>/g)].map((v) => /data-value="([^"]*)"/.exec(v[1])?.[1] ?? ''),
      })),
      csv: /<a href="([^"]+\.csv)" download/.exec(part)?.[1] ?? '',
    };
  });
}

function builtCharts(): BuiltChart[] {
  const pages = fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'));
  return pages.flatMap((f) => chartsOf(`/${path.dirname(f)}/`, fs.readFileSync(path.join(dist, f), 'utf8')));
}

describe('the charts of the built site', () => {
  const charts = builtCharts();
  const where = (c: BuiltChart) => `${c.page} ${c.category} × ${c.series.map((s) => s.label).join(', ')}`;

  it('are there to check', () => {
    expect(charts.length).toBeGreaterThan(0);
  });

  it('each hold two figures or more, in two rows or more', () => {
    const poor = charts.filter((c) => c.rows.length < 2 || c.rows.flatMap((r) => r.values).filter(Boolean).length < 2);
    expect(poor.map(where)).toEqual([]);
  });

  it('compare two units or more when they compare units', () => {
    const unitLabel = (label: string) => label.replace(/\s*\(.*\)$/, '');
    const alone = charts.filter((c) => c.category.startsWith('Đơn vị') && new Set(c.rows.map((r) => unitLabel(r.label))).size < 2);
    expect(alone.map(where)).toEqual([]);
  });

  it('put one unit of measure on their axis: no percentages beside counts', () => {
    const mixed = charts.filter((c) => c.series.some((s) => !s.header.endsWith(`(${c.unit})`)));
    expect(mixed.map(where)).toEqual([]);
  });

  it('show unknown categories last and muted, and never call them the largest', () => {
    const unknown = /không nêu|không rõ/i;
    const wrong = charts.filter((c) => {
      const firstMuted = c.series.findIndex((s) => s.muted);
      const mutedFirst = firstMuted >= 0 && c.series.slice(firstMuted).some((s) => !s.muted);
      return mutedFirst || c.series.some((s) => unknown.test(s.label) && !s.muted) || /nhiều nhất là không/i.test(c.summary);
    });
    expect(wrong.map(where)).toEqual([]);
  });

  it('each say in a sentence what is notable, and offer their figures as CSV', () => {
    const silent = charts.filter((c) => c.summary.length < 20 || !c.csv || !fs.existsSync(path.join(dist, c.csv.replace(/^.*?du-lieu\//, 'du-lieu/'))));
    expect(silent.map(where)).toEqual([]);
  });
});
