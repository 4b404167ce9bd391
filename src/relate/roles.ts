// Who stands around a trigger word: the group before it (the subject) and after it (the object), through lists,
// titles, appositions, relative clauses, second predicates and place phrases, and which of them act as states.
import type { EntityType } from '../schema/index.js';
import { isCapitalisedPortfolioWord } from '../recognize/bodies.js';
import type { ResolvedArticle, ResolvedMention } from '../resolve/resolve.js';
import { afterDateline, isPossessiveMark, countedEndingAt, POSSESSIVE_PRONOUNS, SUBORDINATORS, theCounted, whoTheCountedAre } from './context.js';
import { isHonorificOrTitleWord, isRankAfter, isTitleWordAnyCase, LOWERCASE_BODY_WORDS } from '../lexicon/titles.js';
import { WEEKDAYS } from './dates.js';
import { CLOSE, OPEN, speechAt, TELLING } from './speech.js';
import type { SentenceSpan } from '../nlp/annotate.js';
import { isPerson } from './title-region.js';

/** How far before a trigger (and by default after it) a 'near' word may stand. */
export const NEAR_WINDOW_TOKENS = 4;

const CONNECTORS = new Set([',', 'and', 'or', 'as', 'well', 'the', 'counterpart', 'counterparts', '’s', "'s", "'", '’']);

export function typeOf(article: ResolvedArticle, m: ResolvedMention): EntityType | undefined {
  return article.entities.get(m.entity)?.type;
}

/** How many words a portfolio after a title's "of" may hold ("of Industry and Trade"). */
const PORTFOLIO_REACH_TOKENS = 6;

/**
 * Token `i` is "of" after a title's word, or a word of the portfolio after it ("Minister of Industry and Trade"): a
 * capitalised word, or "and" between two.
 */
function inTitleOf(article: ResolvedArticle, i: number): boolean {
  const { doc } = article;
  if (article.mentionAt[i]) return false;
  let k = i;
  while (k > i - PORTFOLIO_REACH_TOKENS && k > 0 && !article.mentionAt[k] && (/^\p{Lu}\p{Ll}+$/u.test(doc.tokens[k] ?? '') || doc.lower[k] === 'and') && !isTitleWordAnyCase(doc.tokens[k] ?? '')) k--;
  if (k === i && doc.lower[i] !== 'of') return false;
  if (doc.lower[k] !== 'of' || !isTitleWordAnyCase(doc.tokens[k - 1] ?? '')) return false;
  // ("and" only between two capitalised words)
  return doc.lower[i] !== 'and' || (/^\p{Lu}/u.test(doc.tokens[i - 1] ?? '') && /^\p{Lu}/u.test(doc.tokens[i + 1] ?? '') && !article.mentionAt[i + 1]);
}

/**
 * "A and Kosovo Prime Minister B met", read back from B: a state or body named right before the title of the one
 * last taken into the group only qualifies that title.
 */
function qualifiesTitle(article: ResolvedArticle, m: ResolvedMention, direction: 1 | -1, sawConnector: boolean): boolean {
  const { tokens } = article.doc;
  const after = isPossessiveMark(tokens[m.last]) ? m.last + 1 : m.last;
  return direction === -1 && !sawConnector && m.kind === 'name' && isHonorificOrTitleWord(tokens[after] ?? '');
}

/** Mentions of allowed types around `from`, extended through "A, B and C" lists and titles ("Russian President X"). */
/** Most words of a rank before a name ("Lieut Gen", "Air Vice-Marshal"). */
const RANK_TOKENS = 3;

/** "A and his Cambodian counterpart, [rank]" before token `at` + 1: A, a person, else undefined. */
function counterpartBefore(article: ResolvedArticle, at: number): ResolvedMention | undefined {
  const { doc } = article;
  // (past a rank the name carries: "counterpart, Gen B")
  let comma = at;
  while (comma > at - RANK_TOKENS && /^\p{Lu}[\p{L}.]*$/u.test(doc.tokens[comma] ?? '') && !article.mentionAt[comma]) comma--;
  if (doc.tokens[comma] !== ',' || !/^counterparts?$/.test(doc.lower[comma - 1] ?? '')) return undefined;
  let k = comma - 2;
  const demonym = article.mentionAt[k];
  if (demonym?.kind === 'demonym') k = demonym.first - 1;
  if (!/^(his|her|their)$/.test(doc.lower[k] ?? '') || doc.lower[k - 1] !== 'and') return undefined;
  const holder = article.mentionAt[k - 2];
  return holder && isPerson(article, holder) ? holder : undefined;
}

export function groupFrom(article: ResolvedArticle, start: ResolvedMention, allowed: ReadonlySet<string>, direction: 1 | -1, bound: number): ResolvedMention[] {
  const group = [start];
  let i = direction === 1 ? start.last : start.first - 1;
  let sawConnector = false;
  let ands = 0;
  let lengthAtAnd = 1;
  while (direction === 1 ? i < bound : i >= bound) {
    // ("signed by A, Director-General of X (XA), and B, chief executive of Y": past a person's apposition to the next)
    const last = group[group.length - 1];
    if (direction === 1 && last && i === last.last && isPerson(article, last)) {
      // ("by Minister Kuan Bi-ling (管碧玲) and Director X": past the name in its own script)
      i = nativeNameEnd(article.doc.tokens, i) ?? i;
      const next = appositionThenAnd(article, i, bound);
      if (next >= 0) i = next;
    }
    // ("Defence Minister A and his Cambodian counterpart, B, signed": the one whose counterpart B is, read back past
    // the apposition's noun)
    const counterpart = direction === -1 && group.length === 1 && i === start.first - 1 && isPerson(article, start) ? counterpartBefore(article, i) : undefined;
    if (counterpart && allowed.has(typeOf(article, counterpart) ?? '')) {
      group.push(counterpart);
      break;
    }
    let m = article.mentionAt[i];
    // "Foreign Minister Anna Kovacs of Hungary and her counterpart": the person, whose country follows "of"
    const holder = m && direction === -1 && article.doc.lower[m.first - 1] === 'of' ? article.mentionAt[m.first - 2] : undefined;
    if (m && holder && allowed.has(typeOf(article, holder) ?? '') && (typeOf(article, holder) === 'Official' || typeOf(article, holder) === 'Person')) m = holder;
    // "hosted A and European Council President Antonio Costa": past the body that only qualifies the next one's title
    // ("by A and Malaysia's Economy Minister B": past a state that only owns the next one's title, too)
    // (and a body right before its officer's title: "by A and SNA commander Col. B")
    const bodyTitle = m !== undefined && /^(Agency|Organization)$/.test(typeOf(article, m) ?? '') && personAfterTitle(article, m) !== undefined;
    // ("and Thai Defense Minister B", "Thai" read as a name: a state right before a title's words owns it too)
    const stateTitle = m !== undefined && typeOf(article, m) === 'Country' && isTitleWordAnyCase(article.doc.tokens[m.last] ?? '');
    const owns = m !== undefined && ((typeOf(article, m) === 'Country' && (m.kind === 'demonym' || isPossessiveMark(article.doc.tokens[m.last]) || stateTitle)) || bodyTitle);
    const titled = m && direction === 1 && sawConnector && (!allowed.has(typeOf(article, m) ?? '') || owns) ? personAfterTitle(article, m) : undefined;
    if (titled && allowed.has(typeOf(article, titled) ?? '')) m = titled;
    // ("by Dizon and then Foreign Minister Yumiko Kaneda, Morimoto's predecessor": a name owning the noun after it
    // describes the last member, it is none)
    if (m && direction === 1 && sawConnector && article.doc.tokens[i - 1] === ',' && isPossessiveMark(article.doc.tokens[m.last]) && /^\p{Ll}/u.test(article.doc.tokens[m.last + 1] ?? '')) break;
    // ("member states, including A, B and C, the ministry said": the one the sentence is reported by is no member)
    if (m && direction === 1 && sawConnector && speechAt(article.doc, m.last)) break;
    // ("A and the Bandar Abbas-based B": past where the next one is based)
    if (m && direction === 1 && sawConnector && hyphenQualifier(article, m) && article.mentionAt[m.last + 2] !== undefined) {
      i = m.last + 2;
      continue;
    }
    if (m) {
      const t = typeOf(article, m);
      // "the French-German mission": a demonym joined by a hyphen is another member
      const hyphened = article.doc.tokens[direction === 1 ? m.first - 1 : m.last] === '-';
      // "American and British forces": demonyms join a group a demonym starts
      if (t && allowed.has(t) && sawConnector && (m.kind !== 'demonym' || hyphened || start.kind === 'demonym')) {
        // ("sent soldiers to Chad, and Italy sent advisers to Niger": a name after the "and" that its own verb follows
        // opens another clause, and one that a preposition of an earlier clause governs ends the list read back)
        if (startsNextClause(article, group, m, direction)) break;
        // ("According to Harutyunyan, Armenia remains ready to sign": the source of the sentence is none of its subjects)
        const source = article.doc.lower[m.first - 1] === 'the' ? m.first - 2 : m.first - 1;
        if (direction === -1 && article.doc.lower[source] === 'to' && article.doc.lower[source - 1] === 'according') break;
        // ("On Guinea-Bissau, the Authority imposed ...": nor the object of a preposition opening the sentence)
        if (direction === -1 && article.doc.pos[source] === 'ADP' && /^\p{Lu}/u.test(article.doc.tokens[source] ?? '')) break;
        if (!group.includes(m)) group.push(m);
        sawConnector = false;
      } else if (!(t === 'Country' && m.kind === 'demonym') && !qualifiesTitle(article, m, direction, sawConnector)) break;
      i = direction === 1 ? m.last : m.first - 1;
      continue;
    }
    const lower = article.doc.lower[i] ?? '';
    // ("Burundi, the Democratic Republic of Congo (DRC), Kenya": past a member's acronym in brackets)
    if (direction === 1 && lower === '(' && article.doc.tokens[i + 2] === ')' && article.mentionAt[i + 1]?.entity === last?.entity) {
      i += 3;
      continue;
    }
    // ("signed by A and Minister of Industry and Trade B": a portfolio after a title's "of", its "and" too, is the
    // title's, read forward)
    const token = article.doc.tokens[i] ?? '';
    const portfolio = direction === 1 && sawConnector && inTitleOf(article, i);
    // ("A and Iraqi Transport Minister B": a capitalised portfolio before a title's word is the title's)
    const next = article.doc.tokens[i + 1] ?? '';
    const portfolioWord = isCapitalisedPortfolioWord(token) && (isTitleWordAnyCase(next) || isCapitalisedPortfolioWord(next));
    // ("A and Air Marshal B": a rank of two words)
    const rank = isRankAfter(article.doc.tokens[i - 1], token, next);
    const titleWord = isTitleWordAnyCase(token) || portfolio || portfolioWord || rank;
    // ("Transport and Infrastructure Minister A and B": an "and" between a title's capitalised portfolios is the title's)
    const portfolioAt = (k: number): boolean => isCapitalisedPortfolioWord(article.doc.tokens[k] ?? '');
    if ((portfolio || (portfolioAt(i - 1) && portfolioAt(i + 1))) && lower === 'and') {
      i += direction;
      continue;
    }
    // ("A, B and C, as well as D, E and F": a list goes on past "as well as", which opens a list of its own)
    if (direction === 1 && lower === 'as' && article.doc.lower[i + 1] === 'well' && article.doc.lower[i + 2] === 'as' && (sawConnector || article.doc.tokens[i - 1] === ',')) {
      ands = 0;
      lengthAtAnd = group.length;
      sawConnector = true;
      i += 3;
      continue;
    }
    // a hyphen joins only two names it touches ("US-British"), not a title ("Secretary-General")
    const joinsNames = lower === '-' && article.mentionAt[i - 1] !== undefined && article.mentionAt[i + 1] !== undefined;
    // ("with Washington and Canberra, and the Philippines is ...": a list has one "and"; at a second, what came
    // after the first belongs to another clause)
    if (lower === 'and' && ands++ > 0) {
      // (but "with A and B, and in the Quad with C": no name after the second "and", no other clause's list)
      const named = article.mentionAt[i + 1] !== undefined || (article.doc.lower[i + 1] === 'the' && article.mentionAt[i + 2] !== undefined);
      if (direction === -1 || named) group.length = lengthAtAnd;
      break;
    }
    if (lower === 'and') lengthAtAnd = group.length;
    // ("by Dizon and then Foreign Minister Yumiko Kaneda": "then" before a title is the title's)
    // (and before a state's adjective and the title: "and then Haitian Prime Minister Ariel Henry")
    const thenState = article.mentionAt[i + 1];
    const stateThen = thenState !== undefined && thenState.first === i + 1 && typeOf(article, thenState) === 'Country' && isTitleWordAnyCase(article.doc.tokens[thenState.last] ?? '');
    if (lower === 'then' && sawConnector && (isTitleWordAnyCase(article.doc.tokens[i + 1] ?? '') || stateThen)) {
      i += direction;
      continue;
    }
    if (lower === 'and' || lower === ',' || lower === 'or' || lower === 'nor' || joinsNames) sawConnector = true;
    else if (!CONNECTORS.has(lower) && !titleWord && !POSSESSIVE_PRONOUNS.has(lower)) break;
    i += direction;
  }
  if (direction === -1) return group;
  // "backs Hamas and Lebanon's Hezbollah": the state's group, body or person is the one meant, not the state
  return group.map((m) => {
    const owned = typeOf(article, m) === 'Country' && isPossessiveMark(article.doc.tokens[m.last]) ? article.mentionAt[m.last + 1] : undefined;
    const t = owned ? typeOf(article, owned) : undefined;
    return owned && t && t !== 'Country' && t !== 'Location' && allowed.has(t) ? owned : m;
  });
}


/** The finite verb right after mention `m` (past an adverb), or -1: "Italy sent", "Italy has also sent". */
function verbAfter(article: ResolvedArticle, m: ResolvedMention): number {
  const { doc } = article;
  const at = doc.pos[m.last] === 'ADV' ? m.last + 1 : m.last;
  return doc.pos[at] === 'AUX' || (doc.pos[at] === 'VERB' && !/ing$/.test(doc.lower[at] ?? '')) ? at : -1;
}

/**
 * Mention `m`, about to join `group` across an "and", begins another clause: read forward, `m` has a verb of its own
 * after it that an earlier verb of the sentence repeats ("to Mali and Portugal sent") or that follows a lone member's
 * ", and" ("to Chad, and Italy sent"); read back, `m` is what a preposition or a verb governs inside a clause with a
 * verb of its own ("sent soldiers to Chad, and Italy sent": Chad is no subject beside Italy).
 */
function startsNextClause(article: ResolvedArticle, group: readonly ResolvedMention[], m: ResolvedMention, direction: 1 | -1): boolean {
  const { doc } = article;
  const sentence = doc.sentences[doc.sentenceOf[m.first] ?? 0];
  const last = group[group.length - 1];
  if (!sentence || !last || doc.lower.slice(Math.min(last.last, m.last), Math.max(last.first, m.first)).indexOf('and') < 0) return false;
  const hasVerbBefore = (to: number, verb?: string): boolean => {
    for (let k = sentence.first; k < to; k++) if (doc.pos[k] === 'VERB' && (verb === undefined || doc.lower[k] === verb)) return true;
    return false;
  };
  if (direction === 1) {
    const verb = verbAfter(article, m);
    if (verb < 0) return false;
    const first = group[0] as ResolvedMention;
    const commaAnd = group.length === 1 && doc.tokens[m.first - 2] === ',' && doc.lower[m.first - 1] === 'and';
    return commaAnd ? hasVerbBefore(first.first) : hasVerbBefore(first.first, doc.lower[verb]);
  }
  const governor = doc.lower[m.first - 1] === 'the' ? m.first - 2 : m.first - 1;
  // (not a subordinator opening the clause the group stands in: "after A and B inked a deal")
  const governed = doc.pos[governor] === 'VERB' || (doc.pos[governor] === 'ADP' && !/^(of|from|between|among)$/.test(doc.lower[governor] ?? '') && !SUBORDINATORS.has(doc.lower[governor] ?? ''));
  return governed && hasVerbBefore(governor) && verbAfter(article, group[0] as ResolvedMention) >= 0;
}

/** How many tokens a person's apposition may take in a list ("Director-General of the Civil Aviation Authority of Singapore (CAAS)"). */
const LIST_APPOSITION_TOKENS = 16;

/**
 * At `i`, a comma opening a person's apposition that names no person and closes with ", and" before the next person
 * ("A, Director-General of X (XA), and B"): where the ", and" starts, else -1.
 */
function appositionThenAnd(article: ResolvedArticle, i: number, bound: number): number {
  const { doc } = article;
  // (a relative clause too: "by A, who led the delegation of the army, and B")
  const relative = doc.lower[i + 1] === 'who';
  if (doc.tokens[i] !== ',' || (!isTitleWordAnyCase(doc.tokens[i + 1] ?? '') && !/^(the|a|an)$/.test(doc.lower[i + 1] ?? '') && !relative)) return -1;
  for (let k = i + 1; k < Math.min(bound, i + LIST_APPOSITION_TOKENS); k++) {
    const m = article.mentionAt[k];
    if (m && isPerson(article, m)) return -1;
    if (/^[;:.]$/.test(doc.tokens[k] ?? '') || (doc.pos[k] === 'VERB' && !(relative && k === i + 2))) return -1;
    if (doc.tokens[k] === ',') return doc.lower[k + 1] === 'and' ? k : -1;
    if (m) k = m.last - 1;
  }
  return -1;
}

/**
 * "The two ministers signed the memorandum", "the three ministers signed", "the two countries agreed": the last two
 * (three) people or states the article named before, when the sentence names no subject of its own.
 */
export function countedBefore(article: ResolvedArticle, t: number, first: number, allowed: ReadonlySet<string>): ResolvedMention[] | undefined {
  const { doc } = article;
  let k = t - 1;
  while (k > first && (doc.pos[k] === 'AUX' || doc.pos[k] === 'ADV')) k--;
  // ("The two used the meeting to sign": a bare count opening the sentence, with no one named before the verb)
  const opening = doc.lower[first] === 'the' && theCounted(article, first) !== undefined && !article.mentionAt[first + 2] ? first : -1;
  const named = opening >= 0 && article.mentions.some((m) => m.first > opening && m.first < t && allowed.has(typeOf(article, m) ?? ''));
  const ending = countedEndingAt(article, k + 1);
  const start = ending >= 0 ? ending : named ? -1 : opening;
  if (start < 0) return undefined;
  // (a group of three reaches further back than a pair)
  const counted = doc.lower[start] === 'the' ? doc.lower[start + 1] : 'two';
  const pair = whoTheCountedAre(article, start, counted === 'two' ? PAIR_REACH_TOKENS : PAIR_REACH_TOKENS * 2);
  return pair.length > 0 && pair.every((m) => allowed.has(typeOf(article, m) ?? '')) ? pair : undefined;
}

/**
 * "Hungary joined the EU in 2004 and is also a member of NATO": the mention before the trigger is the object of an
 * earlier predicate, and the subject of both is the sentence's subject.
 */
export function secondPredicate(article: ResolvedArticle, left: ResolvedMention, t: number, first: number, allowed: ReadonlySet<string>): ResolvedMention | undefined {
  const { doc } = article;
  // "Lithuania welcomes Polish troops, signs memorandum": a verb right after a comma shares the sentence's subject;
  // so does an infinitive of purpose after a place ("Burundi sent soldiers to eastern Congo to support the army")
  let coordinated =
    (doc.tokens[t - 1] === ',' && /^\p{Ll}+$/u.test(doc.tokens[t] ?? '') && /(s|ed|ing)$/.test(doc.lower[t] ?? '')) ||
    (doc.lower[t - 1] === 'to' && left.last === t - 1 && inPlacePhrase(article, left));
  for (let i = left.last; i < t; i++) {
    if (doc.lower[i] === 'and' && (doc.pos[i + 1] === 'AUX' || doc.pos[i + 1] === 'VERB' || ((doc.pos[i + 1] === 'ADV') && (doc.pos[i + 2] === 'AUX' || doc.pos[i + 2] === 'VERB')))) coordinated = true;
  }
  if (!coordinated) return undefined;
  // "Washington said North Korea has sent troops and will fight Ukraine": the subject of the reported clause
  for (let i = left.first - 1; i > first; i--) {
    if (!REPORTING.has(doc.lower[i] ?? '')) continue;
    // (a "that" after a verb of no report opens a clause inside the report: "said Ghana ... recognizes that Taiwan is ...")
    if (doc.lower[i] === 'that' && !REPORTING.has(doc.lower[i - 1] ?? '')) continue;
    const clauseStart = doc.lower[i + 1] === 'that' ? i + 2 : i + 1;
    const subject = article.mentionAt[clauseStart];
    return subject && subject !== left && allowed.has(typeOf(article, subject) ?? '') ? subject : undefined;
  }
  let start = first;
  while (start < t && /^[#*>\p{P}]+$/u.test(doc.tokens[start] ?? '')) start++;
  start = afterDateline(article, start, t);
  if (doc.lower[start] === 'the') start++;
  const subject = article.mentionAt[start];
  if (!subject || subject.first !== start || subject === left || !allowed.has(typeOf(article, subject) ?? '')) return undefined;
  // the sentence's subject, perhaps a group ("Pistorius and Umerov held talks in Berlin and signed ..."), is followed
  // by its verb, perhaps after when ("The EU on Wednesday imposed ...")
  const end = groupFrom(article, subject, allowed, 1, t).reduce((last, m) => Math.max(last, m.last), subject.last);
  const next = doc.pos[afterTimeAdjunct(doc.lower, end)];
  // "Egypt, which is locked in a dispute with Ethiopia, has offered ... and signed": past a relative clause or apposition
  const described = doc.tokens[subject.last] === ',' && /^(which|who|a|an|the|whose)$/.test(doc.lower[subject.last + 1] ?? '');
  return next === 'VERB' || next === 'AUX' || described || /^\p{Ll}+s$/u.test(doc.tokens[subject.last] ?? '') ? subject : undefined;
}

/** Past a short time adjunct at `k` ("on Wednesday", "last week", "yesterday"): where the words after it start. */
function afterTimeAdjunct(lower: readonly string[], k: number): number {
  if (lower[k] === 'on' && WEEKDAYS.includes(lower[k + 1] ?? '')) return k + 2;
  if (/^(last|this|earlier|later)$/.test(lower[k] ?? '') && /^(week|month|year|weekend)$/.test(lower[k + 1] ?? '')) return k + 2;
  if (/^(yesterday|today|tonight|overnight)$/.test(lower[k] ?? '') || WEEKDAYS.includes(lower[k] ?? '')) return k + 1;
  return k;
}

const PLACE_PREPOSITIONS = new Set(['to', 'in', 'into', 'at', 'near', 'from', 'across', 'inside', 'within', 'around']);

/** The mention is the object of a preposition of place ("to eastern Congo", "in the Baltic states"). */
function inPlacePhrase(article: ResolvedArticle, m: ResolvedMention): boolean {
  const { doc } = article;
  let i = m.first - 1;
  while (i >= m.first - 3 && /^\p{Ll}/u.test(doc.tokens[i] ?? '') && (doc.pos[i] === 'ADJ' || doc.pos[i] === 'DET')) i--;
  return PLACE_PREPOSITIONS.has(doc.lower[i] ?? '') && doc.pos[i] === 'ADP';
}

/** "Jaishankar, the first senior official to travel to the island, held talks": the subject before an apposition. */
export function appositiveSubject(article: ResolvedArticle, first: number, t: number, allowed: ReadonlySet<string>): ResolvedMention | undefined {
  const m = article.mentionAt[first];
  if (!m || m.first !== first || article.doc.tokens[m.last] !== ',' || !allowed.has(typeOf(article, m) ?? '')) return undefined;
  // the apposition closes with a comma before the verb phrase ("..., held talks", "..., has called for tougher sanctions")
  for (let i = t - 1; i > m.last && i >= t - 6; i--) {
    if (article.doc.tokens[i] === ',') return article.doc.pos[i + 1] === 'VERB' || article.doc.pos[i + 1] === 'AUX' || i >= t - 3 ? m : undefined;
  }
  return undefined;
}

/** "condemned Iran's assault", "criticised the Kremlin": no noun between ("condemned the attack on Israel" accuses no Israel). */
export function isDirectObject(article: ResolvedArticle, t: number, m: ResolvedMention): boolean {
  // (a year or count too: "leave the 1997 Mine Ban Treaty", "sanctioned 16 officials")
  // (and its owner's pronoun: "Chad ended its defence cooperation agreement with France")
  // (not "have their own television deal", a team's)
  const owned = (i: number): boolean => POSSESSIVE_PRONOUNS.has(article.doc.lower[i] ?? '') && article.doc.lower[i + 1] !== 'own';
  for (let i = t + 1; i < m.first; i++) if (!/^(DET|ADJ|NUM)$/.test(article.doc.pos[i] ?? '') && !owned(i)) return false;
  return true;
}

/** "Israel-linked ships", "a Panama-flagged tanker": the name qualifies the thing, which is the real object. */
export function hyphenQualifier(article: ResolvedArticle, m: ResolvedMention): boolean {
  const { doc } = article;
  return doc.tokens[m.last] === '-' && /^\p{Ll}+$/u.test(doc.tokens[m.last + 1] ?? '') && doc.ends[m.last - 1] === doc.starts[m.last];
}

/**
 * "Israel, which followed the strike, condemned ...": the subject of a relative clause's verb, not of the trigger
 * after it; when the trigger is the relative clause's own verb ("the bloc, which groups Brazil"), it is.
 */
export function relativeBetween(article: ResolvedArticle, m: ResolvedMention, t: number, anyRelative = false): boolean {
  const { doc } = article;
  for (let i = m.last; i < t; i++) {
    if (!(/^(which|who|whose)$/.test(doc.lower[i] ?? '') || (doc.lower[i] === 'that' && doc.pos[i - 1] === 'NOUN'))) continue;
    if (anyRelative) return true;
    for (let k = i + 1; k < t; k++) if (doc.pos[k] === 'VERB') return true;
    return false;
  }
  return false;
}

/** Nouns after a demonym that make it the state acting ("Russian forces", "the Indian operation"). */
/** Common nouns for a firm, which a demonym before them only describes ("Danish cleaning group", "a Belarusian trucking firm"). */
const FIRM_NOUNS = new Set(['group', 'company', 'firm', 'conglomerate', 'carrier', 'airline', 'bank', 'lender', 'insurer', 'maker', 'manufacturer', 'giant', 'retailer', 'miner', 'refiner']);

const ACTOR_NOUNS = new Set([
  'forces', 'force', 'troops', 'soldiers', 'military', 'army', 'navy', 'air', 'government', 'officials', 'authorities', 'leaders',
  'leadership', 'diplomats', 'units', 'jets', 'warships', 'ships', 'vessels', 'aircraft', 'drones', 'missiles', 'artillery', 'operation',
  // (a state's posts and positions, fired on: "opened fire on Indian forward posts")
  'posts', 'outposts', 'positions', 'bases', 'checkpoints', 'garrisons',
  'operations', 'mission', 'strikes', 'offensive', 'campaign', 'state', 'side', 'delegation', 'coast', 'police', 'regime', 'administration',
  'president', 'prime', 'foreign', 'defence', 'defense', 'fighters', 'militias', 'personnel', 'intelligence', 'ministry', 'embassy',
]);

/**
 * A demonym names a state acting only before an actor noun ("Russian forces"); "frozen Russian assets" is none, and
 * neither is a country's name qualifying a person ("a senior Belarus politician accused ...").
 */
export function actsAsState(article: ResolvedArticle, m: ResolvedMention, trigger: number): boolean {
  if (m.kind !== 'demonym') {
    const next = article.doc.lower[m.last] ?? '';
    // "Philippines and Japan sign pact": a headline's verb read as a noun is still the state's act
    // ("Namibia yesterday signed": a day word after the state qualifies nothing)
    const qualifies = m.last !== trigger && typeOf(article, m) === 'Country' && article.doc.pos[m.last] === 'NOUN' && /^\p{Ll}/u.test(article.doc.tokens[m.last] ?? '') && !article.mentionAt[m.last] && !/^(yesterday|today|tonight|overnight)$/.test(next);
    return !qualifies || ACTOR_NOUNS.has(next);
  }
  const next = article.doc.lower[m.last] ?? '';
  const nextMention = article.mentionAt[m.last];
  // ("Danish cleaning group ISS said it had signed": a demonym before a firm's common noun is no state)
  if (article.doc.lower.slice(m.last, m.last + 3).some((w) => FIRM_NOUNS.has(w))) return false;
  // ("its support of Bosnian Serbs", "Iraqi Kurds": a demonym before a people's capitalised name is no state)
  const people = /^\p{Lu}\p{Ll}+s$/u.test(article.doc.tokens[m.last] ?? '') && !ACTOR_NOUNS.has(next) && !isTitleWordAnyCase(article.doc.tokens[m.last] ?? '');
  if (!nextMention && people) return false;
  if (nextMention || !/^\p{Ll}/u.test(article.doc.tokens[m.last] ?? '')) return true;
  if (article.doc.tokens[m.last] === '-') return true;
  return ACTOR_NOUNS.has(next) || article.doc.pos[m.last] !== 'NOUN';
}

/** "to Ukraine's Donetsk region": the place inside the country is where the troops went, as well as the country. */
export function withPlacesInside(article: ResolvedArticle, objects: ResolvedMention[]): ResolvedMention[] {
  const out = [...objects];
  for (const m of objects) {
    if (typeOf(article, m) !== 'Country' || !isPossessiveMark(article.doc.tokens[m.last])) continue;
    for (let i = m.last + 1; i < m.last + 4; i++) {
      const place = article.mentionAt[i];
      if (place && typeOf(article, place) === 'Location') {
        out.push(place);
        break;
      }
      if (article.doc.pos[i] !== 'ADJ' && article.doc.pos[i] !== 'DET') break;
    }
  }
  return out;
}

export const REPORTING = new Set(['said', 'says', 'say', 'told', 'added', 'warned', 'announced', 'stated', 'claimed', 'reported', 'believes', 'believe', 'that']);

/** How far back "the two ministers" looks for the two it counts. */
const PAIR_REACH_TOKENS = 80;

export function nearWord(article: ResolvedArticle, t: number, near: ReadonlySet<string>, first: number, last: number, outsideNames = false): boolean {
  const { lower } = article.doc;
  for (let i = Math.max(first, t - NEAR_WINDOW_TOKENS); i < last; i++) {
    // ("agreements in force with Australia", "came into force": in effect, no force of arms)
    if (near.has(lower[i] ?? '') && !(outsideNames && article.mentionAt[i]) && !(lower[i] === 'force' && /^(in|into)$/.test(lower[i - 1] ?? ''))) return true;
  }
  return false;
}

export function demonymOwner(article: ResolvedArticle, first: number, t: number, near: ReadonlySet<string>): ResolvedMention | undefined {
  for (let i = t - 1; i >= first; i--) {
    if (!near.has(article.doc.lower[i] ?? '')) continue;
    for (let k = i - 1; k >= Math.max(first, i - 3); k--) {
      const m = article.mentionAt[k];
      // "North Korean units had been deployed", "About 4,500 NATO troops are stationed in Kosovo"
      if (m && (typeOf(article, m) === 'Country' || typeOf(article, m) === 'Agency')) return m;
    }
  }
  return undefined;
}

/**
 * "The president sent 500 Kenyan police officers to Haiti", "ordered 1,800 soldiers of the Colombian National Army to
 * X": the state or body whose forces the verb at `t` moves, named on the first of them before `end`.
 */
export function forcesOwnerAfter(article: ResolvedArticle, t: number, end: number, near: ReadonlySet<string>): ResolvedMention | undefined {
  const { doc } = article;
  const owner = (m: ResolvedMention | undefined): ResolvedMention | undefined => (m && (typeOf(article, m) === 'Country' || typeOf(article, m) === 'Agency') ? m : undefined);
  for (let i = t + 1; i < end; i++) {
    if (!near.has(doc.lower[i] ?? '')) continue;
    for (let k = i - 1; k > t && k >= i - 3; k--) if (owner(article.mentionAt[k])) return article.mentionAt[k];
    const of = doc.lower[i + 1] === 'of' ? (doc.lower[i + 2] === 'the' ? i + 3 : i + 2) : -1;
    return of > 0 ? owner(article.mentionAt[of]) : undefined;
  }
  return undefined;
}

/** One of `words` stands between the trigger at `t` and the token `first` ("accusing the bloc of ... with Azerbaijan"). */
export function wordBetween(lower: readonly string[], t: number, first: number, words: ReadonlySet<string>): boolean {
  for (let i = t + 1; i < first; i++) if (words.has(lower[i] ?? '')) return true;
  return false;
}


/** Token `i` closes a quote: a curly closing mark, or a straight one written right after the word before it. */
function closesQuote(article: ResolvedArticle, i: number): boolean {
  const { doc } = article;
  return doc.tokens[i] === '”' || (doc.tokens[i] === '"' && doc.starts[i] === doc.ends[i - 1]);
}
/** How far back the opening quote of a quoted phrase may stand. */
const QUOTE_REACH_TOKENS = 30;

/** The opening quote mark of the quoted words that close at `close`, in the same sentence and not before `bound`; -1 when none. */
function quoteOpening(article: ResolvedArticle, close: number, bound: number): number {
  const { doc } = article;
  for (let k = close - 1; k >= Math.max(bound, close - QUOTE_REACH_TOKENS) && doc.sentenceOf[k] === doc.sentenceOf[close]; k--) {
    if (doc.tokens[k] === '“' || (doc.tokens[k] === '"' && doc.tokens[close] === '"')) return k;
    if (doc.tokens[k] === '”') return -1;
  }
  return -1;
}

/** Per article, the tokens inside an agreement's name. */
const agreementNames = new WeakMap<ResolvedArticle, Uint8Array>();

/** Mention `m` is a party named inside an agreement's name ("EU" in "the EU-Belarus Readmission Agreement"). */
function insideAgreementName(article: ResolvedArticle, m: ResolvedMention): boolean {
  let inside = agreementNames.get(article);
  if (!inside) {
    inside = new Uint8Array(article.doc.tokens.length);
    for (const x of article.mentions) if (typeOf(article, x) === 'Agreement') inside.fill(1, x.first, x.last);
    agreementNames.set(article, inside);
  }
  return inside[m.first] === 1 && typeOf(article, m) !== 'Agreement';
}

/** Mention `m` is the outlet after "quoted by", "cited by", "carried by" (past "the" and adjectives). */
export function relayedBy(article: ResolvedArticle, m: ResolvedMention): boolean {
  const { doc } = article;
  // (named again in brackets: "quoted by the official Korean Central News Agency (KCNA)")
  const named = doc.tokens[m.first - 1] === '(' ? article.mentionAt[m.first - 2] : undefined;
  if (named && named.entity === m.entity) return relayedBy(article, named);
  let k = m.first - 1;
  // (past "the official", "state media outlet")
  while (k > m.first - 4 && /^(ADJ|DET|NOUN)$/.test(doc.pos[k] ?? '') && /^\p{Ll}/u.test(doc.tokens[k] ?? '')) k--;
  // (and those it asked: "Analysts consulted by Prensa Latina noted")
  return doc.lower[k] === 'by' && /^(quoted|cited|carried|relayed|consulted|interviewed|contacted|polled|surveyed)$/.test(doc.lower[k - 1] ?? '');
}

/** Tokens a name given again in its own script may take in brackets ("(管碧玲)", "(Ким Ир Сен)"). */
const NATIVE_NAME_TOKENS = 4;

/** Letters and digits of no Latin script: a name written in its own script. */
const NATIVE_SCRIPT = /^[^\p{Script=Latin}\p{N}\p{P}]*\p{L}[^\p{Script=Latin}\p{N}]*$/u;

/** "Kuan Bi-ling (管碧玲)": where a bracket opening at `k` that holds only a name in a non-Latin script ends (past it), else undefined. */
export function nativeNameEnd(tokens: readonly string[], k: number): number | undefined {
  if (tokens[k] !== '(') return undefined;
  let j = k + 1;
  while (j <= k + NATIVE_NAME_TOKENS && tokens[j] !== ')' && NATIVE_SCRIPT.test(tokens[j] ?? '')) j++;
  return tokens[j] === ')' && j > k + 1 ? j + 1 : undefined;
}

/** The same read back: where the bracket that closes at `k` opens, when it holds only such a name, else undefined. */
function nativeNameStart(tokens: readonly string[], k: number): number | undefined {
  if (tokens[k] !== ')') return undefined;
  for (let open = k - 2; open >= Math.max(0, k - 1 - NATIVE_NAME_TOKENS); open--) if (tokens[open] === '(') return nativeNameEnd(tokens, open) === k + 1 ? open : undefined;
  return undefined;
}

/** The nearest mention of an allowed type, scanning from `from` towards `bound`; with `cue`, only one right after a cue word. */
export function nearestMention(article: ResolvedArticle, from: number, bound: number, direction: 1 | -1, allowed: ReadonlySet<string>, cue?: ReadonlySet<string>): ResolvedMention | undefined {
  let cueSeen = cue === undefined;
  /** A mention of another type stood after the cue: "deploys 1,950 personnel to MONUSCO, India 1,830" - a comma closes the object. */
  let otherAfterCue = false;
  for (let i = from; direction === 1 ? i < bound : i >= bound; i += direction) {
    // (read back, past quoted words: 'the movement "remains committed to Doha", but accused the army' - no one
    // quoted acts outside the quote)
    if (direction === -1 && i < from && closesQuote(article, i)) {
      const open = quoteOpening(article, i, bound);
      if (open >= 0) {
        i = open;
        continue;
      }
    }
    // (read back past a person's name in its own script: "spokeswoman Zhu Fenglian (朱鳳蓮) in Beijing accused")
    const native = direction === -1 ? nativeNameStart(article.doc.tokens, i) : undefined;
    if (native !== undefined && isPerson(article, article.mentionAt[native - 1])) {
      i = native;
      continue;
    }
    const m = article.mentionAt[i];
    const lower = article.doc.lower[i] ?? '';
    // (nor is whom something is told: "told Africanews by phone that ...")
    if (direction === -1 && m && TELLING.has(article.doc.lower[m.first - 1] ?? '')) {
      i = m.first;
      continue;
    }
    // (nor the outlet that relays the one who acts: "A spokesperson for X, quoted by the official KCNA, accused ...")
    if (direction === -1 && m && relayedBy(article, m)) {
      i = m.first;
      continue;
    }
    // (nor a party named inside an agreement's name: "withdrawing from the EU-Belarus Readmission Agreement" leaves no EU)
    if (m && insideAgreementName(article, m)) {
      i = direction === 1 ? m.last - 1 : m.first;
      continue;
    }
    if (direction === 1 && cue && otherAfterCue && lower === ',') return undefined;
    // a quote opening after the trigger starts other words; the one closing a quoted trigger ("lent “support” to") does not
    if (direction === 1 && (lower === ';' || lower === '“' || (lower === '"' && i !== from))) return undefined;
    // "send troops to the AU mission and signed a pact with Somalia": the next predicate has its own objects
    if (direction === 1 && lower === 'and' && (article.doc.pos[i + 1] === 'VERB' || article.doc.pos[i + 1] === 'AUX')) return undefined;
    // "..., according to a U.N. report": the source of the sentence is no object of its verb
    if (direction === 1 && lower === ',' && article.doc.lower[i + 1] === 'according') return undefined;
    // "deploy troops on the other's soil, as both nations seek to counter China": a subordinate clause of its own
    // ("Rwanda denies backing the group, but a U.N. report said ...", "Petro offered help, and the United States said":
    // nor is a clause after ", but" or ", and")
    if (direction === 1 && lower === ',' && (SUBORDINATORS.has(article.doc.lower[i + 1] ?? '') || /^(but|and)$/.test(article.doc.lower[i + 1] ?? '')) && article.doc.lower[i + 2] !== 'well') return undefined;
    // ("troops along this stretch of the frontier, says Cambodian army": the sayer is no object)
    if (direction === 1 && lower === ',' && speechAt(article.doc, i + 1)) return undefined;
    // ("must be ratified by parliament before it can enter into force, X said": nor is the one who says it)
    const sayer = direction === 1 && lower === ',' ? article.mentionAt[i + 1] : undefined;
    if (sayer && sayer.first === i + 1 && speechAt(article.doc, sayer.last)) return undefined;
    // ("If Washington tries to punish officials with sanctions, Moscow would regard it as blackmail": the subject of
    // the main clause after a conditional one, with its modal)
    if (sayer && sayer.first === i + 1 && /^(would|will|could|might|should|must)$/.test(article.doc.lower[sayer.last] ?? '')) return undefined;
    if (cue?.has(lower)) cueSeen = true;
    if (!m) continue;
    const type = typeOf(article, m);
    if (type && allowed.has(type) && cueSeen) return m;
    if (cueSeen && cue) otherAfterCue = true;
    if (direction === 1) i = m.last - 1;
    else i = m.first;
  }
  return undefined;
}

/** How many words a title may take between a state and its holder ("Minister for the Armed Forces"). */
const TITLE_TO_PERSON_TOKENS = 8;

/** "Tehran police chief X", "the Basij commander X": the person a state or body qualifies through a title, or undefined. */
export function personAfterTitle(article: ResolvedArticle, m: ResolvedMention): ResolvedMention | undefined {
  const { doc } = article;
  // ("American Institute in Taiwan (AIT) Director X": past the body's acronym in brackets)
  const acronym = doc.tokens[m.last] === '(' && doc.tokens[m.last + 2] === ')' && article.mentionAt[m.last + 1]?.entity === m.entity;
  const from = isPossessiveMark(doc.tokens[m.last]) ? m.last + 1 : acronym ? m.last + 3 : m.last;
  let i = from;
  // (and a title's portfolio after "for" or "of": "French Minister for the Armed Forces X")
  let titled = false;
  // ("Thai Defense Minister X": a capitalised portfolio before the title's word too)
  const portfolio = (k: number): boolean => (titled && /^(of|for|the|and)$/.test(doc.lower[k] ?? '')) || isCapitalisedPortfolioWord(doc.tokens[k] ?? '');
  while (i < from + TITLE_TO_PERSON_TOKENS && !article.mentionAt[i] && (isTitleWordAnyCase(doc.tokens[i] ?? '') || LOWERCASE_BODY_WORDS.has(doc.lower[i] ?? '') || portfolio(i))) {
    if (isTitleWordAnyCase(doc.tokens[i] ?? '')) titled = true;
    i++;
  }
  const person = i > from ? article.mentionAt[i] : undefined;
  return person && (typeOf(article, person) === 'Official' || typeOf(article, person) === 'Person') ? person : undefined;
}

/** Words inside a title phrase ("the High Commissioner to Sri Lanka", "Minister for the Armed Forces"). */
const TITLE_JOINERS = new Set(['the', 'of', 'for', 'to', 'and']);

/** How far a title phrase may run before the person it names ("and the MJRT's leader, Hassan Abdelkerim Yaya"). */
const TITLED_AGENT_TOKENS = 16;

/**
 * The person a title phrase from token `from` leads to, with nothing but the title, its state or body, lowercase
 * words and commas before the name ("the MJRT's leader, B", "India's High Commissioner to Sri Lanka, B").
 */
export function titledPersonFrom(article: ResolvedArticle, from: number, last: number): ResolvedMention | undefined {
  const { doc } = article;
  let titled = false;
  for (let k = from; k < Math.min(last, from + TITLED_AGENT_TOKENS); k++) {
    const m = article.mentionAt[k];
    if (m && isPerson(article, m)) return titled ? m : undefined;
    if (m) {
      k = m.last - 1;
      continue;
    }
    const word = doc.tokens[k] ?? '';
    // ("Commander-in-Chief": the words and hyphens of one compound)
    const compound = doc.starts[k] === doc.ends[k - 1] || doc.ends[k] === doc.starts[k + 1];
    if (compound && (word === '-' || /^\p{Ll}+$/u.test(word)) && doc.tokens.slice(k - 1, k + 2).includes('-')) continue;
    if (isTitleWordAnyCase(word)) titled = true;
    // (a portfolio's words too: "Australia's Minister for Pacific Island Affairs, B")
    const titleWord = isTitleWordAnyCase(word) || (titled && isCapitalisedPortfolioWord(word));
    if (!(word === ',' || TITLE_JOINERS.has(doc.lower[k] ?? '') || isPossessiveMark(word) || titleWord) || doc.pos[k] === 'VERB' || doc.pos[k] === 'AUX') return undefined;
  }
  return undefined;
}

/** Words that open an adjunct before a clause's subject: "Last year it", "In a speech in Auki he". */
const ADJUNCT_OPENERS = /^(last|this|in|on|at|during|after|since|later|earlier)$/;
/** How many tokens such an adjunct may take before a pronoun subject. */
const PRONOUN_ADJUNCT_TOKENS = 8;
/** How many sentences back "he" or "she" looks for the person it stands for. */
const PERSON_PRONOUN_SENTENCES = 2;

/**
 * The nearest mention before token `i` that `accept` takes, from `from` on, passing over quoted words: a name inside a
 * quote is what was said, not who said it ("“Putin's regime is afraid of the truth,” he said").
 */
export function lastMentionBefore(article: ResolvedArticle, i: number, accept: (m: ResolvedMention) => boolean, from = 0): ResolvedMention | undefined {
  for (let k = i - 1; k >= from; k--) {
    if (CLOSE.has(article.doc.tokens[k] ?? '') && article.doc.tokens[k] !== '’') {
      while (k > 0 && !OPEN.has(article.doc.tokens[k - 1] ?? '')) k--;
      k--;
      continue;
    }
    const m = article.mentionAt[k];
    if (!m) continue;
    if (accept(m)) return m;
    k = m.first;
  }
  return undefined;
}


/**
 * Whom "he" or "she" opening the clause at `k` stands for: the person the sentence before opens with as its subject, not an owner
 * ("Bolivia's Foreign Minister Celia Huanca, who attended in place of X, walked out. She accused ..."), else the person
 * last named within two sentences ("The ministry summoned Ambassador X. He met ...").
 */
export function personPronounAntecedent(article: ResolvedArticle, k: number): ResolvedMention | undefined {
  const { doc } = article;
  const si = doc.sentenceOf[k] ?? 0;
  const previous = doc.sentences[si - 1];
  // ("“This is not ...,” Takeda said at a press conference with Whitcombe. He added ...": the one who said the quote
  // the sentence before opens with)
  const quoteSpeaker = previous ? speakerAfterQuote(article, previous) : undefined;
  if (quoteSpeaker) return quoteSpeaker;
  if (previous) {
    for (let i = afterDateline(article, previous.first, previous.last); i < previous.last; i++) {
      if (doc.pos[i] === 'VERB' || doc.pos[i] === 'AUX' || OPEN.has(doc.tokens[i] ?? '')) break;
      const m = article.mentionAt[i];
      // (not an owner: "Tutu's deputy chairman, Alex Boraine, told reporters")
      if (m && isPerson(article, m) && !isPossessiveMark(doc.tokens[m.last])) return m;
      if (m) i = m.last - 1;
    }
  }
  const reach = doc.sentences[Math.max(0, si - PERSON_PRONOUN_SENTENCES)]?.first ?? 0;
  return lastMentionBefore(article, k, (m) => isPerson(article, m), reach);
}

/** The person who says the quote `sentence` ends with, before its attribution: "...,” X said ..." or "...,” said X". */
function speakerAfterQuote(article: ResolvedArticle, sentence: SentenceSpan): ResolvedMention | undefined {
  const { doc } = article;
  let close = sentence.last - 1;
  while (close > sentence.first && !(CLOSE.has(doc.tokens[close] ?? '') && doc.tokens[close] !== '’')) close--;
  // (the quote's words end the sentence's first part: a comma right before the closing mark)
  if (close <= sentence.first || close >= sentence.last - 1 || !/^[,!?]$/.test(doc.tokens[close - 1] ?? '')) return undefined;
  const after = doc.tokens[close + 1] === ',' ? close + 2 : close + 1;
  const before = article.mentionAt[after];
  if (before && before.first === after && isPerson(article, before) && speechAt(doc, before.last)) return before;
  const inverted = speechAt(doc, after) ? article.mentionAt[after + 1] : undefined;
  return inverted && inverted.first === after + 1 && isPerson(article, inverted) ? inverted : undefined;
}

/**
 * "Armenia has distanced itself from Moscow. Last year it joined the ICC": "it" right before the verb at `t`, opening
 * its clause (perhaps after a time adjunct), stands for the state or body that opens the sentence before, when that
 * one is of an allowed type; "Tausinga framed it as sovereignty. In a speech in Auki he accused Australia": "he" or
 * "she" there, perhaps after an adjunct, stands for the person last named within two sentences. That mention, and
 * where the pronoun stands.
 */
/** How far after a sentence's opening pronoun an infinitive it is the subject of may stand. */
const INFINITIVE_REACH_TOKENS = 14;

export function pronounSubject(article: ResolvedArticle, t: number, first: number, allowed: ReadonlySet<string>): { mention: ResolvedMention; at: number } | undefined {
  const { doc } = article;
  // ("She is due to travel to Chișinău on Monday to meet X": the pronoun opening the sentence is the subject of an
  // infinitive of its own verbs, with no one else named or meant between)
  if (doc.lower[t - 1] === 'to' && /^(he|she)$/.test(doc.lower[first] ?? '') && t - first <= INFINITIVE_REACH_TOKENS) {
    const between = doc.lower.slice(first + 1, t);
    const other = between.some((w, j) => w === ',' || doc.pos[first + 1 + j] === 'PRON' || (article.mentionAt[first + 1 + j] && allowed.has(typeOf(article, article.mentionAt[first + 1 + j] as ResolvedMention) ?? '')));
    const person = other ? undefined : personPronounAntecedent(article, first);
    if (person && allowed.has(typeOf(article, person) ?? '')) return { mention: person, at: first };
  }
  let k = t - 1;
  while (k > first && (doc.pos[k] === 'ADV' || doc.pos[k] === 'AUX') && !/^(it|they|he|she)$/.test(doc.lower[k] ?? '')) k--;
  const pronoun = doc.lower[k];
  if (pronoun === 'he' || pronoun === 'she') {
    const adjunct = doc.pos.slice(first, k).every((p, j) => p !== 'VERB' && p !== 'AUX' && (p !== 'PUNCT' || doc.tokens[first + j] === ','));
    const opening = k === first || (k - first <= PRONOUN_ADJUNCT_TOKENS && ADJUNCT_OPENERS.test(doc.lower[first] ?? '') && adjunct);
    if (!opening) return undefined;
    const person = personPronounAntecedent(article, k);
    return person && allowed.has(typeOf(article, person) ?? '') ? { mention: person, at: k } : undefined;
  }
  if (pronoun !== 'it') return undefined;
  // the pronoun opens the sentence, or follows a short time adjunct ("Last year it", "In 2023 it")
  const opening = k === first || (k - first <= 3 && ADJUNCT_OPENERS.test(doc.lower[first] ?? '') && !doc.lower.slice(first, k).includes(','));
  if (!opening) return undefined;
  const previous = doc.sentences[(doc.sentenceOf[first] ?? 0) - 1];
  if (!previous) return undefined;
  const m = openingActor(article, previous.first, previous.last, allowed);
  return m ? { mention: m, at: k } : undefined;
}

/** The state or body (not a demonym) a sentence opens with, past its dateline and "the": what "it" stands for. */
function openingActor(article: ResolvedArticle, first: number, bound: number, allowed: ReadonlySet<string>): ResolvedMention | undefined {
  let start = afterDateline(article, first, bound);
  if (article.doc.lower[start] === 'the') start++;
  const m = article.mentionAt[start];
  const type = m ? typeOf(article, m) : undefined;
  return m && m.first === start && (type === 'Country' || type === 'Agency') && allowed.has(type) && m.kind !== 'demonym' ? m : undefined;
}

/** How many verbs, auxiliaries and adverbs may stand between a second clause's "it" and the trigger ("it is also negotiating to join"). */
const SECOND_CLAUSE_VERB_TOKENS = 5;

/**
 * "Indonesia is a full BRICS member and it is also negotiating to join the OECD": "it" opening a clause joined by
 * "and" or "but", with only verbs, auxiliaries and adverbs before the verb at `t`, is the state or body the sentence
 * opens with. That mention, and where the pronoun stands.
 */
export function conjoinedPronounSubject(article: ResolvedArticle, t: number, first: number, allowed: ReadonlySet<string>): { mention: ResolvedMention; at: number } | undefined {
  const { doc } = article;
  let k = t - 1;
  while (k > first && k >= t - SECOND_CLAUSE_VERB_TOKENS && doc.lower[k] !== 'it' && (/^(AUX|ADV|VERB)$/.test(doc.pos[k] ?? '') || doc.lower[k] === 'to')) k--;
  if (doc.lower[k] !== 'it' || !/^(and|but)$/.test(doc.lower[k - 1] ?? '')) return undefined;
  const m = openingActor(article, first, k, allowed);
  return m ? { mention: m, at: k } : undefined;
}

/**
 * "The EU imposed sanctions on firms, including X, which it accused of ...": "it" after a relative pronoun, right
 * before the verb at `t`, is the state or body the sentence opens with (past "Separately,"). That mention, and where
 * the pronoun stands.
 */
export function relativePronounSubject(article: ResolvedArticle, t: number, first: number, allowed: ReadonlySet<string>): { mention: ResolvedMention; at: number } | undefined {
  const { doc } = article;
  let k = t - 1;
  while (k > first && (doc.pos[k] === 'ADV' || doc.pos[k] === 'AUX') && !/^(it|they)$/.test(doc.lower[k] ?? '')) k--;
  // (not "that", which as often opens a report: "said in a statement that it supported")
  if (!/^(it|they)$/.test(doc.lower[k] ?? '') || !/^(which|whom)$/.test(doc.lower[k - 1] ?? '')) return undefined;
  let start = afterDateline(article, first, k);
  if (doc.pos[start] === 'ADV' && doc.tokens[start + 1] === ',') start += 2;
  if (doc.lower[start] === 'the') start++;
  const m = article.mentionAt[start];
  const type = m ? typeOf(article, m) : undefined;
  return m && m.first === start && (type === 'Country' || type === 'Agency') && allowed.has(type) && m.kind !== 'demonym' ? { mention: m, at: k } : undefined;
}

/**
 * "The Philippines said Chinese vessels had rammed its boat, accusing Beijing of ...": a participle after a comma,
 * closing a reported clause, has the reporter for its subject: the state or body the sentence opens with, right
 * before its reporting verb (perhaps after "has" or "had"). That mention, and where the participle stands.
 */
export function participleSubject(article: ResolvedArticle, t: number, first: number, allowed: ReadonlySet<string>): { mention: ResolvedMention; at: number } | undefined {
  const { doc } = article;
  if (doc.tokens[t - 1] !== ',' || !/ing$/.test(doc.lower[t] ?? '') || doc.pos[t] !== 'VERB') return undefined;
  const m = openingActor(article, first, t, allowed);
  if (!m) return undefined;
  const verb = /^(has|had|have)$/.test(doc.lower[m.last] ?? '') ? m.last + 1 : m.last;
  if (!REPORTING.has(doc.lower[verb] ?? '') || doc.lower[verb] === 'that') return undefined;
  return doc.lower.slice(verb + 1, t).includes('that') || doc.pos[verb + 1] !== 'PUNCT' ? { mention: m, at: t } : undefined;
}

/** How far back "Both" looks for the two states it stands for. */
const BOTH_REACH_TOKENS = 80;

/**
 * "... left the two countries' maritime boundary undrawn. Both are parties to UNCLOS": a sentence-opening "Both"
 * as the subject is the two states named last before it.
 */
export function bothSubject(article: ResolvedArticle, t: number, first: number): ResolvedMention[] {
  const { doc } = article;
  let k = t - 1;
  while (k > first && (doc.pos[k] === 'ADV' || doc.pos[k] === 'AUX')) k--;
  // ("Both countries are members of the CSTO", "The two countries signed": the states the phrase names)
  const opening = afterDateline(article, first, t);
  if (k > opening && theCounted(article, opening) === 'states' && k <= opening + 3) return whoTheCountedAre(article, opening);
  if (k !== first || doc.lower[k] !== 'both') return [];
  const found: ResolvedMention[] = [];
  for (let i = first - 1; i >= Math.max(0, first - BOTH_REACH_TOKENS) && found.length < 2; i--) {
    const m = article.mentionAt[i];
    if (!m) continue;
    if (typeOf(article, m) === 'Country' && !found.some((f) => f.entity === m.entity)) found.push(m);
    i = m.first;
  }
  return found.length === 2 ? found.reverse() : [];
}

const LOCATIVE = new Set(['into', 'to', 'in', 'at', 'from', 'toward', 'towards']);

/**
 * The mention nearest before the trigger at `t` may be its subject: not where another verb went ("von der Leyen flew
 * into Uruguay hoping to clinch a deal"), not the object of a preposition before "and" ("the sale of radars to Oman
 * and to back a loan"), and, for a member, not a body after "of" ("wants membership of the European Union, associate
 * membership of the WEU"), unless that body owns the members ("Leaders of the Mercosur bloc, whose members include").
 */
export const MEETING_VERBS: ReadonlySet<string> = new Set(['met', 'meets', 'meet', 'hosted', 'hosts', 'host', 'received', 'receives', 'welcomed', 'welcomes', 'joined', 'joins']);

/**
 * "Mercosur suspended Bolivia and signed a deal": when `m` is the object of a verb joined by "and" to the one at `t`,
 * that verb's index (its subject is the next one's too), else -1.
 */
export function objectOfVerbBefore(article: ResolvedArticle, m: ResolvedMention, t: number): number {
  const { doc } = article;
  // (the second verb may come after others of its own: "would quit ECOWAS and seek to join the AES")
  let from = m.last;
  if (doc.tokens[from] === ',') from++;
  if (doc.lower[from] !== 'and' || !doc.pos.slice(from + 1, t).every((p, k) => p === 'VERB' || p === 'AUX' || p === 'ADV' || doc.lower[from + 1 + k] === 'to')) return -1;
  const verb = doc.pos[m.first - 1] === 'VERB' ? m.first - 1 : doc.lower[m.first - 1] === 'the' && doc.pos[m.first - 2] === 'VERB' ? m.first - 2 : -1;
  // (not after a meeting: "Xi met Putin and signed a pact" is signed by both)
  return verb >= 0 && !MEETING_VERBS.has(doc.lower[verb] ?? '') ? verb : -1;
}

/** Whether `m` is one of the sides after "between" ("between A and B", "between A, B and C"). */
export function governedByBetween(article: ResolvedArticle, m: ResolvedMention): boolean {
  const { doc } = article;
  let i = m.first - 1;
  while (i >= 0) {
    const w = doc.lower[i] ?? '';
    if (w === 'between') return true;
    const before = article.mentionAt[i];
    if (before) i = before.first - 1;
    else if (w === 'the' || w === 'and' || w === ',') i--;
    else return false;
  }
  return false;
}

export function actsBefore(article: ResolvedArticle, m: ResolvedMention, t: number, member: boolean): boolean {
  const { doc } = article;
  const gap = doc.lower.slice(m.last, t);
  // ("flew to Jakarta to sign": a destination before an infinitive of purpose is no more the actor)
  const purpose = gap.length === 1 && gap[0] === 'to';
  // ("filed a case at the International Court of Justice accusing Israel": nor is where one acts before a participle)
  const locative = LOCATIVE.has(doc.lower[m.first - 1] ?? '') || (doc.lower[m.first - 1] === 'the' && LOCATIVE.has(doc.lower[m.first - 2] ?? ''));
  const participle = gap.length === 0 && /ing$/.test(doc.lower[t] ?? '') && doc.pos[t] === 'VERB';
  if (LOCATIVE.has(doc.lower[m.first - 1] ?? '') && (doc.pos.slice(m.last, t).includes('VERB') || gap.includes('and') || purpose)) return false;
  // ("the treaty between the United States and the Philippines covers armed attacks": the sides a noun names before
  // the sentence's verb act in nothing after it)
  if (doc.pos.slice(m.last, t).includes('VERB') && governedByBetween(article, m)) return false;
  if (locative && participle) return false;
  if (objectOfVerbBefore(article, m, t) >= 0) return false;
  const owns = gap.includes('whose') || (t - m.last <= 4 && !gap.includes(','));
  const afterOf = doc.lower[m.first - 1] === 'of' || (doc.lower[m.first - 1] === 'the' && doc.lower[m.first - 2] === 'of');
  return !(member && !owns && afterOf);
}

