/**
 * Progress of a long batch on stderr: a bar with the file count, files per second and the time left when
 * stderr is a terminal; otherwise (a log file, CI) a plain line every so many files, since a redrawn bar
 * would fill a log with control characters.
 */
import cliProgress from 'cli-progress';
import { formatNumber } from '../../../src/utils/vietnamese.ts';

export interface Progress {
  /** One more file done. */
  tick(): void;
  /** Writes a line to `stream` without breaking the bar. */
  log(stream: NodeJS.WriteStream, line: string): void;
  stop(): void;
}

/** Plain progress lines every this many files when stderr is not a terminal. */
export const PLAIN_EVERY = 25;

/** "2 phút 05 giây", "12 giây". */
export function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '…';
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)} phút ${String(s % 60).padStart(2, '0')} giây` : `${s} giây`;
}

function rate(done: number, started: number): number {
  const seconds = (performance.now() - started) / 1000;
  return seconds > 0 ? done / seconds : 0;
}

/** A progress display for `total` files; nothing is shown for a single file. */
export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = performance.now();
  let done = 0;
  if (total > 1 && stream.isTTY) {
    const multi = new cliProgress.MultiBar(
      {
        stream,
        format: 'Nhập (importing) {bar} {value}/{total} tệp | {rate} tệp/giây (files/s) | còn (ETA) {left}',
        hideCursor: true,
        clearOnComplete: true,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    const bar = multi.create(total, 0, { rate: '0', left: '…' });
    return {
      tick() {
        done++;
        const r = rate(done, started);
        bar.update(done, { rate: formatNumber(Math.round(r * 10) / 10), left: duration((total - done) / r) });
      },
      log(target, line) {
        if (target.isTTY) multi.log(`${line}\n`);
        else target.write(`${line}\n`);
      },
      stop() {
        // The last lines logged wait in the bar's buffer until its next redraw, which stop() does not do.
        (multi as unknown as { update(): void }).update();
        multi.stop();
      },
    };
  }
  return {
    tick() {
      done++;
      if (total <= 1 || done % PLAIN_EVERY !== 0 || done === total) return;
      const r = rate(done, started);
      stream.write(`… ${done}/${total} tệp (files), ${formatNumber(Math.round(r * 10) / 10)} tệp/giây (files/s), còn khoảng (ETA) ${duration((total - done) / r)}\n`);
    },
    log: (target, line) => target.write(`${line}\n`),
    stop() {},
  };
}
