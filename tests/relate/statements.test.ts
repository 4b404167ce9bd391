// Statement forms, sentence by sentence: who said what.
import { createExtractor } from '../../src/pipeline/extract-article.js';

const extract = createExtractor();

function said(text: string): string[] {
  const x = extract({ id: 't', text });
  const name = (id: string): string => x.entities.find((e) => e.id === id)?.name ?? id;
  return x.statements.map((s) => `${name(s.speaker)}: ${s.quote}`);
}

describe('statements', () => {
  test('a curly quote followed by "X said"', () => {
    expect(said('“We will not wait for the next provocation,” Polish Defence Minister Tomasz Wilk said.')).toContain(
      'Tomasz Wilk: We will not wait for the next provocation',
    );
  });

  test('a straight quote with the speaker before it', () => {
    expect(said('NATO Secretary General Jens Stoltenberg stated he would "count on Hungary to ratify."')).toContain('Jens Stoltenberg: count on Hungary to ratify');
  });

  test('a quote split around "she said" gives both parts to the speaker named before', () => {
    const out = said('A NATO spokeswoman, Ingrid Halvorsen, welcomed it. "Deterrence works," she said, "when allies act quickly."');
    expect(out).toContain('Ingrid Halvorsen: Deterrence works');
    expect(out).toContain('Ingrid Halvorsen: when allies act quickly');
  });

  test('reported speech after "said that"', () => {
    expect(said('Lithuanian Defence Minister Rasa Jankauskiene said that the alliance welcomed the decision.')).toContain(
      'Rasa Jankauskiene: the alliance welcomed the decision',
    );
  });

  test('"according to X" attributes the clause before it', () => {
    expect(said('The mission is the largest in a decade, according to Defence Minister Tomasz Wilk.')).toContain(
      'Tomasz Wilk: The mission is the largest in a decade',
    );
  });

  test('a news outlet relaying words is not their speaker', () => {
    const out = said('Seoul said the move was dangerous, Yonhap reported.');
    expect(out.some((s) => s.startsWith('Yonhap'))).toBe(false);
  });

  test('the quote is verbatim text at its offsets', () => {
    const text = 'Chancellor Olaf Brandt said: “It is a historic day for Europe.”';
    const x = extract({ id: 't', text });
    for (const s of x.statements) expect(text.slice(s.start, s.end)).toBe(s.quote);
    expect(x.statements).toHaveLength(1);
  });
});
