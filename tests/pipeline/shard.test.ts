// `--shard i/N`: parsing, the stable hash, and that N shards split any input into disjoint parts that cover it.
import { isKgError } from '../../src/errors.js';
import type { SourceItem } from '../../src/schema/index.js';
import { keepShard, parseShard, shardOf } from '../../src/pipeline/shard.js';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function* fromArray<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

const article = (id: string): SourceItem => ({ kind: 'article', article: { id, text: `Text of ${id}.` }, origin: { file: 'in.jsonl' } });
const bad = (line: number): SourceItem => ({ kind: 'bad', origin: { file: 'in.jsonl', line }, code: 'INPUT_INVALID_JSON', reason: 'broken' });

describe('parseShard', () => {
  test.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/8', { index: 2, count: 8 }],
    [' 3 / 3 ', { index: 3, count: 3 }],
  ])('reads %j as %j', (value, shard) => {
    expect(parseShard(value)).toEqual(shard);
  });

  test.each(['0/3', '4/3', '1/0', '2', 'a/b', '1/2/3', '-1/2', '1.5/3', ''])('refuses %j with CONFIG_INVALID', (value) => {
    let caught: unknown;
    try {
      parseShard(value);
    } catch (error) {
      caught = error;
    }
    expect(isKgError(caught, 'CONFIG_INVALID')).toBe(true);
  });
});

describe('shardOf', () => {
  // first 4 bytes of SHA-256 (from `printf KEY | sha256sum`), as an unsigned integer, mod N, plus 1
  test.each([
    ['a1', 3, 3], // f55ff16f = 4116705647
    ['a1', 8, 8],
    ['wire-2026-001', 3, 2], // 16014541 = 369182017
    ['wire-2026-001', 8, 2],
    ['samples/x.txt:3', 3, 1], // 865ca39d = 2254218141
    ['samples/x.txt:3', 8, 6],
  ])('puts %j in shard %i of N=%i as SHA-256 says', (key, count, shard) => {
    expect(shardOf(key, count)).toBe(shard);
  });

  test('puts everything in shard 1 of 1', () => {
    expect(['a', 'b', 'ü', ''].map((key) => shardOf(key, 1))).toEqual([1, 1, 1, 1]);
  });

  test('spreads 8,000 ids over 4 shards within 10% of even', () => {
    const sizes = [0, 0, 0, 0];
    for (let i = 0; i < 8000; i += 1) {
      const index = shardOf(`article-${i}`, 4) - 1;
      sizes[index] = (sizes[index] ?? 0) + 1;
    }
    for (const size of sizes) expect(Math.abs(size - 2000)).toBeLessThan(200);
  });
});

describe('keepShard', () => {
  const items: SourceItem[] = [...Array.from({ length: 40 }, (_, i) => article(`article-${i}`)), bad(3), bad(17), bad(29)];

  test('three shards take disjoint parts that together are the input, each in input order', async () => {
    const parts = await Promise.all([1, 2, 3].map((index) => collect(keepShard(fromArray(items), { index, count: 3 }))));
    const keys = parts.map((part) => part.map((item) => (item.kind === 'article' ? item.article.id : `bad:${item.origin.line}`)));
    const all = items.map((item) => (item.kind === 'article' ? item.article.id : `bad:${item.origin.line}`));
    expect(keys.flat().sort()).toEqual([...all].sort());
    for (const part of keys) expect(part).toEqual(all.filter((key) => part.includes(key)));
    for (const part of parts) expect(part.length).toBeGreaterThan(0);
  });

  test('each bad record is kept by exactly the shard its file:line hashes into', async () => {
    for (const line of [3, 17, 29]) {
      const keeping = [];
      for (const index of [1, 2, 3]) {
        const kept = await collect(keepShard(fromArray([bad(line)]), { index, count: 3 }));
        if (kept.length === 1) keeping.push(index);
      }
      expect(keeping).toEqual([shardOf(`in.jsonl:${line}`, 3)]);
    }
  });

  test('shard 1/1 keeps everything', async () => {
    expect(await collect(keepShard(fromArray(items), { index: 1, count: 1 }))).toEqual(items);
  });
});
