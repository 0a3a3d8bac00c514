import { describe, expect, it } from 'vitest';
import { pool, type Job } from '../../tools/shards/pool.ts';

/** Jobs that record when they start and end, each finishing when the test releases it. */
function jobs(weights: number[]) {
  const events: string[] = [];
  const release = new Map<number, () => void>();
  const list: Array<Job<number>> = weights.map((weight, i) => ({
    weight,
    run: () => {
      events.push(`start ${i}`);
      return new Promise<number>((resolve) => release.set(i, () => { events.push(`end ${i}`); resolve(i * 10); }));
    },
  }));
  return { events, list, finish: async (i: number) => { release.get(i)!(); await new Promise((r) => setTimeout(r, 0)); } };
}

describe('the shard runner\'s pool', () => {
  it('runs as many jobs as fit, in order, and starts the next as one ends', async () => {
    const { events, list, finish } = jobs([1, 1, 1, 1]);
    const done = pool(list, 2);
    expect(events).toEqual(['start 0', 'start 1']);
    await finish(1);
    expect(events).toEqual(['start 0', 'start 1', 'end 1', 'start 2']);
    await finish(0);
    await finish(2);
    await finish(3);
    expect(await done).toEqual([0, 10, 20, 30]);
  });

  it('gives a heavy job the places of two: the shared part beside one shard, not two', async () => {
    const { events, list, finish } = jobs([1, 2, 1, 1, 1]);
    const done = pool(list, 3);
    expect(events).toEqual(['start 0', 'start 1']);
    await finish(0);
    expect(events.at(-1)).toBe('start 2');
    expect(events.filter((e) => e.startsWith('start'))).toHaveLength(3);
    await finish(1);
    expect(events.slice(-2)).toEqual(['start 3', 'start 4']);
    for (const i of [2, 3, 4]) await finish(i);
    expect(await done).toEqual([0, 10, 20, 30, 40]);
  });

  it('runs a job heavier than the capacity alone, and ends at once with no job', async () => {
    const { events, list, finish } = jobs([3, 1]);
    const done = pool(list, 2);
    expect(events).toEqual(['start 0']);
    await finish(0);
    expect(events).toEqual(['start 0', 'end 0', 'start 1']);
    await finish(1);
    expect(await done).toEqual([0, 10]);
    expect(await pool([], 2)).toEqual([]);
  });
});
