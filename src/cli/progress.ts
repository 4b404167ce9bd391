// A progress bar on a terminal for long runs; silent when stderr is not a TTY.
import cliProgress from 'cli-progress';

export interface Progress {
  tick(): void;
  stop(): void;
}

export function progress(label: string): Progress {
  if (!process.stderr.isTTY) return { tick: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { format: `${label} {value} articles | {rate}/s | {duration_formatted}`, stream: process.stderr, hideCursor: true, noTTYOutput: false },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let count = 0;
  bar.start(0, 0, { rate: '0' });
  return {
    tick: () => {
      count++;
      if (count % 25 === 0) bar.update(count, { rate: (count / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(0) });
    },
    stop: () => {
      bar.update(count, { rate: (count / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(0) });
      bar.stop();
    },
  };
}
