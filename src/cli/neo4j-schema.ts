// `kg neo4j schema`: applies cypher/schema.cypher (constraints, indexes, full-text index) idempotently.
import { Command } from 'commander';
import { applySchema } from '../stores/neo4j/schema.js';
import { connectNeo4j } from '../stores/neo4j/connect.js';
import { resolveNeo4jConfig } from '../stores/neo4j/config.js';

export function neo4jSchemaCommand(): Command {
  return new Command('schema')
    .description('apply the graph schema (constraints, indexes, full-text index on names and aliases); safe to repeat')
    .option('--neo4j <uri>', 'Neo4j Bolt URI (also NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD)')
    .option('--database <name>', 'Neo4j database (also NEO4J_DATABASE)')
    .action(async (flags: { neo4j?: string; database?: string }) => {
      const config = resolveNeo4jConfig({ ...(flags.neo4j ? { uri: flags.neo4j } : {}), ...(flags.database ? { database: flags.database } : {}) });
      const driver = await connectNeo4j(config);
      try {
        const applied = await applySchema(driver, { uri: config.uri, ...(config.database ? { database: config.database } : {}) });
        process.stdout.write(`applied ${applied.length} schema statements to ${config.uri}\n`);
      } finally {
        await driver.close();
      }
    });
}
