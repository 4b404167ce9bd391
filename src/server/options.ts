// The options a server is started with, checked once where they come in (CLI flags, environment, callers).
import { z } from 'zod';

/** A JVM/Neo4j memory size: digits with an optional k, m or g suffix (`512m`, `2g`). */
export const MemorySize = z.string().regex(/^\d+[kmg]?$/i, 'a size like 512m or 2g');

export const Port = z.number().int().min(1).max(65535);

export const DEFAULT_HEAP = '1g';
export const DEFAULT_PAGE_CACHE = '512m';
/** Neo4j rejects shorter passwords (dbms.security.auth_minimum_password_length). */
export const MIN_PASSWORD_LENGTH = 8;

export const StartServerOptions = z.object({
  /** The server's home: conf/, data/, logs/ and our pid and state files. */
  home: z.string().min(1),
  /** Defaults: the port of the last start if free, else the standard one (7687, 7474) if free, else any free one. */
  boltPort: Port.optional(),
  httpPort: Port.optional(),
  auth: z.boolean(),
  /** Used to set the initial password on the first start; defaults to NEO4J_PASSWORD, else one is generated. */
  password: z.string().min(MIN_PASSWORD_LENGTH).optional(),
  heap: MemorySize.default(DEFAULT_HEAP),
  pageCache: MemorySize.default(DEFAULT_PAGE_CACHE),
  /** Start faster at the cost of peak query speed (C1 JIT only): for throwaway test servers. */
  fastStartup: z.boolean().default(false),
  /** Detached servers outlive this process (the CLI); attached ones die with its process group (tests). */
  detached: z.boolean().default(true),
});
export type StartServerOptions = z.input<typeof StartServerOptions>;
export type ResolvedStartOptions = z.output<typeof StartServerOptions>;
