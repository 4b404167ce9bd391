// Bench child: streams synthetic article-shaped fragments into Neo4j through the Neo4j store, as `kg ingest` writes
// them, and prints one JSON line per window of articles: its time, what it wrote, and this process's peak RSS.
// Usage: tsx bench/neo4j-load.ts URI ARTICLES WINDOW BATCH
import { openNeo4jStore } from '../src/stores/neo4j.js';
import type { GraphFragment } from '../src/schema/index.js';
import { syntheticArticle, writtenPerArticle } from './synthetic-articles.js';

export interface LoadWindow {
  /** Articles written so far. */
  readonly articles: number;
  readonly windowArticles: number;
  readonly windowSeconds: number;
  /** Nodes and relationships the window's writes merged. */
  readonly windowWritten: number;
  readonly peakRssBytes: number;
}

async function load(uri: string, articles: number, window: number, batch: number): Promise<void> {
  const store = await openNeo4jStore({ uri });
  try {
    let pending: GraphFragment[] = [];
    let windowStart = performance.now();
    let windowWritten = 0;
    let windowArticles = 0;
    for (let i = 0; i < articles; i += 1) {
      const fragment = syntheticArticle(i);
      pending.push(fragment);
      windowWritten += writtenPerArticle(fragment);
      windowArticles += 1;
      const endOfWindow = (i + 1) % window === 0 || i + 1 === articles;
      if (pending.length >= batch || endOfWindow) {
        await store.write(pending);
        pending = [];
      }
      if (endOfWindow) {
        const line: LoadWindow = {
          articles: i + 1,
          windowArticles,
          windowSeconds: (performance.now() - windowStart) / 1000,
          windowWritten,
          peakRssBytes: process.resourceUsage().maxRSS * 1024,
        };
        process.stdout.write(`${JSON.stringify(line)}\n`);
        windowStart = performance.now();
        windowWritten = 0;
        windowArticles = 0;
      }
    }
  } finally {
    await store.close();
  }
}

const [uri, articles, window, batch] = process.argv.slice(2);
if (uri === undefined || articles === undefined || window === undefined || batch === undefined) {
  process.stderr.write('usage: tsx bench/neo4j-load.ts URI ARTICLES WINDOW BATCH\n');
  process.exit(2);
}
await load(uri, Number(articles), Number(window), Number(batch));
