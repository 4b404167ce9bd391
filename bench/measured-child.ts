// Runs a child process and measures it from outside: wall time, and peak RSS (VmHWM from /proc, polled), with a
// hook on each line of its standard output that can read the peak so far (e.g. at the 10,000th article).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

export const RSS_POLL_MS = 100;

export interface MeasuredRun {
  readonly exitCode: number | null;
  readonly wallSeconds: number;
  /** Peak resident set of the process (all its threads), in bytes; 0 where /proc is missing. */
  readonly peakRssBytes: number;
  readonly stdoutLines: number;
  readonly stderr: string;
}

export interface MeasureOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  /** Called for each line of standard output with its 1-based number and the peak RSS so far (bytes). */
  readonly onLine?: (line: string, lineNumber: number, peakRssBytes: () => number) => void;
}

/** Peak RSS (VmHWM) of a live process, in bytes; undefined once it has exited or where /proc is missing. */
export function peakRssOf(pid: number): number | undefined {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

export function runMeasured(command: string, args: readonly string[], options: MeasureOptions = {}): Promise<MeasuredRun> {
  const started = performance.now();
  const child = spawn(command, [...args], { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const pid = child.pid ?? -1;
  let peak = 0;
  const sample = (): number => {
    peak = Math.max(peak, peakRssOf(pid) ?? 0);
    return peak;
  };
  const timer = setInterval(sample, RSS_POLL_MS);
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-20_000);
  });
  let lines = 0;
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines += 1;
    options.onLine?.(line, lines, sample);
  });
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    // 'close' comes after the last line of output has been read
    child.on('close', (exitCode) => {
      clearInterval(timer);
      resolve({ exitCode, wallSeconds: (performance.now() - started) / 1000, peakRssBytes: peak, stdoutLines: lines, stderr });
    });
  });
}
