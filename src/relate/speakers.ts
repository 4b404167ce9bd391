// Who speaks: the speaker of a speech verb, read in turn as each way news names one (after the verb, before it, set
// off by commas, through an apposition, a list, a pronoun, a description of an office or a body), and the source
// after "according to". What a description stands for is in speaker-descriptions.ts, subjects in speaker-subjects.ts.
import type { ResolvedArticle, ResolvedMention } from '../resolve/resolve.js';
import type { OfficeFinding } from './holds-position.js';
import { appositionOpening, homeCountry, inDateline, isPossessiveMark, countedEndingAt, madeOfAt, nameBeforeComma, pastBracketedAcronym, placeOfNoun, stateOfPlace, theCounted, whoTheCountedAre } from './context.js';
import { isHonorificOrTitleWord, isTitleWordAnyCase, loadTitles } from '../lexicon/titles.js';
import { CLOSE, TELLING } from './speech.js';
import { groupFrom, relayedBy } from './roles.js';
import {
  describedSpeaker, holderTitled, isPersonAt, recalledOffice, personAfterJob, personAfterTitleWords, PRESS_OFFICES, pressOfficeOwner, relativeOf, SPEAKER_TYPES, speakerType, STATE_VOICES, titledHolder,
  unnamedSpeaker, UNNAMED_VOICES,
} from './speaker-descriptions.js';
import { antecedent, clauseOpener, listBefore, PRONOUNS, reportingVerbBefore, saidBefore, sentenceSubject } from './speaker-subjects.js';

export { PRONOUNS } from './speaker-subjects.js';
export { speakerType, STATE_VOICES } from './speaker-descriptions.js';

/** How far back an apposition may reach between a person and the speech verb. */
const APPOSITION_MAX_TOKENS = 24;

const INVERTING = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'continued', 'explained', 'noted', 'stressed', 'insisted', 'asked', 'warned', 'declared', 'stated', 'replied', 'responded', 'remarked', 'recalled', 'concluded']);

/** A speech verb at `v` whose speaker is looked for in the clause from `from` to `to`. */
interface SpeechVerb {
  readonly article: ResolvedArticle;
  readonly v: number;
  readonly from: number;
  readonly to: number;
  readonly offices: readonly OfficeFinding[];
}

/** One way of naming a speaker: its speakers, [] when it tells that nobody we know speaks, undefined when it does not apply. */
type SpeakerReading = (verb: SpeechVerb) => string[] | undefined;

/**
 * Speakers of a speech verb at `v`: the entity right after it ("said Hong"), else the nearest before it in the
 * clause with any joined to it by "and" ("the United States and Britain said"). An apposition or relative clause
 * between a person and the verb is passed over ("Daniel Hagari, Israel's military spokesperson, said"), and a
 * description naming a body or an office ("the UN chief", "Seoul's spy agency") stands for who holds it. The
 * readings are tried in order; the first that applies answers.
 */
export function speakerOfVerb(article: ResolvedArticle, v: number, from: number, to: number, offices: readonly OfficeFinding[] = []): string[] {
  const verb: SpeechVerb = { article, v, from, to, offices };
  for (const read of READINGS) {
    const speakers = read(verb);
    if (speakers) return speakers;
  }
  return [];
}

/** "according to a Western security source, who said ...": the one the relative clause is about; an unnamed one is nobody we know. */
function unnamedRelative({ article, v }: SpeechVerb): string[] | undefined {
  const { doc } = article;
  const unnamed = doc.lower[v - 1] === 'who' && doc.tokens[v - 2] === ',' && !article.mentionAt[v - 3] && /^\p{Ll}+$/u.test(doc.tokens[v - 3] ?? '') && doc.pos[v - 3] === 'NOUN' && !isTitleWordAnyCase(doc.tokens[v - 3] ?? '');
  return unnamed ? [] : undefined;
}

/** How many tokens an apposition between a person and ", who said" may have. */
const RELATIVE_APPOSITION_TOKENS = 12;

/**
 * "by Major General X, spokesman of the Royal Thai Army, who said ...": a relative clause after a person's apposition
 * is about the person, not the body the apposition names.
 */
function personBeforeRelative({ article, v, from }: SpeechVerb): string[] | undefined {
  const { doc } = article;
  if (doc.lower[v - 1] !== 'who' || doc.tokens[v - 2] !== ',') return undefined;
  const person = personBeforeAppositionEnding(article, v - 2, from);
  return person ? [person] : undefined;
}

/** The person whose apposition ends at the comma `end` ("X, spokesman of the Royal Thai Army,"), if one is named there. */
function personBeforeAppositionEnding(article: ResolvedArticle, end: number, from: number): string | undefined {
  const { doc } = article;
  let comma = end - 1;
  while (comma > Math.max(from, end - RELATIVE_APPOSITION_TOKENS) && doc.tokens[comma] !== ',') comma--;
  if (doc.tokens[comma] !== ',' || comma === end - 1) return undefined;
  const person = article.mentionAt[comma - 1];
  return person && isPersonAt(article, person.first) ? person.entity : undefined;
}

/** "Defence Minister Kristjan Mägi (Reform) said": the person before a party's name in brackets. */
function personBeforeParty({ article, v, from }: SpeechVerb): string[] | undefined {
  const { doc } = article;
  if (doc.tokens[v - 1] !== ')') return undefined;
  let open = v - 2;
  while (open > v - 6 && open > from && doc.tokens[open] !== '(') open--;
  const person = doc.tokens[open] === '(' ? article.mentionAt[open - 1] : undefined;
  return person && isPersonAt(article, person.first) ? [person.entity] : undefined;
}

/**
 * The mention right after the verb, past a demonym and title words to a person ("said Kenyan President William
 * Ruto"), past the state owning the title and the comma after it ("said Ghana's president, Kwabena Asante-Mensah").
 */
function mentionAfter({ article, v, to }: SpeechVerb): ResolvedMention | undefined {
  const { doc } = article;
  let a = v + 1;
  for (;;) {
    const m = article.mentionAt[a];
    if (a >= to) break;
    const job = m && a === v + 1 && !isPersonAt(article, a) ? personAfterJob(article, m.last) : -1;
    const titleAfterVerb = a === v + 1 ? loadTitles().trie.longest(doc.lower, a)?.last : undefined;
    const servedUpTo = a > v + 1 && /^(of|for)$/.test(doc.lower[a] ?? '') ? personAfterTitleWords(article, a + 1, to) : -1;
    if (m?.kind === 'demonym' || isHonorificOrTitleWord(doc.tokens[a] ?? '')) a = m?.last ?? a + 1;
    else if (m && a === v + 1 && isPossessiveMark(doc.tokens[m.last]) && isTitleWordAnyCase(doc.tokens[m.last + 1] ?? '')) a = m.last + 1;
    else if (a === v + 1 && doc.lower[a] === 'the' && (isTitleWordAnyCase(doc.tokens[a + 1] ?? '') || article.mentionAt[a + 1]?.kind === 'demonym')) a++;
    // ("said Orioles team physician Dr. William Goldiner": past the body and the common nouns of the person's job)
    else if (job >= 0) a = job;
    else if (a > v + 1 && isTitleWordAnyCase(doc.tokens[a] ?? '')) a++;
    // ("said Under Secretary of the Treasury for Terrorism and Financial Intelligence Margaret Oduya": a title's own
    // words, a trie's title, and what it is of or for, up to the person)
    else if (titleAfterVerb !== undefined) a = titleAfterVerb;
    else if (servedUpTo >= 0) a = servedUpTo;
    else if (doc.tokens[a] === ',' && a > v + 1 && isTitleWordAnyCase(doc.tokens[a - 1] ?? '') && isPersonAt(article, a + 1)) a++;
    else break;
  }
  return a > v + 1 && isPersonAt(article, a) ? article.mentionAt[a] : article.mentionAt[v + 1];
}

/** "..., the two governments said": the last two states named before. */
function countedStates({ article, v }: SpeechVerb): string[] | undefined {
  const pair = countedEndingAt(article, v);
  return pair >= 0 && theCounted(article, pair) === 'states' ? whoTheCountedAre(article, pair).map((m) => m.entity) : undefined;
}

/**
 * "The U.N. special envoy for Yemen, Hans Lindqvist, said": a person set off by commas right before the verb, perhaps
 * with the person's title after the comma ("the representative of X, Deputy Permanent Representative Y, said"); not
 * one inside a relative clause ("X, who signed it alongside China's commerce minister, Wang Lihua, called it").
 */
function setOffPerson({ article, v, from }: SpeechVerb): string[] | undefined {
  const { doc } = article;
  const set = doc.tokens[v - 1] === ',' && isPersonAt(article, v - 2) ? article.mentionAt[v - 2] : undefined;
  if (!set) return undefined;
  const inRelative = doc.lower.slice(from, set.first).some((w) => w === 'who' || w === 'which');
  let opening = set.first - 1;
  // (past ranks joined by a hyphen: "Lt.-Col. X")
  while (opening > from && !article.mentionAt[opening] && (isHonorificOrTitleWord(doc.tokens[opening] ?? '') || /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[opening] ?? '') || doc.tokens[opening] === '-')) opening--;
  return (doc.tokens[set.first - 1] === ',' || (opening < set.first - 1 && doc.tokens[opening] === ',')) && !inRelative ? [set.entity] : undefined;
}

/**
 * "..., said Hong": only verbs that invert take their speaker after them ("urged Washington" names the one urged);
 * not a name with a verb of its own that opens the reported clause ("its president, Ursula von der Leyen, said Belarus
 * was ..."), nor one that only qualifies the clause's subject ("said CIA surveillance flights had increased").
 */
function invertedSpeaker(verb: SpeechVerb): string[] | undefined {
  const { article, v } = verb;
  const { doc } = article;
  const inverted = INVERTING.has(doc.lower[v] ?? '') && (doc.lower[v - 1] === ',' || doc.tokens[v - 1] === '”' || doc.tokens[v - 1] === '"');
  if (!inverted || /ing$/.test(doc.lower[v] ?? '')) return undefined;
  const after = mentionAfter(verb);
  if (!after) return undefined;
  const ownVerb = doc.pos[after.last] === 'VERB' || doc.pos[after.last] === 'AUX' || isPossessiveMark(doc.tokens[after.last]) || (doc.pos[after.last] === 'NOUN' && /^\p{Ll}/u.test(doc.tokens[after.last] ?? ''));
  return !ownVerb && speakerType(article, after) ? [after.entity] : undefined;
}

/**
 * "the leaders referred to the deal brokered by Turkey and called for ...": a second predicate's speaker is the
 * sentence's subject, when an entity opens the sentence; also after "but" ("X told reporters that ..., but said the
 * government had not decided"), and past an opening adjunct ("With violence spiralling, France voiced backing ... but
 * said"); a pronoun's is its antecedent, found later.
 */
function secondPredicate({ article, v, from }: SpeechVerb): string[] | undefined {
  const { doc } = article;
  const but = doc.lower[v - 1] === 'but';
  if (!but && doc.lower[v - 1] !== 'and' && !(doc.lower[v - 1] === 'also' && doc.lower[v - 2] === 'and')) return undefined;
  const first = doc.sentences[doc.sentenceOf[v] ?? 0]?.first ?? from;
  // ("He added that ..., but said no talks had been scheduled": the pronoun the sentence opens with)
  const pronoun = doc.lower[first] ?? '';
  if (PRONOUNS.has(pronoun) && doc.pos[first + 1] !== 'NOUN') {
    const found = antecedent(article, first, pronoun);
    if (found) return [found];
  }
  const subject = sentenceSubject(article, first) ?? (but ? clauseOpener(article, first, v) : undefined);
  if (subject) return [subject];
  return but ? undefined : [];
}

/**
 * A comma right before the verb (past auxiliaries and adverbs: "X, Norway's defence minister, has also said"): the
 * one a relative clause describes ("The Council, which has urged states to act, said"), the person or the state a
 * verbless apposition follows.
 */
/** How far before an apposition's comma an unnamed voice may stand ("A spokesperson for Pyongyang's defence ministry, ..."). */
const UNNAMED_VOICE_REACH_TOKENS = 7;

function beforeApposition({ article, v, from }: SpeechVerb): string[] | undefined {
  const { doc } = article;
  let w = v;
  while (w - 1 > from && (doc.pos[w - 1] === 'AUX' || doc.pos[w - 1] === 'ADV') && /^\p{Ll}/u.test(doc.tokens[w - 1] ?? '')) w--;
  if (doc.tokens[w - 1] !== ',') return undefined;
  // "The Council, which has urged states to act, said": the one the relative clause describes
  for (let c = w - 2; c >= Math.max(from, w - APPOSITION_MAX_TOKENS - 8); c--) {
    // (also "ECCAS, of which Chad is a founding member, said", "the Council, whose members ..., said")
    // (or a participle's clause: "A U.S. official, speaking on condition of anonymity, said")
    const relative = /^(which|who|whose|speaking|requesting|asking|declining|quoted|cited)$/.test(doc.lower[c + 1] ?? '') || (doc.lower[c + 1] === 'of' && /^(which|whom)$/.test(doc.lower[c + 2] ?? ''));
    if (doc.tokens[c] !== ',' || !relative) continue;
    // (past an acronym in brackets: "the Economic Community of Central African States (ECCAS), of which ...")
    const m = article.mentionAt[pastBracketedAcronym(doc.tokens, c - 1)];
    // ("X, the head of Türkiye's Defense Industry Agency (SSB), who also attended, said": "who" is about the person
    // the apposition follows, not the body it names)
    const person = doc.lower[c + 1] === 'who' && m && !isPersonAt(article, m.first) ? personBeforeAppositionEnding(article, c, from) : undefined;
    if (person) return [person];
    // ("France, Germany and Britain, which are parties to the deal, warned": every one of a list)
    // (but "The AES, made up of Mali, Burkina Faso and Niger, which ..., said": the body the list makes up)
    if (m && speakerType(article, m)) {
      const list = listBefore(article, m);
      const madeOf = madeOfAt(doc.lower, (list[0]?.first ?? m.first) - 1);
      const whole = madeOf >= 0 && doc.tokens[madeOf - 1] === ',' ? nameBeforeComma(article, madeOf - 1) : undefined;
      return whole && speakerType(article, whole) ? [whole.entity] : list.map((member) => member.entity);
    }
    // ("A Burkinabe defence ministry official, who asked not to be named, told Reuters": an unnamed official is
    // the state a demonym names, else nobody we know)
    // (past where the unnamed one is from: "An elected official from the area, who asked not to be named, told AFP")
    let voice = c - 1;
    for (let d = c - 2; d >= Math.max(from, c - UNNAMED_VOICE_REACH_TOKENS) && !UNNAMED_VOICES.has(doc.lower[voice] ?? ''); d--) {
      if (UNNAMED_VOICES.has(doc.lower[d] ?? '') && /^(from|in|at|with|of|for)$/.test(doc.lower[d + 1] ?? '')) voice = d;
    }
    // ("A spokesperson for Pyongyang's defence ministry, quoted by KCNA, said": the state or body spoken for)
    const spokenFor = doc.lower[voice + 1] === 'for' ? article.mentionAt[doc.lower[voice + 2] === 'the' ? voice + 3 : voice + 2] : undefined;
    if (!m && spokenFor && UNNAMED_VOICES.has(doc.lower[voice] ?? '') && speakerType(article, spokenFor)) return [spokenFor.entity];
    if (!m && UNNAMED_VOICES.has(doc.lower[voice] ?? '')) {
      const c2 = voice + 1;
      for (let d = c2 - 2; d >= Math.max(from, c2 - 6); d--) {
        const owner = article.mentionAt[d];
        // (or the body right before the word: "one PLO official, who requested anonymity, told Reuters")
        const qualifies = owner !== undefined && owner.last === c2 - 1 && speakerType(article, owner);
        if (owner?.kind === 'demonym' || qualifies || (owner && isPossessiveMark(doc.tokens[owner.last]) && article.entities.get(owner.entity)?.type === 'Country')) return [owner.entity];
      }
      return [];
    }
    break;
  }
  // (a participle after a comma shares its main clause's subject, read later: "placed two firms, A and B, on its list,
  // saying" sets off no state or body)
  const participle = /ing$/.test(doc.lower[v] ?? '');
  let verbless = true;
  let reach = w - APPOSITION_MAX_TOKENS;
  for (let c = w - 2; c >= Math.max(from, reach); c--) {
    if (doc.pos[c] === 'VERB' || doc.pos[c] === 'AUX') verbless = false;
    if (doc.tokens[c] !== ',') continue;
    const m = article.mentionAt[c - 1];
    const type = m ? article.entities.get(m.entity)?.type : undefined;
    if (m && (type === 'Person' || type === 'Official')) return [m.entity];
    // "The United States, Taiwan's main arms supplier, said": a state or body before a verbless apposition;
    // "Mali and Burkina Faso, both run by juntas, warned": every one of a list
    if (m && verbless && !participle && speakerType(article, m)) return listBefore(article, m).map((member) => member.entity);
    // ("General X, the head of the junta, which calls itself the CNSP, said": past a relative clause on a noun of the
    // apposition, to the person before it)
    if (!m && /^(which|who)$/.test(doc.lower[c + 1] ?? '')) {
      verbless = true;
      reach = c - APPOSITION_MAX_TOKENS;
      continue;
    }
    break;
  }
  return undefined;
}

/**
 * "..., calling their arrival “a clear message”": a participle after a comma shares the main clause's subject.
 */
function participleSubject({ article, v, from, offices }: SpeechVerb): string[] | undefined {
  const { doc } = article;
  if (doc.tokens[v - 1] !== ',' || !/ing$/.test(doc.lower[v] ?? '')) return undefined;
  const sentence = doc.sentences[doc.sentenceOf[v] ?? 0];
  // ("The spokesman denied that Africa Corps troops had fought, saying ...": an office named bare opening the
  // sentence is its holder named before, not a name inside the clause it denies)
  const start = sentence?.first ?? from;
  let verb = start;
  while (verb < v && doc.pos[verb] !== 'VERB' && doc.pos[verb] !== 'AUX') verb++;
  if (doc.lower[start] === 'the' && verb > start + 1 && doc.tokens.slice(start + 1, verb).every((w, k) => isTitleWordAnyCase(w) && !article.mentionAt[start + 1 + k])) {
    const holder = titledHolder(article, verb, start, offices);
    if (holder) return [holder];
  }
  // ("Separately, the government placed two firms, A and B, on its list, saying": the filing state's government, not
  // the objects after its verb)
  if (/^(government|authorities)$/.test(doc.lower[verb - 1] ?? '') && doc.lower[verb - 2] === 'the' && !article.mentionAt.slice(start, verb).some((m) => m !== undefined)) {
    const home = homeCountry(article);
    return home ? [home] : [];
  }
  // ("“I commend Qatar ...,” she said in a statement, calling on ...": the one whose speech verb it follows)
  const said = saidBefore(article, v, sentence?.first ?? from);
  if (said >= 0) {
    // (nobody we know, when it is someone unnamed: "..., the official said, adding that ..." is none the sentence names)
    return speakerOfVerb(article, said, sentence?.first ?? from, said + 1, offices);
  }
  let subject: string[] | undefined;
  let opened = v;
  for (let k = sentence?.first ?? from; k < v; k++) {
    const m = article.mentionAt[k];
    if (!m) continue;
    const type = article.entities.get(m.entity)?.type;
    // (a person named past the subject's verb is no subject: "France's Foreign Ministry denied claims that forces had
    // helped Agbodjan's loyalists ..., calling them"; "U.S. Ambassador X applauded" is X)
    const pastVerb = subject !== undefined && doc.pos.slice(opened, m.first).some((p) => p === 'VERB' || p === 'AUX');
    if ((type === 'Person' || type === 'Official') && !pastVerb) return [m.entity];
    if (subject === undefined && speakerType(article, m) && !inDateline(article, m)) {
      opened = m.last;
      // "China's Foreign Ministry rejected the criticism, saying": the body the country owns
      const owned = isPossessiveMark(doc.tokens[m.last]) ? article.mentionAt[m.last + 1] : undefined;
      // "Poland, Finland and Estonia all announced their departures, arguing": every one of a list
      subject = owned && speakerType(article, owned) ? [owned.entity] : groupFrom(article, m, SPEAKER_TYPES, 1, v).map((member) => member.entity);
    }
    k = m.last - 1;
  }
  return subject;
}

/** "..., the president added, “...”": the person last named before with that office. */
function namedOffice({ article, v, from, offices }: SpeechVerb): string[] | undefined {
  const holder = titledHolder(article, v, from, offices);
  return holder ? [holder] : undefined;
}

/** "..., the press service said": the owner of the press office named last before, else nobody we know. */
function pressOffice({ article, v }: SpeechVerb): string[] | undefined {
  const { doc } = article;
  if (!PRESS_OFFICES.has(doc.lower[v - 1] ?? '') || doc.lower[v - 2] !== 'press' || doc.lower[v - 3] !== 'the') return undefined;
  const owner = pressOfficeOwner(article, v - 3);
  return owner ? [owner] : [];
}

/**
 * "The foreign ministry said ..." in a story filed from Caracas: a state body named bare is the filing state's, and
 * no name before it speaks (unless the words name a body named before: "Russia's embassy in London ... The embassy
 * said"); "Its foreign ministry said": the state "its" stands for; "..., the spokesman said.": someone unnamed speaks,
 * and no name before is the speaker.
 */
function unnamedVoice({ article, v, from }: SpeechVerb): string[] | undefined {
  const { doc } = article;
  const unnamed = article.mentionAt[v - 1] ? undefined : unnamedSpeaker(article, v, from);
  if (unnamed === 'body') {
    // ("A senior Japanese Defense Ministry official denied ... “...,” the official said.": the one named before)
    const named = doc.lower[v - 2] === 'the' ? voiceNamedBefore(article, v - 1) : undefined;
    if (named) return [named];
    const home = homeCountry(article);
    return home ? [home] : [];
  }
  if (unnamed === 'owned') {
    let its = v - 1;
    while (its > from && doc.lower[its] !== 'its') its--;
    const owner = antecedent(article, its, 'it');
    return owner ? [owner] : [];
  }
  return unnamed === 'person' ? [] : undefined;
}

/** "..., in which the envoy accused India of ...": the holder or state of the office a bare one recalls. */
function recalledVoice({ article, v, from }: SpeechVerb): string[] | undefined {
  const recalled = recalledOffice(article, v, from);
  return recalled ? [recalled.entity] : undefined;
}

/** How many sentences back "the official" looks for the one it was introduced as. */
const VOICE_BACK_SENTENCES = 2;
/** How many words may introduce such a voice ("a senior Japanese Defense Ministry official"). */
const VOICE_WORDS = 8;

/**
 * "the official" at `at`, recalling "a senior Japanese Defense Ministry official" in a sentence or two before: the
 * state or body named right before that noun there (past "senior", "top").
 */
function voiceNamedBefore(article: ResolvedArticle, at: number): string | undefined {
  const { doc } = article;
  const noun = doc.lower[at] ?? '';
  const si = doc.sentenceOf[at] ?? 0;
  for (let s = si - 1; s >= Math.max(0, si - VOICE_BACK_SENTENCES); s--) {
    const sentence = doc.sentences[s];
    if (!sentence) continue;
    for (let k = sentence.last - 1; k > sentence.first; k--) {
      // (introduced as "a ... official")
      if (doc.lower[k] !== noun || !doc.lower.slice(Math.max(sentence.first, k - VOICE_WORDS), k).some((w) => w === 'a' || w === 'an')) continue;
      let j = k - 1;
      while (j > sentence.first && /^(senior|top|high-ranking|junior)$/.test(doc.lower[j] ?? '')) j--;
      const m = article.mentionAt[j];
      if (m && m.last === j + 1 && speakerType(article, m)) return m.entity;
    }
  }
  return undefined;
}

/**
 * The nearest speaker before the verb in its clause, a pronoun's antecedent, a state's voice ("Indian officials
 * said"), past appositions and the places bodies sit in, with those joined to it by "and".
 */
function nearestBefore({ article, v, from, offices }: SpeechVerb): string[] | undefined {
  const { doc } = article;
  for (let k = v - 1; k >= from && k >= v - 12; k--) {
    const lower = doc.lower[k] ?? '';
    if (PRONOUNS.has(lower)) {
      // "The ministry said in a statement that it rejected ...": the pronoun is whoever reports the clause
      const reporter = lower === 'it' || lower === 'they' ? reportingVerbBefore(article, k, from) : -1;
      if (reporter >= 0) return speakerOfVerb(article, reporter, from, reporter + 1, offices);
      const found = antecedent(article, k, lower);
      return found ? [found] : [];
    }
    const m = article.mentionAt[k] && !inDateline(article, article.mentionAt[k] as ResolvedMention) ? article.mentionAt[k] : undefined;
    // "Indian officials said", "the Kenyan government said": the state speaks
    if (m && m.kind === 'demonym' && m.last < v && doc.lower.slice(m.last, v).every((w) => STATE_VOICES.has(w))) return [m.entity];
    // ("the Indonesian minister said": the one the article named with that office of the state, else the state)
    if (m && m.kind === 'demonym' && m.last < v && doc.lower[m.first - 1] === 'the' && doc.tokens.slice(m.last, v).every((w) => /^\p{Ll}/u.test(w) && isTitleWordAnyCase(w))) {
      return [holderTitled(offices, m.entity, doc.lower[v - 1] ?? '', v) ?? m.entity];
    }
    // "Poland, a member of NATO and the EU, has said": past the apposition to what it describes
    const apposition = m ? appositionOpening(article, from, m, v) : -1;
    if (apposition >= 0) {
      k = apposition;
      continue;
    }
    // "Officials in Seoul said": unnamed officials in a state's capital or land speak for that state, when the article
    // names it
    if (m && /^(in|from)$/.test(doc.lower[m.first - 1] ?? '') && /^(officials|authorities|diplomats)$/.test(doc.lower[m.first - 2] ?? '') && m.last === v) {
      const state = stateOfPlace(article, m.entity);
      if (state) return [state];
    }
    // ("Analysts consulted by Prensa Latina noted that": the outlet that asked does not speak)
    if (m && relayedBy(article, m)) return [];
    // ("On Myanmar, the communique said": the topic a sentence opens on is no one who speaks)
    if (m && /^(on|regarding|concerning)$/.test(doc.lower[m.first - 1] ?? '') && doc.tokens[m.last] === ',' && doc.sentences[doc.sentenceOf[m.first] ?? 0]?.first === m.first - 1) return [];
    // "China's embassy in Washington said": the place a body sits in is not who speaks
    if (m && placeOfNoun(article, m)) {
      k = m.first;
      continue;
    }
    // ("the powerful sister of leader Kim Jong Un warned that ...": a relative of the one named speaks, unnamed)
    if (m && relativeOf(article, m)) return [];
    // ("Force commander Major General X of the Kenya Defence Forces (KDF) told journalists": the person the body serves,
    // past its acronym in brackets)
    const bracketed = m && doc.tokens[m.first - 1] === '(' && doc.tokens[m.last] === ')' ? article.mentionAt[m.first - 2] : undefined;
    const body = bracketed?.entity === m?.entity ? bracketed : m;
    const of = body ? (doc.lower[body.first - 1] === 'the' ? body.first - 2 : body.first - 1) : -1;
    const served = body && doc.lower[of] === 'of' && !isPersonAt(article, body.first) ? article.mentionAt[of - 1] : undefined;
    if (served && isPersonAt(article, served.first)) return [served.entity];
    if (m && speakerType(article, m)) {
      const described = describedSpeaker(article, m, v, offices);
      if (described) return [described];
      // "the United States and Britain said", "A, B and C said": a list only counts when "and" joins it
      const group = [m.entity];
      let joined = false;
      let j = m.first - 1;
      if (doc.lower[j] === 'the') j--;
      while (j >= from && (doc.lower[j] === 'and' || doc.lower[j] === ',')) {
        // ("France, Germany, and Britain said": the comma before the last "and")
        if (doc.lower[j] === 'and' && doc.lower[j - 1] === ',') {
          joined = true;
          j--;
        }
        const other = article.mentionAt[j - 1];
        if (!other || !speakerType(article, other)) break;
        if (doc.lower[j] === 'and') joined = true;
        else if (!joined) break;
        group.unshift(other.entity);
        j = other.first - 1;
      }
      return [...new Set(group)];
    }
    if (m) k = m.first;
    if (CLOSE.has(doc.tokens[k] ?? '') || lower === ';') break;
  }
  return undefined;
}

/** (not whom it is told: "A Gabonese security source, however, told RFI that ...") */
function speakerAfter(verb: SpeechVerb): string[] | undefined {
  const { article, v, to } = verb;
  const { doc } = article;
  const after = mentionAfter(verb);
  return after && speakerType(article, after) && v + 1 < to && (CLOSE.has(doc.tokens[v - 1] ?? '') || doc.tokens[v - 1] === ',') && !TELLING.has(doc.lower[v] ?? '') ? [after.entity] : undefined;
}

const READINGS: readonly SpeakerReading[] = [
  unnamedRelative,
  personBeforeRelative,
  personBeforeParty,
  countedStates,
  setOffPerson,
  invertedSpeaker,
  secondPredicate,
  beforeApposition,
  participleSubject,
  namedOffice,
  pressOffice,
  unnamedVoice,
  recalledVoice,
  nearestBefore,
  speakerAfter,
];

/**
 * At comma `j`, a person named in apposition and closed by another comma, past a rank ("the Chief of the Defence
 * Forces, General Peter Kirui, said"; "the head of the navy, Admiral Joan Mwita,"): that person.
 */
function appositivePerson(article: ResolvedArticle, j: number): ResolvedMention | undefined {
  const { tokens } = article.doc;
  if (tokens[j] !== ',') return undefined;
  let at = j + 1;
  while (at < j + 4 && !article.mentionAt[at] && isHonorificOrTitleWord(tokens[at] ?? '')) at++;
  const m = article.mentionAt[at];
  return m && m.first === at && tokens[m.last] === ',' && ['Person', 'Official'].includes(article.entities.get(m.entity)?.type ?? '') ? m : undefined;
}

/** The source after "according to", past titles and determiners ("according to Defence Minister Tomasz Wilk"). */
export function mentionAfterAccordingTo(article: ResolvedArticle, k: number): ResolvedMention | undefined {
  for (let j = k + 2; j < Math.min(article.doc.tokens.length, k + 9); j++) {
    // ("according to two military sources who spoke to Al Jazeera": the source, unnamed, ends before its relative clause)
    if (/^(who|whom|which|that)$/.test(article.doc.lower[j] ?? '')) return undefined;
    let m = article.mentionAt[j];
    // "according to Serbia's Ministry of Mining": the body the country owns
    if (m && article.entities.get(m.entity)?.type === 'Country' && isPossessiveMark(article.doc.tokens[m.last])) {
      const owned = article.mentionAt[m.last + 1];
      if (owned && speakerType(article, owned)) m = owned;
    }
    // ("according to a communique seen by Reuters": the outlet only saw the source, an unnamed document)
    if (m && article.doc.lower[j - 1] === 'by' && /^(seen|obtained|reviewed|viewed|cited)$/.test(article.doc.lower[j - 2] ?? '')) return undefined;
    if (m && speakerType(article, m)) {
      // "according to Deputy Pentagon Press Secretary Sabrina Singh": the person after a body named in the title
      const next = article.mentionAt[m.last] ?? article.mentionAt[m.last + 1] ?? article.mentionAt[m.last + 2];
      const person = next && ['Person', 'Official'].includes(article.entities.get(next.entity)?.type ?? '') ? next : undefined;
      const between = article.doc.tokens.slice(m.last, person?.first ?? m.last);
      if (person && person.first - m.last <= 3 && !between.some((t) => /^[.,;:!?]$/.test(t))) return person;
      // ("according to the Chief of the Defence Forces, General Peter Kirui, ...": the officer the body's title names)
      const titled = isTitleWordAnyCase(article.doc.tokens[m.first - 2] ?? '') || isTitleWordAnyCase(article.doc.tokens[m.first - 3] ?? '');
      return (titled && !isPersonAt(article, m.first) ? appositivePerson(article, m.last) : undefined) ?? m;
    }
    // ("according to the head of the navy, Admiral Joan Mwita, ...": a title no one is named in, then its holder)
    if (article.doc.tokens[j] === ',' && article.doc.tokens.slice(k + 2, j).some((t) => isTitleWordAnyCase(t))) return appositivePerson(article, j);
    if (/^[,.;]$/.test(article.doc.tokens[j] ?? '')) return undefined;
  }
  return undefined;
}
