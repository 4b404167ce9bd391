// The subject a speaker may be: a pronoun's antecedent, the entity opening a sentence or a clause, a list of speakers,
// and the speech verb a clause or participle is reported by.
import type { ResolvedArticle, ResolvedMention } from '../resolve/resolve.js';
import { afterDateline, isPossessiveMark, nameBeforeComma } from './context.js';
import { isHonorificOrTitleWord, isTitleWordAnyCase } from '../lexicon/titles.js';
import { CLOSE, OPEN, speechAt } from './speech.js';
import { lastMentionBefore, personPronounAntecedent } from './roles.js';
import { isPersonAt, speakerType, UNNAMED_VOICES } from './speaker-descriptions.js';

export const PRONOUNS = new Set(['he', 'she', 'they', 'it']);

/** The last person named before token `i` (for "he said"), else the last speaker-typed entity. */
export function antecedent(article: ResolvedArticle, i: number, pronoun: string): string | undefined {
  // "Beijing ended drills around Taiwan that it called ...": in the pronoun's own sentence, the subject of a verb
  // before it, not the object of a preposition nearer to it
  if (pronoun === 'it' || pronoun === 'they') {
    const subject = clauseSubjectBefore(article, i);
    if (subject) return subject;
  }
  // "The AES leaders rejected ... They also accused ECOWAS": a sentence-opening "they" is a group that opened a
  // sentence before, not the last state named in a list
  const si = article.doc.sentenceOf[i] ?? 0;
  if (pronoun === 'they' && article.doc.sentences[si]?.first === i) {
    for (let back = si - 1; back >= Math.max(0, si - PLURAL_SUBJECT_SENTENCES); back--) {
      const group = pluralSubject(article, article.doc.sentences[back]?.first ?? 0);
      if (group) return group;
    }
  }
  // ("sanctions on companies in Iran, China and Turkey that it said supplied drone parts": "it" in a relative clause
  // is the sentence's subject, not the last state named)
  if (pronoun === 'it' && /^(that|which)$/.test(article.doc.lower[i - 1] ?? '')) {
    const subject = sentenceSubject(article, article.doc.sentences[si]?.first ?? 0);
    const type = subject ? article.entities.get(subject)?.type : undefined;
    if (subject && type !== 'Person' && type !== 'Official') return subject;
  }
  // "Turkey's defence ministry said its forces hit PKK targets. It denied that ...": a sentence-opening "it" is the
  // state or body opening the sentence before, not the last one named in it
  if (pronoun === 'it' && article.doc.sentences[si]?.first === i && si > 0) {
    const body = openingBody(article, article.doc.sentences[si - 1]?.first ?? 0);
    if (body) return body;
  }
  // ("Al-Sharjabi accused the Houthis ... Qahtan was not among those released, he said.": a pronoun closing the
  // sentence reports the words before it, whose subject is not who says them; the person the sentence before opens with)
  const closing = (pronoun === 'he' || pronoun === 'she') && article.doc.tokens[i - 1] === ',' && speechAt(article.doc, i + 1) && article.doc.sentences[article.doc.sentenceOf[i] ?? 0]?.last === i + 3;
  if (closing) {
    const opening = article.doc.sentences[si]?.first ?? i;
    const reported = article.mentions.filter((m) => m.first >= opening && m.last <= i && isPersonAt(article, m.first));
    const opener = reported.length > 0 ? personPronounAntecedent(article, opening) : undefined;
    if (opener && !reported.some((m) => m.entity === opener.entity)) return opener.entity;
  }
  if (pronoun === 'he' || pronoun === 'she') {
    const person = (m: ResolvedMention): boolean => isPersonAt(article, m.first);
    // "A senior Turkish official said ... But should the truce collapse, he said, ...": a person a sentence opens with
    // unnamed, with no one named after, is who "he" is; the state the words name speaks for them, or no one named
    for (const s of [si, si - 1]) {
      const subject = unnamedPersonSubject(article, article.doc.sentences[s]?.first ?? -1);
      if (subject && subject.at < i) {
        if (!lastMentionBefore(article, i, person, subject.at)) return subject.voice;
        break;
      }
    }
    // "Karalenka met Zalewski in Munich, where she urged ...": in a clause a conjunction opens, the person who opens
    // the sentence, not the one named last
    if (SUBORDINATORS.has(article.doc.lower[i - 1] ?? '')) {
      const subject = sentenceSubject(article, article.doc.sentences[si]?.first ?? 0);
      const type = subject ? article.entities.get(subject)?.type : undefined;
      if (subject && (type === 'Person' || type === 'Official')) return subject;
    }
  }
  // "X, who attended in place of Y, walked out. She said ...": a sentence-opening "she" is the sentence before's subject
  // (and so is one right after a quote that opens the sentence: "X, who later met Y, praised Z. “...,” he said.")
  // (not when the sentence before reports someone's words, ", spokesman X said", nor opens with a pronoun, "He and X")
  const first = article.doc.sentences[si]?.first ?? -1;
  const before = article.doc.sentences[si - 1];
  // (but one a named person opens speaks for that person: "Chinh, meeting Marcos separately, urged ASEAN ... “...,” he said.")
  const openedByPerson = before !== undefined && isPersonAt(article, afterDateline(article, before.first, before.last));
  const plainBefore =
    before !== undefined && !PRONOUNS.has(article.doc.lower[before.first] ?? '') && (openedByPerson || !article.doc.lower.slice(before.first, before.last).some((_w, k) => speechAt(article.doc, before.first + k)));
  const quoteOpens = OPEN.has(article.doc.tokens[first] ?? '') && CLOSE.has(article.doc.tokens[i - 1] ?? '') && /^[,!?]$/.test(article.doc.tokens[i - 2] ?? '');
  const afterOpeningQuote = plainBefore && quoteOpens;
  if ((pronoun === 'he' || pronoun === 'she') && (first === i || afterOpeningQuote)) {
    const person = personPronounAntecedent(article, i);
    if (person) return person.entity;
  }
  // ("Malaysia's Foreign Minister X said the bloc could ... if the military released Y. “...,” he said.": a quote right
  // after a sentence that reports someone's words is that speaker's, not the last one named)
  if ((pronoun === 'he' || pronoun === 'she') && quoteOpens && before && !plainBefore && !PRONOUNS.has(article.doc.lower[before.first] ?? '')) {
    // (the person nearest before the sentence's last verb of saying: "..., publicist X said.", "X, whose country ..., said")
    let said = before.last - 1;
    while (said >= before.first && !speechAt(article.doc, said)) said--;
    const sayer = said >= before.first ? lastMentionBefore(article, said, (m) => isPersonAt(article, m.first), before.first) : undefined;
    if (sayer) return sayer.entity;
  }
  return lastMentionBefore(article, i, (m) => {
    const type = article.entities.get(m.entity)?.type;
    if (pronoun === 'he' || pronoun === 'she') return type === 'Person' || type === 'Official';
    return speakerType(article, m) && type !== 'Person' && type !== 'Official';
  })?.entity;
}

/** Words that open a clause whose "he" or "she" is the sentence's subject. */
const SUBORDINATORS = new Set(['where', 'when', 'while', 'whereas', 'although', 'though', 'because', 'after', 'before']);
/** Nouns for persons a story leaves unnamed ("a senior official", "the spokesman"). */
const UNNAMED_PERSONS = new Set([...UNNAMED_VOICES, 'diplomat', 'source', 'officer', 'commander', 'aide', 'adviser', 'advisor', 'negotiator', 'envoy']);

/**
 * "A senior Turkish official, speaking on condition of anonymity, said": the sentence at `first` opens with a person
 * it does not name; where the noun stands, and the state a demonym before it names.
 */
function unnamedPersonSubject(article: ResolvedArticle, first: number): { at: number; voice?: string } | undefined {
  const { doc } = article;
  if (first < 0) return undefined;
  let k = afterDateline(article, first, doc.tokens.length);
  if (!/^(a|an|the)$/.test(doc.lower[k] ?? '')) return undefined;
  let voice: string | undefined;
  for (k++; k < first + 8; k++) {
    const m = article.mentionAt[k];
    if (m?.kind === 'demonym' && article.entities.get(m.entity)?.type === 'Country') {
      voice = m.entity;
      k = m.last - 1;
    } else if (m || doc.pos[k] !== 'ADJ') break;
  }
  return UNNAMED_PERSONS.has(doc.lower[k] ?? '') && !article.mentionAt[k + 1] ? { at: k, ...(voice ? { voice } : {}) } : undefined;
}

/** The state or body opening the sentence at `first` (past a dateline and "the"), or the body it owns ("Turkey's defence ministry"), when a verb follows it. */
function openingBody(article: ResolvedArticle, first: number): string | undefined {
  const { doc } = article;
  const start = afterDateline(article, first, doc.tokens.length);
  let m = article.mentionAt[doc.lower[start] === 'the' ? start + 1 : start];
  const owned = m && isPossessiveMark(doc.tokens[m.last]) ? article.mentionAt[m.last + 1] : undefined;
  if (owned && speakerType(article, owned)) m = owned;
  if (!m || !speakerType(article, m) || isPersonAt(article, m.first)) return undefined;
  return doc.pos[m.last] === 'VERB' || doc.pos[m.last] === 'AUX' ? m.entity : undefined;
}

/** How many sentences back a sentence-opening "they" looks for the group it stands for. */
const PLURAL_SUBJECT_SENTENCES = 3;
const GROUP_NOUNS = new Set(['leaders', 'countries', 'states', 'governments', 'juntas', 'officials', 'ministers', 'nations', 'members', 'allies', 'rulers']);

/** "The AES leaders ...", "Mali and Niger ...": the entity opening the sentence at `first` as a plural subject. */
function pluralSubject(article: ResolvedArticle, first: number): string | undefined {
  const { doc } = article;
  const start = doc.lower[first] === 'the' ? first + 1 : first;
  const m = article.mentionAt[start];
  if (!m || m.first !== start || !speakerType(article, m)) return undefined;
  const type = article.entities.get(m.entity)?.type;
  if (type === 'Person' || type === 'Official') return undefined;
  let k = m.last;
  while (k < m.last + 2 && doc.pos[k] === 'ADJ') k++;
  return GROUP_NOUNS.has(doc.lower[k] ?? '') && (doc.pos[k + 1] === 'VERB' || doc.pos[k + 1] === 'AUX') ? m.entity : undefined;
}

/** The nearest state or body before token `i` in its sentence that a verb follows, when a nearer one is only a preposition's object. */
function clauseSubjectBefore(article: ResolvedArticle, i: number): string | undefined {
  const { doc } = article;
  const first = doc.sentences[doc.sentenceOf[i] ?? 0]?.first ?? 0;
  let nearerObject = false;
  for (let k = i - 1; k >= first; k--) {
    if (CLOSE.has(doc.tokens[k] ?? '') || OPEN.has(doc.tokens[k] ?? '')) return undefined;
    const m = article.mentionAt[k];
    if (!m) continue;
    const type = article.entities.get(m.entity)?.type;
    if (speakerType(article, m) && type !== 'Person' && type !== 'Official') {
      if (doc.pos[m.last] === 'VERB' || doc.pos[m.last] === 'AUX') return nearerObject ? m.entity : undefined;
      if (doc.pos[m.first - 1] === 'ADP') nearerObject = true;
      else return undefined;
    }
    k = m.first;
  }
  return undefined;
}

/** The entity that opens the sentence at `first` as its subject, past "the" and through a title ("NATO leader Mark Rutte"). */
export function sentenceSubject(article: ResolvedArticle, opening: number): string | undefined {
  const { doc } = article;
  // "ANKARA, Turkey (AP) — Turkish President ...": the subject comes after the dateline
  const first = afterDateline(article, opening, doc.tokens.length);
  let start = doc.lower[first] === 'the' ? first + 1 : first;
  // "Foreign Minister Anna Kowalczyk ...": past the title words that open the sentence, to the person
  let titled = start;
  while (titled < start + 6 && !article.mentionAt[titled] && isHonorificOrTitleWord(doc.tokens[titled] ?? '')) titled++;
  if (titled > start && isPersonAt(article, titled)) start = titled;
  const m = article.mentionAt[start];
  // "Somali President Hassan Sheikh Mohamud ...": a demonym opening the sentence leads to the person after the title
  if (!m || m.first !== start || (!speakerType(article, m) && m.kind !== 'demonym')) return undefined;
  let k = m.last;
  // "NATO leader Mark Rutte", "Iran's foreign ministry spokesman Esmaeil Baghaei": the person the title leads to
  // ... also past where the office serves ("South Sudan's ambassador to the U.N., Akuei Bona Malwal")
  while (k < m.last + 8) {
    const posted = doc.lower[k - 1] === 'to' || (doc.lower[k - 1] === 'the' && doc.lower[k - 2] === 'to');
    const there = article.mentionAt[k];
    if (there && posted && !isPersonAt(article, k)) {
      k = there.last;
      continue;
    }
    if (!(isTitleWordAnyCase(doc.tokens[k] ?? '') || isPossessiveMark(doc.tokens[k]) || doc.tokens[k] === ',' || /^\p{Ll}+$/u.test(doc.tokens[k] ?? ''))) break;
    if (doc.pos[k] === 'VERB' || doc.pos[k] === 'AUX') break;
    k++;
  }
  if (k > m.last && isPersonAt(article, k)) return article.mentionAt[k]?.entity;
  return speakerType(article, m) ? m.entity : undefined;
}

/** The first speaker before `v` that opens a clause (at `first` or after a comma) right before its verb: "..., France voiced". */
export function clauseOpener(article: ResolvedArticle, first: number, v: number): string | undefined {
  const { doc } = article;
  for (let k = first; k < v; k++) {
    const m = article.mentionAt[k];
    if (!m || m.first !== k) continue;
    let next = m.last;
    while (next < v && doc.pos[next] === 'ADV') next++;
    if ((k === first || doc.tokens[k - 1] === ',') && speakerType(article, m) && (doc.pos[next] === 'VERB' || doc.pos[next] === 'AUX')) return m.entity;
    k = m.last - 1;
  }
  return undefined;
}

/** The speakers listed with `last` before it ("Mali and Burkina Faso", "Chad, Mali and Niger"), in text order. */
export function listBefore(article: ResolvedArticle, last: ResolvedMention): ResolvedMention[] {
  const list = [last];
  let m = last;
  for (;;) {
    const joint = article.doc.lower[m.first - 1];
    const previous = joint === 'and' || joint === ',' ? article.mentionAt[m.first - 2] : undefined;
    // (people list with people, states and bodies with their kind: "ambassador to Manila, Hiroshi Tanabe" is no list)
    if (!previous || !speakerType(article, previous) || isPersonAt(article, previous.first) !== isPersonAt(article, last.first) || list.some((member) => member.entity === previous.entity)) break;
    list.unshift(previous);
    m = previous;
  }
  return list;
}

/** A speech verb before token `k` in its clause, with "that" or nothing between ("said in a statement that it"), or -1. */
export function reportingVerbBefore(article: ResolvedArticle, k: number, from: number): number {
  const { doc } = article;
  const that = doc.lower[k - 1] === 'that' ? k - 1 : k;
  for (let i = that - 1; i >= Math.max(from, that - 6); i--) {
    if (speechAt(doc, i)) return i;
    if (article.mentionAt[i] || /^[,;:“”"]$/.test(doc.tokens[i] ?? '') || doc.pos[i] === 'VERB' || doc.pos[i] === 'AUX') return -1;
  }
  return -1;
}

/** How far back a participle looks for the speech verb it follows ("she said in a statement, calling"). */
const SAID_BEFORE_TOKENS = 6;

/** A speech verb right after a closing quote, a few words before the participle at `v` (past an adjunct), or -1. */
/** The mention ending right before token `k`, past an acronym in brackets, and its owner before a possessive. */
function namedBefore(article: ResolvedArticle, k: number): ResolvedMention | undefined {
  const { doc } = article;
  const m = doc.tokens[k - 1] === ',' ? undefined : nameBeforeComma(article, k - 1);
  const owner = m && isPossessiveMark(doc.tokens[m.first - 1]) ? article.mentionAt[m.first - 2] : undefined;
  return owner ?? m;
}

export function saidBefore(article: ResolvedArticle, v: number, first: number): number {
  const { doc } = article;
  for (let k = v - 2; k >= Math.max(first, v - SAID_BEFORE_TOKENS); k--) {
    // (or a name set off by a comma: "..., al-Jubouri said, adding that ...", "..., South Korea's Joint Chiefs of Staff
    // (JCS) said, adding": past an acronym in brackets and the owner before a possessive)
    const named = namedBefore(article, k);
    // (or a pronoun after a comma: "Warsaw has spent 4 percent, he said, adding: “...”")
    const pronoun = PRONOUNS.has(doc.lower[k - 1] ?? '') && doc.tokens[k - 2] === ',';
    // (or someone unnamed after a comma: "..., the official said, adding that ...")
    let the = k - 1;
    while (the > k - 4 && /^\p{Ll}+$/u.test(doc.tokens[the] ?? '') && doc.lower[the] !== 'the' && !article.mentionAt[the]) the--;
    const unnamed = the < k - 1 && doc.lower[the] === 'the' && doc.tokens[the - 1] === ',';
    if (speechAt(doc, k) && (CLOSE.has(doc.tokens[k - 1] ?? '') || CLOSE.has(doc.tokens[k - 2] ?? '') || pronoun || unnamed || (named !== undefined && doc.tokens[named.first - 1] === ','))) return k;
    if (doc.tokens[k] === ',' || article.mentionAt[k]) return -1;
  }
  return -1;
}
