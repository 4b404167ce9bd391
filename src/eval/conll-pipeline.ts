// The whole extraction pipeline scored on CoNLL-2003: each document rebuilt as text, mentions of kind `name`
// mapped Official/Person -> PER, Country/Location -> LOC, Agency/Organization -> ORG, matched by exact character span.
import type { EntityType } from '../schema/index.js';
import type { Extractor } from '../pipeline/extract-article.js';
import { readConll, scoreEntities, spansFromTags, type EntityScores, type EntitySpan } from './conll.js';

const CONLL_TYPE: Readonly<Partial<Record<EntityType, string>>> = {
  Official: 'PER', Person: 'PER', Country: 'LOC', Location: 'LOC', Agency: 'ORG', Organization: 'ORG',
};
export const CONLL_SCORED_TYPES = ['PER', 'LOC', 'ORG'] as const;

export interface ConllRun {
  readonly scores: EntityScores;
  readonly documents: number;
  readonly tokens: number;
}

export function scorePipelineOnConll(conllText: string, extract: Extractor): ConllRun {
  const sentences = readConll(conllText);
  const gold: EntitySpan[] = [];
  const predicted: EntitySpan[] = [];
  let tokens = 0;
  const byDocument = new Map<number, typeof sentences>();
  for (const s of sentences) byDocument.set(s.document, [...(byDocument.get(s.document) ?? []), s]);
  for (const [document, docSentences] of byDocument) {
    // one sentence a line, tokens joined by single spaces: every gold token has exact offsets
    let text = '';
    for (const sentence of docSentences) {
      const offsets: number[] = [];
      sentence.tokens.forEach((token, i) => {
        if (i > 0) text += ' ';
        offsets.push(text.length);
        text += token;
      });
      tokens += sentence.tokens.length;
      for (const span of spansFromTags(sentence.tags)) {
        const start = offsets[span.start] ?? 0;
        const last = span.end - 1;
        gold.push({ type: span.type, start, end: (offsets[last] ?? 0) + (sentence.tokens[last]?.length ?? 0), sentence: document });
      }
      text += '\n';
    }
    const extraction = extract({ id: `conll-${document}`, text });
    for (const entity of extraction.entities) {
      const type = CONLL_TYPE[entity.type];
      if (!type) continue;
      for (const m of entity.mentions) if (m.kind === 'name') predicted.push({ type, start: m.start, end: m.end, sentence: document });
    }
  }
  return { scores: scoreEntities(gold, predicted, { types: [...CONLL_SCORED_TYPES] }), documents: byDocument.size, tokens };
}
