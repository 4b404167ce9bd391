// How the JVM is launched for the server and neo4j-admin: which java, which flags.
import path from 'node:path';

export const SERVER_MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';
export const ADMIN_MAIN_CLASS = 'org.neo4j.cli.AdminTool';

/** The flags Neo4j's own launcher passes (its default `server.jvm.additional`), minus the slow AlwaysPreTouch. */
export const NEO4J_JVM_FLAGS: readonly string[] = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

/** `$JAVA_HOME/bin/java` when JAVA_HOME is set, else `java` from the PATH. */
export function javaCommand(): string {
  const javaHome = process.env['JAVA_HOME'];
  return javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
}

/**
 * Only the quick C1 compiler: measured on a loaded 2-core machine, Bolt answered in 16-33 s instead of
 * 40-60 s; queries run slower at peak, which suits throwaway test servers, not real loads.
 */
export const FAST_STARTUP_JVM_FLAGS: readonly string[] = ['-XX:TieredStopAtLevel=1'];

export interface JavaArgsOptions {
  readonly heap: string;
  readonly fastStartup?: boolean;
}

export function javaArgs(classpath: string, mainClass: string, options: JavaArgsOptions, programArgs: readonly string[]): string[] {
  const { heap, fastStartup = false } = options;
  const tuning = fastStartup ? FAST_STARTUP_JVM_FLAGS : [];
  return [`-Xms${heap}`, `-Xmx${heap}`, ...NEO4J_JVM_FLAGS, ...tuning, '-cp', classpath, mainClass, ...programArgs];
}

/** The environment neo4j-admin reads to find the home and its neo4j.conf. */
export function neo4jEnv(home: string, confDir: string): NodeJS.ProcessEnv {
  return { ...process.env, NEO4J_HOME: home, NEO4J_CONF: confDir };
}
