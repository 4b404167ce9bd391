// `kg analyze`: centrality and communities (optionally written back as node properties), paths, ego networks.
import { Command } from 'commander';
import { computeMetrics } from '../analysis/metrics.js';
import { egoNodes, shortestPath } from '../analysis/paths.js';
import { KgError } from '../errors.js';
import { openStore, withStoreOptions, type StoreFlags } from './store-options.js';

function label(graph: { getNodeAttribute(node: string, name: 'label'): string }, node: string): string {
  return `${graph.getNodeAttribute(node, 'label')} (${node})`;
}

export function analyzeCommand(): Command {
  const command = withStoreOptions(
    new Command('analyze')
      .description('degree, PageRank, betweenness and Louvain communities of the entity graph')
      .option('--write', 'store the metrics as node properties (pagerank, degree, betweenness, community)')
      .option('--top <n>', 'how many entities to list, by PageRank', '15')
      .option('--json', 'print every entity\'s metrics as JSON'),
  ).action(async (flags: StoreFlags & { write?: boolean; top: string; json?: boolean }) => {
    const store = await openStore(flags);
    try {
      const graph = await store.readGraph();
      const metrics = computeMetrics.assign(graph);
      if (flags.write) {
        const values = new Map([...metrics].map(([node, m]) => [node, { ...m }]));
        const written = await store.writeNodeProperties(values);
        process.stderr.write(`wrote metrics onto ${written} entities\n`);
      }
      const ranked = [...metrics].sort((a, b) => b[1].pagerank - a[1].pagerank);
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(ranked.map(([id, m]) => ({ id, name: graph.getNodeAttribute(id, 'label'), ...m })), null, 2)}\n`);
        return;
      }
      const communities = new Set([...metrics.values()].map((m) => m.community)).size;
      const lines = [`${graph.order} entities, ${graph.size} facts, ${communities} communities`, 'pagerank  degree  betweenness  community  entity'];
      for (const [id, m] of ranked.slice(0, Math.max(1, Number(flags.top) || 15))) {
        lines.push(`${m.pagerank.toFixed(4).padStart(8)}  ${String(m.degree).padStart(6)}  ${m.betweenness.toFixed(4).padStart(11)}  ${String(m.community).padStart(9)}  ${label(graph, id)}`);
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    } finally {
      await store.close();
    }
  });

  withStoreOptions(command.command('path').description('shortest path between two entities (names, aliases or ids)').argument('<from>').argument('<to>'))
    .action(async (from: string, to: string, flags: StoreFlags) => {
      const store = await openStore(flags);
      try {
        const graph = await store.readGraph();
        const path = shortestPath(graph, from, to);
        if (!path) throw new KgError('ENTITY_NOT_FOUND', `no path between "${from}" and "${to}" in the graph`);
        const steps: string[] = [label(graph, path[0] ?? '')];
        for (let i = 1; i < path.length; i++) {
          const a = path[i - 1] ?? '';
          const b = path[i] ?? '';
          const types = [...graph.edges(a, b), ...graph.edges(b, a)].map((e) => graph.getEdgeAttribute(e, 'type'));
          steps.push(`  -[${[...new Set(types)].join('|')}]- ${label(graph, b)}`);
        }
        process.stdout.write(`${steps.join('\n')}\n`);
      } finally {
        await store.close();
      }
    });

  withStoreOptions(
    command.command('ego').description("an entity's neighbourhood: the entities within N hops and the facts between them").argument('<name>').option('--depth <n>', 'hops', '1'),
  ).action(async (name: string, flags: StoreFlags & { depth: string }) => {
    const store = await openStore(flags);
    try {
      const graph = await store.readGraph();
      const nodes = egoNodes(graph, name, Math.max(0, Number(flags.depth) || 1));
      const inside = new Set(nodes);
      const lines = [`${nodes.length} entities within ${flags.depth} hop(s) of ${label(graph, nodes[0] ?? '')}`];
      graph.forEachEdge((_edge, a, source, target) => {
        if (!inside.has(source) || !inside.has(target)) return;
        const extra = [a.title, a.quantity].filter((v) => v !== undefined).join(', ');
        lines.push(`  ${graph.getNodeAttribute(source, 'label')} -[${a.type}${extra ? ` ${extra}` : ''}]-> ${graph.getNodeAttribute(target, 'label')}  (${a.articleCount} article${a.articleCount === 1 ? '' : 's'})`);
      });
      process.stdout.write(`${lines.join('\n')}\n`);
    } finally {
      await store.close();
    }
  });
  return command;
}
