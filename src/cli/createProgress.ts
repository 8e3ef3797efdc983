import type { SingleBar } from 'cli-progress';

/** Inputs above this size get a progress bar (when stderr is a terminal). */
const PROGRESS_THRESHOLD_BYTES = 10e6;

export interface Progress {
  add(bytes: number): void;
  stop(): void;
}

// The same MB as --stats: 10^6 bytes.
const MB = 1e6;

// The bar on screen now, if any: a report must not land on its line.
let shown: { clear(): void; redraw(): void } | undefined;

/**
 * Writes one report line (a bad line, a removed temporary file) to stderr,
 * on a line of its own: a bar on screen is cleared first and drawn again
 * below the report.
 */
export function printAboveProgress(line: string): void {
  if (shown === undefined) {
    process.stderr.write(`${line}\n`);
    return;
  }
  shown.clear();
  process.stderr.write(`${line}\n`);
  shown.redraw();
}

/**
 * A progress bar on stderr with MB/s and time left, shown only when `enabled`
 * (stderr is a TTY and not --quiet) and the input is large: its known size,
 * or for stdin the bytes read so far, passes 10 MB (MB = 10^6 bytes, as in
 * --stats). cli-progress is loaded
 * only then, keeping the cold start of small jobs short.
 */
export async function createProgress(totalBytes: number | undefined, enabled: boolean): Promise<Progress> {
  if (!enabled) return { add() {}, stop() {} };
  const { default: cliProgress } = await import('cli-progress');
  const startedAt = Date.now();
  let done = 0;
  let bar: SingleBar | undefined;
  const known = totalBytes !== undefined;
  const payload = () => {
    const seconds = Math.max((Date.now() - startedAt) / 1000, 0.001);
    return { mb: (done / MB).toFixed(0), totalMb: known ? (totalBytes / MB).toFixed(0) : '?', speed: (done / MB / seconds).toFixed(1) };
  };
  return {
    add(bytes) {
      done += bytes;
      if (!bar && done + (known ? totalBytes - done : 0) > PROGRESS_THRESHOLD_BYTES) {
        bar = new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: known
              ? 'pinyin-gloss {bar} {percentage}% | {mb}/{totalMb} MB | {speed} MB/s | ETA {eta_formatted}'
              : 'pinyin-gloss {mb} MB | {speed} MB/s',
            hideCursor: true,
            clearOnComplete: true,
            etaBuffer: 50,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(known ? totalBytes : 0, 0, payload());
        const drawn = bar;
        shown = {
          // Carriage return and erase the line: the cursor is at the start of an empty line.
          clear: () => process.stderr.write('\r\u001b[2K'),
          redraw: () => drawn.update(done, payload()),
        };
      }
      bar?.update(done, payload());
    },
    stop() {
      bar?.stop();
      shown = undefined;
    },
  };
}
