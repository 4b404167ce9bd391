// Applies cypher/schema.cypher (constraints, indexes, the full-text index) idempotently, for stores and `kg neo4j schema`.
import { readFile } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import { packagePath } from '../../data-path.js';
import { neo4jFailure } from './errors.js';

export const SCHEMA_FILE = packagePath('cypher', 'schema.cypher');
/** How long to wait for new indexes to come online before writing. */
export const INDEX_ONLINE_TIMEOUT_S = 300;

/** The statements of a Cypher script: `//` comment lines dropped, split on `;` at a line end. */
export function cypherStatements(script: string): string[] {
  return script
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

export interface ApplySchemaOptions {
  readonly database?: string;
  readonly file?: string;
  /** For messages only: the server's URI. */
  readonly uri?: string;
}

/** Runs every statement of the schema (each `IF NOT EXISTS`) and waits for the indexes; returns the statements run. */
export async function applySchema(driver: Driver, options: ApplySchemaOptions = {}): Promise<string[]> {
  const statements = cypherStatements(await readFile(options.file ?? SCHEMA_FILE, 'utf8'));
  const session = driver.session(options.database === undefined ? {} : { database: options.database });
  try {
    for (const statement of statements) await runSchemaStatement(session, statement);
    await session.run(`CALL db.awaitIndexes(${INDEX_ONLINE_TIMEOUT_S})`);
  } catch (error) {
    throw neo4jFailure(error, options.uri ?? 'the configured server', 'applying the schema');
  } finally {
    await session.close();
  }
  return statements;
}

/** Schema statements racing with another process's deadlock on the label lock; they are retried this many times. */
const SCHEMA_STATEMENT_ATTEMPTS = 8;
const SCHEMA_RETRY_BASE_DELAY_MS = 100;

async function runSchemaStatement(session: ReturnType<Driver['session']>, statement: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await session.run(statement);
      return;
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      // Two processes creating the same index at once: IF NOT EXISTS does not cover the race; the other one won.
      if (code === 'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists') return;
      // schema changes from several processes at once deadlock on the label lock; the driver calls this transient
      const transient = code.startsWith('Neo.TransientError.') || /deadlock|can't acquire/i.test((error as Error).message ?? '');
      if (!transient || attempt >= SCHEMA_STATEMENT_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, SCHEMA_RETRY_BASE_DELAY_MS * attempt * (1 + Math.random())));
    }
  }
}

