import { ArticleInput } from '../../src/schema/article.js';
import { describeIssues, jsonTypeName } from '../../src/sources/describe-issues.js';

function wordsFor(record: unknown): string {
  const parsed = ArticleInput.safeParse(record, { reportInput: true });
  if (parsed.success) throw new Error('expected the record to be invalid');
  return describeIssues(parsed.error.issues);
}

describe('describeIssues', () => {
  test.each([
    [{ text: 3 }, '"text" must be a string, got number'],
    [{ title: 'no text' }, '"text" is required'],
    [{ text: null }, '"text" must be a string, got null'],
    [{ text: 'x', published: 20240101 }, '"published" must be a string, got number'],
    [{ text: 'x', url: ['a'] }, '"url" must be a string, got array'],
    [{ text: 'x', source: { name: 'AP' } }, '"source" must be a string, got object'],
    [{ text: 'x', id: '' }, '"id" must not be empty'],
    [{ text: 'x', title: true, id: 7 }, '"id" must be a string, got number; "title" must be a string, got boolean'],
    [[1, 2], 'the record must be an object, got array'],
    ['just text', 'the record must be an object, got string'],
    [null, 'the record must be an object, got null'],
  ])('describes %j as %j', (record, words) => {
    expect(wordsFor(record)).toBe(words);
  });

  test.each([
    [null, 'null'],
    [[], 'array'],
    [{}, 'object'],
    [1.5, 'number'],
    ['', 'string'],
    [false, 'boolean'],
  ])('names the JSON type of %j %j', (value, name) => {
    expect(jsonTypeName(value)).toBe(name);
  });
});
