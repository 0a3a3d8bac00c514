import { parentPort } from 'node:worker_threads';
import { closePagefind, writeBundle, type BundleJob } from './write-bundle.ts';

/** A thread with its own Pagefind process, indexing the bundles it is sent one at a time (see bundle-writers.ts). */
export type WorkerRequest = { id: number; job: BundleJob } | { id: number; close: true };
export interface WorkerReply {
  id: number;
  error?: string;
}

parentPort!.on('message', async (request: WorkerRequest) => {
  try {
    if ('close' in request) await closePagefind();
    else await writeBundle(request.job);
    parentPort!.postMessage({ id: request.id } satisfies WorkerReply);
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply);
  }
});
