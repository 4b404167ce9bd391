// Training text made to look like wink-nlp's tokens: "Toronto-based" becomes "Toronto" "-" "based".
import type { TrainingDocument, TrainingSentence } from './train.js';

// wink-nlp keeps these prefixes joined ("pro-Western"); it splits other hyphenated words between letters.
const JOINED_PREFIXES = new Set(['pro', 'anti', 'co', 'non', 'pre', 'post', 're', 'ex', 'mid', 'self', 'semi', 'sub', 'e', 'vice', 'multi']);
const SPLITTABLE = /^\p{L}[\p{L}.']*(?:-\p{L}[\p{L}.']*)+$/u;

/** The sentence with its hyphenated words split as wink-nlp splits them; an entity keeps covering all the pieces. */
export function splitHyphenatedWords(sentence: TrainingSentence): TrainingSentence {
  const tokens: string[] = [];
  const tags: string[] = [];
  sentence.tokens.forEach((token, i) => {
    const tag = sentence.tags[i] ?? 'O';
    const pieces = token.split('-');
    if (!SPLITTABLE.test(token) || JOINED_PREFIXES.has((pieces[0] ?? '').toLowerCase())) {
      tokens.push(token);
      tags.push(tag);
      return;
    }
    const inside = tag === 'O' ? 'O' : `I-${tag.slice(2)}`;
    pieces.forEach((piece, p) => {
      if (p > 0) {
        tokens.push('-');
        tags.push(inside);
      }
      tokens.push(piece);
      tags.push(p === 0 ? tag : inside);
    });
  });
  return { tokens, tags };
}

/** Splits the hyphenated words of a `share` of the documents (chosen by `seed`), so the tagger learns both forms. */
export function splitHyphens(documents: readonly TrainingDocument[], share: number, seed: number): TrainingDocument[] {
  let state = seed >>> 0 || 1;
  const random = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  return documents.map((document) =>
    random() < share ? { sentences: document.sentences.map(splitHyphenatedWords) } : document,
  );
}
