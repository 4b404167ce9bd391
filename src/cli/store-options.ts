// Which store a command writes to or reads from: Neo4j when --neo4j or NEO4J_URI is given, else the embedded store.
import type { Command } from 'commander';
import type { GraphStore } from '../stores/store.js';
import { openEmbeddedStore } from '../stores/embedded.js';
import { openNeo4jStore } from '../stores/neo4j.js';

export interface StoreFlags {
  readonly store?: string;
  readonly neo4j?: string;
  readonly database?: string;
}

export function withStoreOptions(command: Command): Command {
  return command
    .option('--store <dir>', 'embedded store folder', '.kg')
    .option('--neo4j <uri>', 'write to / read from Neo4j at this Bolt URI (also NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD)')
    .option('--database <name>', 'Neo4j database (also NEO4J_DATABASE)');
}

export function usesNeo4j(flags: StoreFlags): boolean {
  return Boolean(flags.neo4j ?? process.env['NEO4J_URI']);
}

export async function openStore(flags: StoreFlags): Promise<GraphStore> {
  if (usesNeo4j(flags)) {
    return openNeo4jStore({
      ...(flags.neo4j ? { uri: flags.neo4j } : {}),
      ...(flags.database ? { database: flags.database } : {}),
    });
  }
  return openEmbeddedStore(flags.store ?? '.kg');
}
