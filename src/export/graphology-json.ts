// graphology's own serialisation: every attribute (evidence included), re-importable with `Graph.from`.
import type { KnowledgeGraph } from '../stores/store.js';

export interface GraphologyJsonOptions {
  /** Indent for people to read; compact by default. */
  readonly pretty?: boolean;
}

export function writeGraphologyJson(graph: KnowledgeGraph, options: GraphologyJsonOptions = {}): string {
  return `${JSON.stringify(graph.export(), null, options.pretty === true ? 2 : undefined)}\n`;
}
