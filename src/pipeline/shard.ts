// `--shard i/N`: which articles a machine keeps when a corpus is split across N machines, by a stable hash of the id.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { KgError } from '../errors.js';
import { formatOrigin, type SourceItem } from '../schema/index.js';

/** Shard `index` (1-based) of `count`. */
export const Shard = z
  .object({ index: z.number().int().min(1), count: z.number().int().min(1) })
  .refine((shard) => shard.index <= shard.count, { message: 'the shard number must be between 1 and the shard count', path: ['index'] });
export type Shard = z.infer<typeof Shard>;

const SHARD_PATTERN = /^\s*(\d+)\s*\/\s*(\d+)\s*$/;

/** Parses `i/N` (1-based i, e.g. `2/8`); a malformed value is a CONFIG_INVALID error saying what to write. */
export function parseShard(value: string): Shard {
  const match = SHARD_PATTERN.exec(value);
  const parsed = Shard.safeParse(match ? { index: Number(match[1]), count: Number(match[2]) } : undefined);
  if (!parsed.success) {
    throw new KgError('CONFIG_INVALID', `--shard ${JSON.stringify(value)} is not a shard: write i/N with 1 <= i <= N, for example --shard 2/8`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/**
 * The 1-based shard of `key` among `count`: the first 4 bytes of SHA-256(key, UTF-8) as an unsigned big-endian
 * integer, modulo `count`, plus 1. The same on every machine, Node version and run.
 */
export function shardOf(key: string, count: number): number {
  return (createHash('sha256').update(key, 'utf8').digest().readUInt32BE(0) % count) + 1;
}

/**
 * Keeps the articles whose id hashes into `shard`. A bad record has no id: it is kept (and so reported) by the shard
 * its origin (file:line) hashes into, so that N machines reading the same inputs report each bad record once.
 */
export async function* keepShard(items: AsyncIterable<SourceItem>, shard: Shard): AsyncGenerator<SourceItem> {
  for await (const item of items) {
    const key = item.kind === 'article' ? item.article.id : formatOrigin(item.origin);
    if (shardOf(key, shard.count) === shard.index) yield item;
  }
}
