// The speech lexicon and where reported words begin and end: speech verbs, quote marks, the clause after "said
// (that)", and the adjuncts and trailing attributions that are no part of it.
import { joinedHyphen, type AnalysedText } from '../nlp/annotate.js';
import type { ResolvedArticle } from '../resolve/resolve.js';
import { isHonorificOrTitleWord, isTitleWordAnyCase, LOWERCASE_BODY_WORDS } from '../lexicon/titles.js';
import { SUBORDINATORS } from './context.js';

export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'warned', 'warns', 'stated', 'states', 'announced', 'announces', 'declared',
  'claimed', 'claims', 'insisted', 'argued', 'noted', 'stressed', 'urged', 'wrote', 'tweeted', 'posted', 'confirmed', 'described',
  'called', 'reported', 'reports', 'asserted', 'acknowledged', 'admitted', 'explained', 'emphasised', 'emphasized', 'vowed', 'pledged',
  'accused', 'demanded', 'slammed', 'denied', 'remarked', 'replied', 'responded', 'cautioned', 'predicted', 'estimated',
  'saying', 'adding', 'warning', 'vowing', 'noting', 'telling', 'insisting', 'stating', 'arguing', 'calling', 'describing', 'stressing',
  'announcing', 'declaring', 'claiming', 'urging', 'writing', 'told', 'commented', 'observed', 'recalled', 'conceded',
  'condemned', 'denounced', 'criticised', 'criticized', 'branded', 'hailed', 'welcomed', 'termed', 'labelled', 'labeled', 'dubbed',
  'countered', 'counters', 'retorted', 'reiterated', 'contended', 'maintained', 'demanded', 'rejected', 'dismissed',
  'alleged', 'alleges', 'alleging', 'affirmed', 'affirms', 'reaffirmed', 'reaffirms', 'promised', 'promises',
  'dismissing', 'rejecting', 'branding', 'labelling', 'labeling',
]);

/** Verbs of telling, whose object is whom words are told ("told Reuters"), not who says them. */
export const TELLING: ReadonlySet<string> = new Set(['told', 'tells', 'telling']);

/** Verbs of accusing, whose object is the one accused and whose "of" opens what is alleged. */
export const ACCUSING: ReadonlySet<string> = new Set(['accused', 'accuses', 'accusing', 'accuse']);

/** Speech verbs that report only the words quoted after "as" ("welcomed the deal as “proof that unity holds”"). */
const QUOTED_ONLY = new Set(['welcomed']);
/** How far after the verb its "as" and quotation mark may stand. */
const QUOTED_AS_TOKENS = 8;

/** "as" and an opening quotation mark within a few tokens after the verb at `k`, in its sentence. */
function quotedAsAfter(doc: AnalysedText, k: number): boolean {
  for (let i = k + 1; i < k + QUOTED_AS_TOKENS && doc.sentenceOf[i] === doc.sentenceOf[k]; i++) {
    if (doc.lower[i] === 'as' && OPEN.has(doc.tokens[i + 1] ?? '')) return true;
  }
  return false;
}

/** Speech verbs that report only a clause after "that" ("promised that X would", not "promised to end the fighting"). */
const THAT_ONLY = new Set(['promised', 'promises']);

export const PLAIN_SAYING = new Set(['said', 'says', 'added', 'adds', 'told', 'stated']);

export const REPORTING_ONLY = new Set(['reported', 'reports']);

export const OPEN = new Set(['“', '"', '‘']);

export const CLOSE = new Set(['”', '"', '’']);

const THAT_WINDOW_TOKENS = 24;

export const ADJUNCT_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'via', 'through', 'from', 'to', 'by', 'with', 'without', 'late', 'earlier']);

export const ADJUNCT_MAX_TOKENS = 8;

/** Words that open a time adjunct after a speech verb: "said last week", "said yesterday", "told reporters overnight". */
export const TIME_ADJUNCT_WORDS = new Set(['last', 'this', 'next', 'yesterday', 'today', 'tonight', 'overnight', 'recently', 'later']);

/** "told Reuters on Thursday.": an addressee and an adjunct, no clause */
export const ADDRESSEE_MAX_TOKENS = 6;

/** Where a reported clause starts after a speech verb: after "that" when it comes soon, else right after the verb. */
export function clauseStart(doc: AnalysedText, verb: number, limit: number): number | undefined {
  for (let k = verb + 1; k < Math.min(limit, verb + THAT_WINDOW_TOKENS); k++) {
    if (doc.lower[k] === 'that') return k + 1;
    // ("said in a televised statement that ...": a participle between a determiner and its noun is no verb; nor is
    // a capitalised word inside a name, "told The Associated Press that")
    const named = /^\p{Lu}/u.test(doc.tokens[k] ?? '');
    if ((doc.pos[k] === 'VERB' || doc.pos[k] === 'AUX') && !named && !reducedRelative(doc, k) && !attributive(doc, k)) break;
  }
  return doc.tokens[verb + 1] === ',' ? undefined : verb + 1;
}

/** Where a reported clause ends: the sentence end, or a ", while" / ", but" / ";" that starts another clause. */
export function clauseEnd(doc: AnalysedText, from: number, last: number): number {
  for (let k = from; k < last; k++) {
    if (doc.tokens[k] === ';' || (doc.tokens[k] === ',' && /^(while|but|whereas|although|where)$/.test(doc.lower[k + 1] ?? ''))) return doc.starts[k] ?? 0;
    // ", a major boost for ...": the writer's comment on the whole clause
    if (doc.tokens[k] === ',' && /^(a|an)$/.test(doc.lower[k + 1] ?? '') && k > from + 3) return doc.starts[k] ?? 0;
    // "The Council, which has urged states to act, said ...": the relative clause ends at the main verb
    if (doc.tokens[k] === ',' && speechAt(doc, k + 1) && k > from) return doc.starts[k] ?? 0;
    // "accused Addis Ababa of violating its sovereignty and said ...": the speaker's next words are another statement
    if (doc.lower[k] === 'and' && speechAt(doc, k + 1) && PLAIN_SAYING.has(doc.lower[k + 1] ?? '') && k > from) return doc.starts[k] ?? 0;
    // ", and Mali said ...": another speaker's clause
    if (doc.tokens[k] === ',' && doc.lower[k + 1] === 'and' && speechVerbSoon(doc, k + 2, last)) return doc.starts[k] ?? 0;
    if (doc.tokens[k] === ',' && REPORTING_ONLY.has(doc.lower[k + 2] ?? '')) return doc.starts[k] ?? 0;
    // ", escalating pressure on Tehran": a participle clause is the writer's comment
    if (doc.tokens[k] === ',' && doc.pos[k + 1] === 'VERB' && /ing$/.test(doc.lower[k + 1] ?? '') && !SPEECH_VERBS.has(doc.lower[k + 1] ?? '') && k > from) return doc.starts[k] ?? 0;
    // "..., Defense Minister Boris Pistorius told reporters in Berlin.": the attribution of the whole sentence
    if (doc.tokens[k] === ',' && trailingAttribution(doc, k + 1, last)) return doc.starts[k] ?? 0;
  }
  return doc.ends[last - 1] ?? 0;
}

/** "the statement published in official media", "a report seen by AP": a participle that qualifies the noun before it. */
export function reducedRelative(doc: AnalysedText, k: number): boolean {
  // ... but a verb with an object after it is the clause's own ("the targets included firms")
  return (/ed$/.test(doc.lower[k] ?? '') || IRREGULAR_PARTICIPLES.has(doc.lower[k] ?? '')) && doc.pos[k - 1] === 'NOUN' && !/^(DET|NOUN|PROPN|NUM|PRON)$/.test(doc.pos[k + 1] ?? '');
}

/** Participles not ending in "-ed" that qualify a report ("seen", "broadcast"). */
const IRREGULAR_PARTICIPLES = new Set(['seen', 'broadcast', 'sent', 'written', 'shown', 'given', 'made']);

/** "in a televised statement", "an internal armed conflict": a participle between a determiner or adjective and its noun. */
export function attributive(doc: AnalysedText, k: number): boolean {
  return doc.pos[k] === 'VERB' && (doc.pos[k - 1] === 'DET' || doc.pos[k - 1] === 'ADJ') && doc.pos[k + 1] === 'NOUN';
}

/** "declared an emergency", "declared a “no limits” partnership": the verb's object, no reported clause. */
export function declaresObject(doc: AnalysedText, verb: number): boolean {
  return /^declar(ed|es)$/.test(doc.lower[verb] ?? '') && /^(DET|ADJ|NUM)$/.test(doc.pos[verb + 1] ?? '');
}

export function hasThatSoon(doc: AnalysedText, verb: number, last: number): boolean {
  for (let k = verb + 1; k < Math.min(last, verb + THAT_WINDOW_TOKENS); k++) {
    if (doc.lower[k] === 'that' || doc.tokens[k] === ':' || (k === verb + 1 && doc.lower[k] === 'to')) return true;
    if ((doc.pos[k] === 'VERB' || doc.pos[k] === 'AUX') && !reducedRelative(doc, k)) return false;
  }
  return false;
}

/** "told local media there had been ...": the clause starts after the one addressed. */
export function afterAddressee(article: ResolvedArticle, from: number, last: number): number {
  const { doc } = article;
  // "urged Chinese President Xi Jinping": a demonym and title words lead to the one addressed
  // ("told The Associated Press that": past the article before a name)
  const named = doc.lower[from] === 'the' && article.mentionAt[from + 1]?.first === from + 1 ? from + 1 : from;
  let k = named;
  while (k < last && (article.mentionAt[k]?.kind === 'demonym' || (k > named && isHonorificOrTitleWord(doc.tokens[k] ?? '')))) k = article.mentionAt[k]?.last ?? k + 1;
  const m = article.mentionAt[k] ?? (k > named ? undefined : article.mentionAt[named]);
  if (m) return m.last;
  if (k > named) return k;
  // ("told us the communique had been approved": an object pronoun)
  if (/^(us|me|him|her|them)$/.test(doc.lower[from] ?? '')) return from + 1;
  for (let k = from; k < Math.min(last, from + 3); k++) {
    if (doc.pos[k] === 'NOUN' || doc.pos[k] === 'PROPN') return k + 1;
    if (doc.pos[k] !== 'DET' && doc.pos[k] !== 'ADJ') break;
  }
  return from;
}

/** ", Title Name said [adjunct]." from token `from`: capitalised words, then a speech verb, then at most a short adjunct. */
function trailingAttribution(doc: AnalysedText, from: number, last: number): boolean {
  let k = from;
  // ("..., India's foreign secretary Vikram Misri told reporters.": a possessive and a title in lowercase too)
  const attributing = (token: string): boolean => /^\p{Lu}/u.test(token) || /^['’]s?$/.test(token) || LOWERCASE_BODY_WORDS.has(token) || isTitleWordAnyCase(token);
  while (k < last && k - from < 10 && attributing(doc.tokens[k] ?? '')) k++;
  if (k === from || !/^\p{Lu}/u.test(doc.tokens[from] ?? '') || !speechAt(doc, k)) return false;
  return last - k <= ADJUNCT_MAX_TOKENS;
}


/**
 * "..., the Pentagon said on Monday, as North Korea tested a missile.", "..., Tusk said on Saturday, calling the
 * project ...", "..., the foreign secretary said, a step towards ...": perhaps an adjunct, then a clause of its own
 * (subordinate, participle or the writer's comment) after a comma.
 */
export function adjunctThenSubordinate(doc: AnalysedText, from: number, last: number): boolean {
  let k = from;
  // ("..., South Korea's military said, hours before Blinken arrived in Seoul")
  if (doc.tokens[from] === ',' && /^(hours|days|weeks|minutes|months|shortly|just|moments|soon)$/.test(doc.lower[from + 1] ?? '') && SUBORDINATORS.has(doc.lower[from + 2] ?? '')) return true;
  if (k < last && (ADJUNCT_PREPOSITIONS.has(doc.lower[k] ?? '') || TIME_ADJUNCT_WORDS.has(doc.lower[k] ?? '') || /day$/i.test(doc.tokens[k] ?? ''))) {
    while (k < last && k - from < ADJUNCT_MAX_TOKENS && doc.tokens[k] !== ',') k++;
  }
  if (doc.tokens[k] !== ',') return false;
  const next = doc.lower[k + 1] ?? '';
  return SUBORDINATORS.has(next) || next === 'a' || next === 'an' || next === 'the' || (doc.pos[k + 1] === 'VERB' && /ing$/.test(next));
}

/**
 * A speech verb at token k: written in lowercase, so "States" in "United States" is none, and read as a verb where
 * it is also a plural noun ("associate states of Mercosur", "member states").
 */
export function speechAt(doc: AnalysedText, k: number): boolean {
  const lower = doc.lower[k] ?? '';
  // ("giving Australia a say over its security": a noun after a determiner)
  if (!SPEECH_VERBS.has(lower) || !/^\p{Ll}/u.test(doc.tokens[k] ?? '') || (lower === 'states' && doc.pos[k] !== 'VERB')) return false;
  if (THAT_ONLY.has(lower) && doc.lower[k + 1] !== 'that') return false;
  if (QUOTED_ONLY.has(lower) && !quotedAsAfter(doc, k)) return false;
  return !nounOfSaying(doc, k) && !addsTo(doc, k) && !allegedThing(doc, k);
}

/** "giving Australia a say", "its own claims in the Spratlys", "Russia's claims", "territorial claims": a speech word used as a noun. */
function nounOfSaying(doc: AnalysedText, k: number): boolean {
  const lower = doc.lower[k] ?? '';
  const previous = doc.lower[k - 1] ?? '';
  if (lower === 'say') return DETERMINERS.has(previous);
  // ("missile warning data", "an early warning system": a gerund inside a compound of lowercase nouns)
  const lowercaseAt = (i: number): boolean => /^\p{Ll}/u.test(doc.tokens[i] ?? '');
  if (/ing$/.test(lower) && lowercaseAt(k - 1) && /^(NOUN|ADJ)$/.test(doc.pos[k - 1] ?? '') && lowercaseAt(k + 1) && doc.pos[k + 1] === 'NOUN') return true;
  // (also the object of a verb: "did not confirm reports that ...", "denied claims that ...")
  const object = doc.pos[k - 1] === 'VERB' && lower !== 'says';
  // ("the Thai claims": a determiner and a people's adjective before it)
  const peoples = lower !== 'says' && doc.pos[k] === 'NOUN' && /^\p{Lu}\p{Ll}+(an|ese|ish|i|ch)$/u.test(doc.tokens[k - 1] ?? '') && DETERMINERS.has(doc.lower[k - 2] ?? '');
  return /s$/.test(lower) && (DETERMINERS.has(previous) || peoples || previous === 'whose' || previous === 'own' || /^['’]s?$/.test(previous) || (doc.pos[k - 1] === 'ADJ' && /^\p{Ll}/u.test(doc.tokens[k - 1] ?? '')) || object);
}

/** "the alleged plot", "Machado's alleged weight problem", "concerning alleged pressure": "alleged" describing a thing reports nothing. */
function allegedThing(doc: AnalysedText, k: number): boolean {
  if (doc.lower[k] !== 'alleged') return false;
  const owned = /^(DET|ADP|ADJ|CCONJ)$/.test(doc.pos[k - 1] ?? '') || /^(his|her|its|their|our|my|your|['’]s)$/.test(doc.lower[k - 1] ?? '');
  return owned || (/^(NOUN|ADJ)$/.test(doc.pos[k + 1] ?? '') && /^\p{Ll}/u.test(doc.tokens[k + 1] ?? ''));
}

/** How far "added" looks for the "to" of something added somewhere ("added Parsian Aero Components and Sepehr Falcon Logistics to"). */
const ADDED_TO_TOKENS = 12;

/** "Washington added Urdaneta to its sanctions list", "added to the pressure": adding something somewhere says nothing. */
function addsTo(doc: AnalysedText, k: number): boolean {
  if (!/^(added|adds|adding)$/.test(doc.lower[k] ?? '')) return false;
  for (let i = k + 1; i < k + ADDED_TO_TOKENS; i++) {
    const lower = doc.lower[i] ?? '';
    if (lower === 'to') return true;
    // ("Moscow's so-called shadow fleet": a hyphen inside a word, and the word after it, go on)
    if (joinedHyphen(doc, i) || joinedHyphen(doc, i - 1)) continue;
    if (lower === 'that' || doc.pos[i] === 'PUNCT' || OPEN.has(doc.tokens[i] ?? '') || CLOSE.has(doc.tokens[i] ?? '')) return false;
    // ("He added Chiron Corp reported its sales to Berlex were down": a clause's own verb, not a name's word)
    if ((doc.pos[i] === 'VERB' || doc.pos[i] === 'AUX') && /^\p{Ll}/u.test(doc.tokens[i] ?? '')) return false;
  }
  return false;
}

const DETERMINERS = new Set(['a', 'an', 'the', 'no', 'any', 'its', 'their', 'his', 'her', 'our', 'final', 'last']);

/** A speech verb within a few tokens, before any other verb: the start of another speaker's clause. */
function speechVerbSoon(doc: AnalysedText, from: number, last: number): boolean {
  for (let k = from; k < Math.min(last, from + 8); k++) {
    if (speechAt(doc, k)) return true;
    if (doc.pos[k] === 'VERB' || doc.pos[k] === 'AUX' || doc.tokens[k] === ',') return false;
  }
  return false;
}

/** Verbs that give words a label rather than report them ("rejected the “provocation”", "called it “theft”"). */
export const LABEL_VERBS: ReadonlySet<string> = new Set(['rejected', 'dismissed', 'described', 'called', 'slammed', 'branded', 'termed', 'labelled', 'labeled', 'hailed', 'dubbed', 'condemned', 'denounced', 'criticised', 'criticized', 'describing', 'calling', 'dismissing', 'rejecting', 'branding', 'labelling', 'labeling']);

/** Participles that go on reporting after an attribution ("said on Monday, adding that ..."). */
export const FOLLOW_UP_VERBS: ReadonlySet<string> = new Set(['noting', 'adding', 'saying', 'warning', 'stressing', 'insisting', 'arguing', 'explaining']);

/**
 * A verb of its own among the tokens from `from` that start before character `end`: one before any subordinate
 * clause ("added a second from the penalty spot before Raphinha sealed the win" has none).
 */
export function hasVerb(doc: AnalysedText, from: number, end: number): boolean {
  const within = (k: number): boolean => k < doc.tokens.length && (doc.starts[k] ?? 0) < end;
  for (let k = from; within(k); k++) {
    // (not a participle between an adjective or determiner and its noun: "an internal armed conflict")
    if ((doc.pos[k] === 'VERB' && !attributive(doc, k)) || doc.pos[k] === 'AUX') return true;
    // "before Raphinha sealed the win": a subordinator with a verb of its own soon after (not "before the conference he was")
    const subordinate = k > from && SUBORDINATORS.has(doc.lower[k] ?? '') && [1, 2, 3, 4].some((d) => /^(VERB|AUX)$/.test(doc.pos[k + d] ?? ''));
    if (!subordinate) continue;
    // ... whose clause runs to a comma or a "that" ("told Saddam before he left that ...", "the two, after robbing them, burnt")
    k++;
    while (within(k) && doc.lower[k] !== 'that' && doc.tokens[k] !== ',') k++;
    if (!within(k)) return false;
  }
  return false;
}
