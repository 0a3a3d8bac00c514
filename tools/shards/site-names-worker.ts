import { parentPort, workerData } from 'node:worker_threads';
import { digestOfNames, siteFiles } from './site-names.ts';

/** Lists a site's files on a thread of its own and replies with the digest of their names (site-names.ts). */
parentPort!.postMessage(digestOfNames(siteFiles(workerData as string)));
