import { Worker } from 'node:worker_threads';
import { settings } from '../settings.ts';
import type { WorkerReply, WorkerRequest } from './bundle-worker.ts';
import type { BundleJob } from './write-bundle.ts';

/**
 * Threads that index search bundles side by side, each with its own Pagefind process. One Pagefind process does
 * most of its work on one thread (measured: its main thread at 100 %, the others near 0, the machine's two cores
 * 60 % busy), so a second process is what puts the second core to work. A bundle's pages still go to one process
 * in file order, so each bundle is the same bytes whatever runs beside it.
 */
export class BundleWriters {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly waiting: Array<(worker: Worker) => void> = [];
  private readonly pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private closing = false;
  /** Set when a thread dies: every bundle sent after it fails too, instead of waiting for a reply that never comes. */
  private failure?: Error;

  constructor(count: number) {
    for (let i = 0; i < Math.max(1, count); i++) {
      const worker = new Worker(new URL('./bundle-worker.ts', import.meta.url));
      worker.on('message', (reply: WorkerReply) => this.settle(reply));
      worker.on('error', (error) => this.failAll(error));
      worker.on('exit', (code) => {
        if (!this.closing) this.failAll(new Error(`Pagefind: the indexing thread stopped (exit code ${code})`));
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** Indexes one bundle on the next free thread. */
  async write(job: BundleJob): Promise<void> {
    const worker = this.idle.pop() ?? (await new Promise<Worker>((resolve) => this.waiting.push(resolve)));
    try {
      await this.send(worker, { id: this.nextId++, job });
    } finally {
      const next = this.waiting.shift();
      if (next) next(worker);
      else this.idle.push(worker);
    }
  }

  /** Stops every Pagefind process and thread. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.allSettled(this.workers.map((worker) => this.send(worker, { id: this.nextId++, close: true })));
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private send(worker: Worker, request: WorkerRequest): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.pending.set(request.id, { resolve, reject });
      worker.postMessage(request);
    });
  }

  private settle({ id, error }: WorkerReply): void {
    const waiter = this.pending.get(id);
    this.pending.delete(id);
    if (error) waiter?.reject(new Error(error));
    else waiter?.resolve();
  }

  private failAll(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
  }
}

/** How many bundles are indexed at once: `SEARCH_INDEXERS`, else one per core. */
export function indexerCount(cores: number): number {
  return settings().SEARCH_INDEXERS ?? Math.max(1, cores);
}
