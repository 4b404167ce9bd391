import { parseNamedQuery, parseParams } from '../../src/query/library.js';
import { isKgError } from '../../src/errors.js';

const QUERY = parseNamedQuery(
  'demo',
  ['// Entities near another.', '// @param entity: a name (e.g. Poland)', '// @param depth: hops (default 1) (e.g. 2)', '// a body comment is not header', 'MATCH (n) RETURN n'].join('\n'),
);

describe('query parameters', () => {
  test('reads the description, parameters, examples and defaults from the header only', () => {
    expect(QUERY.description).toBe('Entities near another.');
    expect(QUERY.params).toEqual([
      { name: 'entity', description: 'a name', example: 'Poland' },
      { name: 'depth', description: 'hops', default: '1', example: '2' },
    ]);
  });

  test.each([
    [['entity=Poland'], { entity: 'Poland', depth: 1 }],
    [['entity=Poland', 'depth=3'], { entity: 'Poland', depth: 3 }],
    [['entity=a=b', 'depth=2.5'], { entity: 'a=b', depth: 2.5 }],
    [['entity=true'], { entity: true, depth: 1 }],
  ])('%j -> %j', (pairs, expected) => {
    expect(parseParams(pairs, QUERY)).toEqual(expected);
  });

  test('a missing parameter without a default is an error that says how to give it', () => {
    try {
      parseParams([], QUERY);
      throw new Error('expected an error');
    } catch (error) {
      expect(isKgError(error, 'QUERY_PARAM_INVALID')).toBe(true);
      expect((error as Error).message).toContain('--param entity=Poland');
    }
  });
});
