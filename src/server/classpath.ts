// The Neo4j server's Java classpath: resolved once by Maven from neo4j/pom.xml, cached in a file keyed by the pom's hash.
import { createHash } from 'node:crypto';
import { access, mkdir, readFile, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { KgError } from '../errors.js';
import { packagePath } from '../data-path.js';
import { runProcess } from './run-process.js';
import { tailLines } from './tail.js';

/** A fresh machine downloads ~236 jars (about 80 s); a warm ~/.m2 answers in seconds. */
export const MAVEN_TIMEOUT_MS = 15 * 60_000;
const POM_HASH_CHARS = 16;

export interface ClasspathOptions {
  /** Defaults to `<package root>/neo4j/pom.xml`. */
  readonly pomPath?: string;
  /** Defaults to `$XDG_CACHE_HOME/news-kg` or `~/.cache/news-kg`. */
  readonly cacheDir?: string;
  /** Defaults to `mvn` on the PATH. */
  readonly mavenCommand?: string;
}

export function defaultPomPath(): string {
  return packagePath('neo4j', 'pom.xml');
}

export function defaultCacheDir(): string {
  const base = process.env['XDG_CACHE_HOME'] || path.join(os.homedir(), '.cache');
  return path.join(base, 'news-kg');
}

const inFlight = new Map<string, Promise<string>>();

/** The classpath (entries joined by the platform's delimiter) that runs the server and neo4j-admin. */
export async function resolveClasspath(options: ClasspathOptions = {}): Promise<string> {
  const pomPath = path.resolve(options.pomPath ?? defaultPomPath());
  const pom = await readFile(pomPath).catch((cause: unknown) => {
    throw new KgError('MAVEN_FAILED', `Cannot read the Neo4j pom at ${pomPath}: the package is incomplete; reinstall it.`, { cause });
  });
  const hash = createHash('sha256').update(pom).digest('hex').slice(0, POM_HASH_CHARS);
  const cacheFile = path.join(options.cacheDir ?? defaultCacheDir(), `neo4j-classpath-${hash}.txt`);
  let pending = inFlight.get(cacheFile);
  if (pending === undefined) {
    pending = cachedOrResolved(cacheFile, pomPath, options.mavenCommand ?? 'mvn');
    inFlight.set(cacheFile, pending);
    pending.catch(() => inFlight.delete(cacheFile));
  }
  return pending;
}

async function cachedOrResolved(cacheFile: string, pomPath: string, mavenCommand: string): Promise<string> {
  const cached = await readCachedClasspath(cacheFile);
  if (cached !== undefined) return cached;
  await mkdir(path.dirname(cacheFile), { recursive: true });
  const outputFile = `${cacheFile}.${process.pid}.tmp`;
  try {
    await runMaven(mavenCommand, pomPath, outputFile);
    const classpath = (await readFile(outputFile, 'utf8')).trim();
    if (classpath === '') throw new KgError('MAVEN_FAILED', `Maven wrote an empty classpath for ${pomPath}.`);
    await rename(outputFile, cacheFile);
    return classpath;
  } finally {
    await rm(outputFile, { force: true });
  }
}

/** The cached classpath, unless it is missing or names a jar that is gone (e.g. ~/.m2 was cleaned). */
async function readCachedClasspath(cacheFile: string): Promise<string | undefined> {
  const text = await readFile(cacheFile, 'utf8').catch(() => undefined);
  const classpath = text?.trim();
  if (!classpath) return undefined;
  const entries = classpath.split(path.delimiter);
  const present = await Promise.all(entries.map((entry) => access(entry).then(() => true, () => false)));
  return present.every(Boolean) ? classpath : undefined;
}

async function runMaven(mavenCommand: string, pomPath: string, outputFile: string): Promise<void> {
  const args = ['-q', '-B', '-f', pomPath, 'dependency:build-classpath', `-Dmdep.outputFile=${outputFile}`];
  const result = await runProcess(mavenCommand, args, { cwd: path.dirname(pomPath), timeoutMs: MAVEN_TIMEOUT_MS }).catch(
    (cause: unknown) => {
      throw new KgError(
        'MAVEN_FAILED',
        `Cannot run Maven (\`${mavenCommand}\`): install Java 17 and Maven 3.8+ so the Neo4j server can be resolved, or point NEO4J_URI at a running Neo4j.`,
        { cause },
      );
    },
  );
  if (result.exitCode !== 0) {
    const why = result.timedOut ? `timed out after ${MAVEN_TIMEOUT_MS / 1000} s` : `exited with ${result.exitCode ?? result.signal}`;
    const output = tailLines(`${result.stdout}\n${result.stderr}`);
    throw new KgError(
      'MAVEN_FAILED',
      `Maven could not resolve the Neo4j server's classpath from ${pomPath} (${why}). Check network access to Maven Central and ~/.m2/settings.xml. Maven said:\n${output}`,
    );
  }
}
