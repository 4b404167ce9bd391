// The bad-input matrix: each bad file or record is reported with its code, line and reason, and the rest still reads.
import { readArticles } from '../../src/sources/read-articles.js';
import { contentId } from '../../src/sources/content-id.js';
import { bytes, collect, makeTempFolder, type TempFolder } from './temp-files.js';

let folder: TempFolder;
beforeAll(async () => {
  folder = await makeTempFolder();
});
afterAll(async () => folder.remove());

const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d];
const BINARY = `looks binary (a NUL byte in its first 8 KB); give text, Markdown, HTML, JSON or JSON Lines`;

function article(id: string, text: string, line?: number) {
  return { kind: 'article', article: { id, text }, origin: line === undefined ? { file: expect.any(String) } : { file: expect.any(String), line } };
}

function bad(file: string, code: string, reason: string | RegExp, line?: number) {
  return {
    kind: 'bad',
    origin: line === undefined ? { file } : { file, line },
    code,
    reason: typeof reason === 'string' ? reason : expect.stringMatching(reason),
  };
}

type Row = readonly [string, string, string | Buffer, (file: string) => unknown[]];

const rows: readonly Row[] = [
  ['a broken JSON line between good ones', 'broken.jsonl', '{"text":"one"}\n{"text": \n{"text":"three"}\n', (f) => [
    article(contentId('one'), 'one', 1),
    bad(f, 'INPUT_INVALID_JSON', /^line 2: invalid JSON \(.+\)$/, 2),
    article(contentId('three'), 'three', 3),
  ]],
  ['"text" of the wrong type', 'number-text.jsonl', '{"text": 3}\n', (f) => [
    bad(f, 'INPUT_INVALID_RECORD', 'line 1: "text" must be a string, got number', 1),
  ]],
  ['an optional field of the wrong type', 'published-number.jsonl', '{"id":"a","text":"x","published":20240101}\n', (f) => [
    bad(f, 'INPUT_INVALID_RECORD', 'line 1: "published" must be a string, got number', 1),
  ]],
  ['several wrong fields in one record', 'many.jsonl', '{"id":"","text":"x","title":null}\n', (f) => [
    bad(f, 'INPUT_INVALID_RECORD', 'line 1: "id" must not be empty; "title" must be a string, got null', 1),
  ]],
  ['a line that is not an object', 'array-line.jsonl', '[1,2]\n', (f) => [
    bad(f, 'INPUT_INVALID_RECORD', 'line 1: the record must be an object, got array', 1),
  ]],
  ['a record without text', 'missing-text.jsonl', '{"title":"no text"}\n', (f) => [
    bad(f, 'INPUT_INVALID_RECORD', 'line 1: "text" is required', 1),
  ]],
  ['a record with blank text', 'blank-text.jsonl', '{"text":"  \\n "}\n', (f) => [
    bad(f, 'INPUT_EMPTY', 'line 1: "text" is empty', 1),
  ]],
  ['an empty text file', 'empty.txt', '', (f) => [bad(f, 'INPUT_EMPTY', `${f} is empty`)]],
  ['a text file of whitespace', 'spaces.txt', ' \n\t\n', (f) => [bad(f, 'INPUT_EMPTY', `${f} has no text, only whitespace`)]],
  ['an empty JSON Lines file', 'empty.jsonl', '', (f) => [bad(f, 'INPUT_EMPTY', `${f} is empty`)]],
  ['a JSON Lines file of blank lines', 'blank.jsonl', '\n  \r\n\n', (f) => [bad(f, 'INPUT_EMPTY', `${f} has only blank lines, no records`)]],
  ['an empty JSON file', 'empty.json', '', (f) => [bad(f, 'INPUT_EMPTY', `${f} is empty`)]],
  ['an empty JSON array', 'empty-array.json', ' [ ] ', (f) => [bad(f, 'INPUT_EMPTY', `${f} is an empty array, no records`)]],
  ['an empty HTML file', 'empty.html', '', (f) => [bad(f, 'INPUT_EMPTY', `${f} is empty`)]],
  ['an HTML page without text', 'scripts.html', '<html><body><script>1</script></body></html>', (f) => [
    bad(f, 'INPUT_EMPTY', `${f} has no text to read in its page body`),
  ]],
  ['a binary .txt', 'image.txt', bytes(PNG_HEAD), (f) => [bad(f, 'INPUT_BINARY', `${f} ${BINARY}`)]],
  ['a binary .jsonl', 'image.jsonl', bytes(PNG_HEAD), (f) => [bad(f, 'INPUT_BINARY', `${f} ${BINARY}`)]],
  ['a binary .json', 'image.json', bytes(PNG_HEAD), (f) => [bad(f, 'INPUT_BINARY', `${f} ${BINARY}`)]],
  ['a binary .html', 'image.html', bytes(PNG_HEAD), (f) => [bad(f, 'INPUT_BINARY', `${f} ${BINARY}`)]],
  ['a Latin-1 text file', 'latin1.txt', bytes('ok\nna', [0xef], 've\n'), (f) => [
    bad(f, 'INPUT_ENCODING', `${f} is not valid UTF-8 (line 2, byte 5); save it as UTF-8 and try again`),
  ]],
  ['a Latin-1 HTML page', 'latin1.html', bytes('<p>caf', [0xe9], '</p>'), (f) => [
    bad(f, 'INPUT_ENCODING', `${f} is not valid UTF-8 (line 1, byte 6); save it as UTF-8 and try again`),
  ]],
  ['a Latin-1 line in JSON Lines (the other lines still read)', 'latin1.jsonl', bytes('{"text":"one"}\n{"text":"caf', [0xe9], '"}\n{"text":"three"}\n'), (f) => [
    article(contentId('one'), 'one', 1),
    bad(f, 'INPUT_ENCODING', `line 2: not valid UTF-8 (byte 12 of the line); save ${f} as UTF-8`, 2),
    article(contentId('three'), 'three', 3),
  ]],
  ['a Latin-1 JSON file', 'latin1.json', bytes('[{"text":"caf', [0xe9], '"}]'), (f) => [
    bad(f, 'INPUT_ENCODING', `${f} is not valid UTF-8 (near byte 13); save it as UTF-8 and try again`),
  ]],
  ['a UTF-16 text file', 'utf16.txt', bytes([0xff, 0xfe], 'h\u0000i\u0000'), (f) => [
    bad(f, 'INPUT_ENCODING', `${f} is UTF-16 text; save it as UTF-8 and try again`),
  ]],
  ['a JSON array broken after two records', 'broken-array.json', '[{"text":"one"},{"text":"two"},{"text": ]', (f) => [
    bad(f, 'INPUT_INVALID_JSON', new RegExp(`^invalid JSON at or after record 1 \\(.+\\); the rest of ${f} was skipped after 0 records$`), 1),
  ]],
  ['an invalid element in a JSON array', 'bad-element.json', '[{"text":"one"}, {"text": false}, {"text":"three"}]', (f) => [
    article(contentId('one'), 'one', 1),
    bad(f, 'INPUT_INVALID_RECORD', 'record 2: "text" must be a string, got boolean', 2),
    article(contentId('three'), 'three', 3),
  ]],
  ['a single JSON object that does not parse', 'broken-object.json', '{"text": }', (f) => [
    bad(f, 'INPUT_INVALID_JSON', new RegExp(`^${f} is not valid JSON \\(.+\\)$`)),
  ]],
  ['a single JSON value that is not an object', 'number.json', '42', (f) => [
    bad(f, 'INPUT_INVALID_RECORD', `${f}: the record must be an object, got number`),
  ]],
];

describe('bad input never stops the batch', () => {
  test.each(rows)('reports %s', async (_name, fileName, content, expected) => {
    const [file] = await folder.write({ [fileName]: content });
    expect(await collect(readArticles([file as string]))).toEqual(expected(file as string));
  });

  test('reports a missing path and reads the inputs after it', async () => {
    const [good] = await folder.write({ 'after-missing.txt': 'Still read.' });
    const missing = folder.path('no-such-file.txt');
    expect(await collect(readArticles([missing, good as string]))).toEqual([
      bad(missing, 'INPUT_NOT_FOUND', `${missing} does not exist; check the path`),
      { kind: 'article', article: { id: 'after-missing', text: 'Still read.' }, origin: { file: good } },
    ]);
  });

  test('reports a path through a file as not found', async () => {
    const [file] = await folder.write({ 'plain.txt': 'x' });
    const inside = `${file as string}/child.txt`;
    expect(await collect(readArticles([inside]))).toEqual([
      bad(inside, 'INPUT_NOT_FOUND', `${inside} does not exist: a part of its path is a file, not a folder`),
    ]);
  });
});
