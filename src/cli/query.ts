// `kg query`: the analyst's named Cypher queries (cypher/queries), against Neo4j.
import { Command, Option } from 'commander';
import { KgError } from '../errors.js';
import { listQueries, loadQuery, parseParams } from '../query/library.js';
import { runNamedQuery } from '../query/run-query.js';
import { formatRows, type RowFormat } from '../query/format-rows.js';
import { connectNeo4j } from '../stores/neo4j/connect.js';
import { resolveNeo4jConfig } from '../stores/neo4j/config.js';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function queryCommand(): Command {
  return new Command('query')
    .description('run a named query of the Cypher library against Neo4j (read-only unless --write)')
    .argument('[name]', 'query name (see --list)')
    .option('--list', 'list the queries with their descriptions and parameters')
    .option('--param <k=v>', 'a query parameter (repeatable)', collect, [])
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .option('--write', 'allow a query marked @writes to change the graph')
    .option('--neo4j <uri>', 'Neo4j Bolt URI (also NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD)')
    .option('--database <name>', 'Neo4j database (also NEO4J_DATABASE)')
    .action(async (name: string | undefined, flags: { list?: boolean; param: string[]; format: RowFormat; write?: boolean; neo4j?: string; database?: string }) => {
      if (flags.list || !name) {
        const lines: string[] = [];
        for (const q of listQueries()) {
          lines.push(`${q.name}${q.writes ? ' (writes)' : ''}`, `  ${q.description}`);
          for (const p of q.params) lines.push(`  --param ${p.name}=${p.example ?? '...'}   ${p.description}`);
          if (q.example) lines.push(`  e.g. ${q.example}`);
        }
        process.stdout.write(`${lines.join('\n')}\n`);
        if (!flags.list && !name) throw new KgError('QUERY_NOT_FOUND', 'name a query to run (listed above)');
        return;
      }
      const query = loadQuery(name);
      const params = parseParams(flags.param, query);
      const config = resolveNeo4jConfig({ ...(flags.neo4j ? { uri: flags.neo4j } : {}), ...(flags.database ? { database: flags.database } : {}) });
      const driver = await connectNeo4j(config);
      try {
        const rows = await runNamedQuery(driver, query, params, { ...(flags.write ? { write: true } : {}), ...(config.database ? { database: config.database } : {}) });
        process.stdout.write(formatRows(rows, flags.format));
      } finally {
        await driver.close();
      }
    });
}
