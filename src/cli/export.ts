// `kg export`: the graph, or a part of it, in a format for Gephi, Cytoscape, sigma.js, Neo4j or the browser.
import { Command, Option } from 'commander';
import { EXPORT_FORMATS, exportGraph, writeNeo4jAdminCsv } from '../export/index.js';
import { limitGraph } from '../export/subgraph.js';
import { KgError } from '../errors.js';
import type { GraphStore } from '../stores/store.js';
import type { Neo4jStore } from '../stores/neo4j.js';
import { openStore, withStoreOptions, type StoreFlags } from './store-options.js';

function isNeo4jStore(store: GraphStore): store is Neo4jStore {
  return store.kind === 'neo4j';
}

interface ExportFlags extends StoreFlags {
  readonly format: (typeof EXPORT_FORMATS)[number];
  readonly out?: string;
  readonly ego?: string;
  readonly depth: string;
  readonly types?: string;
  readonly since?: string;
  readonly until?: string;
  readonly cypher?: string;
}

export function exportCommand(): Command {
  return withStoreOptions(
    new Command('export')
      .description('export the graph (or an ego network, types or a date range of it)')
      .addOption(new Option('--format <format>', 'output format').choices([...EXPORT_FORMATS]).default('gexf'))
      .option('--out <path>', 'output file (a folder for csv); standard output when omitted')
      .option('--ego <name>', 'only the ego network of this entity (name, alias or id)')
      .option('--depth <n>', 'ego network depth', '1')
      .option('--types <types>', 'only these entity types, comma-separated (e.g. Country,Official)')
      .option('--since <date>', 'only facts seen on or after this date (YYYY-MM-DD)')
      .option('--until <date>', 'only facts seen on or before this date (YYYY-MM-DD)')
      .option('--cypher <query>', 'with Neo4j: export the subgraph this query returns (nodes, relationships or paths)'),
  ).action(async (flags: ExportFlags) => {
    const store = await openStore(flags);
    try {
      const withEvidence = flags.format === 'html';
      if (flags.cypher !== undefined && store.kind !== 'neo4j') {
        throw new KgError('CONFIG_INVALID', '--cypher selects a subgraph from Neo4j: add --neo4j URI (or set NEO4J_URI)');
      }
      const graph = flags.cypher !== undefined && isNeo4jStore(store)
        ? await store.readSubgraph(flags.cypher, {}, { withEvidence })
        : await store.readGraph({ withEvidence });
      const limited = limitGraph(graph, {
        ...(flags.ego ? { ego: { node: flags.ego, depth: Math.max(0, Number(flags.depth) || 1) } } : {}),
        ...(flags.types ? { types: flags.types.split(',').map((t) => t.trim()).filter(Boolean) } : {}),
        ...(flags.since ? { since: flags.since } : {}),
        ...(flags.until ? { until: flags.until } : {}),
      });
      if (flags.format === 'csv' && flags.out) {
        const csv = await writeNeo4jAdminCsv(limited, flags.out);
        process.stderr.write(`wrote ${csv.files.length} CSV files (${limited.order} nodes, ${limited.size} edges) to ${flags.out}; load them with:\n  ${csv.command}\n`);
        return;
      }
      const written = await exportGraph(flags.format, limited, flags.out ? { out: flags.out } : {});
      if (flags.out) process.stderr.write(`wrote ${flags.format} (${limited.order} nodes, ${limited.size} edges) to ${written}\n`);
    } finally {
      await store.close();
    }
  });
}
