// Trigger words that start no fact where they stand: inside a name the recogniser did not know, a noun where only the
// verb counts, or a sense of the word the rule does not mean.
import { isTitleWordAnyCase } from '../lexicon/titles.js';
import type { SentenceSpan } from '../nlp/annotate.js';
import type { ResolvedArticle } from '../resolve/resolve.js';
import { POSSESSIVE_PRONOUNS } from './context.js';
import { isDirectObject, typeOf } from './roles.js';
import type { CompiledRule } from './trigger-rules.js';

/**
 * The trigger word at `t` starts no fact of `rule` here: it stands inside a name, is no verb where only the verb
 * counts, or its own words show it means something else ("pull back troops", "called on X to resign", "strike
 * aircraft", "have been following leads").
 */
export function noTriggerAt(article: ResolvedArticle, rule: CompiledRule, t: number, headline: SentenceSpan | undefined): boolean {
  const { doc } = article;
  if (article.mentionAt[t] || inUnknownName(article, t, headline)) return true;
  if (rule.verbOnly.has(doc.lower[t] ?? '') && doc.pos[t] !== 'VERB') return true;
  if (rule.notBefore?.has(doc.lower[t + 1] ?? '') && doc.pos[t] !== 'VERB') return true;
  // ("Chip Brokers Supplying Russian Drone Makers", "firms supplying Moscow": a participle after a plural noun
  // nobody names has that noun for its subject)
  const plural = /[^s]s$/.test(doc.lower[t - 1] ?? '') && (doc.pos[t - 1] === 'NOUN' || doc.pos[t - 1] === 'PROPN');
  if (/ing$/.test(doc.lower[t] ?? '') && doc.pos[t] === 'VERB' && plural && !article.mentionAt[t - 1] && !isTitleWordAnyCase(doc.tokens[t - 1] ?? '')) return true;
  // "put their names to a memorandum": putting one's name to something signs it, putting anything else nowhere
  if (/^puts?$/.test(doc.lower[t] ?? '') && !(/^(their|his|her|its)$/.test(doc.lower[t + 1] ?? '') && /^(names?|signatures?)$/.test(doc.lower[t + 2] ?? '') && doc.lower[t + 3] === 'to')) return true;
  // ("called on X": a visit, not "called for", "called it", nor "called on X to resign", an appeal)
  if (rule.type === 'MEETS' && /^call(ed|s)$/.test(doc.lower[t] ?? '') && (doc.lower[t + 1] !== 'on' || appealAfter(article, t + 2))) return true;
  // "together with": a joint appearance; "worked together" is none
  if (doc.lower[t] === 'together' && doc.lower[t + 1] !== 'with') return true;
  // ("which helps coordinate aid to refugees": helping do something, with no one named as helped)
  // (the tagger may read the bare verb as an adjective: "helps coordinate aid")
  const bareVerb = /^\p{Ll}+$/u.test(doc.tokens[t + 1] ?? '') && !article.mentionAt[t + 1] && (doc.pos[t + 1] === 'VERB' || (doc.pos[t + 1] === 'ADJ' && doc.pos[t + 2] === 'NOUN'));
  if (/^help(s|ed|ing)?$/.test(doc.lower[t] ?? '') && bareVerb) return true;
  // "pull back troops", "hit back": a particle after a verb, not "back" the verb; nor "take the dispute back to X"
  // ("is not turning its back on Gabon": a back turned, no backing)
  if (doc.lower[t] === 'back' && (doc.pos[t - 1] === 'VERB' || /^(to|from|into|home)$/.test(doc.lower[t + 1] ?? '') || POSSESSIVE_PRONOUNS.has(doc.lower[t - 1] ?? ''))) return true;
  // ("Iranian-designed attack drones", "strike aircraft": a noun that only says what a weapon is for)
  if (rule.type === 'IN_CONFLICT_WITH' && /^(attack|strike|assault)$/.test(doc.lower[t] ?? '') && WEAPON_NOUNS.has(doc.lower[t + 1] ?? '')) return true;
  // "Kenya and Ethiopia struck a deal": a verb whose object is an agreement is no act of war
  if (rule.type === 'IN_CONFLICT_WITH' && agreementObject(article, t)) return true;
  // ("Belgian police have been following leads in Slovakia": "have" as an auxiliary holds nothing)
  if (/^(has|have|had)$/.test(doc.lower[t] ?? '') && (doc.pos[t + 1] === 'VERB' || doc.pos[t + 1] === 'AUX' || (doc.pos[t + 1] === 'ADV' && doc.pos[t + 2] === 'VERB'))) return true;
  // ("to boost their joint fight against terrorism": those who fight together are no foes)
  if (rule.type === 'IN_CONFLICT_WITH' && /^(joint|common|shared|combined|united)$/.test(doc.lower[t - 1] ?? '')) return true;
  // ("against any country, including Pakistan": a participle's list is of the common noun right before it, no body's)
  const head = doc.tokens[t - 1] === ',' ? t - 2 : t - 1;
  if (rule.type === 'MEMBER_OF' && /^(including|comprising|grouping|uniting)$/.test(doc.lower[t] ?? '') && !article.mentionAt[head] && doc.pos[head] === 'NOUN' && /^\p{Ll}/u.test(doc.tokens[head] ?? '')) return true;
  // ("have been following leads on X's activities in Slovakia": a verb's object, no one leading)
  if (/^leads?$/.test(doc.lower[t] ?? '') && doc.pos[t - 1] === 'VERB') return true;
  return false;
}

/**
 * "Britain's Office of Financial Sanctions Implementation": a trigger word capitalised inside a run of capitalised
 * words, outside the headline and not opening its sentence, is part of a name the recogniser did not know.
 */
function inUnknownName(article: ResolvedArticle, t: number, headline: { readonly first: number; readonly last: number } | undefined): boolean {
  const { doc } = article;
  if (!/^\p{Lu}/u.test(doc.tokens[t] ?? '') || (headline && t >= headline.first && t < headline.last)) return false;
  if (doc.sentences[doc.sentenceOf[t] ?? 0]?.first === t) return false;
  const capital = (k: number): boolean => /^\p{Lu}/u.test(doc.tokens[k] ?? '');
  return (capital(t - 1) || (/^(of|and|for)$/.test(doc.lower[t - 1] ?? '') && capital(t - 2))) && (capital(t + 1) || /^(of|and|for)$/.test(doc.lower[t + 1] ?? ''));
}

/** How far after "called on" the appeal's infinitive may stand ("called on foreign secretary X to resign"). */
const APPEAL_REACH_TOKENS = 10;

/** An infinitive ("to" and a verb) within the clause after token `from`: "called on X to step down" is an appeal. */
function appealAfter(article: ResolvedArticle, from: number): boolean {
  const { doc } = article;
  for (let i = from; i < Math.min(doc.tokens.length, from + APPEAL_REACH_TOKENS); i++) {
    if (/^[,;.]$/.test(doc.tokens[i] ?? '')) return false;
    if (doc.lower[i] === 'to' && (doc.pos[i + 1] === 'VERB' || doc.pos[i + 1] === 'AUX')) return true;
  }
  return false;
}

/** The first mention after the verb at `t` is an agreement it takes as its direct object ("struck a trade deal"). */
function agreementObject(article: ResolvedArticle, t: number): boolean {
  for (let i = t + 1; i < t + 5; i++) {
    const m = article.mentionAt[i];
    if (m) return typeOf(article, m) === 'Agreement' && isDirectObject(article, t, m);
  }
  return false;
}

/** Weapons an "attack" or "strike" before them only describes. */
const WEAPON_NOUNS = new Set(['drone', 'drones', 'helicopter', 'helicopters', 'aircraft', 'jet', 'jets', 'submarine', 'submarines', 'craft', 'boats', 'fighters', 'rifles', 'group', 'groups']);
