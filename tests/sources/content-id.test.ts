import { contentId, normaliseForId } from '../../src/sources/content-id.js';

describe('contentId', () => {
  test.each([
    ['hello world', 'sha256:b94d27b9934d3e08'],
    ['  hello \n\t world\r\n', 'sha256:b94d27b9934d3e08'],
    ['a', 'sha256:ca978112ca1bbdca'],
    ['b', 'sha256:3e23e8160039594a'],
  ])('names %j by the first 16 hex digits of the SHA-256 of its normalised text: %s', (text, id) => {
    expect(contentId(text)).toBe(id);
  });

  test('gives composed and decomposed accents the same id (Unicode NFC)', () => {
    expect(contentId('Caf\u00e9 talks')).toBe(contentId('Cafe\u0301 talks'));
  });

  test('gives different texts different ids', () => {
    expect(contentId('Seoul said')).not.toBe(contentId('Seoul says'));
  });

  test('normalises to NFC with whitespace runs collapsed and the ends trimmed', () => {
    expect(normaliseForId(' Cafe\u0301\u00a0 \n talks ')).toBe('Caf\u00e9 talks');
  });
});
