// The export formats by name, and `exportGraph`, which writes a graph in one of them to a file, a folder or standard output.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { KgError } from '../errors.js';
import type { KnowledgeGraph } from '../stores/store.js';
import { writeCypherScript } from './cypher-script.js';
import { writeCytoscapeJson } from './cytoscape.js';
import { writeGexf } from './gexf.js';
import { writeGraphml } from './graphml.js';
import { writeGraphologyJson } from './graphology-json.js';
import { writeHtml } from './html.js';
import { writeNeo4jAdminCsv } from './neo4j-admin-csv.js';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'json', 'cytoscape', 'csv', 'cypher', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** A file (a folder for csv); standard output when omitted. */
  readonly out?: string;
}

const TEXT_WRITERS: Partial<Record<ExportFormat, (graph: KnowledgeGraph) => string>> = {
  gexf: (graph) => writeGexf(graph),
  graphml: writeGraphml,
  json: (graph) => writeGraphologyJson(graph),
  cytoscape: (graph) => writeCytoscapeJson(graph),
  cypher: (graph) => writeCypherScript(graph),
  html: (graph) => writeHtml(graph),
};

/** Writes `graph` as `format`; resolves to where it went (the file, the csv folder, or `-` for standard output). */
export async function exportGraph(format: string, graph: KnowledgeGraph, options: ExportOptions = {}): Promise<string> {
  if (format === 'csv') {
    if (options.out === undefined) {
      throw new KgError('CONFIG_INVALID', 'the csv export writes one file per type: give a folder with --out DIR');
    }
    await writeNeo4jAdminCsv(graph, options.out);
    return options.out;
  }
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new KgError('EXPORT_FORMAT_UNKNOWN', `unknown export format "${format}": use one of ${EXPORT_FORMATS.join(', ')}`);
  }
  const write = TEXT_WRITERS[format as ExportFormat];
  if (write === undefined) throw new KgError('NOT_AVAILABLE', `the ${format} export is not available in this build`);
  const text = write(graph);
  if (options.out === undefined) {
    await new Promise<void>((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve())));
    return '-';
  }
  await mkdir(path.dirname(options.out), { recursive: true });
  await writeFile(options.out, text, 'utf8');
  return options.out;
}

export { writeCypherScript, type CypherScriptOptions } from './cypher-script.js';
export { writeCytoscapeJson, type CytoscapeJsonOptions } from './cytoscape.js';
export { writeGexf, type GexfOptions } from './gexf.js';
export { writeGraphml } from './graphml.js';
export { writeGraphologyJson, type GraphologyJsonOptions } from './graphology-json.js';
export { neo4jAdminCsvFiles, writeNeo4jAdminCsv, type Neo4jAdminCsv, type Neo4jAdminCsvOptions } from './neo4j-admin-csv.js';
export { neo4jAdminImportArgs } from '../server/admin.js';
export { limitGraph, type GraphLimits } from './subgraph.js';
