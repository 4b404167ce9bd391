// Agreements named or described: "a mutual defence agreement", "the grain deal", "the New Delhi declaration".
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { dataPath } from '../data-path.js';
import { joinedHyphen, type AnalysedText } from '../nlp/annotate.js';
import { CALENDAR_WORD, type MentionCandidate } from './candidates.js';

const AgreementsLexicon = z.object({
  heads: z.array(z.string()),
  phraseHeads: z.array(z.string()),
  namedPhraseHeads: z.array(z.string()),
  bareHeadsNeedDeterminer: z.array(z.string()),
  bareAfterNamed: z.array(z.string()),
  anaphors: z.array(z.string()),
  keptAdjectives: z.array(z.string()),
  notAThingAfter: z.array(z.string()),
  headlineVerbs: z.array(z.string()),
  notAgreements: z.array(z.string()),
});

let lexicon:
  | { heads: Set<string>; phrases: string[][]; named: string[][]; phraseOpeners: Set<string>; bare: Set<string>; afterNamed: Set<string>; anaphors: Set<string>; adjectives: Set<string>; notAfter: Set<string>; verbs: Set<string>; acts: string[][] }
  | undefined;

function load(): NonNullable<typeof lexicon> {
  if (!lexicon) {
    const raw = AgreementsLexicon.parse(JSON.parse(readFileSync(dataPath('lexicon', 'agreements.json'), 'utf8')));
    lexicon = {
      heads: new Set(raw.heads),
      phrases: raw.phraseHeads.map((phrase) => phrase.toLowerCase().split(/\s+/)),
      named: raw.namedPhraseHeads.map((phrase) => phrase.toLowerCase().split(/\s+/)),
      phraseOpeners: new Set([...raw.phraseHeads, ...raw.namedPhraseHeads].map((phrase) => phrase.toLowerCase().split(/\s+/)[0] ?? '')),
      bare: new Set(raw.bareHeadsNeedDeterminer),
      afterNamed: new Set(raw.bareAfterNamed),
      anaphors: new Set(raw.anaphors),
      adjectives: new Set(raw.keptAdjectives),
      notAfter: new Set(raw.notAThingAfter),
      verbs: new Set(raw.headlineVerbs),
      acts: raw.notAgreements.map((phrase) => phrase.toLowerCase().split(/\s+/)),
    };
  }
  return lexicon;
}

/** A word that heads an agreement's name or description ("treaty", "accord", "memorandum"). */
export function isAgreementHead(word: string): boolean {
  return load().heads.has(word.toLowerCase());
}

/** Lowercase words inside a name before its head ("Trade and Logistics Agreement", "Río de la Plata Treaty"). */
const NAME_JOINERS = new Set(['and', 'of', 'de', 'la', 'del', 'da', 'do', 'dos', 'das', 'des', 'du']);

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'new', "'s", '’s']);

/** How many sentences after an agreement a noun standing for it may follow ("The document ..."). */
const ANAPHOR_SENTENCES = 2;

/** Adjectives that tell one agreement from others and are no part of its name ("a separate memorandum"). */
const TELLING_ADJECTIVES = new Set(['separate', 'second', 'third', 'further', 'fresh', 'formal', 'broader', 'wider', 'historic', 'final', 'earlier', 'previous', 'existing', 'latest', 'related']);

export function agreementMentions(doc: AnalysedText): MentionCandidate[] {
  const { heads, phrases, named, phraseOpeners, bare, afterNamed, anaphors, adjectives, notAfter, verbs, acts } = load();
  const out: MentionCandidate[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    const word = doc.lower[i] ?? '';
    // ("signed a Letter of Intent ... The document was signed by A and B": a noun standing for the agreement just named)
    const si = doc.sentenceOf[i] ?? 0;
    if (anaphors.has(word) && /^(the|this)$/.test(doc.lower[i - 1] ?? '') && doc.pos[i] === 'NOUN' && out.some((a) => a.last <= i && si - (doc.sentenceOf[a.first] ?? 0) <= ANAPHOR_SENTENCES)) {
      out.push({ first: i, last: i + 1, kind: 'nominal', type: 'Agreement', origin: 'pattern:agreement' });
      continue;
    }
    // ("a letter of intent": a head of several words)
    // ("a Joint Statement on the South China Sea": a head of several words that only a name written capitalised has)
    const opens = phraseOpeners.has(word);
    const phrase = !opens ? undefined : phrases.find((p) => p.every((w, k) => doc.lower[i + k] === w)) ?? (/^\p{Lu}\p{Ll}/u.test(doc.tokens[i] ?? '') ? named.find((p) => p.every((w, k) => doc.lower[i + k] === w)) : undefined);
    if (!phrase && (!heads.has(word) || doc.pos[i] === 'VERB')) continue;
    if (acts.some((act) => act.every((w, k) => doc.lower[i + k] === w))) continue;
    let first = i;
    let capitalised = /^\p{Lu}/u.test(doc.tokens[i] ?? '');
    for (let k = i - 1; k >= 0 && doc.sentenceOf[k] === doc.sentenceOf[i]; k--) {
      const token = doc.tokens[k] ?? '';
      const lower = doc.lower[k] ?? '';
      const pos = doc.pos[k] ?? '';
      // "intelligence-sharing pact": the parts of a hyphened compound, whatever their part of speech, but not a
      // participle saying who brokered it or how it fared ("U.S.-brokered ceasefire", "long-stalled deal")
      // ("the Rwanda–Mozambique Defence Agreement": an en dash touching both states joins them too)
      const hyphenJoined = dash(doc, k + 1) || dash(doc, k) || (dash(doc, k - 1) && doc.ends[k - 1] === doc.starts[k] && !/ed$/.test(lower) && pos !== 'ADJ');
      const modifier =
        hyphenJoined ||
        adjectives.has(lower) ||
        pos === 'PROPN' ||
        // a capitalised word inside a name, whatever its part of speech ("Baltic Air Policing Protocol")
        (/^\p{Lu}/u.test(token) && /^\p{Lu}/u.test(doc.tokens[k + 1] ?? '') && !verbs.has(lower)) ||
        (pos === 'NOUN' && !heads.has(lower)) ||
        (pos === 'NUM' && doc.tokens[k + 1] === '-');
      // ("the Río de la Plata Trade and Logistics Agreement": lowercase words joining a name's capitalised ones)
      const joiner = NAME_JOINERS.has(lower) && capitalised && first === k + 1 && k > 0 && (/^\p{Lu}/u.test(doc.tokens[k - 1] ?? '') || NAME_JOINERS.has(doc.lower[k - 1] ?? ''));
      if (joiner) {
        first = k;
        continue;
      }
      // a headline's verb is no modifier even where the tagger reads it as a noun ("Serbia sign pipeline accord")
      if (!modifier || DETERMINERS.has(lower) || verbs.has(lower)) break;
      // a name's capitalised words stand together before the head or its lowercase modifiers, not before them
      // ("New Delhi declaration", "EU-Mercosur agreement", but not "Serbia sign pipeline accord")
      const upper = /^\p{Lu}/u.test(token);
      if (upper && !hyphenJoined && first < i && /^\p{Ll}/u.test(doc.tokens[first] ?? '') && !NAME_JOINERS.has(doc.lower[first] ?? '')) break;
      if (upper) capitalised = true;
      first = k;
    }
    while (first < i && NAME_JOINERS.has(doc.lower[first] ?? '')) first++;
    if (dash(doc, first)) first++;
    const before = doc.lower[first - 1] ?? '';
    // ("an EU-backed deal", "a U.S.-brokered ceasefire": who backed or brokered it stands where a determiner would)
    const brokered = /ed$/.test(before) && doc.tokens[first - 2] === '-' && doc.ends[first - 2] === doc.starts[first - 1];
    // ("Memorandum of Understanding on the Joint Defence of ...": a name goes on after a head of several words too)
    const last = phrase ? Math.max(i + phrase.length, nameGoesOnAfter(doc, i + phrase.length - 1)) : nameGoesOnAfter(doc, i);
    if (first === i && last === i + 1) {
      // ("joined the convention" once "the Ottawa Convention" was named)
      const named = afterNamed.has(word) && before === 'the' && out.some((a) => doc.lower[agreementHead(doc, a)] === word && a.last - a.first > 1);
      // ("a separate memorandum", "a second accord": an adjective that only tells it from others, after a determiner)
      const told = TELLING_ADJECTIVES.has(before) && DETERMINERS.has(doc.lower[first - 2] ?? '');
      // ("the 2025 agreement", "the March 10, 2025 agreement": a date that tells it from others, after a determiner)
      const dated = datedFrom(doc, first);
      if (dated >= 0 && bare.has(word)) {
        // (the date is part of the name: "the March 10, 2025 agreement" is no other agreement named before)
        if (!notAfter.has(doc.lower[dated - 1] ?? '')) out.push({ first: dated + 1, last, kind: 'nominal', type: 'Agreement', origin: 'pattern:agreement' });
        continue;
      }
      if ((!bare.has(word) && !named) || (!DETERMINERS.has(before) && !brokered && !told) || notAfter.has(doc.lower[first - (told ? 3 : 2)] ?? '')) continue;
    } else if (notAfter.has(before)) {
      continue;
    }
    // (a name goes on after its head; a head of several words is a name only written as one: "Code of Conduct", not
    // "a memorandum of understanding")
    if (last > i + 1 && (!phrase || /^\p{Lu}/u.test(doc.tokens[i] ?? ''))) capitalised = true;
    out.push({ first, last, kind: first === i && last === i + 1 ? 'nominal' : capitalised ? 'name' : 'nominal', type: 'Agreement', origin: capitalised ? 'pattern:named-agreement' : 'pattern:agreement' });
  }
  return out;
}

/** A date right before `at` that a determiner opens ("the 2025", "the March 10", "the March 10, 2025"): where the determiner stands, else -1. */
function datedFrom(doc: AnalysedText, at: number): number {
  const { lower } = doc;
  let k = at - 1;
  const year = /^(19|20)\d\d$/.test(lower[k] ?? '');
  if (year) k--;
  if (year && lower[k] === ',') k--;
  const day = /^\d{1,2}$/.test(lower[k] ?? '') && CALENDAR_WORD.test(doc.tokens[k - 1] ?? '');
  if (day) k -= 2;
  else if (year && lower[k + 1] === ',') return -1;
  return (year || day) && DETERMINERS.has(lower[k] ?? '') ? k : -1;
}

/** Where an agreement mention's head stands: its first head word ("Rome Statute" in "Rome Statute of the ICC"). */
export function agreementHead(doc: AnalysedText, a: { readonly first: number; readonly last: number }): number {
  const { heads } = load();
  for (let i = a.first; i < a.last; i++) if (heads.has(doc.lower[i] ?? '')) return i;
  return a.last - 1;
}

// ("Agreement between the Republic of Indonesia and the Republic of Palau concerning the Delimitation of ...": the
// parties named inside the name)
const NAME_GOES_ON = new Set(['on', 'of', 'for', 'concerning', 'between', 'against']);
/** A hyphen at `k`, spaced or not, or an en dash joining the words on both sides ("Rwanda–Mozambique"). */
function dash(doc: AnalysedText, k: number): boolean {
  return doc.tokens[k] === '-' || joinedHyphen(doc, k);
}

const NAME_JOINS = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'on', 'for', 'to', 'within', 'concerning', '-', "'s", '’s']);
const CALENDAR = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;
const NAME_MAX_TOKENS = 24;

/**
 * Where a capitalised head's name ends when it goes on after it ("Treaty on the Non-Proliferation of Nuclear Weapons",
 * "Accord on Boundaries and Energy Integration", "Treaty of Versailles"): after its last capitalised word, else right
 * after the head.
 */
function nameGoesOnAfter(doc: AnalysedText, head: number): number {
  if (!/^\p{Lu}/u.test(doc.tokens[head] ?? '') || !NAME_GOES_ON.has(doc.lower[head + 1] ?? '')) return head + 1;
  // (only a name the head opens goes on "between" its parties: not "the Nile Waters Agreement between Egypt and Sudan")
  if (doc.lower[head + 1] === 'between' && /^\p{Lu}/u.test(doc.tokens[head - 1] ?? '') && doc.lower[head - 1] !== 'the') return head + 1;
  let end = head + 1;
  for (let k = head + 2; k < head + NAME_MAX_TOKENS && doc.sentenceOf[k] === doc.sentenceOf[head]; k++) {
    const token = doc.tokens[k] ?? '';
    // ("... of Migrants by Land, Sea and Air": a list of capitalised words that "and" closes)
    const listed = (token === ',' || doc.lower[k] === 'by') && /^\p{Lu}/u.test(doc.tokens[k + 1] ?? '') && doc.lower.slice(k + 1, k + 5).includes('and');
    if (/^\p{Lu}/u.test(token) && !CALENDAR.test(doc.lower[k] ?? '')) end = k + 1;
    else if (!NAME_JOINS.has(doc.lower[k] ?? '') && !listed) break;
  }
  return end;
}

