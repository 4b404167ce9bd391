import { extractHtmlArticle } from '../../src/sources/html-article.js';

const SENTENCE = 'Officials in Seoul said the talks would resume next week after a pause of several months. ';
const PARAGRAPH_1 = SENTENCE.repeat(3).trim();
const PARAGRAPH_2 = `The ministry added that ${SENTENCE.repeat(3).trim()}`;

const NEWS_PAGE = `<!doctype html>
<html><head>
  <title>Talks to resume - The Daily Test</title>
  <link rel="canonical" href="https://news.example/talks">
  <meta property="og:site_name" content="The Daily Test">
  <meta property="article:published_time" content="2024-05-01T10:00:00Z">
</head><body>
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article>
    <p>${PARAGRAPH_1}</p>
    <p>The ministry <b>added</b>
       that ${SENTENCE.repeat(3).trim()}</p>
  </article>
  <footer>Copyright notice</footer>
  <script>var tracking = 1;</script>
</body></html>`;

describe('extractHtmlArticle', () => {
  test('keeps the main text, one line per paragraph, without navigation, footer or scripts', () => {
    expect(extractHtmlArticle(NEWS_PAGE).text).toBe(`${PARAGRAPH_1}\n${PARAGRAPH_2}`);
  });

  test('takes title, site name, publication time and canonical url from the page', () => {
    const { text: _text, ...meta } = extractHtmlArticle(NEWS_PAGE);
    expect(meta).toEqual({
      title: 'Talks to resume - The Daily Test',
      source: 'The Daily Test',
      published: '2024-05-01T10:00:00Z',
      url: 'https://news.example/talks',
    });
  });

  test('reads a fragment without <html> or <body>, title included', () => {
    expect(extractHtmlArticle('<title>Short  note</title><p>First line.</p><p>Second line.</p>')).toEqual({
      text: 'First line.\nSecond line.',
      title: 'Short note',
    });
  });

  test('falls back to the body text, lists as lines, when the page is too short to be an article', () => {
    expect(extractHtmlArticle('<html><body><p>Just one line.</p><ul><li>a</li><li>b</li></ul></body></html>')).toEqual({
      text: 'Just one line.\na\nb',
    });
  });

  test('decodes entities and reads unclosed, mis-nested tags', () => {
    expect(extractHtmlArticle('<div><p>unclosed <b>bold<div>more</span></p><p>&amp; &nbsp;x &lt;tag&gt;').text).toBe(
      'unclosed bold\nmore\n& x <tag>',
    );
  });

  test('gives no text for a page with nothing but scripts', () => {
    expect(extractHtmlArticle('<html><body><script>var a = 1;</script><style>p{}</style></body></html>').text).toBe('');
  });

  test('reads a page nested 20,000 elements deep without overflowing the stack', () => {
    const html = `<html><body>${'<div>'.repeat(20_000)}<p>deep text</p>${'</div>'.repeat(20_000)}</body></html>`;
    expect(extractHtmlArticle(html).text).toBe('deep text');
  });

  test('reads 5,000 unclosed nested blocks as one line each', () => {
    const html = `<html><body>${'<div><p>broken <b>'.repeat(5_000)}end`;
    const lines = extractHtmlArticle(html).text.split('\n');
    expect(lines).toHaveLength(5_000);
    expect(lines[0]).toBe('broken');
    expect(lines[4_998]).toBe('broken');
    expect(lines[4_999]).toBe('broken end');
  });
});
