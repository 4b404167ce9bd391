// Cypher literals: strings, names and numbers written so Neo4j reads back exactly the value.
import { cypherLiteral, cypherMap, cypherName, cypherNumber, cypherString } from '../../src/export/cypher-literal.js';

describe('cypherString', () => {
  test.each([
    ['plain', `'plain'`],
    [`it's`, `'it\\'s'`],
    ['say "hi"', `'say "hi"'`],
    ['C:\\path\\n', `'C:\\\\path\\\\n'`],
    ['two\nlines\r\n', `'two\\nlines\\r\\n'`],
    ['tab\there', `'tab\\there'`],
    ['bell\u0007', `'bell\\u0007'`],
    ['nul\u0000', `'nul\\u0000'`],
    ['lone \uDC00', `'lone \uFFFD'`],
    ['Kyïv 📰', `'Kyïv 📰'`],
    ['end;\n', `'end;\\n'`],
  ])('writes %j as %s', (text, literal) => {
    expect(cypherString(text)).toBe(literal);
  });
});

describe('cypherName', () => {
  test.each([
    ['Country', '`Country`'],
    ['odd`name', '`odd``name`'],
    ['with space', '`with space`'],
  ])('quotes %j as %s', (name, quoted) => {
    expect(cypherName(name)).toBe(quoted);
  });
});

describe('cypherNumber and cypherLiteral', () => {
  test.each([
    [60, 'double', '60.0'],
    [-3, 'double', '-3.0'],
    [0.31, 'double', '0.31'],
    [1e21, 'double', '1e21'],
    [1.5e-7, 'double', '1.5e-7'],
    [5, 'integer', '5'],
    [10000, 'long', '10000'],
  ] as const)('writes %p in a %s column as %s', (value, type, literal) => {
    expect(cypherNumber(value, type)).toBe(literal);
  });

  test('writes lists, booleans and maps', () => {
    expect(cypherLiteral(['a', `b'c`], 'strings')).toBe(`['a', 'b\\'c']`);
    expect(cypherLiteral(true, 'boolean')).toBe('true');
    expect(cypherMap([['id', `'x'`], ['n`m', '1']])).toBe("{`id`: 'x', `n``m`: 1}");
  });
});
