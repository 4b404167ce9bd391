// Running the `kg` CLI (bin/kg.js over dist/) as a child process, as a user does; for the CLI and integration tests.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const KG = path.join(ROOT, 'bin', 'kg.js');
export const SAMPLES = path.join(ROOT, 'data', 'samples');

export interface KgRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Starts `kg ARGS`; NEO4J_URI is unset unless `env` sets it, so the embedded store is the default. */
export function spawnKg(args: readonly string[], env: NodeJS.ProcessEnv = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [KG, ...args], { cwd: ROOT, env: { ...process.env, NEO4J_URI: '', ...env } });
}

/** Resolves when the child has exited and its output is read. */
export function finished(child: ChildProcessWithoutNullStreams): Promise<KgRun> {
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

export function kg(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<KgRun> {
  return finished(spawnKg(args, env));
}

/** The sample articles' texts (data/samples, text and Markdown files), in name order. */
export function sampleTexts(): string[] {
  return readdirSync(SAMPLES)
    .filter((name) => /\.(txt|md)$/.test(name))
    .sort()
    .map((name) => readFileSync(path.join(SAMPLES, name), 'utf8'));
}

/**
 * Writes a JSON Lines corpus of the articles numbered `from` to `to - 1`: article i is sample text i mod 8 under its
 * own id (`article-i`) and date, so articles overlap in entities and facts as a news stream does.
 */
export async function writeSampleCorpus(file: string, from: number, to: number): Promise<void> {
  const texts = sampleTexts();
  const lines: string[] = [];
  for (let i = from; i < to; i += 1) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(JSON.stringify({ id: `article-${i}`, text: texts[i % texts.length], published: `2024-05-${day}` }));
  }
  await writeFile(file, `${lines.join('\n')}\n`);
}
