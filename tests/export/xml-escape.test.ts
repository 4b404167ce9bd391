// XML escaping: markup escaped, whitespace kept as references, characters XML 1.0 cannot carry replaced.
import { escapeXml } from '../../src/export/xml-escape.js';
import { assertWellFormedXml, parseXml } from './xml.js';

describe('escapeXml', () => {
  test.each([
    ['a & b', 'a &amp; b'],
    ['<tag>', '&lt;tag&gt;'],
    [`"double" 'single'`, '&quot;double&quot; &apos;single&apos;'],
    ['line\nbreak\ttab\rcr', 'line&#10;break&#9;tab&#13;cr'],
    ['bell\u0007 and nul\u0000', 'bell\uFFFD and nul\uFFFD'],
    ['lone \uD800 surrogate', 'lone \uFFFD surrogate'],
    ['Kyïv 📰 日本', 'Kyïv 📰 日本'],
  ])('escapes %j as %j', (text, escaped) => {
    expect(escapeXml(text)).toBe(escaped);
  });

  test('round-trips through an attribute value and element content of a strict parser', () => {
    const text = `a&b <c> "d" 'e'\nf\tg 📰`;
    const xml = `<r a="${escapeXml(text)}"><t>${escapeXml(text)}</t></r>`;
    assertWellFormedXml(xml);
    const parsed = parseXml(xml, [])['r'];
    expect(parsed['@a']).toBe(text);
    expect(parsed['t']).toBe(text);
  });
});
