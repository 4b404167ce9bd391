// A first bulk load of Neo4j: the CSV files from which `neo4j-admin database import full` builds, in an empty
// database, the graph `kg ingest --neo4j` would write from the same articles in the same order: articles, entities,
// facts with their support, an Evidence record per article and fact, statements, and the MENTIONS, SAID, FROM and
// ABOUT links. Articles stream to the files as they come; entities and facts are folded in memory (as the MERGE
// statements of cypher.ts fold them) and written at the end.
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { neo4jAdminCommandLine, neo4jAdminImportArgs } from '../../server/admin.js';
import { ENTITY_LABELS, RELATION_TYPES, type EntityType, type GraphFragment, type RelationType } from '../../schema/index.js';
import { preferredType } from '../entity-type.js';
import { articleEvidence, earliest, latest, type ArticleEvidence } from '../evidence-record.js';
import { evidenceId, NO_DATE } from './rows.js';

/** Separates the items of list fields: a control character no name or date holds (checked as rows are written). */
const ARRAY_DELIMITER = '\u001F';

type Field = string | number | undefined;

/** What the load made of one article: `rejected` says why nothing of it was written. */
export type BulkArticleOutcome = 'written' | 'unchanged' | { readonly rejected: string };

export interface BulkCsvResult {
  readonly files: readonly string[];
  /** The arguments of `neo4j-admin` that import the files into `database`. */
  readonly args: readonly string[];
  readonly command: string;
  readonly articles: number;
  readonly nodes: number;
  readonly relationships: number;
}

interface EntityFold {
  type: EntityType;
  name: string;
  /** Names in the order articles brought them: the first is `name`. */
  names: Set<string>;
  labels: Set<string>;
  lat: number | undefined;
  lon: number | undefined;
}

interface FactFold {
  readonly type: RelationType;
  readonly source: string;
  readonly target: string;
  readonly title: string | undefined;
  articleCount: number;
  firstSeen: string | undefined;
  lastSeen: string | undefined;
  quantity: number | undefined;
  modality: string | undefined;
}

/** One CSV file written row by row, with back-pressure. */
class CsvStream {
  private readonly out: WriteStream;
  rows = 0;

  constructor(readonly file: string, header: readonly string[]) {
    this.out = createWriteStream(file);
    this.out.write(stringify([header]));
  }

  async write(row: readonly Field[]): Promise<void> {
    this.rows++;
    if (!this.out.write(stringify([row.map((field) => (field === undefined ? '' : field))]))) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    this.out.end();
    await once(this.out, 'finish');
  }
}

const LINKS = {
  mentions: [':START_ID(Article)', ':END_ID(Entity)', ':TYPE', 'count:long', 'names:string[]'],
  said: [':START_ID(Entity)', ':END_ID(Statement)', ':TYPE'],
  from: [':START_ID(Statement)', ':END_ID(Article)', ':TYPE'],
  about: [':START_ID(Statement)', ':END_ID(Entity)', ':TYPE'],
} as const;

export class BulkCsvWriter {
  private readonly batch = randomUUID();
  private readonly held = new Map<string, string>();
  private readonly entities = new Map<string, EntityFold>();
  private readonly facts = new Map<string, FactFold>();
  private readonly articles: CsvStream;
  private readonly evidence: CsvStream;
  private readonly statements: CsvStream;
  private readonly links: Record<keyof typeof LINKS, CsvStream>;

  private constructor(private readonly dir: string) {
    this.articles = new CsvStream(path.join(dir, 'nodes-Article.csv'), [
      'id:ID(Article)', 'text', 'contentHash', 'title', 'source', 'url', 'published', ':LABEL',
    ]);
    this.evidence = new CsvStream(path.join(dir, 'nodes-Evidence.csv'), [
      'id:ID(Evidence)', 'fact', 'type', 'article', 'starts:long[]', 'ends:long[]', 'dates:string[]',
      'first', 'last', 'quantity:double', 'modality', 'batch', ':LABEL',
    ]);
    this.statements = new CsvStream(path.join(dir, 'nodes-Statement.csv'), [
      'id:ID(Statement)', 'article', 'quote', 'start:long', 'end:long', 'date', ':LABEL',
    ]);
    this.links = {
      mentions: new CsvStream(path.join(dir, 'relationships-MENTIONS.csv'), LINKS.mentions),
      said: new CsvStream(path.join(dir, 'relationships-SAID.csv'), LINKS.said),
      from: new CsvStream(path.join(dir, 'relationships-FROM.csv'), LINKS.from),
      about: new CsvStream(path.join(dir, 'relationships-ABOUT.csv'), LINKS.about),
    };
  }

  /** Starts a load into `dir` (created if missing; files of an earlier load there are replaced). */
  static async open(dir: string): Promise<BulkCsvWriter> {
    await mkdir(dir, { recursive: true });
    return new BulkCsvWriter(dir);
  }

  /**
   * Adds an article's fragment. The same article again with the same content changes nothing; with other content
   * it is rejected (a bulk load keeps the first; `kg ingest` afterwards replaces it).
   */
  async add(fragment: GraphFragment): Promise<BulkArticleOutcome> {
    const { article } = fragment;
    const heldHash = this.held.get(article.id);
    if (heldHash !== undefined) {
      if (heldHash === article.contentHash) return 'unchanged';
      return { rejected: `article ${JSON.stringify(article.id)} came earlier in this load with other content; the load keeps the first (kg ingest afterwards replaces it)` };
    }
    if (holdsDelimiter(fragment)) {
      return { rejected: `article ${JSON.stringify(article.id)} has a name or date with the control character U+001F, which a bulk load cannot write in a list` };
    }
    this.held.set(article.id, article.contentHash);
    await this.articles.write([article.id, article.text, article.contentHash, article.title, article.source, article.url, article.published, 'Article']);

    // MERGE_MENTIONS and mergeEntities, one article at a time
    const mentioned = new Map<string, GraphFragment['nodes'][number]>();
    for (const node of fragment.nodes) mentioned.set(node.id, node);
    for (const node of mentioned.values()) {
      const names = [...new Set([node.name, ...node.aliases])];
      this.foldEntity(node.id, node.type, names, node.lat, node.lon);
      await this.links.mentions.write([article.id, node.id, 'MENTIONS', node.mentions, names.join(ARRAY_DELIMITER)]);
    }

    // MERGE_EVIDENCE, then mergeFacts for the evidence the article adds
    const seen = new Set<string>();
    for (const fact of fragment.facts) {
      if (seen.has(fact.key) || !mentioned.has(fact.source) || !mentioned.has(fact.target)) continue;
      seen.add(fact.key);
      const record = articleEvidence(fact, article);
      await this.evidence.write([
        evidenceId(fact.key, article.id), fact.key, fact.type, article.id,
        record.spans.map((span) => span.start).join(ARRAY_DELIMITER),
        record.spans.map((span) => span.end).join(ARRAY_DELIMITER),
        record.spans.map((span) => span.date ?? NO_DATE).join(ARRAY_DELIMITER),
        record.first, record.last, record.quantity, record.modality, this.batch, 'Evidence',
      ]);
      this.foldFact(fact.key, fact.type, fact.source, fact.target, fact.title, record);
    }

    // MERGE_STATEMENTS: a statement whose speaker is no entity of the article is not written
    const said = new Set<string>();
    for (const statement of fragment.statements) {
      if (said.has(statement.id) || !mentioned.has(statement.speaker)) continue;
      said.add(statement.id);
      await this.statements.write([statement.id, article.id, statement.quote, statement.start, statement.end, statement.date, 'Statement']);
      await this.links.said.write([statement.speaker, statement.id, 'SAID']);
      await this.links.from.write([statement.id, article.id, 'FROM']);
      for (const about of new Set(statement.about)) if (mentioned.has(about)) await this.links.about.write([statement.id, about, 'ABOUT']);
    }
    return 'written';
  }

  /** Writes the entities and facts and closes every file; returns them with the neo4j-admin arguments that import them. */
  async finish(options: { database?: string } = {}): Promise<BulkCsvResult> {
    const nodes = [this.articles, this.evidence, this.statements];
    const relationships = Object.values(this.links);
    const entities = new CsvStream(path.join(this.dir, 'nodes-Entity.csv'), [
      'id:ID(Entity)', 'name', 'type', 'aliases:string[]', 'lat:double', 'lon:double', ':LABEL',
    ]);
    nodes.push(entities);
    for (const [id, e] of this.entities) {
      const aliases = [...e.names].filter((name) => name !== e.name);
      await entities.write([id, e.name, e.type, aliases.join(ARRAY_DELIMITER), e.lat, e.lon, [...e.labels].join(ARRAY_DELIMITER)]);
    }
    const factFiles = new Map<RelationType, CsvStream>();
    for (const type of RELATION_TYPES) {
      if (![...this.facts.values()].some((f) => f.type === type)) continue;
      factFiles.set(type, new CsvStream(path.join(this.dir, `relationships-${type}.csv`), [
        ':START_ID(Entity)', ':END_ID(Entity)', ':TYPE', 'key', 'articleCount:long', 'title', 'firstSeen', 'lastSeen', 'quantity:double', 'modality',
      ]));
    }
    for (const [key, f] of this.facts) {
      await factFiles.get(f.type)?.write([f.source, f.target, f.type, key, f.articleCount, f.title, f.firstSeen, f.lastSeen, f.quantity, f.modality]);
    }
    relationships.push(...factFiles.values());
    for (const stream of [...nodes, ...relationships]) await stream.close();

    const args = neo4jAdminImportArgs(
      nodes.map((stream) => stream.file),
      relationships.map((stream) => stream.file),
      { arrayDelimiter: ARRAY_DELIMITER, multilineFields: true },
      options.database === undefined ? {} : { database: options.database },
    );
    return {
      files: [...nodes, ...relationships].map((stream) => stream.file),
      args,
      command: neo4jAdminCommandLine(args),
      articles: this.held.size,
      nodes: nodes.reduce((sum, stream) => sum + stream.rows, 0),
      relationships: relationships.reduce((sum, stream) => sum + stream.rows, 0),
    };
  }

  /** As mergeEntities: the first name stays; other names gather as aliases; types refine; labels accumulate. */
  private foldEntity(id: string, type: EntityType, names: readonly string[], lat: number | undefined, lon: number | undefined): void {
    const held = this.entities.get(id);
    if (held === undefined) {
      this.entities.set(id, { type, name: names[0] as string, names: new Set(names), labels: new Set(ENTITY_LABELS[type]), lat, lon });
      return;
    }
    held.type = preferredType(held.type, type);
    for (const name of names) held.names.add(name);
    for (const label of ENTITY_LABELS[type]) held.labels.add(label);
    held.lat ??= lat;
    held.lon ??= lon;
  }

  /** As mergeFacts: one more article; first and last seen widen; the first quantity stays; modality as the Cypher says. */
  private foldFact(
    key: string, type: RelationType, source: string, target: string, title: string | undefined,
    record: ArticleEvidence,
  ): void {
    const held = this.facts.get(key);
    if (held === undefined) {
      this.facts.set(key, {
        type, source, target, title, articleCount: 1,
        firstSeen: record.first, lastSeen: record.last, quantity: record.quantity, modality: record.modality,
      });
      return;
    }
    held.articleCount++;
    held.firstSeen = earliest([held.firstSeen, record.first]);
    held.lastSeen = latest([held.lastSeen, record.last]);
    held.quantity ??= record.quantity;
    if (held.modality === undefined || record.modality === undefined) held.modality = undefined;
    else held.modality = held.modality === 'hypothetical' || record.modality === 'hypothetical' ? 'hypothetical' : 'denied';
  }
}

/** Whether a list field of the fragment (names, dates) would hold the delimiter of list items. */
function holdsDelimiter(fragment: GraphFragment): boolean {
  const items = [
    ...fragment.nodes.flatMap((node) => [node.name, ...node.aliases]),
    ...fragment.facts.flatMap((fact) => fact.evidence.map((span) => span.date ?? '')),
    fragment.article.published ?? '',
  ];
  return items.some((item) => item.includes(ARRAY_DELIMITER));
}
