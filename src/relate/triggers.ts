// Verb- and noun-led relations: a trigger word from the lexicon links the entity group before it to the group after it,
// under the type signatures of the ontology; passives with "by" swap the ends. roles.ts finds who stands around the
// trigger, modality.ts whether the fact is asserted, denied or hypothetical, sanctions.ts whom sanctions name; the rules
// themselves come from trigger-rules.ts.
import { isHonorificOrTitleWord } from '../lexicon/titles.js';
import { headlineOf } from '../nlp/annotate.js';
import { isCapitalisedPortfolioWord, isUnionOrgan } from '../recognize/bodies.js';
import type { RelationType } from '../schema/index.js';
import type { ResolvedArticle, ResolvedMention } from '../resolve/resolve.js';
import { isPerson, PEOPLE, POSTED_TITLES } from './title-region.js';
import { afterDateline, appositionOpening, BE, ENDING, inDateline, isPossessiveMark, placeOfNoun, stateOfPlace, SUBORDINATORS, theCounted, whoTheCountedAre, REACTING } from './context.js';
import { amountEnd, bracketedContributions, deployedForce, forcesIn, gappedPlaces, gappedSenders, hostedForces, missionHost, missionsNamedForPlace, quantityNear, whereAntecedent } from './deployments.js';
import { modalityAt, talksOn } from './modality.js';
import { membersNamedAt } from './member-nouns.js';
import { noTriggerAt } from './trigger-words.js';
import { loadRules, OBJECT_WINDOW_TOKENS, SYMMETRIC_TYPES, triggersByRule, type CompiledRule, type TriggerFinding } from './trigger-rules.js';
import { speechAt } from './speech.js';
import { recalledOffice } from './speaker-descriptions.js';
import { addedToLists, bulletedTargets, describedThenNamed, listedTargets, sanctionedNamed, type Sanctioner } from './sanctions.js';
import {
  actsAsState, actsBefore, appositiveSubject, conjoinedPronounSubject, forcesOwnerAfter, participleSubject, personAfterTitle, titledPersonFrom, relativePronounSubject, bothSubject, demonymOwner, groupFrom, pronounSubject, hyphenQualifier, isDirectObject, nearestMention, nearWord, objectOfVerbBefore, countedBefore, wordBetween,
  relativeBetween, REPORTING, secondPredicate, typeOf, withPlacesInside,
} from './roles.js';

/**
 * A speech verb stands between token `from` and the trigger at `t`, and only the common nouns of the reported clause's
 * subject between it and the trigger ("says such ships help"): the trigger's subject is that noun, no one named. Not a
 * passive report ("is said to have blamed"), nor an adjunct ("told reporters after meeting X"), nor a pronoun that is
 * the sayer again ("said it would send").
 */
function saysBetween(article: ResolvedArticle, from: number, t: number): boolean {
  const { doc } = article;
  for (let k = from; k < t; k++) {
    if (!speechAt(doc, k) || doc.pos[k] !== 'VERB' || BE.has(doc.lower[k - 1] ?? '')) continue;
    // (past a time before "that": "said on Wednesday that the mediators had met")
    const that = doc.lower.slice(k + 1, k + 5).indexOf('that');
    const first = that >= 0 ? k + 2 + that : k + 1;
    if (first >= t) return false;
    // (the clause's subject, then only its auxiliaries and adverbs: "the mediators had met")
    let end = t;
    while (end > first && /^(AUX|ADV)$/.test(doc.pos[end - 1] ?? '') && doc.lower[end - 1] !== 'to') end--;
    for (let j = first; j < end; j++) {
      if (article.mentionAt[j] || !/^(DET|ADJ|NOUN|NUM)$/.test(doc.pos[j] ?? '') || /^(it|they|he|she|we|its|their)$/.test(doc.lower[j] ?? '')) return false;
    }
    // (not a noun that stands for those named before: "the bloc would send", "the two sides had agreed")
    const standsFor = STANDS_FOR.has(doc.lower[end - 1] ?? '') || theCounted(article, first) !== undefined || doc.lower[first] === 'both';
    // ("Ottawa says all six have supplied money": a count of those no one names here)
    const allCounted = doc.pos[end - 1] === 'NUM' && doc.lower[first] === 'all' && end - first === 2;
    return (doc.pos[end - 1] === 'NOUN' || allCounted) && !standsFor;
  }
  return false;
}

/** The first mention of the allowed types in [first, to) right before a verb ("Kigali continues to reject"), else undefined. */
function clauseSubject(article: ResolvedArticle, first: number, to: number, allowed: ReadonlySet<string>): ResolvedMention | undefined {
  const { doc } = article;
  for (let k = first; k < to; k++) {
    const m = article.mentionAt[k];
    if (!m) continue;
    const verb = doc.pos[m.last] === 'ADV' ? m.last + 1 : m.last;
    if (allowed.has(typeOf(article, m) ?? '') && /^(VERB|AUX)$/.test(doc.pos[verb] ?? '')) return m;
    k = m.last - 1;
  }
  return undefined;
}

/** ", like A and B," between token `from` and the trigger at `t`: A and B, of the allowed types, else none. */
function likenedBefore(article: ResolvedArticle, from: number, t: number, allowed: ReadonlySet<string>): ResolvedMention[] {
  const { doc } = article;
  for (let k = from; k < t - 1; k++) {
    if (doc.lower[k] !== 'like' || doc.tokens[k - 1] !== ',') continue;
    const first = article.mentionAt[doc.lower[k + 1] === 'the' ? k + 2 : k + 1];
    if (!first || !allowed.has(typeOf(article, first) ?? '')) continue;
    const group = groupFrom(article, first, allowed, 1, t);
    const end = group[group.length - 1]?.last ?? t;
    // (the predicate right after: "..., is a full member", not a verb further on)
    if (doc.tokens[end] === ',' && t - end - 1 <= LIKENED_GAP_TOKENS && !article.mentionAt.slice(end + 1, t).some((m) => m !== undefined)) return group;
  }
  return [];
}

/** Most words between ", like A and B," and the trigger ("is a full member"). */
const LIKENED_GAP_TOKENS = 3;

/**
 * "four individuals and three companies which the bloc says helped Moscow": the mention is the sayer of a clause set
 * inside a relative clause, right before the trigger; the one who acts is the relative's antecedent, not the sayer.
 */
function sayerInRelative(article: ResolvedArticle, m: ResolvedMention, t: number): boolean {
  const { doc } = article;
  const before = doc.lower[m.first - 1] === 'the' ? m.first - 2 : m.first - 1;
  return /^(which|that|who|whom)$/.test(doc.lower[before] ?? '') && m.last + 1 === t && speechAt(doc, m.last) && doc.pos[m.last] === 'VERB';
}

/** Nouns that stand for a state, body or people named before ("the bloc", "the government", "the sides"). */
const STANDS_FOR = new Set(['bloc', 'alliance', 'union', 'group', 'forum', 'grouping', 'organisation', 'organization', 'government', 'country', 'state', 'kingdom', 'ministry', 'army', 'military', 'sides', 'parties', 'countries', 'leaders', 'ministers', 'governments']);

/** Words hyphened to a name that only describe a thing by it ("Israel-linked ships", "Panama-flagged tankers"). */
const DESCRIBING_HYPHENS = new Set(['linked', 'flagged', 'owned', 'based', 'registered', 'made', 'built', 'bound', 'affiliated', 'origin']);

/** Nouns that name a state ("the Pacific island nation", "the Gulf state", "the Balkan country"). */
const STATE_NOUNS = new Set(['nation', 'country', 'state', 'kingdom', 'republic', 'emirate', 'monarchy']);

/** Up to three lowercase words from token `at` end with a noun that names a state. */
function qualifiesStateNoun(lower: readonly string[], at: number): boolean {
  for (let k = at; k < at + 3; k++) {
    const w = lower[k] ?? '';
    if (STATE_NOUNS.has(w)) return true;
    if (!/^\p{Ll}+$/u.test(w)) return false;
  }
  return false;
}

/** Lowercase modifiers that say who gives aid without naming them ("international aid", "foreign assistance"). */
const UNNAMED_GIVERS = new Set(['western', 'international', 'foreign', 'allied', 'outside']);

/**
 * The aid noun at `t` has no giver named: its noun phrase says the givers without naming them ("Western military aid",
 * "international assistance"), or stands after a noun's "for" ("a key hub for military aid", "a corridor for aid").
 */
function aidOfNoOne(article: ResolvedArticle, t: number): boolean {
  const { doc } = article;
  let k = t - 1;
  while (k > t - 4 && !article.mentionAt[k] && (doc.pos[k] === 'ADJ' || doc.pos[k] === 'NOUN' || doc.pos[k] === 'PROPN')) {
    if (UNNAMED_GIVERS.has(doc.lower[k] ?? '')) return true;
    k--;
  }
  return doc.lower[k] === 'for' && doc.pos[k - 1] === 'NOUN' && !article.mentionAt[k - 1];
}

/** How many words what an agreement is on may take ("on maritime search-and-rescue cooperation"). */
const AGREEMENT_TOPIC_TOKENS = 8;

/** The lowercase words ending at `k` are what an agreement named right before them is on ("memorandum ... on maritime cooperation"). */
function agreementOnBefore(article: ResolvedArticle, k: number): boolean {
  const { doc } = article;
  let i = k;
  while (i > k - AGREEMENT_TOPIC_TOKENS && !article.mentionAt[i] && (/^\p{Ll}/u.test(doc.tokens[i] ?? '') || doc.tokens[i] === '-')) {
    if (/^(on|for|of)$/.test(doc.lower[i] ?? '')) {
      const m = article.mentionAt[i - 1];
      return m !== undefined && article.entities.get(m.entity)?.type === 'Agreement';
    }
    i--;
  }
  return false;
}

/** Words that make a war a time: "since the war in Sudan began", "during the war in Ukraine". */
const TIME_PREPOSITIONS = new Set(['since', 'during', 'after', 'before', 'until', 'till', 'amid', 'throughout', 'following', 'despite']);

/** "Trade with Egypt has fallen since the war in Sudan began": a trigger a time preposition opens has no side before it. */
function timedBy(article: ResolvedArticle, m: ResolvedMention, t: number): boolean {
  const { doc } = article;
  let k = t - 1;
  while (k > m.last && !article.mentionAt[k] && (doc.pos[k] === 'DET' || doc.pos[k] === 'ADJ')) k--;
  return k >= m.last && TIME_PREPOSITIONS.has(doc.lower[k] ?? '') && doc.pos[t] === 'NOUN';
}

/** "deployed 17,000 troops to its border with Belarus": the state across a border, not where the troops went. */
function acrossBorder(lower: readonly string[], m: ResolvedMention): boolean {
  const k = lower[m.first - 1] === 'the' ? m.first - 2 : m.first - 1;
  return lower[k] === 'with' && /^(border|borders|frontier|frontiers|boundary)$/.test(lower[k - 1] ?? '');
}

/** How far past its cue word an object may stand ("to its northern border state of Roraima"). */
const CUE_OBJECT_TOKENS = 7;

/**
 * Mention `m` stands in an absolute clause set off by commas before the trigger at `t` ("the Council voted 13-0, with
 * Russia and China abstaining, to extend the embargo"): those it names only abstain, vote or look on.
 */
function absoluteClause(article: ResolvedArticle, m: ResolvedMention, t: number): boolean {
  const { doc } = article;
  let open = m.first - 1;
  while (open > 0 && doc.tokens[open] !== ',' && doc.sentenceOf[open] === doc.sentenceOf[m.first]) open--;
  if (doc.lower[open + 1] !== 'with') return false;
  for (let k = m.last; k < t && doc.tokens[k] !== ','; k++) if (doc.pos[k] === 'VERB' && /ing$/.test(doc.lower[k] ?? '')) return true;
  return false;
}

/** Chambers whose members are deputies, never states (a General Assembly's are states). */
const PARLIAMENT = /\b(Parliament|Congress|Senate|Duma|Knesset|House of Representatives|House of Commons)\b/;

/** How far back the "led by" of an apposition may stand before a mention inside it. */
const LEADER_APPOSITION_TOKENS = 6;

/** Mention `m` stands in an apposition ", led by ...," (or "headed by") that closes right before the verb at `t`: the comma opening it, else -1. */
function leaderAppositionAt(article: ResolvedArticle, m: ResolvedMention, t: number): number {
  const { doc } = article;
  let close = t - 1;
  while (close > m.last && (doc.pos[close] === 'AUX' || doc.pos[close] === 'ADV')) close--;
  if (doc.tokens[close] !== ',' || close < m.last) return -1;
  for (let k = m.first - 1; k > m.first - LEADER_APPOSITION_TOKENS && k > 1; k--) {
    if (doc.lower[k] === 'by' && /^(led|headed|chaired)$/.test(doc.lower[k - 1] ?? '') && doc.tokens[k - 2] === ',') return k - 2;
  }
  return -1;
}

/** The name right before the comma at `comma`, or its owner ("Sudan's delegation,"). */
function ownerBefore(article: ResolvedArticle, comma: number): ResolvedMention | undefined {
  const { doc } = article;
  const named = article.mentionAt[comma - 1];
  if (named) return named;
  return isPossessiveMark(doc.tokens[comma - 2]) && /^\p{Ll}+$/u.test(doc.tokens[comma - 1] ?? '') ? article.mentionAt[comma - 3] : undefined;
}

/**
 * "As long as Russia continues this war, the Netherlands will stand with Ukraine": a trigger inside the subordinate
 * clause a sentence opens with has its objects before the comma that closes it; where that comma is, else no bound.
 */
function openingClauseEnd(article: ResolvedArticle, first: number, t: number): number {
  const { doc } = article;
  // (past a quote that opens the sentence)
  const opener = /^["“]$/.test(doc.tokens[first] ?? '') ? first + 1 : first;
  if (!SUBORDINATORS.has(doc.lower[opener] ?? '')) return Number.POSITIVE_INFINITY;
  for (let k = opener + 1; k < t; k++) if (doc.tokens[k] === ',') return Number.POSITIVE_INFINITY;
  for (let k = t + 1; k < doc.tokens.length && doc.sentenceOf[k] === doc.sentenceOf[t]; k++) if (doc.tokens[k] === ',') return k;
  return Number.POSITIVE_INFINITY;
}

/**
 * Where the object of the trigger at `t` may end: the rule's window, or, where a cue word stands inside it, a few words
 * past the cue ("sent 600 soldiers and 28 armoured vehicles to its northern border state of Roraima").
 */
function objectBound(lower: readonly string[], t: number, window: number, cue: ReadonlySet<string> | undefined): number {
  const end = t + 1 + window;
  if (!cue) return end;
  let last = -1;
  for (let i = t + 1; i < end; i++) if (cue.has(lower[i] ?? '')) last = i;
  const bound = last < 0 ? end : Math.max(end, last + 1 + CUE_OBJECT_TOKENS);
  // ("travel bans on seven individuals and five entities, including the Tehran-based X": on to the names the list gives)
  for (let i = t + 2; i < bound; i++) if (lower[i] === 'including' && lower[i - 1] === ',' && last >= 0 && i > last) return Math.max(bound, i + 1 + CUE_OBJECT_TOKENS);
  return bound;
}

/**
 * Where "but", "yet" or "and" opens a second verb of the same subject after the trigger at `t` and something between
 * ("supported the extension but accused X", not "met and thanked X"), else `end`.
 */
function secondPredicateAfter(article: ResolvedArticle, t: number, end: number): number {
  const { doc } = article;
  for (let k = t + 2; k < end; k++) {
    if (/^(but|yet|and)$/.test(doc.lower[k] ?? '') && doc.pos[k + 1] === 'VERB' && /^\p{Ll}+$/u.test(doc.tokens[k + 1] ?? '') && !article.mentionAt[k - 1] && !/ing$/.test(doc.lower[k + 1] ?? '')) return k;
  }
  return end;
}

/**
 * The words before token `at` are lowercase nouns and adjectives that no mention owns or qualifies ("third-country
 * companies", "the firms"), not "Russian troops" nor "Iran's proxies".
 */
function unnamedNounBefore(article: ResolvedArticle, at: number): boolean {
  const { doc } = article;
  if (doc.pos[at - 1] !== 'NOUN' || !/^\p{Ll}/u.test(doc.tokens[at - 1] ?? '') || article.mentionAt[at - 1]) return false;
  let k = at - 1;
  while (k > at - 5 && !article.mentionAt[k - 1] && /^(\p{Ll}+|-)$/u.test(doc.tokens[k - 1] ?? '') && /^(NOUN|ADJ|PUNCT|NUM)$/.test(doc.pos[k - 1] ?? '') && doc.lower[k - 1] !== 'the') k--;
  return !article.mentionAt[k - 1] && !isPossessiveMark(doc.tokens[k - 1]);
}

/**
 * "M23 rebels, whom Congo and UN experts say are backed by Rwanda": those who say it, before a passive verb, are not
 * the ones it is done to; the relative clause's antecedent is ([] when none is named).
 */
function relativeAntecedent(article: ResolvedArticle, sayers: readonly ResolvedMention[], t: number): ResolvedMention[] | undefined {
  const { doc } = article;
  if (sayers.length === 0) return undefined;
  const from = Math.max(...sayers.map((m) => m.last));
  let spoken = false;
  for (let k = from; k < t; k++) if (speechAt(doc, k)) spoken = true;
  if (!spoken) return undefined;
  const antecedent = antecedentOf(article, Math.min(...sayers.map((m) => m.first)));
  return antecedent ? [antecedent] : [];
}

/**
 * The mention a relative clause opening right before `subject` describes: "M23 rebels, whom [subject] ...",
 * "NATO, which [subject] joined"; past a couple of lowercase words after the name ("rebels"). With no comma, only an
 * agreement ("the memorandum that A and B signed"): after other names "that" opens a reported clause.
 */
function antecedentOf(article: ResolvedArticle, subject: number): ResolvedMention | undefined {
  const { doc } = article;
  // (past the subject's titles: "which Prime Minister X and President Y signed")
  let r = subject - 1;
  while (r > 0 && !article.mentionAt[r] && isHonorificOrTitleWord(doc.tokens[r] ?? '')) r--;
  if (!/^(whom|who|which|that)$/.test(doc.lower[r] ?? '')) return undefined;
  if (!/^[,—–-]$/.test(doc.tokens[r - 1] ?? '')) {
    const agreement = article.mentionAt[r - 1];
    return agreement && agreement.last === r && typeOf(article, agreement) === 'Agreement' ? agreement : undefined;
  }
  let k = r - 2;
  while (k > r - 4 && !article.mentionAt[k] && /^\p{Ll}+$/u.test(doc.tokens[k] ?? '')) k--;
  const m = article.mentionAt[k];
  // ("the Agreement on Security Cooperation between Poland and Ukraine, which Tusk and Zelenskyy signed": past the
  // parties an agreement is between or with, to the agreement)
  let first = m?.first ?? -1;
  while (first > 1 && /^(and|,|the)$/.test(doc.lower[first - 1] ?? '') && article.mentionAt[first - 2]) first = article.mentionAt[first - 2]?.first ?? first;
  if (first > 1 && doc.lower[first - 1] === 'the') first--;
  const agreement = /^(between|with|among)$/.test(doc.lower[first - 1] ?? '') ? article.mentionAt[first - 2] : undefined;
  return agreement && typeOf(article, agreement) === 'Agreement' ? agreement : m;
}

/**
 * Whether `m` is what the passive participle at `t` acts on: no report or other clause opens between them ("the
 * accord, which was signed by", "The pact, signed in May, was ratified by", not "the office in Nairobi said that
 * four had been charged by").
 */
function passiveSubject(article: ResolvedArticle, m: ResolvedMention, t: number): boolean {
  const { doc } = article;
  let verbs = 0;
  for (let k = m.last; k < t; k++) {
    const lower = doc.lower[k] ?? '';
    if (speechAt(doc, k) || SUBORDINATORS.has(lower) || lower === ';' || (lower === 'that' && k > m.last + 1)) return false;
    // (a gerund after a preposition describes the thing: "a memorandum on preventing and managing incidents")
    const gerund = /ing$/.test(lower) && /^(ADP|CCONJ)$/.test(doc.pos[k - 1] ?? '');
    if (doc.pos[k] === 'VERB' && !gerund && ++verbs > 1) return false;
  }
  return true;
}

/** "the Malaysian port of Lumut", "the Chinese city of Shenyang": the place named after a demonym's noun and "of". */
function placeNamedAfter(article: ResolvedArticle, demonym: ResolvedMention): ResolvedMention | undefined {
  const { doc } = article;
  let k = demonym.last;
  while (k < demonym.last + 3 && /^\p{Ll}+$/u.test(doc.tokens[k] ?? '') && /^(NOUN|ADJ)$/.test(doc.pos[k] ?? '')) k++;
  const place = k > demonym.last && doc.lower[k] === 'of' ? article.mentionAt[k + 1] : undefined;
  return place && place.first === k + 1 && typeOf(article, place) === 'Location' ? place : undefined;
}

/** How far before the subject of a reduced relative its count may stand ("the two hundred special forces troops Nigeria sent"). */
const REDUCED_COUNT_TOKENS = 7;

/**
 * How many tokens an adjunct may take between a participle and its "by" ("signed in Almaty on Monday by", "signed at
 * the Defense Ministry in Central Jakarta by").
 */
const AGENT_ADJUNCT_TOKENS = 12;

/** Where the "by" of a passive participle at `t` stands: right after it, or after a short adjunct of place or time. */
function agentBy(article: ResolvedArticle, t: number, last: number): number {
  const { doc } = article;
  if (doc.lower[t + 1] === 'by') return t + 1;
  // ("signed late on Saturday by", "signed earlier this week by")
  if (!/^(in|on|at|during|last|earlier|late|early)$/.test(doc.lower[t + 1] ?? '')) return -1;
  for (let k = t + 2; k < Math.min(last, t + 2 + AGENT_ADJUNCT_TOKENS); k++) {
    if (doc.lower[k] === 'by') return k;
    // (past a place named in apposition: "signed in the capital, Honiara, on Wednesday by"; a name's words are no verb,
    // "at South Block by")
    if (article.mentionAt[k]) continue;
    // (nor an owner's mark: "in Pakse, the capital of Laos’ Champasak province, by")
    if (doc.pos[k] === 'VERB' || doc.pos[k] === 'AUX' || (doc.pos[k] === 'PUNCT' && doc.tokens[k] !== ',' && !isPossessiveMark(doc.tokens[k]))) return -1;
  }
  return -1;
}

/** How far past the agents a second "and by" may stand ("by A, Greenland's minister for business, and by B"). */
const SECOND_AGENT_TOKENS = 16;

/**
 * "signed by A, Greenland's minister for business, and by the company's chief executive, B": the agents after a second
 * "by" joined to the first agents' group, with no verb between.
 */
function alsoBy(article: ResolvedArticle, agents: readonly ResolvedMention[], last: number, allowed: ReadonlySet<string>): ResolvedMention[] {
  const { doc } = article;
  const from = Math.max(...agents.map((m) => m.last));
  for (let k = from; k < Math.min(last - 1, from + SECOND_AGENT_TOKENS); k++) {
    if (doc.pos[k] === 'VERB' || doc.pos[k] === 'AUX' || doc.lower[k] === 'by') return [];
    if (doc.lower[k] !== 'and') continue;
    if (doc.lower[k + 1] !== 'by') return titledAgentAfter(article, agents, k + 1, last);
    const next = nearestMention(article, k + 2, Math.min(last, k + 2 + SECOND_AGENT_TOKENS), 1, allowed);
    return next ? groupFrom(article, next, allowed, 1, last).filter((m) => !agents.includes(m)) : [];
  }
  return [];
}

/** Verbs of forces arriving, and how far before one its count may stand ("Some 400 Ground Self-Defense Force (GSDF) troops began arriving"). */
const ARRIVING = new Set(['arrived', 'arrive', 'arrives', 'arriving', 'landed']);
const ARRIVAL_COUNT_TOKENS = 12;

/** How far before a verb with no subject named the words that govern it are read. */
const UNNAMED_SUBJECT_TOKENS = 4;

/** Subordinators that open a clause of their own, past which a verb's object is not sought (not "as", "amid", ...). */
const CLAUSE_OPENERS = new Set([...SUBORDINATORS].filter((w) => !/^(as|amid|despite|following)$/.test(w)));

/**
 * "joined the alliance in April 2023 and Sweden in March 2024": after the object and a time, "and" a state followed
 * by a time of its own, with no verb, is a second subject of the verb left out.
 */
function gappedJoiner(article: ResolvedArticle, object: ResolvedMention, last: number): ResolvedMention | undefined {
  const { doc } = article;
  let k = object.last;
  while (k < Math.min(last, object.last + 4) && doc.lower[k] !== 'and' && /^(ADP|NUM|PROPN|DET)$/.test(doc.pos[k] ?? '') && !article.mentionAt[k]) k++;
  if (doc.lower[k] !== 'and' || k === object.last) return undefined;
  const m = article.mentionAt[k + 1];
  if (!m || m.first !== k + 1 || typeOf(article, m) !== 'Country' || m.kind === 'demonym') return undefined;
  return /^(in|on|a|the|last|two|three|,|\.)$/.test(doc.lower[m.last] ?? '') && doc.pos[m.last + 1] !== 'VERB' ? m : undefined;
}

/** How far past the first person met the "and" before a second may stand ("in Pristina on Monday and"). */
const MET_ADJUNCT_TOKENS = 6;

/**
 * "signed by A, Indonesia's defense minister, and Australian Defense Minister B", "by A, and the MJRT's leader, B":
 * after a person in apposition, a second person named with a title is a second agent. Only persons join persons, and
 * only when nothing but the title, its state or body, and commas stand before the name.
 */
function titledAgentAfter(article: ResolvedArticle, agents: readonly ResolvedMention[], from: number, last: number): ResolvedMention[] {
  if (!agents.every((m) => isPerson(article, m))) return [];
  const next = titledPersonFrom(article, from, last);
  return next && !agents.some((a) => a.entity === next.entity) ? [next] : [];
}

export function triggerRelations(article: ResolvedArticle): TriggerFinding[] {
  const { doc } = article;
  const out: TriggerFinding[] = [];
  const compiled = loadRules();
  const { rules } = compiled;
  const hits = triggersByRule(doc.lower, compiled);
  const headline = headlineOf(doc);
  const sanctioners: Sanctioner[] = [];
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r] as CompiledRule;
    for (const t of hits[r] ?? []) {
      if (noTriggerAt(article, rule, t, headline)) continue;
      const sentence = doc.sentences[doc.sentenceOf[t] ?? 0];
      if (!sentence) continue;
      // ("Russian military instructors, and more recently personnel from X, have been deployed": a passive's subject
      // may stand anywhere before it)
      const passiveVerb = BE.has(doc.lower[t - 1] ?? '') && /ed$/.test(doc.lower[t] ?? '');
      const nearSubject = passiveVerb && rule.near !== undefined && doc.lower.slice(sentence.first, t).some((w) => rule.near?.has(w));
      // ("Africa Corps is now deployed in Mali": a force named as the subject of the passive is what is deployed)
      const force = rule.type === 'DEPLOYED_TO' && /ed$/.test(doc.lower[t] ?? '') ? deployedForce(article, t, sentence.first) : undefined;
      // ("whose military leaders remain under Australian sanctions": a state one remains under is no place)
      if (rule.type === 'DEPLOYED_TO' && /^(remain|remains|stay|stays)$/.test(doc.lower[t] ?? '') && doc.lower[t + 1] === 'under') continue;
      if (rule.near && !nearSubject && !force && !nearWord(article, t, rule.near, sentence.first, Math.min(sentence.last, t + rule.nearWindow), rule.nearOutsideNames)) continue;
      // ("fighting broke out between", "clashes erupted between")
      let between = t + 1;
      while (between < t + 3 && /^(broke|break|breaks|erupted|erupts|flared|raged|rages|continued|out|up)$/.test(doc.lower[between] ?? '')) between++;
      if (SYMMETRIC_TYPES.has(rule.type) && doc.lower[between] === 'between') {
        // "fighting between M23 rebels and Congolese troops", "talks between A and B": the two sides after "between"
        const sides: string[] = [];
        for (let i = between + 1; i < Math.min(sentence.last, between + 1 + rule.objectWindow + 4) && sides.length < 2; i++) {
          const m = article.mentionAt[i];
          // (the sides end with the clause: "between Russian troops and Chechen rebels, State Department spokesman X said")
          if (!m && (/^[,;:]$/.test(doc.tokens[i] ?? '') || doc.pos[i] === 'VERB' || doc.pos[i] === 'AUX')) break;
          // (a state owning the side is not one: "between Sudan's army and the RSF")
          // (nor is its demonym: "between the Sudanese army and the RSF")
          const owned = m && (isPossessiveMark(doc.tokens[m.last]) ? m.last + 1 : m.kind === 'demonym' ? m.last : -1);
          if (m && owned && owned > 0 && article.mentionAt[owned] && rule.object.has(typeOf(article, article.mentionAt[owned] as ResolvedMention) ?? '')) {
            i = owned - 1;
            continue;
          }
          // (a place stands for its state here too, when the article names it)
          const side = m && typeOf(article, m) === 'Location' ? placeState(article, m)[0] : m;
          if (m && side && rule.object.has(typeOf(article, side) ?? '') && !sides.includes(side.entity)) sides.push(side.entity);
          if (m) i = m.last - 1;
        }
        const [a, b] = sides;
        if (a && b) out.push({ type: rule.type, source: a, target: b, at: t, modality: modalityAt(article, sentence.first, t) });
        continue;
      }
      if (rule.betweenOnly) continue;
      // ("would impose sanctions on members of the National Salvation Council": members a preposition governs, unnamed,
      // belong to it; the sentence's subject is none of them)
      if (rule.type === 'MEMBER_OF' && /^members?$/.test(doc.lower[t] ?? '') && !article.mentionAt[t - 1] && /^(on|against|to|with|for|by)$/.test(doc.lower[t - 1] ?? '')) continue;
      const participle = /ed$|sent$|met$|struck$|held$/.test(doc.lower[t] ?? '');
      const by = participle ? agentBy(article, t, sentence.last) : -1;
      // ("were initially deployed": past an adverb)
      const passive = participle && (BE.has(doc.lower[t - 1] ?? '') || (doc.pos[t - 1] === 'ADV' && BE.has(doc.lower[t - 2] ?? '')) || by >= 0);
      let closest = nearestMention(article, t - 1, Math.max(sentence.first, t - rule.subjectWindow), -1, rule.subject);
      // ("Mercosur suspended Bolivia and signed a deal": the subject of the verb before "and")
      const joinedVerb = closest ? objectOfVerbBefore(article, closest, t) : -1;
      if (joinedVerb >= 0) closest = nearestMention(article, joinedVerb - 1, Math.max(sentence.first, joinedVerb - rule.subjectWindow), -1, rule.subject);
      // ("South Africa has filed a case at the ICJ accusing Israel": a participle's subject is past where one acts)
      // (nor one a preposition governs right before the comma: "began an exercise with the GDF, sending 150 personnel")
      // ("backing Guyana in its controversy with Venezuela and pledging police": before "and" too)
      const governed = (m: ResolvedMention): boolean => /^(,|and)$/.test(doc.lower[m.last] ?? '') && m.last === t - 1 && (doc.pos[m.first - 1] === 'ADP' || (doc.lower[m.first - 1] === 'the' && doc.pos[m.first - 2] === 'ADP'));
      if (closest && /ing$/.test(doc.lower[t] ?? '') && doc.pos[t] === 'VERB' && (!actsBefore(article, closest, t, false) || governed(closest))) {
        const earlier = nearestMention(article, closest.first - 1, Math.max(sentence.first, t - rule.subjectWindow), -1, rule.subject);
        // (the subject may be named twice, with its acronym: "The US Southern Command (SOUTHCOM) ...")
        const dated = afterDateline(article, sentence.first, t);
        const opener = doc.lower[dated] === 'the' ? dated + 1 : dated;
        if (earlier && (earlier.first === opener || article.mentionAt[opener]?.entity === earlier.entity)) closest = earlier;
        else if (governed(closest) && doc.lower[closest.last] === 'and') closest = undefined;
      }
      // ("In Congress, the opposition was quick to blame the Casa Rosada": the body the sentence opens in is no subject;
      // a state's capital may stand for its officials there, "In Kyiv, officials blamed Russia")
      const openingPlace = closest !== undefined && typeOf(article, closest) !== 'Country' && doc.tokens[closest.last] === ',' && /^(In|At|From|Inside)$/.test(doc.tokens[closest.first - 1] ?? '') && closest.first - 1 === afterDateline(article, sentence.first, t);
      const nearest = closest && !openingPlace && actsBefore(article, closest, t, rule.type === 'MEMBER_OF' && rule.subject.has('Country')) ? closest : undefined;
      const opening = appositiveSubject(article, sentence.first, t, rule.subject);
      // "Poland, a NATO member bordering Ukraine, has called for sanctions": a mention inside the apposition is not the subject
      // "The three Baltic states, all members of NATO and the EU, have accused ...": nor is one when the subject is no mention
      // ("The mission, led by former Gambian Vice-President X, deployed": nor is a state that only qualifies its leader's
      // title; "Sudan's delegation, led by Foreign Minister X, accused": the one the apposition describes)
      const led = nearest ? leaderAppositionAt(article, nearest, t) : -1;
      const ledOwner = led >= 0 ? ownerBefore(article, led) : undefined;
      const left = opening && (!nearest || nearest.first > opening.last) ? opening : nearest && (appositionOpening(article, sentence.first, nearest, t) >= 0 || led >= 0) ? (ledOwner && rule.subject.has(typeOf(article, ledOwner) ?? '') ? ledOwner : undefined) : nearest;
      const byAgent = passive && by >= 0;
      // ("the principle endorsed by the Pacific Islands Forum": a participle after a common noun acts on that noun, no agreement)
      // (but "a memorandum of understanding on maritime cooperation signed by" is the agreement's, past what it is on)
      if (byAgent && rule.object.has('Agreement') && !article.mentionAt[t - 1] && doc.pos[t - 1] === 'NOUN' && /^\p{Ll}/u.test(doc.tokens[t - 1] ?? '') && !agreementOnBefore(article, t - 1)) continue;
      // a noun trigger ("aid packages", "support for"), not a verb the tagger misread ("Iran, which backs Hamas")
      // (nor a verb in -s the tagger read as a noun between two names: "Islamabad backs Kazakhstan's initiative")
      const namedAround = /[^s]s$/.test(doc.lower[t] ?? '') && article.mentionAt[t - 1] !== undefined && article.mentionAt[t + 1]?.first === t + 1;
      const asNoun = doc.pos[t] === 'NOUN' && doc.pos[t - 1] !== 'PRON' && !/^(which|who|that)$/.test(doc.lower[t - 1] ?? '') && !namedAround;
      // "said sanctions on Juba had done more harm than good": a noun opening a reported clause names no actor;
      // "Qatar condemned the strikes": those who react to the act are not its actors
      if (asNoun && (opensReportedClause(article, t) || reactedTo(article, t))) continue;
      // ("a key hub for Western military aid to Ukraine": aid a place serves or an unnamed West gives has no giver named)
      if (asNoun && rule.type === 'SUPPORTS' && aidOfNoOne(article, t)) continue;
      // ("14 South African soldiers were killed in fighting around Goma": fighting a passive's subject died in has no
      // sides named before it)
      if (rule.type === 'IN_CONFLICT_WITH' && /^(in|during|amid)$/.test(doc.lower[t - 1] ?? '') && /ed$/.test(doc.lower[t - 2] ?? '') && BE.has(doc.lower[t - 3] ?? '')) continue;
      // ("commend Qatar and Egypt, with the support of the United States": the one after "of" gives the support)
      // (not "ended the uprising with the signing of the Peking Protocol")
      if (rule.type === 'SUPPORTS' && asNoun && doc.lower[t + 1] === 'of' && (doc.lower[t - 1] === 'with' || (doc.lower[t - 1] === 'the' && doc.lower[t - 2] === 'with'))) continue;
      // "the aggression by the Russian Federation against Ukraine", "the invasion of Ukraine by Russia"
      const agentPair = asNoun ? nounWithAgent(article, t, rule, sentence.last) : undefined;
      if (agentPair === 'agent') continue;
      if (agentPair) {
        const [agent, patient] = agentPair;
        if (agent.entity !== patient.entity) out.push({ type: rule.type, source: agent.entity, target: patient.entity, at: t, modality: modalityAt(article, agent.first, t) });
        continue;
      }
      const cue = rule.nounCue && asNoun && !byAgent ? rule.nounCue : rule.objectCue;
      // (the objects end with the sentence, or with an opening subordinate clause the trigger stands in)
      // (... and with a second predicate of the subject's: "Bangkok supported the extension but accused Cambodian forces")
      const clauseLast = Math.min(sentence.last, openingClauseEnd(article, sentence.first, t), secondPredicateAfter(article, t, sentence.last));
      const recipient = rule.recipientFirst && article.mentionAt[t + 1]?.first === t + 1 ? article.mentionAt[t + 1] : undefined;
      const after =
        recipient && rule.object.has(typeOf(article, recipient) ?? '')
          ? recipient
          : nearestMention(article, byAgent ? by + 1 : t + 1, Math.min(objectBound(doc.lower, t, rule.objectWindow, byAgent ? undefined : cue), clauseLast), 1, byAgent ? rule.subject : rule.object, cue);
      // ("the Munoz Vernaza-Suarez Treaty, signed by the two countries in 1916": the agents are the two states named last)
      const countedAgents = byAgent && !after && theCounted(article, by + 1) === 'states' ? whoTheCountedAre(article, by + 1) : [];
      // ("signed by Kazakh Foreign Minister X": the agent is the person the demonym's title names)
      // ("signed by India's High Commissioner to Sri Lanka, Vikram Rao": past the title's own words and a comma)
      // ("was briefed by the Commander-in-Chief of the Armed Forces of Ukraine, General X": past a long title to its holder)
      const titled =
        byAgent && after && typeOf(article, after) === 'Country'
          ? personAfterTitle(article, after) ?? (isPossessiveMark(doc.tokens[after.last]) || after.kind === 'demonym' ? titledPersonFrom(article, after.last, sentence.last) : undefined)
          : byAgent && !after
            ? titledPersonFrom(article, by + 1, sentence.last)
            : undefined;
      const found = titled && rule.subject.has(typeOf(article, titled) ?? '') ? titled : after;
      // ("Scholz's call opens Pandora's box": a noun's object stands before the sentence's verb)
      let finite = false;
      // ("their first meeting since the ouster of Sheikh Hasina": nor past a subordinator)
      for (let i = t + 1; asNoun && found && i < found.first; i++) {
        if (doc.pos[i] === 'AUX' || (doc.pos[i] === 'VERB' && /[^s]s$/.test(doc.lower[i] ?? '')) || SUBORDINATORS.has(doc.lower[i] ?? '')) finite = true;
      }
      // ("Iran-backed militias in eastern Syria": past "the" and lowercase adjectives to the preposition)
      let before = found ? found.first - 1 : -1;
      while (found && before > t && (doc.lower[before] === 'the' || (doc.pos[before] === 'ADJ' && /^\p{Ll}/u.test(doc.tokens[before] ?? '')))) before--;
      // (past an adverb: "the parties to fully implement the deal")
      const infinitive = rule.notInfinitive && found && doc.lower.slice(t + 1, found.first).some((w, k) => w === 'to' && (doc.pos[t + 2 + k] === 'VERB' || (doc.pos[t + 2 + k] === 'ADV' && doc.pos[t + 3 + k] === 'VERB')));
      const farNear = rule.nearBeforeObject && found && !doc.lower.slice(t + 1, found.first).some((w) => rule.near?.has(w));
      // ("intervened in Yemen to back the internationally recognised government after the Houthis seized the capital":
      // no object past a clause that opens another)
      const subordinated = found !== undefined && doc.lower.slice(t + 1, found.first).some((w) => CLAUSE_OPENERS.has(w));
      // ("sent three ships from Sanya in Hainan province": where they came from, and the region it lies in, is no object)
      const held = found ? article.mentionAt[found.first - 2] : undefined;
      const origin = found !== undefined && doc.lower[found.first - 1] === 'in' && held !== undefined && doc.lower[held.first - 1] === 'from';
      const right = found && (finite || infinitive || farNear || subordinated || origin || (!byAgent && rule.objectNotAfter?.has(doc.lower[before] ?? ''))) ? undefined : found;
      const pair = countedBefore(article, t, sentence.first, rule.subject);
      // ("Pistorius and Umerov held talks in Berlin and signed ...": the sentence's subject is a group read forward)
      // (also past a place that is no subject: "sent troops to train in Russia and will probably fight Ukraine")
      const anchor = left ?? (closest !== nearest ? closest : undefined);
      // (not for a noun set off after a list: "after France, Germany and Britain, parties to the deal, triggered")
      // (a headline's verb read as a noun goes on: "Lithuania welcomes Polish troops, signs memorandum")
      const appositive = doc.pos[t] === 'NOUN' && doc.tokens[t - 1] === ',' && /^(to|of)$/.test(doc.lower[t + 1] ?? '');
      const second = anchor && !appositive ? secondPredicate(article, anchor, t, sentence.first, rule.subject) : undefined;
      // ("France, Germany and Britain, which are parties to ...": the sentence's subject before its apposition, a list read forward)
      const ahead = second ?? (left && left === opening ? left : undefined);
      // (... but not a state that only owns what follows it: "Hezbollah, Iran's main ally in Lebanon, has clashed")
      const forward = ahead ? groupFrom(article, ahead, rule.subject, 1, t).filter((m) => m === ahead || (!isPossessiveMark(doc.tokens[m.last]) && m.kind !== 'demonym')) : undefined;
      let subjects = pair ?? forward ?? (left ? groupFrom(article, left, rule.subject, -1, sentence.first) : []);
      // "Armenia has distanced itself from Moscow. Last year it joined the ICC": "it" opening the clause is the state
      // that opened the sentence before
      // ("firms, including X, which it accused of ...": the sentence's opener, acting on the relative's antecedent)
      // (whatever stands nearer is the antecedent)
      const it =
        relativePronounSubject(article, t, sentence.first, rule.subject) ??
        conjoinedPronounSubject(article, t, sentence.first, rule.subject) ??
        participleSubject(article, t, sentence.first, rule.subject) ??
        (subjects.length === 0 ? pronounSubject(article, t, sentence.first, rule.subject) : undefined);
      if (it) subjects = [it.mention];
      if (force) subjects = [force];
      // ("remarks by Pakistan's Permanent Representative to the UN, in which the envoy accused India": a bare office
      // right before the verb acts for the one it recalls, not whatever is named before it)
      const recalled = !passive && !it && !force ? recalledOffice(article, doc.pos[t - 1] === 'ADV' ? t - 1 : t, sentence.first) : undefined;
      if (recalled && rule.subject.has(typeOf(article, recalled) ?? '')) subjects = [recalled];
      // ("The EU says such ships help Russia": the subject of a reported clause no one named stands after the speech verb)
      if (!it && !passive && subjects.length > 0 && saysBetween(article, Math.max(...subjects.map((m) => m.last)), t)) subjects = [];
      if (!it && !passive && subjects.length === 1 && subjects[0] && sayerInRelative(article, subjects[0], t)) subjects = [];
      // ("Kigali rejects accusations by the DRC that it backs M23": "it" opening a that-clause after the ones named is
      // the subject of the sentence's verb, not the one named nearest before it)
      const pronounAt = doc.pos[t - 1] === 'ADV' ? t - 2 : t - 1;
      if (!it && !passive && /^(it|they)$/.test(doc.lower[pronounAt] ?? '') && doc.lower[pronounAt - 1] === 'that' && subjects.length > 0 && subjects.every((m) => m.last <= pronounAt)) {
        const main = clauseSubject(article, sentence.first, pronounAt, rule.subject);
        if (main) subjects = [main];
      }
      // ("Canada, like Haiti and the Dominican Republic, is a member of the OAS": those likened to the subject act alike)
      if (!passive && subjects.length > 0) {
        const likened = likenedBefore(article, Math.max(...subjects.map((m) => m.last)), t, rule.subject).filter((m) => !subjects.some((s) => s.entity === m.entity));
        subjects = [...subjects, ...likened];
      }
      // ("Both are parties to the convention": the two states named last before)
      if (subjects.length === 0 && !it) subjects = bothSubject(article, t, sentence.first).filter((m) => rule.subject.has(typeOf(article, m) ?? ''));
      // ("companies that help Iran and Russia evade export controls": a relative clause on a common noun no one named
      // qualifies has that noun, unnamed, for its subject)
      if (!passive && !asNoun && /^(that|which|who)$/.test(doc.lower[t - 1] ?? '') && unnamedNounBefore(article, t - 1)) continue;
      // ("Lebanon and Israel trade blame": blame traded is mutual, read below)
      if (rule.type === 'ACCUSES' && TRADING.has(doc.lower[t - 1] ?? '')) continue;
      if (rule.type === 'MEMBER_OF') {
        const members = membersNamedAt(article, rule, t, sentence, left);
        if (members) {
          out.push(...members);
          continue;
        }
      }
      // ("endorsed a ceasefire between Congo and M23": an agreement between others has its own parties)
      const namedSides = right !== undefined && doc.lower[right.last] === 'between' && article.mentionAt[doc.lower[right.last + 1] === 'the' ? right.last + 2 : right.last + 1] !== undefined;
      if (rule.type === 'PARTY_TO' && right && typeOf(article, right) === 'Agreement' && namedSides) continue;
      const direct = (!rule.directObject || (right !== undefined && isDirectObject(article, t, right))) && !(right && rule.objectBefore && wordBetween(doc.lower, t, right.first, rule.objectBefore));
      // ("to the Malaysian port of Lumut": the place the demonym's noun is named as)
      const named = right && right.kind === 'demonym' && !byAgent ? placeNamedAfter(article, right) : undefined;
      const target = named && rule.object.has(typeOf(article, named) ?? '') ? named : right;
      let objects = target && direct ? groupFrom(article, target, byAgent ? rule.subject : rule.object, 1, clauseLast) : [];
      // ("by A and Australia's Minister for Pacific Island Affairs, B": each state that only owns a title, the person titled)
      if (byAgent) {
        objects = objects.map((m) =>
          typeOf(article, m) === 'Country' && (isPossessiveMark(doc.tokens[m.last]) || m.kind === 'demonym') ? personAfterTitle(article, m) ?? titledPersonFrom(article, m.last, sentence.last) ?? m : m,
        );
      }
      if (byAgent && objects.length > 0) objects = [...objects, ...alsoBy(article, objects, sentence.last, rule.subject)];
      if (countedAgents.length > 0) objects = countedAgents.filter((m) => rule.subject.has(typeOf(article, m) ?? ''));
      // ("NATO, which Finland joined in 2023", "ECOWAS, which Burkina Faso left": the relative clause's antecedent)
      if (objects.length === 0 && !passive && !asNoun && subjects.length > 0) {
        const antecedent = antecedentOf(article, it?.at ?? Math.min(...subjects.map((m) => m.first)));
        // ("three financiers - A, B and C - whom it accuses": the whole list)
        if (antecedent && rule.object.has(typeOf(article, antecedent) ?? '')) objects = groupFrom(article, antecedent, rule.object, -1, sentence.first);
      }
      if (rule.type === 'SANCTIONS' && !byAgent) objects = sanctionedNamed(article, t, objects, sentence.last);
      // ("would seek new sanctions at the Security Council": where sanctions are sought is no one they are on)
      if (rule.type === 'SANCTIONS') objects = objects.filter((m) => doc.lower[doc.lower[m.first - 1] === 'the' ? m.first - 2 : m.first - 1] !== 'at');
      // ("a request from several members of the European Parliament": a parliament's members are its deputies, no states)
      if (rule.type === 'MEMBER_OF') objects = objects.filter((m) => !PARLIAMENT.test(article.entities.get(m.entity)?.name ?? ''));
      if (!passive) subjects = [...subjects, ...alongWith(article, rule, objects, sentence.last)];
      // ("designated A along with B": one the object's type is named with is another object)
      const withObject = objects[objects.length - 1];
      const along = withObject ? (doc.tokens[withObject.last] === ',' ? withObject.last + 1 : withObject.last) : -1;
      const alsoObject = along >= 0 && doc.lower[along] === 'along' && doc.lower[along + 1] === 'with' ? nearestMention(article, along + 2, Math.min(sentence.last, along + 5), 1, rule.object) : undefined;
      if (!passive && alsoObject && !rule.subject.has(typeOf(article, alsoObject) ?? '')) objects = [...objects, ...groupFrom(article, alsoObject, rule.object, 1, sentence.last)];
      // ("Canada expelled six Indian diplomats, accusing them of ...": "them" is the state of those named before the verb)
      if (rule.type === 'ACCUSES' && objects.length === 0 && !passive && /^(them|him|her|it)$/.test(doc.lower[t + 1] ?? '') && subjects[0]) {
        const named = nearestMention(article, t - 1, subjects[subjects.length - 1]?.last ?? t, -1, rule.object);
        if (named && !subjects.some((m) => m.entity === named.entity)) objects = [named];
      }
      if (rule.type === 'DEPLOYED_TO' && objects.length === 0 && !passive && direct) objects = missionHost(article, t, Math.min(sentence.last, t + 1 + rule.objectWindow), cue);
      if (passive) {
        if (!byAgent) {
          // "North Korean units had been deployed in Kursk": the demonym on the deployed noun is the subject
          const owner = rule.near ? demonymOwner(article, sentence.first, t, rule.near) : undefined;
          // ("Ethiopia was admitted to the EAC": the state admitted to a body is its member)
          // (not "admitted as a BRICS partner country")
          const admitted = rule.type === 'MEMBER_OF' && rule.subject.has('Country') && subjects.length > 0 && /^(to|into)$/.test(doc.lower[t + 1] ?? '');
          if (!owner && !admitted && !force) continue;
          if (owner) subjects = [owner];
          else if (force) subjects = [force];
        } else {
          // ("The accord, signed in May by A and B, ...": what was acted on stands before the verb, of the object's type)
          const acted = subjects.filter((m) => rule.object.has(typeOf(article, m) ?? ''));
          const before = acted.length === 0 ? nearestMention(article, t - 1, sentence.first, -1, rule.object) : undefined;
          const patient = before && passiveSubject(article, before, t) ? before : undefined;
          [subjects, objects] = [objects, relativeAntecedent(article, subjects, t) ?? (patient ? [patient] : acted)];
        }
      }
      // ("Djibouti, where around 1,500 French troops are stationed": the place a "where" clause is about)
      if (rule.type === 'DEPLOYED_TO' && objects.length === 0 && subjects.length > 0) {
        const place = whereAntecedent(article, t, sentence.first);
        if (place && !subjects.some((m) => m.entity === place.entity)) objects = [place];
      }
      // ("The president sent 500 Kenyan police officers to Haiti": with no state or body before the verb, the forces' own)
      if (rule.type === 'DEPLOYED_TO' && rule.near && !passive && subjects.length === 0 && objects[0]) {
        const forces = forcesOwnerAfter(article, t, objects[0].first, rule.near);
        if (forces) subjects = [forces];
      }
      // "blacklisted 22 companies for helping Russia's military", "accused the junta of supplying weapons": the doer
      // of a gerund of reason or of what is alleged is the verb's object
      if (/^(for|of)$/.test(doc.lower[t - 1] ?? '') && doc.lower[t]?.endsWith('ing')) {
        let verb = t - 2;
        while (verb > sentence.first && doc.pos[verb] !== 'VERB') verb--;
        subjects = subjects.filter((m) => m.first > verb);
      }
      // ("Turkey has supplied Kyiv with drones while refusing to join Western sanctions on Moscow": a gerund after
      // "while" has the sentence's subject, not the object of the verb before)
      const gerundAt = subordinateGerund(article, subjects[0]?.last ?? t, t);
      if (gerundAt >= 0 && !passive) {
        // (past an opening adjunct: "Later on Sunday, A and B met C, before holding a bilateral session")
        const main = article.mentionAt[afterDateline(article, sentence.first, t)] ?? firstActor(article, sentence.first, gerundAt, rule.subject);
        if (main && main.last <= gerundAt && rule.subject.has(typeOf(article, main) ?? '') && !subjects.some((m) => m.entity === main.entity)) subjects = groupFrom(article, main, rule.subject, 1, gerundAt);
      }
      // "firms in China and Turkey that had supplied Moscow": the states only place the ones who act
      const earliest = subjects.reduce<ResolvedMention | undefined>((a, m) => (a && a.first <= m.first ? a : m), undefined);
      if (earliest && !passive && placeOfNoun(article, earliest)) subjects = [];
      // ("met at the Planalto Palace, where their foreign ministers signed": the place a "where" clause opens at does not act in it)
      const whereClause = (m: ResolvedMention): boolean => doc.lower[doc.tokens[m.last] === ',' ? m.last + 1 : m.last] === 'where' && m.last < t;
      // (how a state named in an earlier sentence acts there says nothing here: "... while Islamabad backs X. Both countries are members")
      const elsewhere = (m: ResolvedMention): boolean => doc.sentenceOf[m.first] !== doc.sentenceOf[t];
      // ("Iran's ambassador to the United Nations, X, accused": where an envoy is posted does not act)
      const postedTo = (m: ResolvedMention): boolean => {
        const to = doc.lower[m.first - 1] === 'the' ? m.first - 2 : m.first - 1;
        return doc.lower[to] === 'to' && POSTED_TITLES.test(doc.lower[to - 1] ?? '');
      };
      subjects = subjects.filter((m) => (elsewhere(m) || actsAsState(article, m, t)) && !inDateline(article, m) && !patientOfTrigger(article, rule, m, t) && !whereClause(m) && !absoluteClause(article, m, t) && !postedTo(m));
      // ("would leave for the Central African Republic next month to join the mission": a state a preposition governs,
      // not right before the infinitive, joins nothing; "for Finland to join NATO" does)
      const placeGoverned = (m: ResolvedMention): boolean => doc.pos[doc.lower[m.first - 1] === 'the' ? m.first - 2 : m.first - 1] === 'ADP' && m.last < t - 1;
      if (rule.type === 'MEMBER_OF' && doc.lower[t - 1] === 'to') subjects = subjects.filter((m) => !placeGoverned(m));
      // ("According to a source quoted by AFP, Paris had hoped to keep 200 soldiers": a news agency reports, it does not act)
      if (rule.type !== 'ACCUSES' && rule.type !== 'SUPPORTS') subjects = subjects.filter((m) => article.entities.get(m.entity)?.bodyKind !== 'news');
      // ("the Vienna-based body viewed the conflict": a place qualifying the doer by a hyphen does not fight)
      if (rule.type === 'IN_CONFLICT_WITH') subjects = subjects.filter((m) => !hyphenQualifier(article, m) && !timedBy(article, m, t));
      // ("attacking Israel-linked ships in support of Palestinians": a state that only describes a thing does not act)
      else subjects = subjects.filter((m) => !hyphenQualifier(article, m) || !DESCRIBING_HYPHENS.has(doc.lower[m.last + 1] ?? ''));
      // ("in retaliation for the bloc's sanctions, the Foreign Ministry said": who reports the sentence is no object)
      const reporter = (m: ResolvedMention): boolean => doc.tokens[doc.lower[m.first - 1] === 'the' ? m.first - 2 : m.first - 1] === ',' && speechAt(doc, m.last);
      objects = objects.filter((m) => actsAsState(article, m, t) && !hyphenQualifier(article, m) && !inDateline(article, m) && !reporter(m));
      // ("Algeria and Egypt, which are fighting militants": with no other side named, the two are not each other's foes)
      const anyRelative = objects.length === 0 && SYMMETRIC_TYPES.has(rule.type);
      if (rule.type === 'IN_CONFLICT_WITH' || rule.directObject) subjects = subjects.filter((m) => !relativeBetween(article, m, t, anyRelative));
      // ("will send 40 police officers to the Pacific island nation": a region qualifying a state's noun is not the object)
      // (not "to Roraima state", a state of a federation)
      objects = objects.filter((m) => typeOf(article, m) !== 'Location' || !/^(the|a|an)$/.test(doc.lower[m.first - 1] ?? '') || !qualifiesStateNoun(doc.lower, m.last));
      // ("had been sent to shadow the Chinese vessels": a demonym in an infinitive's object qualifies what the sent act
      // on; not "sent troops to fight alongside Russian forces")
      const infinitiveObject = (m: ResolvedMention): boolean =>
        m.kind === 'demonym' && doc.pos[m.first - 1] !== 'ADP' && doc.lower.slice(t + 1, m.first).some((w, k) => w === 'to' && doc.pos[t + 2 + k] === 'VERB' && doc.pos.slice(t + 3 + k, m.first).every((p) => p === 'DET' || p === 'ADJ'));
      if (rule.type === 'DEPLOYED_TO') objects = objects.filter((m) => !infinitiveObject(m) && !acrossBorder(doc.lower, m));
      if (rule.type === 'DEPLOYED_TO') objects = withPlacesInside(article, objects);
      // ("Russian drones struck an energy facility in the Odesa region": a place struck stands for its state, when the
      // article names that state)
      if (rule.type === 'IN_CONFLICT_WITH') objects = objects.flatMap((m) => (typeOf(article, m) === 'Location' ? placeState(article, m) : [m]));
      // ("The Islamic Republic supports a Yemeni-Yemeni dialogue": a state's people naming a process supported, not the state)
      if (rule.type === 'SUPPORTS') objects = objects.filter((m) => m.kind !== 'demonym' || !PROCESS_NOUNS.has(doc.lower[doc.tokens[m.last] === '-' ? m.last + 2 : m.last] ?? ''));
      // ("Ireland has backed a fresh round of European Union sanctions": a body's measures backed, not the body)
      if (rule.type === 'SUPPORTS') objects = objects.filter((m) => m.kind !== 'name' || !MEASURE_NOUNS.has(doc.lower[m.last] ?? ''));
      // ("Slovakia supports pressure on Russia": the state a pressure or a measure is on is no one supported)
      if (rule.type === 'SUPPORTS') objects = objects.filter((m) => !(/^(on|against)$/.test(doc.lower[m.first - 1] ?? '') && m.first - 2 > t && doc.pos[m.first - 2] === 'NOUN' && /^\p{Ll}/u.test(doc.tokens[m.first - 2] ?? '')));
      // ("would support listing the IRGC as a terrorist organisation": what a gerund acts on is no one supported)
      // (wink may read the gerund as a noun: then one taking an object)
      const gerund = (k: number): boolean => /^\p{Ll}+ing$/u.test(doc.tokens[k] ?? '') && (doc.pos[k] === 'VERB' || (doc.pos[k] === 'NOUN' && (doc.pos[k + 1] === 'DET' || article.mentionAt[k + 1] !== undefined)));
      if (rule.type === 'SUPPORTS' && !asNoun) objects = objects.filter((m) => !doc.lower.slice(t + 1, m.first).some((_w, k) => gerund(t + 1 + k)));
      // ("EU seals 17th Russia sanctions package": a state named right before the noun is its target, no sanctioner)
      // (only as a compound's first word, "Russia sanctions package", not "U.S. sanctions on Iran")
      if (rule.type === 'SANCTIONS' && asNoun && doc.pos[t + 1] === 'NOUN' && /^\p{Ll}/u.test(doc.tokens[t + 1] ?? '')) {
        // (not the last of states listed before a verb: "US, Canada sanction network accused of ...")
        const listed = (m: ResolvedMention): boolean => /^(,|and|&)$/.test(doc.lower[m.first - 1] ?? '') && subjects.some((o) => o.last === m.first - 1);
        const target = subjects.find((m) => m.last === t && !isPossessiveMark(doc.tokens[m.last]) && m.kind === 'name' && typeOf(article, m) === 'Country' && !listed(m));
        if (target) {
          subjects = subjects.filter((m) => m !== target);
          if (objects.length === 0 || objects.every((o) => o.first > t + 3)) objects = [target];
        }
      }
      // ("killed in that fighting, alongside troops from Malawi and Tanzania": those who fight alongside are no foes)
      if (rule.type === 'IN_CONFLICT_WITH') objects = objects.filter((m) => !doc.lower.slice(t + 1, m.first).includes('alongside'));
      // ("expected to join them with 130 Royal Navy personnel": a state's own service is no body states are members of)
      if (rule.type === 'MEMBER_OF') objects = objects.filter((m) => typeOf(article, m) !== 'Agency' || article.entities.get(m.entity)?.country === undefined);
      // ("The European Commission backed the plan, but several member states, including Italy": states are members of a
      // union, not of its commission or secretariat)
      if (rule.type === 'MEMBER_OF') objects = objects.filter((m) => !unionOrgan(article, m));
      // ("has ended a defence cooperation agreement": the act undoes the tie; "did not end" leaves it)
      // (from the pronoun that stands for a subject named in the sentence before)
      // (in a passive with its agents after the verb, from what was acted on: "The agreement must be ratified by X")
      // (with no subject named, the words before the verb still govern it: "who led the process, had planned to host A and B")
      const opensClause = Math.min(subjects[0]?.first ?? Math.max(sentence.first, t - UNNAMED_SUBJECT_TOKENS), passive ? objects[0]?.first ?? t : t);
      const stated = modalityAt(article, it?.at ?? opensClause, t);
      // (but "froze the assets of X" is the sanction itself)
      const undoes = ENDING.has(doc.lower[t] ?? '') && rule.type !== 'SANCTIONS';
      // ("Nigeria pledged 1,500 soldiers to the force": a rule's facts may be hypothetical at most, forces not yet sent)
      const capped = rule.modality !== undefined && stated === 'asserted';
      // ("agree to talks on a new pipeline deal": an agreement talks are on is not made yet)
      const talkedOn = rule.object.has('Agreement') && objects[0] !== undefined && stated === 'asserted' && talksOn(doc.lower.slice(t + 1, objects[0].first));
      const modality = capped || talkedOn ? rule.modality ?? 'hypothetical' : undoes ? (stated === 'asserted' ? 'denied' : stated === 'denied' ? 'asserted' : stated) : stated;
      // ("About 4,500 NATO troops are stationed in Kosovo": in a passive the number stands before the owner)
      // ("some 300 Russian military personnel arrived in Niamey": forces that arrive are counted before the verb)
      const arriving = ARRIVING.has(doc.lower[t] ?? '');
      const countFrom = arriving
        ? Math.max(sentence.first, t - ARRIVAL_COUNT_TOKENS)
        : passive && !byAgent && subjects[0]
          ? Math.max(sentence.first, subjects[0].first - 3)
          : Math.min(t, subjects[0]?.last ?? t);
      // (the object may stand before the count: "Djibouti, where around 1,500 French troops are stationed")
      const countTo = objects[0] && objects[0].first > countFrom ? objects[0].first : t + OBJECT_WINDOW_TOKENS;
      // ("the two hundred troops Nigeria sent to Benin": counted before the subject of a reduced relative clause)
      const reduced = rule.type === 'DEPLOYED_TO' && !passive && subjects[0] !== undefined && rule.near?.has(doc.lower[subjects[0].first - 1] ?? '') === true;
      const quantity =
        rule.type === 'DEPLOYED_TO'
          ? quantityNear(article, countFrom, countTo, rule.near) ?? (reduced && subjects[0] ? quantityNear(article, Math.max(sentence.first, subjects[0].first - REDUCED_COUNT_TOKENS), subjects[0].first, rule.near) : undefined)
          : undefined;
      // ("sanctioned 16 officials": whoever sanctions names its list later)
      if (rule.type === 'SANCTIONS' && modality === 'asserted' && !passive) for (const m of subjects) sanctioners.push({ source: m.entity, at: t });
      // ("... 250 troops to Romania, the Netherlands 200 and Portugal 150": more senders, each of its own number)
      // (and pledges: "Saudi Arabia pledged $150 million for Sudan, the European Union 120 million euros")
      const pledge = rule.type === 'SUPPORTS' && /^pledg/.test(doc.lower[t] ?? '');
      // ("Qatar pledged $200 million, the largest single contribution": an amount pledged for no one named is for whom
      // the article's first pledge was, as donors' lists go on)
      const amount = pledge && objects.length === 0 && subjects.length > 0 ? amountEnd(doc, t) : -1;
      const pledgedFor = amount >= 0 ? firstPledgedFor(article, t) : undefined;
      if (pledgedFor) objects = [pledgedFor];
      const gapped = ((rule.type === 'DEPLOYED_TO' && quantity !== undefined) || pledge) && objects[0] ? gappedSenders(article, objects[0], sentence.last, pledgedFor ? amount : objects[0].last) : [];
      if (gapped.length > 0) {
        objects = objects.filter((o) => !gapped.some((g) => g.mention === o));
        for (const g of gapped) if (objects[0]) out.push({ type: rule.type, source: g.mention.entity, target: objects[0].entity, at: t, modality, ...(pledge ? {} : { quantity: g.quantity }) });
      }
      // ("... 3,000 troops to Poland and 1,200 to Lithuania": more places, each with its own number)
      if (rule.type === 'DEPLOYED_TO' && quantity !== undefined && objects[0] && gapped.length === 0) {
        for (const g of gappedPlaces(article, objects[0], sentence.last)) {
          objects = objects.filter((o) => o !== g.mention && o.entity !== g.mention.entity);
          for (const s of subjects) if (s.entity !== g.mention.entity) out.push({ type: rule.type, source: s.entity, target: g.mention.entity, at: t, modality, quantity: g.quantity });
        }
      }
      // ("met Kosovo Prime Minister A in Pristina on Monday and Serbian President B in Belgrade on Tuesday": a second
      // person met, past where and when the first was)
      if (rule.type === 'MEETS' && /^(met|meets|meet)$/.test(doc.lower[t] ?? '') && objects.length === 1 && objects[0] && isPerson(article, objects[0])) {
        let k = objects[0].last;
        while (k < Math.min(sentence.last, objects[0].last + MET_ADJUNCT_TOKENS) && doc.lower[k] !== 'and' && !/^(VERB|AUX)$/.test(doc.pos[k] ?? '') && doc.tokens[k] !== ',') k++;
        const second = doc.lower[k] === 'and' && k > objects[0].last ? titledPersonFrom(article, k + 1, sentence.last) : undefined;
        if (second && !objects.some((o) => o.entity === second.entity)) objects = [...objects, second];
      }
      // ("Finland joined the alliance in April 2023 and Sweden in March 2024": a second joiner with the verb left out)
      if (rule.type === 'MEMBER_OF' && /^joined$/.test(doc.lower[t] ?? '') && objects[0] && subjects.length > 0) {
        const second = gappedJoiner(article, objects[0], sentence.last);
        if (second && !subjects.some((m) => m.entity === second.entity)) out.push({ type: 'MEMBER_OF', source: second.entity, target: objects[0].entity, at: t, modality });
      }
      const pairs = pairsOf(rule.type, subjects, objects, article);
      for (const [s, o] of pairs) {
        if (s === o) continue;
        out.push({ type: rule.type, source: s, target: o, at: t, modality, ...(quantity !== undefined ? { quantity } : {}) });
      }
    }
  }
  out.push(...hostedForces(article), ...forcesIn(article), ...missionsNamedForPlace(article), ...tradedAccusations(article));
  out.push(...bracketedContributions(article, out));
  out.push(...jointSigners(article, out));
  const added = addedToLists(article, sanctioners);
  sanctioners.sort((a, b) => a.at - b.at);
  out.push(...listedTargets(article, sanctioners), ...bulletedTargets(article, sanctioners), ...describedThenNamed(article, sanctioners), ...added);
  return out;
}

/** How far after a pledge its "for" or "to" and the state may stand ("pledged more than $1.4 billion in aid for Sudan"). */
const PLEDGE_REACH_TOKENS = 10;

/** The state the article's first pledge before token `t` is for ("International donors pledged $1.4 billion for Sudan"), whoever pledged. */
function firstPledgedFor(article: ResolvedArticle, t: number): ResolvedMention | undefined {
  const { doc } = article;
  for (let p = 0; p < t; p++) {
    if (!/^pledg(ed|es|e|ing)$/.test(doc.lower[p] ?? '')) continue;
    for (let k = p + 1; k < Math.min(t, p + PLEDGE_REACH_TOKENS); k++) {
      const m = article.mentionAt[k + 1];
      if (/^(for|to)$/.test(doc.lower[k] ?? '') && m && m.first === k + 1 && typeOf(article, m) === 'Country') return m;
      if (/^[.;]$/.test(doc.tokens[k] ?? '')) break;
    }
  }
  return undefined;
}

/** Verbs of trading words back and forth ("trade blame", "exchanged accusations"). */
const TRADING = new Set(['trade', 'trades', 'traded', 'trading', 'exchange', 'exchanges', 'exchanged', 'exchanging']);
const TRADED_WORDS = new Set(['blame', 'accusations', 'charges', 'barbs', 'recriminations']);
const SIDES_OF_BLAME: ReadonlySet<string> = new Set(['Country', 'Organization', 'Agency', 'Official', 'Person']);

/** "Lebanon and Israel trade blame", "A and B exchanged accusations": each of those joined before the verb accuses the others. */
function tradedAccusations(article: ResolvedArticle): TriggerFinding[] {
  const { doc } = article;
  const out: TriggerFinding[] = [];
  for (let t = 1; t < doc.tokens.length; t++) {
    if (!TRADED_WORDS.has(doc.lower[t] ?? '') || !TRADING.has(doc.lower[t - 1] ?? '')) continue;
    const sentence = doc.sentences[doc.sentenceOf[t] ?? 0];
    const last = nearestMention(article, t - 2, Math.max(sentence?.first ?? 0, t - 6), -1, SIDES_OF_BLAME);
    const sides = last ? groupFrom(article, last, SIDES_OF_BLAME, -1, sentence?.first ?? 0) : [];
    if (sides.length < 2) continue;
    const modality = modalityAt(article, sides[0]?.first ?? t, t);
    for (const a of sides) for (const b of sides) if (a.entity !== b.entity) out.push({ type: 'ACCUSES', source: a.entity, target: b.entity, at: t, modality });
  }
  return out;
}

/** Where "while", "whilst" or "without" and a gerund stand in (from, t): the gerund's index, else -1. */
function subordinateGerund(article: ResolvedArticle, from: number, t: number): number {
  const { doc } = article;
  for (let i = from; i < t; i++) {
    // (also ", before holding": after a comma, what the subject did next)
    const subordinate = /^(while|whilst|without)$/.test(doc.lower[i] ?? '') || (/^(before|after)$/.test(doc.lower[i] ?? '') && doc.tokens[i - 1] === ',');
    if (subordinate && /ing$/.test(doc.lower[i + 1] ?? '') && doc.pos[i + 1] === 'VERB') return i + 1;
  }
  return -1;
}

/** The first mention of an allowed type from `from` to `to` that no preposition governs: the clause's subject. */
function firstActor(article: ResolvedArticle, from: number, to: number, allowed: ReadonlySet<string>): ResolvedMention | undefined {
  for (let i = from; i < to; i++) {
    const m = article.mentionAt[i];
    if (!m) continue;
    if (allowed.has(typeOf(article, m) ?? '')) return article.doc.pos[m.first - 1] === 'ADP' ? undefined : m;
    i = m.last - 1;
  }
  return undefined;
}

/** The state a place lies in, as a mention at the place, when the article names that state. */
function placeState(article: ResolvedArticle, m: ResolvedMention): ResolvedMention[] {
  const state = stateOfPlace(article, m.entity);
  return state ? [{ ...m, entity: state }] : [];
}

/**
 * "An attack on Belarus is an attack on Russia": a state after another trigger of the rule and "on" or "against" (past
 * "the") is what that act is done to, no doer of the act at `t`.
 */
function patientOfTrigger(article: ResolvedArticle, rule: CompiledRule, m: ResolvedMention, t: number): boolean {
  const { doc } = article;
  const cue = doc.lower[m.first - 1] === 'the' ? m.first - 2 : m.first - 1;
  const noun = cue - 1;
  return noun !== t && /^(on|against)$/.test(doc.lower[cue] ?? '') && rule.triggers.has(doc.lower[noun] ?? '') && doc.pos[noun] === 'NOUN';
}

/**
 * "Burkina Faso quit ECOWAS along with Mali and Niger", "Russia signed the treaty along with China": those named after
 * "along with" (or "together with") the last object, of a type only a subject can be, act too.
 */
function alongWith(article: ResolvedArticle, rule: CompiledRule, objects: readonly ResolvedMention[], last: number): ResolvedMention[] {
  const { doc } = article;
  const object = objects[objects.length - 1];
  if (!object || !/^(along|together)$/.test(doc.lower[object.last] ?? '') || doc.lower[object.last + 1] !== 'with') return [];
  const first = nearestMention(article, object.last + 2, Math.min(last, object.last + 4), 1, rule.subject);
  return first && !rule.object.has(typeOf(article, first) ?? '') ? groupFrom(article, first, rule.subject, 1, last) : [];
}

const AGENT_REACH_TOKENS = 6;

const PATIENT_CUES: ReadonlySet<string> = new Set(['of', 'on', 'against', 'in', 'into', 'to']);

/**
 * A noun trigger with its doer after "by" or "from" ("the aggression by the Russian Federation against Ukraine", "the
 * invasion of Ukraine by Russia", "aid from Japan to Ukraine"): the doer and the one the act is done to; 'agent' when
 * only the doer is named; undefined when no doer is.
 */
function nounWithAgent(article: ResolvedArticle, t: number, rule: CompiledRule, last: number): [ResolvedMention, ResolvedMention] | 'agent' | undefined {
  const { doc } = article;
  let by = -1;
  for (let i = t + 1; i < Math.min(last, t + AGENT_REACH_TOKENS); i++) {
    if (doc.lower[i] === 'by' || doc.lower[i] === 'from') {
      by = i;
      break;
    }
    if (doc.pos[i] === 'VERB' || doc.pos[i] === 'AUX' || doc.tokens[i] === ',') return undefined;
  }
  if (by < 0) return undefined;
  const agent = article.mentionAt[doc.lower[by + 1] === 'the' ? by + 2 : by + 1];
  if (!agent || !rule.subject.has(typeOf(article, agent) ?? '')) return undefined;
  const cued = (from: number, to: number): ResolvedMention | undefined => {
    for (let i = from; i < to; i++) {
      const m = article.mentionAt[i];
      const cue = doc.lower[doc.lower[i - 1] === 'the' ? i - 2 : i - 1] ?? '';
      if (m && m.first === i && PATIENT_CUES.has(cue) && rule.object.has(typeOf(article, m) ?? '')) return m;
    }
    return undefined;
  };
  const patient = cued(t + 1, by) ?? cued(agent.last, Math.min(last, agent.last + AGENT_REACH_TOKENS));
  // ("could expose its banks to secondary sanctions from the United States": the doer named, no one it is done to)
  return patient ? [agent, patient] : 'agent';
}

/** "Qatar condemned the air strikes": only determiners, adjectives and nouns stand between a verb of reaction and the noun at `t`. */
function reactedTo(article: ResolvedArticle, t: number): boolean {
  return REACTING.has(article.doc.lower[wordBeforeModifiers(article, t, true)] ?? '');
}

/** "said sanctions on Juba had ...": only determiners and adjectives stand between a reporting verb (or its "that") and the noun at `t`. */
function opensReportedClause(article: ResolvedArticle, t: number): boolean {
  const { doc } = article;
  const before = wordBeforeModifiers(article, t, false);
  if (!REPORTING.has(doc.lower[before] ?? '')) return false;
  // a clause has a verb of its own ("said sanctions on Juba had done more harm"); with none, the noun is what was
  // announced or said, the act itself ("announced sanctions on four people")
  const sentence = doc.sentences[doc.sentenceOf[t] ?? 0];
  for (let k = t + 1; k < (sentence?.last ?? t + 1); k++) {
    // (a relative clause on the targets is no report: "on four people they accuse of ...")
    if (doc.pos[k] === 'PRON' || /^(that|who|which|whom)$/.test(doc.lower[k] ?? '')) return false;
    if ((doc.pos[k] === 'VERB' || doc.pos[k] === 'AUX') && !/(ing|ed)$/.test(doc.lower[k] ?? '')) return true;
  }
  return false;
}

/** The token before the lowercase determiners and adjectives (and, with `nouns`, nouns) that lead up to the noun at `t`. */
function wordBeforeModifiers(article: ResolvedArticle, t: number, nouns: boolean): number {
  const { doc } = article;
  let k = t - 1;
  while (k >= 0 && !article.mentionAt[k] && /^\p{Ll}/u.test(doc.tokens[k] ?? '') && (doc.pos[k] === 'DET' || doc.pos[k] === 'ADJ' || (nouns && doc.pos[k] === 'NOUN'))) k--;
  return k;
}

const HOSTING = new Set(['hosted', 'host', 'hosts', 'hosting']);

/**
 * Leaders who sign together meet ("Ruto and Abiy signed a border agreement"), and so does the host of the
 * ceremony ("at a ceremony hosted by South African President Cyril Ramaphosa").
 */
function jointSigners(article: ResolvedArticle, findings: readonly TriggerFinding[]): TriggerFinding[] {
  const bySigning = new Map<number, Set<string>>();
  for (const f of findings) {
    if (f.type !== 'SIGNED' || f.modality !== 'asserted') continue;
    const type = article.entities.get(f.source)?.type;
    if (type === 'Official' || type === 'Person') (bySigning.get(f.at) ?? bySigning.set(f.at, new Set()).get(f.at))?.add(f.source);
  }
  const out: TriggerFinding[] = [];
  const { doc } = article;
  for (const [at, signers] of bySigning) {
    const people = [...signers];
    const sentence = doc.sentences[doc.sentenceOf[at] ?? 0];
    if (sentence) {
      for (let i = at + 1; i < sentence.last; i++) {
        if (!HOSTING.has(doc.lower[i] ?? '')) continue;
        const host = nearestMention(article, i + 1, Math.min(sentence.last, i + 6), 1, PEOPLE);
        if (host && !signers.has(host.entity)) people.push(host.entity);
        break;
      }
    }
    if (people.length < 2) continue;
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) out.push({ type: 'MEETS', source: people[i] ?? '', target: people[j] ?? '', at, modality: 'asserted' });
    }
  }
  return out;
}

/** What is done or sought rather than who: "a Yemeni-Yemeni dialogue", "a Sudanese-led process". */
const PROCESS_NOUNS = new Set(['dialogue', 'talks', 'process', 'solution', 'settlement', 'initiative', 'plan', 'proposal', 'efforts', 'reconciliation', 'negotiations', 'mediation', 'transition', 'elections', 'reforms']);

/** Measures a state or body takes, named after it as a compound's head ("EU sanctions", "UN resolution"). */
const MEASURE_NOUNS = new Set(['sanctions', 'measures', 'resolution', 'resolutions', 'proposal', 'proposals', 'plan', 'package', 'embargo', 'restrictions', 'tariffs', 'bid']);

function unionOrgan(article: ResolvedArticle, m: ResolvedMention): boolean {
  return isUnionOrgan(article.entities.get(m.entity)?.name ?? '');
}

function pairsOf(type: RelationType, subjects: ResolvedMention[], objects: ResolvedMention[], article: ResolvedArticle): [string, string][] {
  const pairs: [string, string][] = [];
  const symmetric = type === 'MEETS' || type === 'IN_CONFLICT_WITH';
  // "A and B met", and "Meeting for four hours, A and B agreed": the sides are one group
  // (not the targets of an act no one is named doing: "incursions aimed at destabilising Lithuania, Latvia and Poland")
  const sides = objects.length === 0 ? subjects : subjects.length === 0 && type === 'MEETS' ? objects : [];
  if (symmetric && sides.length > 1) {
    const ids = [...new Set(sides.map((m) => m.entity))];
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i] ?? '', ids[j] ?? '']);
    return pairs;
  }
  // "NATO members Turkey and Hungary": the body before "members" is the object, the list after it the subjects
  if (type === 'MEMBER_OF' && subjects.length > 0 && objects.length > 0 && typeOf(article, objects[0] as ResolvedMention) !== 'Agency') {
    const body = subjects.find((m) => typeOf(article, m) === 'Agency' || typeOf(article, m) === 'Organization');
    if (body && unionOrgan(article, body)) return [];
    if (body) return objects.map((o) => [o.entity, body.entity]);
  }
  for (const s of subjects) for (const o of objects) pairs.push([s.entity, o.entity]);
  return pairs;
}
