// neo4j.conf for a server home: loopback ports, directories under the home, memory, auth.
import { mkdir, writeFile } from 'node:fs/promises';
import { homeLayout } from './layout.js';
import { LOOPBACK_HOST } from './ports.js';

export interface Neo4jConfSettings {
  readonly home: string;
  readonly boltPort: number;
  readonly httpPort: number;
  readonly auth: boolean;
  /** JVM heap, e.g. `1g` (also passed to the JVM as -Xms/-Xmx: CommunityEntryPoint does not size its own heap). */
  readonly heap: string;
  readonly pageCache: string;
}

/**
 * Bolt's Netty shutdown otherwise waits a 5 s quiet period twice after the databases have already
 * stopped and checkpointed; these internal settings (integer seconds) make `stop` take ~2 s, not ~12 s.
 */
const FAST_BOLT_SHUTDOWN: Readonly<Record<string, string>> = {
  'internal.dbms.bolt.netty_server_shutdown_quiet_period': '0',
  'internal.dbms.bolt.netty_server_shutdown_timeout': '2',
};

export function neo4jConfSettings(settings: Neo4jConfSettings): Record<string, string> {
  const layout = homeLayout(settings.home);
  return {
    'server.default_listen_address': LOOPBACK_HOST,
    'server.bolt.listen_address': `${LOOPBACK_HOST}:${settings.boltPort}`,
    'server.bolt.advertised_address': `${LOOPBACK_HOST}:${settings.boltPort}`,
    'server.http.enabled': 'true',
    'server.http.listen_address': `${LOOPBACK_HOST}:${settings.httpPort}`,
    'server.http.advertised_address': `${LOOPBACK_HOST}:${settings.httpPort}`,
    'server.https.enabled': 'false',
    'server.directories.data': layout.dataDir,
    'server.directories.logs': layout.logsDir,
    'server.memory.heap.initial_size': settings.heap,
    'server.memory.heap.max_size': settings.heap,
    'server.memory.pagecache.size': settings.pageCache,
    'dbms.security.auth_enabled': String(settings.auth),
    'dbms.usage_report.enabled': 'false',
    ...FAST_BOLT_SHUTDOWN,
  };
}

export function renderNeo4jConf(settings: Neo4jConfSettings): string {
  const lines = Object.entries(neo4jConfSettings(settings)).map(([key, value]) => `${key}=${value}`);
  return `# Written by \`kg neo4j\` on every start; edits are overwritten.\n${lines.join('\n')}\n`;
}

/** Writes `<home>/conf/neo4j.conf` (creating the folders) and returns its path. */
export async function writeNeo4jConf(settings: Neo4jConfSettings): Promise<string> {
  const layout = homeLayout(settings.home);
  await mkdir(layout.confDir, { recursive: true });
  await mkdir(layout.logsDir, { recursive: true });
  await writeFile(layout.confFile, renderNeo4jConf(settings), 'utf8');
  return layout.confFile;
}
