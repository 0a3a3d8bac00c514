import { spawn } from 'node:child_process';
import fs from 'node:fs';

/** One line a command printed, with the milliseconds since it started. */
export interface LogLine {
  ms: number;
  text: string;
}

/** What running a command cost. */
export interface RunResult {
  code: number;
  ms: number;
  /** Highest sum of resident memory over the command and all its descendants, in bytes. */
  peakRssBytes: number;
  /** Highest resident memory of any single process of the tree, in bytes. */
  peakProcessRssBytes: number;
  lines: LogLine[];
  /** Memory of the process tree over time: [ms since start, bytes]. */
  samples: Array<[number, number]>;
}

const PAGE = 4096;

/** Parent of every process, read from /proc. */
function parents(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces or parentheses: fields start after the last ")".
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

function rssOf(pid: number): number {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
  } catch {
    return 0;
  }
}

/** Resident memory of a process tree: total and largest single process. */
export function treeRss(root: number): { total: number; largest: number } {
  const children = parents();
  let total = 0;
  let largest = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    const rss = rssOf(pid);
    total += rss;
    largest = Math.max(largest, rss);
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, largest };
}

/**
 * Runs a command, timestamps every output line as it arrives and polls /proc every `pollMs` for the memory of the
 * whole process tree (GNU time is not installed everywhere, and `npm exec` puts Node two processes deep).
 */
export function runMeasured(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; pollMs?: number; echo?: (line: string) => void }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: LogLine[] = [];
    let peak = 0;
    let peakOne = 0;
    const samples: Array<[number, number]> = [];
    const poll = setInterval(() => {
      if (!child.pid) return;
      const { total, largest } = treeRss(child.pid);
      samples.push([Math.round(performance.now() - started), total]);
      peak = Math.max(peak, total);
      peakOne = Math.max(peakOne, largest);
    }, options.pollMs ?? 200);
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const ms = performance.now() - started;
        const parts = (rest + chunk).split('\n');
        rest = parts.pop() ?? '';
        for (const text of parts) {
          lines.push({ ms, text });
          options.echo?.(text);
        }
      });
    }
    child.on('error', (error) => {
      clearInterval(poll);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ code: code ?? 1, ms: performance.now() - started, peakRssBytes: peak, peakProcessRssBytes: peakOne, lines, samples });
    });
  });
}
