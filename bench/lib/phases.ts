import type { LogLine } from './process-tree.ts';

/** Wall-clock time of each phase of an `astro build`, in milliseconds. */
export interface Phases {
  /** Start-up, config, integrations' setup (the site's content check runs here). */
  setup: number;
  /** Content layer sync: loading, parsing and validating every entry. */
  contentSync: number;
  /** Type generation and build info. */
  prepare: number;
  /** Vite/Rolldown bundling of pages, components and MDX modules (stories; documents are Markdown). */
  bundle: number;
  /** Rendering every page to HTML. */
  render: number;
  /** Work after rendering: the sitemap and the Pagefind index. */
  searchIndex: number;
  /** Anything after the last marker until the process ended. */
  finish: number;
}

// ANSI colours would hide the markers.
const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

/**
 * Splits a build into phases from the lines Astro prints, timestamped on arrival. A marker that is missing
 * (another Astro version, a failed build) leaves its phase at 0 and adds its time to the one before.
 */
export function phasesFromLog(lines: LogLine[], totalMs: number): Phases {
  const m = phaseMarks(lines, totalMs);
  return {
    setup: m[1] - m[0], contentSync: m[2] - m[1], prepare: m[3] - m[2], bundle: m[4] - m[3],
    render: m[5] - m[4], searchIndex: m[6] - m[5], finish: m[7] - m[6],
  };
}

/** Highest memory sample within each phase. */
export function peakByPhase(lines: LogLine[], totalMs: number, samples: Array<[number, number]>): Phases {
  const m = phaseMarks(lines, totalMs);
  const peak = (i: number) => samples.filter(([ms]) => ms >= m[i] && ms <= m[i + 1]).reduce((max, [, rss]) => Math.max(max, rss), 0);
  return { setup: peak(0), contentSync: peak(1), prepare: peak(2), bundle: peak(3), render: peak(4), searchIndex: peak(5), finish: peak(6) };
}

/** Start times of the phases, in order, ending with the total. */
function phaseMarks(lines: LogLine[], totalMs: number): number[] {
  const find = (re: RegExp, after = 0) => lines.find((l) => l.ms >= after && re.test(plain(l.text)))?.ms;
  const syncStart = find(/\[content\] Syncing content/);
  const syncEnd = find(/\[content\] Synced content/, syncStart);
  const bundleStart = find(/\[build\] Building static entrypoints/, syncEnd);
  const renderStart = find(/generating static routes/, bundleStart);
  const renderEnd = find(/^\S*\s*✓ Completed in/, renderStart) ?? find(/\[build\] ✓ Completed in/, renderStart);
  const indexEnd = find(/\[bang-vang:pagefind\]|\[build\] \d+ page\(s\) built/, renderEnd);
  const marks = [0, syncStart, syncEnd, bundleStart, renderStart, renderEnd, indexEnd, totalMs];
  // Fill missing marks with the previous one, so durations stay non-negative and sum to the total.
  for (let i = 1; i < marks.length; i++) if (marks[i] === undefined) marks[i] = marks[i - 1];
  return marks as number[];
}

/** Pages Astro says it built ("545 page(s) built in 10.58s"). */
export function pagesBuilt(lines: LogLine[]): number | undefined {
  for (const line of lines) {
    const match = /(\d+) page\(s\) built/.exec(plain(line.text));
    if (match) return Number(match[1]);
  }
  return undefined;
}
