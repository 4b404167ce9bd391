import { Readable } from 'node:stream';
import { contentId } from '../../src/sources/content-id.js';
import { readArticles } from '../../src/sources/read-articles.js';
import { bytes, collect, makeTempFolder, type TempFolder } from './temp-files.js';

let folder: TempFolder;
beforeAll(async () => {
  folder = await makeTempFolder();
});
afterAll(async () => folder.remove());

const BOM = [0xef, 0xbb, 0xbf];

describe('readArticles: one file of each kind', () => {
  test('reads a .txt file as one article named by its stem, text as is', async () => {
    const [file] = await folder.write({ 'seoul-talks.txt': 'SEOUL — Talks resumed.\n\nBoth sides spoke.\n' });
    expect(await collect(readArticles([file as string]))).toEqual([
      { kind: 'article', article: { id: 'seoul-talks', text: 'SEOUL — Talks resumed.\n\nBoth sides spoke.\n' }, origin: { file } },
    ]);
  });

  test('turns CRLF line endings of a text file into LF and drops its byte-order mark', async () => {
    const [file] = await folder.write({ 'windows.txt': bytes(BOM, 'First line.\r\nSecond line.\r\n') });
    const [item] = await collect(readArticles([file as string]));
    expect(item).toEqual({ kind: 'article', article: { id: 'windows', text: 'First line.\nSecond line.\n' }, origin: { file } });
  });

  test('takes a Markdown title from its first "# heading" and keeps the Markdown as the text', async () => {
    const text = 'Dateline.\n\n# Kyiv and Warsaw sign accord\n\nBody **bold**.\n';
    const [file] = await folder.write({ 'accord.md': text });
    expect(await collect(readArticles([file as string]))).toEqual([
      { kind: 'article', article: { id: 'accord', text, title: 'Kyiv and Warsaw sign accord' }, origin: { file } },
    ]);
  });

  test('reads .markdown like .md', async () => {
    const [file] = await folder.write({ 'note.markdown': '# Note\ntext' });
    const [item] = await collect(readArticles([file as string]));
    expect(item).toMatchObject({ kind: 'article', article: { id: 'note', title: 'Note' } });
  });

  test('reads JSON Lines records with every field, and names an id-less record by its content', async () => {
    const lines = [
      '{"id":"a1","text":"Alpha.","title":"A","source":"Wire","url":"https://x.test/a","published":"2024-01-02"}',
      '',
      '{"text":"Beta.", "extra": "dropped"}',
    ];
    const [file] = await folder.write({ 'wire.jsonl': bytes(BOM, lines.join('\r\n')) });
    expect(await collect(readArticles([file as string]))).toEqual([
      {
        kind: 'article',
        article: { id: 'a1', text: 'Alpha.', title: 'A', source: 'Wire', url: 'https://x.test/a', published: '2024-01-02' },
        origin: { file, line: 1 },
      },
      { kind: 'article', article: { id: contentId('Beta.'), text: 'Beta.' }, origin: { file, line: 3 } },
    ]);
  });

  test('reads .ndjson like .jsonl', async () => {
    const [file] = await folder.write({ 'feed.ndjson': '{"id":"n","text":"N."}\n' });
    expect(await collect(readArticles([file as string]))).toEqual([
      { kind: 'article', article: { id: 'n', text: 'N.' }, origin: { file, line: 1 } },
    ]);
  });

  test('reads a JSON array element by element, origin line = element number', async () => {
    const [file] = await folder.write({ 'batch.json': bytes(BOM, ' [\n{"id":"x","text":"X."},\n{"text":"Y.","title":"Why"}\n]\n') });
    expect(await collect(readArticles([file as string]))).toEqual([
      { kind: 'article', article: { id: 'x', text: 'X.' }, origin: { file, line: 1 } },
      { kind: 'article', article: { id: contentId('Y.'), text: 'Y.', title: 'Why' }, origin: { file, line: 2 } },
    ]);
  });

  test('reads a JSON file holding one object as one article', async () => {
    const [file] = await folder.write({ 'single.json': '{"id":"only","text":"One."}' });
    expect(await collect(readArticles([file as string]))).toEqual([
      { kind: 'article', article: { id: 'only', text: 'One.' }, origin: { file } },
    ]);
  });

  test('reads an HTML page: main text, title from <title>, id from the stem', async () => {
    const [file] = await folder.write({ 'page.htm': '<html><head><title>Page title</title></head><body><p>One.</p><p>Two.</p></body></html>' });
    expect(await collect(readArticles([file as string]))).toEqual([
      { kind: 'article', article: { id: 'page', text: 'One.\nTwo.', title: 'Page title' }, origin: { file } },
    ]);
  });

  test('reads an explicitly named file of unknown extension as plain text', async () => {
    const [file] = await folder.write({ 'cable.log': 'Plain words.' });
    expect(await collect(readArticles([file as string]))).toEqual([
      { kind: 'article', article: { id: 'cable', text: 'Plain words.' }, origin: { file } },
    ]);
  });

  test('reads extensions in any case', async () => {
    const [file] = await folder.write({ 'UPPER.JSONL': '{"id":"u","text":"U."}' });
    expect(await collect(readArticles([file as string]))).toEqual([
      { kind: 'article', article: { id: 'u', text: 'U.' }, origin: { file, line: 1 } },
    ]);
  });
});

describe('readArticles: standard input', () => {
  test('reads "-" as JSON Lines from the given stream, lines split across chunks', async () => {
    const stdin = Readable.from([Buffer.from('{"text":"one"}\n{"id":"s2","te'), Buffer.from('xt":"two"}\r\n'), Buffer.from('{"text":')]);
    expect(await collect(readArticles(['-'], { stdin }))).toEqual([
      { kind: 'article', article: { id: contentId('one'), text: 'one' }, origin: { file: '-', line: 1 } },
      { kind: 'article', article: { id: 's2', text: 'two' }, origin: { file: '-', line: 2 } },
      { kind: 'bad', origin: { file: '-', line: 3 }, code: 'INPUT_INVALID_JSON', reason: expect.stringMatching(/^line 3: invalid JSON/) },
    ]);
  });

  test('reports empty standard input', async () => {
    expect(await collect(readArticles(['-'], { stdin: Readable.from([]) }))).toEqual([
      { kind: 'bad', origin: { file: '-' }, code: 'INPUT_EMPTY', reason: '- is empty' },
    ]);
  });
});

describe('readArticles: the same article twice', () => {
  test('gives an id-less article the same id from JSON Lines, a JSON array and standard input', async () => {
    const [jsonl, json] = await folder.write({
      'again.jsonl': '{"text":"Same  story.\\n"}\n',
      'again.json': '[{"text":"Same story."}]',
    });
    const items = await collect(
      readArticles([jsonl as string, json as string, '-'], { stdin: Readable.from(['{"text":" Same story. "}']) }),
    );
    const ids = items.map((item) => (item.kind === 'article' ? item.article.id : item.code));
    expect(ids).toEqual([contentId('Same story.'), contentId('Same story.'), contentId('Same story.')]);
  });
});
