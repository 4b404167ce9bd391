// Agreements named or described: "a mutual defence agreement", "the grain deal", "the New Delhi declaration".
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { dataPath } from '../data-path.js';
import type { AnalysedText } from '../nlp/annotate.js';
import type { MentionCandidate } from './recognize.js';

const AgreementsLexicon = z.object({
  heads: z.array(z.string()),
  bareHeadsNeedDeterminer: z.array(z.string()),
  keptAdjectives: z.array(z.string()),
  notAThingAfter: z.array(z.string()),
  headlineVerbs: z.array(z.string()),
  notAgreements: z.array(z.string()),
});

let lexicon:
  | { heads: Set<string>; bare: Set<string>; adjectives: Set<string>; notAfter: Set<string>; verbs: Set<string>; acts: string[][] }
  | undefined;

function load(): NonNullable<typeof lexicon> {
  if (!lexicon) {
    const raw = AgreementsLexicon.parse(JSON.parse(readFileSync(dataPath('lexicon', 'agreements.json'), 'utf8')));
    lexicon = {
      heads: new Set(raw.heads),
      bare: new Set(raw.bareHeadsNeedDeterminer),
      adjectives: new Set(raw.keptAdjectives),
      notAfter: new Set(raw.notAThingAfter),
      verbs: new Set(raw.headlineVerbs),
      acts: raw.notAgreements.map((phrase) => phrase.toLowerCase().split(/\s+/)),
    };
  }
  return lexicon;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'new', "'s", '’s']);

export function agreementMentions(doc: AnalysedText): MentionCandidate[] {
  const { heads, bare, adjectives, notAfter, verbs, acts } = load();
  const out: MentionCandidate[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    const word = doc.lower[i] ?? '';
    if (!heads.has(word) || doc.pos[i] === 'VERB') continue;
    if (acts.some((act) => act.every((w, k) => doc.lower[i + k] === w))) continue;
    let first = i;
    let capitalised = /^\p{Lu}/u.test(doc.tokens[i] ?? '');
    for (let k = i - 1; k >= 0 && doc.sentenceOf[k] === doc.sentenceOf[i]; k--) {
      const token = doc.tokens[k] ?? '';
      const lower = doc.lower[k] ?? '';
      const pos = doc.pos[k] ?? '';
      // "intelligence-sharing pact": the parts of a hyphened compound, whatever their part of speech, but not a
      // participle saying who brokered it or how it fared ("U.S.-brokered ceasefire", "long-stalled deal")
      const hyphenJoined =
        doc.tokens[k + 1] === '-' || token === '-' || (doc.tokens[k - 1] === '-' && doc.ends[k - 1] === doc.starts[k] && !/ed$/.test(lower) && pos !== 'ADJ');
      const modifier =
        hyphenJoined ||
        adjectives.has(lower) ||
        pos === 'PROPN' ||
        // a capitalised word inside a name, whatever its part of speech ("Baltic Air Policing Protocol")
        (/^\p{Lu}/u.test(token) && /^\p{Lu}/u.test(doc.tokens[k + 1] ?? '') && !verbs.has(lower)) ||
        (pos === 'NOUN' && !heads.has(lower)) ||
        (pos === 'NUM' && doc.tokens[k + 1] === '-');
      // a headline's verb is no modifier even where the tagger reads it as a noun ("Serbia sign pipeline accord")
      if (!modifier || DETERMINERS.has(lower) || verbs.has(lower)) break;
      // a name's capitalised words stand together before the head or its lowercase modifiers, not before them
      // ("New Delhi declaration", "EU-Mercosur agreement", but not "Serbia sign pipeline accord")
      const upper = /^\p{Lu}/u.test(token);
      if (upper && !hyphenJoined && first < i && /^\p{Ll}/u.test(doc.tokens[first] ?? '')) break;
      if (upper) capitalised = true;
      first = k;
    }
    if (doc.tokens[first] === '-') first++;
    const before = doc.lower[first - 1] ?? '';
    // ("an EU-backed deal", "a U.S.-brokered ceasefire": who backed or brokered it stands where a determiner would)
    const brokered = /ed$/.test(before) && doc.tokens[first - 2] === '-' && doc.ends[first - 2] === doc.starts[first - 1];
    if (first === i) {
      if (!bare.has(word) || (!DETERMINERS.has(before) && !brokered) || notAfter.has(doc.lower[first - 2] ?? '')) continue;
    } else if (notAfter.has(before)) {
      continue;
    }
    out.push({ first, last: i + 1, kind: first === i ? 'nominal' : capitalised ? 'name' : 'nominal', type: 'Agreement', origin: capitalised ? 'pattern:named-agreement' : 'pattern:agreement' });
  }
  return out;
}
