import { spawn } from 'node:child_process';

/** How one job of the runner ended. */
export interface JobResult {
  name: string;
  ms: number;
  code: number;
}

/** The runner's child processes: one failure stops them all, since the others' output would not be used. */
export class ChildProcesses {
  private readonly children = new Set<ReturnType<typeof spawn>>();
  aborted = false;

  /** Runs a Node script as a child process, keeping the last `keep` lines of its output (400 by default) for its report. */
  run(name: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; keep?: number }, report: (code: number, output: string[], seconds: string) => void): Promise<JobResult> {
    const started = performance.now();
    const keep = options.keep ?? 400;
    return new Promise((resolve) => {
      const child = spawn(process.execPath, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
      this.children.add(child);
      const output: string[] = [];
      for (const stream of [child.stdout, child.stderr]) {
        stream.on('data', (chunk: Buffer) => {
          output.push(...chunk.toString().split('\n'));
          if (output.length > keep) output.splice(0, output.length - keep);
        });
      }
      child.on('close', (code) => {
        this.children.delete(child);
        const ms = performance.now() - started;
        report(code ?? 1, output, (ms / 1000).toFixed(1));
        resolve({ name, ms, code: code ?? 1 });
      });
    });
  }

  /** Stops every running child. */
  abort(): void {
    this.aborted = true;
    for (const child of this.children) child.kill('SIGTERM');
  }
}
