export interface Job<R> {
  /** How many of the `--parallel` places the job takes while it runs. */
  weight: number;
  run: () => Promise<R>;
}

/**
 * Runs jobs in their order, each as soon as its weight fits beside the running ones (a job heavier than the
 * capacity runs alone). Results keep the jobs' order. A job must not reject: it reports its failure in its result.
 */
export function pool<R>(jobs: Job<R>[], capacity: number): Promise<R[]> {
  const results: R[] = new Array(jobs.length);
  let next = 0;
  let used = 0;
  let running = 0;
  return new Promise((resolve) => {
    const startMore = () => {
      while (next < jobs.length) {
        const weight = Math.min(jobs[next].weight, capacity);
        if (used + weight > capacity) break;
        const i = next++;
        used += weight;
        running++;
        void jobs[i].run().then((result) => {
          results[i] = result;
          used -= weight;
          running--;
          startMore();
        });
      }
      if (running === 0 && next === jobs.length) resolve(results);
    };
    startMore();
  });
}
