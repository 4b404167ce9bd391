// Where things live inside a server home: the config we write, Neo4j's data and logs, our pid and state files.
import path from 'node:path';

export interface HomeLayout {
  readonly home: string;
  readonly confDir: string;
  readonly confFile: string;
  readonly dataDir: string;
  readonly logsDir: string;
  /** The JVM's own stdout and stderr (startup failures land here, before Neo4j's logging starts). */
  readonly consoleLog: string;
  /** Neo4j's user log. */
  readonly neo4jLog: string;
  readonly pidFile: string;
  readonly stateFile: string;
  /** Present once the system database exists: the initial password can no longer be set. */
  readonly systemDatabaseDir: string;
}

export function homeLayout(home: string): HomeLayout {
  const root = path.resolve(home);
  const dataDir = path.join(root, 'data');
  const logsDir = path.join(root, 'logs');
  return {
    home: root,
    confDir: path.join(root, 'conf'),
    confFile: path.join(root, 'conf', 'neo4j.conf'),
    dataDir,
    logsDir,
    consoleLog: path.join(logsDir, 'console.log'),
    neo4jLog: path.join(logsDir, 'neo4j.log'),
    pidFile: path.join(root, 'kg-neo4j.pid'),
    stateFile: path.join(root, 'kg-neo4j.json'),
    systemDatabaseDir: path.join(dataDir, 'databases', 'system'),
  };
}
