// Where the Neo4j store connects: options first, then NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.
import { z } from 'zod';
import { KgError } from '../../errors.js';

/** Where `kg neo4j start` puts the server by default. */
export const DEFAULT_NEO4J_URI = 'bolt://127.0.0.1:7687';
export const DEFAULT_NEO4J_USER = 'neo4j';

const URI_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'] as const;

export const Neo4jOptions = z.object({
  /** bolt:// for one server, neo4j:// (routing) for clusters and Aura; +s / +ssc for TLS. */
  uri: z
    .string()
    .refine((uri) => URI_SCHEMES.some((scheme) => uri.startsWith(`${scheme}://`)), `a Bolt URI: ${URI_SCHEMES.map((s) => `${s}://`).join(', ')}`)
    .optional(),
  user: z.string().min(1).optional(),
  password: z.string().optional(),
  /** Omitted: the server's default database. */
  database: z.string().min(1).optional(),
  /** Apply cypher/schema.cypher on open (idempotent); default true. */
  applySchema: z.boolean().optional(),
});
export type Neo4jOptions = z.input<typeof Neo4jOptions>;

export interface Neo4jConfig {
  readonly uri: string;
  /** Basic auth when a password is known; none otherwise (a server with auth disabled). */
  readonly auth?: { readonly user: string; readonly password: string };
  readonly database?: string;
  readonly applySchema: boolean;
}

export function resolveNeo4jConfig(options: Neo4jOptions = {}, env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  const fromEnv = (name: string): string | undefined => (env[name] === undefined || env[name] === '' ? undefined : env[name]);
  const parsed = Neo4jOptions.safeParse({
    uri: options.uri ?? fromEnv('NEO4J_URI'),
    user: options.user ?? fromEnv('NEO4J_USER'),
    password: options.password ?? fromEnv('NEO4J_PASSWORD'),
    database: options.database ?? fromEnv('NEO4J_DATABASE'),
    applySchema: options.applySchema,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new KgError('CONFIG_INVALID', `Neo4j ${issue?.path.join('.') ?? 'option'}: ${issue?.message ?? 'invalid'}`, { cause: parsed.error });
  }
  const { uri, user, password, database, applySchema } = parsed.data;
  return {
    uri: uri ?? DEFAULT_NEO4J_URI,
    ...(password === undefined ? {} : { auth: { user: user ?? DEFAULT_NEO4J_USER, password } }),
    ...(database === undefined ? {} : { database }),
    applySchema: applySchema ?? true,
  };
}
