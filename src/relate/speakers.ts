// Who speaks: the speaker of a speech verb (after it, before it, through an apposition, a list, a pronoun, a
// description of an office or a body), the subject opening a sentence, and the source after "according to".
import type { ResolvedArticle, ResolvedMention } from '../resolve/resolve.js';
import type { OfficeFinding } from './holds-position.js';
import { afterDateline, appositionOpening, homeCountry, inDateline, isPossessiveMark, countedEndingAt, placeOfNoun, stateOfPlace, theCounted, whoTheCountedAre } from './context.js';
import { isHonorificOrTitleWord, isTitleWordAnyCase, loadTitles } from '../lexicon/titles.js';
import { CLOSE, OPEN, speechAt, TELLING } from './speech.js';
import { groupFrom, lastMentionBefore, personPronounAntecedent } from './roles.js';

/** How far back an apposition may reach between a person and the speech verb. */
const APPOSITION_MAX_TOKENS = 24;

/** Bodies that speak for a state when named bare, and the words that may qualify them ("the foreign ministry"). */
const STATE_BODIES = new Set(['government', 'ministry', 'military', 'army', 'navy', 'police', 'authorities', 'embassy']);
const BODY_QUALIFIERS = new Set(['foreign', 'defence', 'defense', 'interior', 'security', 'intelligence', 'finance', 'health', 'trade', 'economy', 'federal', 'national']);

/** Spokespeople and officials named bare speak for the filing state as its bodies do; leaders and diplomats may be anyone's. */
const UNNAMED_VOICES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials']);
const UNNAMED_PEOPLE = new Set(['diplomats', 'leaders', 'ministers']);

/**
 * Words that make a state's voice after its demonym or possessive ("Indian officials", "the Kenyan foreign ministry",
 * "the Ukrainian presidential press office").
 */
export const STATE_VOICES: ReadonlySet<string> = new Set([...STATE_BODIES, ...BODY_QUALIFIERS, ...UNNAMED_VOICES, ...UNNAMED_PEOPLE, 'senior', 'top', 'government’s', "government's", 'presidential', 'press', 'office', 'service']);

const INVERTING = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'continued', 'explained', 'noted', 'stressed', 'insisted', 'asked', 'warned', 'declared', 'stated', 'replied', 'responded', 'remarked', 'recalled', 'concluded']);

export const PRONOUNS = new Set(['he', 'she', 'they', 'it']);

const SPEAKER_TYPES = new Set(['Official', 'Person', 'Country', 'Agency', 'Organization']);

export function speakerType(article: ResolvedArticle, m: ResolvedMention | undefined): boolean {
  return m !== undefined && SPEAKER_TYPES.has(article.entities.get(m.entity)?.type ?? '') && m.kind !== 'demonym';
}

/** The last person named before token `i` (for "he said"), else the last speaker-typed entity. */
function antecedent(article: ResolvedArticle, i: number, pronoun: string): string | undefined {
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
  // "X, who attended in place of Y, walked out. She said ...": a sentence-opening "she" is the sentence before's subject
  if ((pronoun === 'he' || pronoun === 'she') && article.doc.sentences[si]?.first === i) {
    const person = personPronounAntecedent(article, i);
    if (person) return person.entity;
  }
  return lastMentionBefore(article, i, (m) => {
    const type = article.entities.get(m.entity)?.type;
    if (pronoun === 'he' || pronoun === 'she') return type === 'Person' || type === 'Official';
    return speakerType(article, m) && type !== 'Person' && type !== 'Official';
  })?.entity;
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

/** Speakers of a speech verb at `v`: the entity right after it ("said Hong"), else the nearest before it in the
 * clause with any joined to it by "and" ("the United States and Britain said"). An apposition or relative clause
 * between a person and the verb is passed over ("Daniel Hagari, Israel's military spokesperson, said"), and a
 * description naming a body or an office ("the UN chief", "Seoul's spy agency") stands for who holds it. */
export function speakerOfVerb(article: ResolvedArticle, v: number, from: number, to: number, offices: readonly OfficeFinding[] = []): string[] {
  const { doc } = article;
  // ("according to a Western security source, who said ...": the one the relative clause is about; an unnamed one is
  // nobody we know)
  if (doc.lower[v - 1] === 'who' && doc.tokens[v - 2] === ',' && !article.mentionAt[v - 3] && /^\p{Ll}+$/u.test(doc.tokens[v - 3] ?? '') && doc.pos[v - 3] === 'NOUN' && !isTitleWordAnyCase(doc.tokens[v - 3] ?? '')) return [];
  // ("Defence Minister Kristjan Mägi (Reform) said": the person before a party's name in brackets)
  if (doc.tokens[v - 1] === ')') {
    let open = v - 2;
    while (open > v - 6 && open > from && doc.tokens[open] !== '(') open--;
    const person = doc.tokens[open] === '(' ? article.mentionAt[open - 1] : undefined;
    if (person && isPersonAt(article, person.first)) return [person.entity];
  }
  // "said Kenyan President William Ruto": past a demonym and title words to the person
  // ... and "said Ghana's president, Kwabena Asante-Mensah": past the state owning the title and the comma after it
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
  const after = a > v + 1 && isPersonAt(article, a) ? article.mentionAt[a] : article.mentionAt[v + 1];
  // "..., the two governments said": the last two states named before
  const pair = countedEndingAt(article, v);
  if (pair >= 0 && theCounted(article, pair) === 'states') return whoTheCountedAre(article, pair).map((m) => m.entity);
  const participle = /ing$/.test(doc.lower[v] ?? '');
  // "..., said Hong": only verbs that invert take their speaker after them ("urged Washington" names the one urged)
  const inverted = INVERTING.has(doc.lower[v] ?? '') && (doc.lower[v - 1] === ',' || doc.tokens[v - 1] === '”' || doc.tokens[v - 1] === '"');
  // ("its president, Ursula von der Leyen, said Belarus was ...": a name with a verb of its own opens the reported clause)
  // (nor one that only qualifies the clause's subject: "said CIA surveillance flights had increased")
  const ownVerb = after !== undefined && (doc.pos[after.last] === 'VERB' || doc.pos[after.last] === 'AUX' || isPossessiveMark(doc.tokens[after.last]) || (doc.pos[after.last] === 'NOUN' && /^\p{Ll}/u.test(doc.tokens[after.last] ?? '')));
  // "The U.N. special envoy for Yemen, Hans Lindqvist, said": a person set off by commas right before the verb
  // (not one inside a relative clause: "X, who signed it alongside China's commerce minister, Wang Lihua, called it")
  const set = doc.tokens[v - 1] === ',' && isPersonAt(article, v - 2) ? article.mentionAt[v - 2] : undefined;
  const inRelative = set !== undefined && doc.lower.slice(from, set.first).some((w) => w === 'who' || w === 'which');
  // (perhaps with the person's title after the comma: "the representative of X, Deputy Permanent Representative Y, said")
  let opening = set ? set.first - 1 : -1;
  while (opening > from && !article.mentionAt[opening] && (isHonorificOrTitleWord(doc.tokens[opening] ?? '') || /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[opening] ?? ''))) opening--;
  if (set && (doc.tokens[set.first - 1] === ',' || (opening < set.first - 1 && doc.tokens[opening] === ',')) && !inRelative) return [set.entity];
  if (after && !participle && inverted && !ownVerb && speakerType(article, after)) return [after.entity];
  // "the leaders referred to the deal brokered by Turkey and called for ...": a second predicate's speaker is the
  // sentence's subject, when an entity opens the sentence
  // (also after "but": "X told reporters that ..., but said the government had not decided", and past an opening
  // adjunct: "With violence spiralling, France voiced backing ... but said"; a pronoun's is its antecedent, found below)
  const but = doc.lower[v - 1] === 'but';
  if (but || doc.lower[v - 1] === 'and' || (doc.lower[v - 1] === 'also' && doc.lower[v - 2] === 'and')) {
    const first = doc.sentences[doc.sentenceOf[v] ?? 0]?.first ?? from;
    const subject = sentenceSubject(article, first) ?? (but ? clauseOpener(article, first, v) : undefined);
    if (subject) return [subject];
    if (!but) return [];
  }
  // (past auxiliaries and adverbs: "X, Norway's defence minister, has also said")
  let w = v;
  while (w - 1 > from && (doc.pos[w - 1] === 'AUX' || doc.pos[w - 1] === 'ADV') && /^\p{Ll}/u.test(doc.tokens[w - 1] ?? '')) w--;
  if (doc.tokens[w - 1] === ',') {
    // "The Council, which has urged states to act, said": the one the relative clause describes
    for (let c = w - 2; c >= Math.max(from, w - APPOSITION_MAX_TOKENS - 8); c--) {
      // (also "ECCAS, of which Chad is a founding member, said", "the Council, whose members ..., said")
      // (or a participle's clause: "A U.S. official, speaking on condition of anonymity, said")
      const relative = /^(which|who|whose|speaking|requesting|asking|declining)$/.test(doc.lower[c + 1] ?? '') || (doc.lower[c + 1] === 'of' && /^(which|whom)$/.test(doc.lower[c + 2] ?? ''));
      if (doc.tokens[c] !== ',' || !relative) continue;
      // (past an acronym in brackets: "the Economic Community of Central African States (ECCAS), of which ...")
      const m = article.mentionAt[doc.tokens[c - 1] === ')' && doc.tokens[c - 3] === '(' ? c - 4 : c - 1];
      // ("France, Germany and Britain, which are parties to the deal, warned": every one of a list)
      if (m && speakerType(article, m)) return listBefore(article, m).map((member) => member.entity);
      // ("A Burkinabe defence ministry official, who asked not to be named, told Reuters": an unnamed official is
      // the state a demonym names, else nobody we know)
      // (past where the unnamed one is from: "An elected official from the area, who asked not to be named, told AFP")
      let voice = c - 1;
      for (let d = c - 2; d >= Math.max(from, c - 5) && !UNNAMED_VOICES.has(doc.lower[voice] ?? ''); d--) {
        if (UNNAMED_VOICES.has(doc.lower[d] ?? '') && /^(from|in|at|with|of)$/.test(doc.lower[d + 1] ?? '')) voice = d;
      }
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
    let verbless = true;
    for (let c = w - 2; c >= Math.max(from, w - APPOSITION_MAX_TOKENS); c--) {
      if (doc.pos[c] === 'VERB' || doc.pos[c] === 'AUX') verbless = false;
      if (doc.tokens[c] !== ',') continue;
      const m = article.mentionAt[c - 1];
      const type = m ? article.entities.get(m.entity)?.type : undefined;
      if (m && (type === 'Person' || type === 'Official')) return [m.entity];
      // "The United States, Taiwan's main arms supplier, said": a state or body before a verbless apposition;
      // "Mali and Burkina Faso, both run by juntas, warned": every one of a list
      if (m && verbless && speakerType(article, m)) return listBefore(article, m).map((member) => member.entity);
      break;
    }
  }
  // "..., calling their arrival “a clear message”": a participle after a comma shares the main clause's subject
  if (doc.tokens[v - 1] === ',' && /ing$/.test(doc.lower[v] ?? '')) {
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
    // ("“I commend Qatar ...,” she said in a statement, calling on ...": the one whose speech verb it follows)
    const said = saidBefore(article, v, sentence?.first ?? from);
    if (said >= 0) {
      const sayer = speakerOfVerb(article, said, sentence?.first ?? from, said + 1, offices);
      if (sayer.length > 0) return sayer;
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
    if (subject) return subject;
  }
  // "..., the president added, “...”": the person last named before with that office
  const holder = titledHolder(article, v, from, offices);
  if (holder) return [holder];
  // "The foreign ministry said ..." in a story filed from Caracas: a state body named bare is the filing state's,
  // and no name before it speaks
  // (unless the words name a body named before: "Russia's embassy in London ... The embassy said")
  // "..., the press service said": the owner of the press office named last before, else nobody we know
  if (PRESS_OFFICES.has(doc.lower[v - 1] ?? '') && doc.lower[v - 2] === 'press' && doc.lower[v - 3] === 'the') {
    const owner = pressOfficeOwner(article, v - 3);
    return owner ? [owner] : [];
  }
  const unnamed = article.mentionAt[v - 1] ? undefined : unnamedSpeaker(article, v, from);
  if (unnamed === 'body') {
    const home = homeCountry(article);
    return home ? [home] : [];
  }
  if (unnamed === 'owned') {
    let its = v - 1;
    while (its > from && doc.lower[its] !== 'its') its--;
    const owner = antecedent(article, its, 'it');
    return owner ? [owner] : [];
  }
  // "..., the spokesman said.": someone unnamed speaks, and no name before is the speaker
  if (unnamed === 'person') return [];
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
    // "China's embassy in Washington said": the place a body sits in is not who speaks
    if (m && placeOfNoun(article, m)) {
      k = m.first;
      continue;
    }
    // ("the powerful sister of leader Kim Jong Un warned that ...": a relative of the one named speaks, unnamed)
    if (m && relativeOf(article, m)) return [];
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
  // (not whom it is told: "A Gabonese security source, however, told RFI that ...")
  if (after && speakerType(article, after) && v + 1 < to && (CLOSE.has(doc.tokens[v - 1] ?? '') || doc.tokens[v - 1] === ',') && !TELLING.has(doc.lower[v] ?? '')) return [after.entity];
  return [];
}

const JOB_WORDS = 3;

/** Where a person's name starts after lowercase job nouns and titles from `at` ("team physician Dr. X"), else -1. */
function personAfterJob(article: ResolvedArticle, at: number): number {
  const { doc } = article;
  let j = at;
  while (j < at + JOB_WORDS && /^\p{Ll}+$/u.test(doc.tokens[j] ?? '') && doc.pos[j] === 'NOUN') j++;
  while (j < at + JOB_WORDS + 3 && isHonorificOrTitleWord(doc.tokens[j] ?? '')) j++;
  return j > at && isPersonAt(article, j) && article.mentionAt[j]?.first === j ? j : -1;
}

/** Words that make another office of the one after them ("Prime Minister", "Vice President"). */
const OTHER_OFFICE = new Set(['prime', 'vice', 'deputy', 'under', 'assistant']);

/** "the president" right before the verb at `v`: the person named last before `v` with an office of that head word. */
function titledHolder(article: ResolvedArticle, v: number, from: number, offices: readonly OfficeFinding[]): string | undefined {
  const { doc } = article;
  let j = v - 1;
  while (j >= from && !article.mentionAt[j] && isTitleWordAnyCase(doc.tokens[j] ?? '')) j--;
  if (j === v - 1 || doc.lower[j] !== 'the') return undefined;
  // ("the prime minister" is not the one last named "Minister"; "the minister" not the prime minister)
  const phrase = doc.lower.slice(j + 1, v).join(' ');
  const holds = (title: string): boolean => {
    const lower = title.toLowerCase();
    if (lower !== phrase && !lower.endsWith(` ${phrase}`)) return false;
    const before = lower.slice(0, lower.length - phrase.length).trim().split(/\s+/).pop() ?? '';
    return !OTHER_OFFICE.has(before);
  };
  const named = offices.filter((o) => o.at < v && holds(o.title));
  // (of two holders, the one named last: "his counterpart, General Y ... According to X, ... The minister stressed")
  const lastNamed = (person: string): number => {
    let at = -1;
    for (const m of article.mentions) if (m.entity === person && m.first < v && m.first > at) at = m.first;
    return at;
  };
  return named.reduce<OfficeFinding | undefined>((a, o) => (a && (a.person === o.person ? a.at > o.at : lastNamed(a.person) > lastNamed(o.person)) ? a : o), undefined)?.person;
}

/** A speech verb before token `k` in its clause, with "that" or nothing between ("said in a statement that it"), or -1. */
function reportingVerbBefore(article: ResolvedArticle, k: number, from: number): number {
  const { doc } = article;
  const that = doc.lower[k - 1] === 'that' ? k - 1 : k;
  for (let i = that - 1; i >= Math.max(from, that - 6); i--) {
    if (speechAt(doc, i)) return i;
    if (article.mentionAt[i] || /^[,;:“”"]$/.test(doc.tokens[i] ?? '') || doc.pos[i] === 'VERB' || doc.pos[i] === 'AUX') return -1;
  }
  return -1;
}


/**
 * The words before the verb at `v` are "the", perhaps qualifiers, and in lowercase a state body ("the foreign
 * ministry", "the military") or an unnamed person ("the spokesman"); else undefined.
 */
function unnamedSpeaker(article: ResolvedArticle, v: number, from: number): 'body' | 'person' | 'owned' | undefined {
  const { doc } = article;
  const head = doc.tokens[v - 1] ?? '';
  const kind = STATE_BODIES.has(head) || UNNAMED_VOICES.has(head) ? 'body' : UNNAMED_PEOPLE.has(head) ? 'person' : undefined;
  if (!kind) return undefined;
  let k = v - 2;
  let stateBody = STATE_BODIES.has(head);
  while (k >= from && (BODY_QUALIFIERS.has(doc.tokens[k] ?? '') || STATE_BODIES.has(doc.tokens[k] ?? '')) && !article.mentionAt[k]) {
    if (STATE_BODIES.has(doc.tokens[k] ?? '')) stateBody = true;
    k--;
  }
  // ("..., but officials said": unnamed people after a conjunction, nobody we know; "and European diplomats say":
  // nor people a word no state's name qualifies)
  let q = v - 2;
  while (kind === 'person' && q >= from && q > v - 4 && !article.mentionAt[q] && /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[q] ?? '')) q--;
  if (q < v - 2 && (/^(and|but|while|,)$/.test(doc.lower[q] ?? '') || q < from)) return 'person';
  // ("a subject that diplomats said Beijing had refused to include": people opening a relative clause)
  if (k === v - 2 && /s$/.test(head) && /^(and|but|while|that|which)$/.test(doc.lower[k] ?? '')) return 'person';
  // (or opens a relative clause with no "that": "a provision the government said it had fought for")
  const relative = doc.pos[k - 1] === 'NOUN' && /^\p{Ll}/u.test(doc.tokens[k - 1] ?? '') && !article.mentionAt[k - 1];
  // (or a clause joined by a conjunction: "..., and the foreign ministry said")
  const joined = /^(and|but|while)$/.test(doc.lower[k - 1] ?? '');
  const opens = k === from || doc.tokens[k - 1] === ',' || doc.sentences[doc.sentenceOf[k] ?? 0]?.first === k || ((relative || joined) && doc.lower[k] === 'the');
  // "Belarus has denied the accusations. Its foreign ministry said ...": the body of the state "its" stands for
  if (kind === 'body' && doc.lower[k] === 'its' && opens) return 'owned';
  // "..., a government spokesman said": the filing state's voice; "..., a spokesman said": someone's, unnamed
  if (kind === 'body' && /^(a|an)$/.test(doc.lower[k] ?? '') && opens) return stateBody ? 'body' : 'person';
  return doc.lower[k] === 'the' && opens ? kind : undefined;
}

/** Nouns of the people close to a person, who speak for themselves, not for the person as a lawyer does ("the sister of leader Kim Jong Un"). */
const RELATIVES = new Set(['sister', 'brother', 'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'widow', 'widower', 'cousin', 'uncle', 'aunt', 'nephew', 'niece', 'relatives', 'family', 'friend', 'friends']);

/** The person `m` is named as whose relative someone is: "the sister of leader Kim Jong Un", "Kim's sister". */
function relativeOf(article: ResolvedArticle, m: ResolvedMention): boolean {
  const { doc } = article;
  if (!isPersonAt(article, m.first)) return false;
  if (isPossessiveMark(doc.tokens[m.last]) && RELATIVES.has(doc.lower[m.last + 1] ?? '')) return true;
  let k = m.first - 1;
  while (k > m.first - 4 && isTitleWordAnyCase(doc.tokens[k] ?? '')) k--;
  return doc.lower[k] === 'of' && RELATIVES.has(doc.lower[k - 1] ?? '');
}

/** Nouns of a press office ("press service", "press office"). */
const PRESS_OFFICES = new Set(['service', 'office']);

/**
 * The owner of the press office named last before token `before` ("the Kremlin press service", "Erdogan's press
 * office", "the Ukrainian presidential press office"): a speaker right before its words or before "'s", or a state's
 * demonym; undefined when none is named.
 */
function pressOfficeOwner(article: ResolvedArticle, before: number): string | undefined {
  const { doc } = article;
  for (let k = before - 1; k > 0; k--) {
    if (!PRESS_OFFICES.has(doc.lower[k] ?? '') || doc.lower[k - 1] !== 'press') continue;
    let o = k - 2;
    if (doc.lower[o] === 'presidential') o--;
    if (isPossessiveMark(doc.tokens[o])) o--;
    const m = article.mentionAt[o];
    if (m && (m.kind === 'demonym' || speakerType(article, m))) return m.entity;
    return undefined;
  }
  return undefined;
}

const DESCRIBED_BODIES = new Set(['agency', 'ministry', 'service', 'office', 'department', 'army', 'military', 'government', 'intelligence']);

/** The entity that opens the sentence at `first` as its subject, past "the" and through a title ("NATO leader Mark Rutte"). */
function sentenceSubject(article: ResolvedArticle, opening: number): string | undefined {
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

/** How many words a title's "of ..." or "for ..." may run before the person ("for Terrorism and Financial Intelligence"). */
const TITLE_OBJECT_TOKENS = 8;

/** Where a person's name starts after the capitalised words, "the", "and", "of" and "for" of a title's object from `k`, or -1. */
function personAfterTitleWords(article: ResolvedArticle, k: number, to: number): number {
  const { doc } = article;
  for (let i = k; i < Math.min(to, k + TITLE_OBJECT_TOKENS); i++) {
    if (isPersonAt(article, i)) return i;
    const m = article.mentionAt[i];
    if (m) {
      i = m.last - 1;
      continue;
    }
    if (!/^(the|and|of|for)$/.test(doc.lower[i] ?? '') && !/^\p{Lu}/u.test(doc.tokens[i] ?? '')) return -1;
  }
  return -1;
}

/** How far back a participle looks for the speech verb it follows ("she said in a statement, calling"). */
const SAID_BEFORE_TOKENS = 6;

/** A speech verb right after a closing quote, a few words before the participle at `v` (past an adjunct), or -1. */
function saidBefore(article: ResolvedArticle, v: number, first: number): number {
  const { doc } = article;
  for (let k = v - 2; k >= Math.max(first, v - SAID_BEFORE_TOKENS); k--) {
    // (or a name set off by a comma: "..., al-Jubouri said, adding that ...")
    const named = article.mentionAt[k - 1];
    if (speechAt(doc, k) && (CLOSE.has(doc.tokens[k - 1] ?? '') || CLOSE.has(doc.tokens[k - 2] ?? '') || (named !== undefined && doc.tokens[named.first - 1] === ','))) return k;
    if (doc.tokens[k] === ',' || article.mentionAt[k]) return -1;
  }
  return -1;
}

/** The first speaker before `v` that opens a clause (at `first` or after a comma) right before its verb: "..., France voiced". */
function clauseOpener(article: ResolvedArticle, first: number, v: number): string | undefined {
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
function listBefore(article: ResolvedArticle, last: ResolvedMention): ResolvedMention[] {
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

function isPersonAt(article: ResolvedArticle, i: number): boolean {
  const m = article.mentionAt[i];
  const type = m ? article.entities.get(m.entity)?.type : undefined;
  return type === 'Person' || type === 'Official';
}

/** "the UN chief said" -> the one person holding an office at the UN; "Seoul's spy agency said" -> its one agency. */
function describedSpeaker(article: ResolvedArticle, m: ResolvedMention, v: number, offices: readonly OfficeFinding[]): string | undefined {
  const { doc } = article;
  if (m.last >= v) return undefined;
  const words = doc.lower.slice(m.last, v).filter((w) => !/^(['’]s?|the)$/.test(w));
  if (words.length === 0 || words.length > 3 || words.some((w) => w === ',' || w === 'and')) return undefined;
  const head = words[words.length - 1] ?? '';
  // ("A NATO official told us", "NATO officials said": someone unnamed, not the one holder named at the body)
  const unnamed = /^(a|an|one)$/.test(doc.lower[m.first - 1] ?? '') || /^officials?$/.test(head);
  // "Thailand's army said": a body of the state, though "army" also heads titles ("army chief")
  if (isTitleWordAnyCase(head) && !DESCRIBED_BODIES.has(head) && !unnamed) {
    const holders = [...new Set(offices.filter((o) => o.target === m.entity).map((o) => o.person))];
    return holders.length === 1 ? holders[0] : undefined;
  }
  if (DESCRIBED_BODIES.has(head) && article.entities.get(m.entity)?.type === 'Country') {
    // ("the DRC government says": the state itself, not its army named before)
    if (head === 'government') return m.entity;
    const iso = article.entities.get(m.entity)?.country;
    // ("Thailand's army said": of the state's bodies, one of that kind: its army, not its foreign ministry)
    const military = head === 'army' || head === 'military';
    const bodies = [...article.entities.entries()].filter(([, e]) => e.type === 'Agency' && e.country !== undefined && e.country === iso && (!military || e.bodyKind === 'military' || e.bodyKind === undefined));
    return bodies.length === 1 ? bodies[0]?.[0] : undefined;
  }
  return undefined;
}

/** The source after "according to", past titles and determiners ("according to Defence Minister Tomasz Wilk"). */
export function mentionAfterAccordingTo(article: ResolvedArticle, k: number): ResolvedMention | undefined {
  for (let j = k + 2; j < Math.min(article.doc.tokens.length, k + 9); j++) {
    let m = article.mentionAt[j];
    // "according to Serbia's Ministry of Mining": the body the country owns
    if (m && article.entities.get(m.entity)?.type === 'Country' && isPossessiveMark(article.doc.tokens[m.last])) {
      const owned = article.mentionAt[m.last + 1];
      if (owned && speakerType(article, owned)) m = owned;
    }
    if (m && speakerType(article, m)) {
      // "according to Deputy Pentagon Press Secretary Sabrina Singh": the person after a body named in the title
      const next = article.mentionAt[m.last] ?? article.mentionAt[m.last + 1] ?? article.mentionAt[m.last + 2];
      const person = next && ['Person', 'Official'].includes(article.entities.get(next.entity)?.type ?? '') ? next : undefined;
      const between = article.doc.tokens.slice(m.last, person?.first ?? m.last);
      return person && person.first - m.last <= 3 && !between.some((t) => /^[.,;:!?]$/.test(t)) ? person : m;
    }
    if (/^[,.;]$/.test(article.doc.tokens[j] ?? '')) return undefined;
  }
  return undefined;
}
