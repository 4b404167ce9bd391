// Big inputs: a 5 MB article in each format, and a JSON array of 100,000 records read as a stream.
import { writeFile } from 'node:fs/promises';
import { readArticles } from '../../src/sources/read-articles.js';
import type { SourceItem } from '../../src/schema/source.js';
import { collect, makeTempFolder, type TempFolder } from './temp-files.js';

let folder: TempFolder;
beforeAll(async () => {
  folder = await makeTempFolder();
});
afterAll(async () => folder.remove());

const FIVE_MB = 5 * 1024 * 1024;
/** 5 MB of text: the 19-character line "Troops moved east.\\n" repeated, cut at exactly 5 MiB. */
const BIG_TEXT = 'Troops moved east.\n'.repeat(FIVE_MB / 19 + 1).slice(0, FIVE_MB);

function texts(items: readonly SourceItem[]): number[] {
  return items.map((item) => (item.kind === 'article' ? item.article.text.length : -1));
}

describe('large inputs', () => {
  test('reads a 5 MB text file as one article of 5,242,880 characters', async () => {
    const [file] = await folder.write({ 'big.txt': BIG_TEXT });
    const items = await collect(readArticles([file as string]));
    expect(texts(items)).toEqual([FIVE_MB]);
  });

  test('reads a 5 MB JSON Lines record between two small ones', async () => {
    const [file] = await folder.write({
      'big.jsonl': `{"text":"a"}\n${JSON.stringify({ id: 'big', text: BIG_TEXT })}\n{"text":"b"}\n`,
    });
    expect(texts(await collect(readArticles([file as string])))).toEqual([1, FIVE_MB, 1]);
  });

  test('reads a 5 MB record inside a JSON array', async () => {
    const [file] = await folder.write({ 'big.json': JSON.stringify([{ text: 'a' }, { id: 'big', text: BIG_TEXT }]) });
    expect(texts(await collect(readArticles([file as string])))).toEqual([1, FIVE_MB]);
  });

  test('streams a JSON array of 100,000 records in order', async () => {
    const count = 100_000;
    const file = folder.path('huge.json');
    const records = Array.from({ length: count }, (_, i) => JSON.stringify({ id: `n${i + 1}`, text: `Article number ${i + 1}.` }));
    await writeFile(file, `[${records.join(',\n')}]`);
    let seen = 0;
    let ordered = true;
    for await (const item of readArticles([file])) {
      seen += 1;
      ordered &&= item.kind === 'article' && item.article.id === `n${seen}` && item.origin.line === seen;
    }
    expect(seen).toBe(count);
    expect(ordered).toBe(true);
  });

  test('yields the records before a break in a large array, then reports the break and stops', async () => {
    const file = folder.path('truncated.json');
    const records = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ id: `t${i + 1}`, text: `Text ${i + 1}.` }));
    await writeFile(file, `[${records.join(',')},{"id":"t20001","text": !!broken`);
    const items = await collect(readArticles([file]));
    const last = items[items.length - 1];
    const articles = items.length - 1;
    // A whole-file JSON.parse would give nothing; the stream gives every record before the chunk with the break.
    expect(articles).toBeGreaterThan(15_000);
    expect(items.slice(0, -1).every((item, i) => item.kind === 'article' && item.article.id === `t${i + 1}`)).toBe(true);
    expect(last).toMatchObject({ kind: 'bad', code: 'INPUT_INVALID_JSON', origin: { line: articles + 1 } });
  });
});
