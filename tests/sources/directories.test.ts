import { symlink, mkdir } from 'node:fs/promises';
import type { SourceItem } from '../../src/schema/source.js';
import { readArticles } from '../../src/sources/read-articles.js';
import { collect, makeTempFolder, type TempFolder } from './temp-files.js';

let folder: TempFolder;
beforeEach(async () => {
  folder = await makeTempFolder();
});
afterEach(async () => folder.remove());

/** `kind path[:line]` of each item, the path relative to `root`. */
function where(items: readonly SourceItem[], root: string): string[] {
  return items.map((item) => `${item.kind} ${item.origin.file.slice(root.length + 1)}${item.origin.line === undefined ? '' : `:${item.origin.line}`}`);
}

describe('readArticles: directories', () => {
  test('reads every known file recursively in name order (code units), leaving out hidden and unknown files', async () => {
    await folder.write({
      'b.txt': 'B.',
      'a.md': '# A\ntext',
      'Z.txt': 'Z sorts before lower case.',
      'sub/c.jsonl': '{"text":"c1"}\n{"text":"c2"}\n',
      'sub/deeper/d.html': '<p>D.</p>',
      'y.json': '[{"text":"y"}]',
      'notes.pdf': 'not read',
      'README': 'no extension, not read',
      '.hidden.txt': 'hidden',
      '.git/x.txt': 'hidden folder',
      'sub/.cache/e.txt': 'hidden folder',
    });
    expect(where(await collect(readArticles([folder.root])), folder.root)).toEqual([
      'article Z.txt',
      'article a.md',
      'article b.txt',
      'article sub/c.jsonl:1',
      'article sub/c.jsonl:2',
      'article sub/deeper/d.html',
      'article y.json:1',
    ]);
  });

  test('reports a directory with no file to read', async () => {
    await folder.write({ 'photo.jpg': 'x', '.env': 'y' });
    expect(await collect(readArticles([folder.root]))).toEqual([
      {
        kind: 'bad',
        origin: { file: folder.root },
        code: 'INPUT_EMPTY',
        reason: `${folder.root} holds no file to read (.txt, .md, .markdown, .jsonl, .ndjson, .json, .html, .htm)`,
      },
    ]);
  });

  test('reports a bad file inside a directory and reads the files after it', async () => {
    await folder.write({ 'a.txt': '', 'b.txt': 'B.' });
    expect(where(await collect(readArticles([folder.root])), folder.root)).toEqual(['bad a.txt', 'article b.txt']);
  });

  test('follows symbolic links, reads a folder reached twice once, and reports a dangling link', async () => {
    await folder.write({ 'real/r.txt': 'R.' });
    await symlink(folder.path('real'), folder.path('link'));
    await symlink(folder.root, folder.path('real/loop'));
    await symlink(folder.path('missing.txt'), folder.path('gone.txt'));
    await symlink(folder.path('missing.bin'), folder.path('gone.bin'));
    const items = await collect(readArticles([folder.root]));
    expect(where(items, folder.root)).toEqual(['bad gone.txt', 'article link/r.txt']);
    expect(items[0]).toMatchObject({ code: 'INPUT_NOT_FOUND' });
  });

  test('reads a directory named among files in input order', async () => {
    await folder.write({ 'dir/one.txt': 'One.', 'two.txt': 'Two.' });
    await mkdir(folder.path('empty-sub'));
    const items = await collect(readArticles([folder.path('two.txt'), folder.path('dir')]));
    expect(where(items, folder.root)).toEqual(['article two.txt', 'article dir/one.txt']);
  });
});
