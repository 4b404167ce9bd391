// Evidence sentences cut from the article text by their offsets (JavaScript string indices), in one stable order.
import type { FragmentEvidence } from '../schema/index.js';
import type { EvidenceSentence } from './store.js';

export function evidenceSentences(article: string, text: string, spans: readonly FragmentEvidence[]): EvidenceSentence[] {
  return spans.map((span) => ({
    article,
    start: span.start,
    end: span.end,
    sentence: text.slice(span.start, span.end),
    ...(span.date === undefined ? {} : { date: span.date }),
  }));
}

/** By article id, then by offset. */
export function sortEvidence(sentences: EvidenceSentence[]): EvidenceSentence[] {
  return sentences.sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start));
}
