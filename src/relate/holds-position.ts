// HOLDS_POSITION from titles before a name ("Deputy Pentagon Press Secretary Sabrina Singh") and in apposition
// ("Hong Jang-won, deputy director of South Korea's National Intelligence Service"), offices taken "as" a title, plural
// titles over lists (office-lists.ts), and bare national titles placed at the dateline's state.
import type { ResolvedArticle, ResolvedMention } from '../resolve/resolve.js';
import { afterDateline, datelineCountry, datelineCountryAt, inDateline, isPossessiveMark, pastBracketedAcronym, POSSESSIVE_PRONOUNS, stateOfPlace } from './context.js';
import { DATELINE_SENTENCES, type SentenceSpan } from '../nlp/annotate.js';
import { BODY_KIND_WORDS, isHonorificOrTitleWord, isRankAfter, isTitleWordAnyCase, isWholeTitleWord, loadTitles, LOWERCASE_BODY_WORDS } from '../lexicon/titles.js';
import { listOffice, pluralTitleOf } from './office-lists.js';
import { MEETING_VERBS } from './roles.js';
import { CLOSE, OPEN, speechAt } from './speech.js';
import { chooseTarget, impliedTarget, isPerson, isRank, readRegion, RELATIVE_TITLE, TITLE_WINDOW_TOKENS, type OfficeFinding, type TitleRegion } from './title-region.js';

export type { OfficeFinding } from './title-region.js';

/** How many words may describe a person between an office's comma and the name ("its head, Norwegian diplomat X"). */
const DESCRIBED_TOKENS = 3;

/** An office named with no state or body, waiting for the dateline's state. */
type BareOffice = Omit<OfficeFinding, 'target'>;

/** Bare titles of those who serve abroad, and leaders of anything anywhere: no state is implied by where the story was filed. */
const ABROAD = /(ambassador|envoy|sherpa|counterpart|leader|affaires|representative|high commissioner)$/i;

/**
 * "WARSAW, Poland — ... Prime Minister Donald Tusk said": a national office named with no state is the filing
 * state's, for a person the article gives no other office, when nobody else holds that office there in the article
 * ("Philippine President Ferdinand Marcos Jr." makes a bare "President Joe Biden" in a Manila story someone else's).
 */
function bareOfficesAtDateline(article: ResolvedArticle, bare: readonly BareOffice[], found: readonly OfficeFinding[]): OfficeFinding[] {
  const out: OfficeFinding[] = [];
  const filed = bare.length > 0 ? datelineCountry(article) : undefined;
  const dateline = bare.length > 0 ? filed ?? soleLeadState(article) : undefined;
  // ("Prime Minister A and her PNG counterpart ... Defence Minister C said", filed from Port Moresby: the state a
  // pairing shows the story's bare titles to be of is C's too, not the filing state)
  let unmarked: string | null | undefined = null;
  const unmarkedState = (): string | undefined => {
    if (unmarked === null) unmarked = bare.map((office) => pairedState(article, office.at)).find((state) => state !== undefined);
    return unmarked;
  };
  for (const office of bare) {
    // ("In Moscow, foreign ministry spokeswoman X said": the state of the place the sentence opens in; in a round-up,
    // the dateline of the item's paragraph)
    const opening = countryNamedBefore(article, office.at) ?? representedState(article, office.at) ?? principalState(article, office.at, found) ?? pairedState(article, office.at) ?? siteOfSentence(article, office.at);
    const listed = opening === undefined ? sideOfList(article, office.at) : opening;
    const site = listed === undefined ? stateOfSentenceBefore(article, office.at) : listed;
    const home = site === undefined ? unmarkedState() ?? datelineCountryAt(article, office.at, dateline) : site;
    // ("MANAMA - Foreign Minister X met his Bahraini counterpart": not the counterpart's state)
    if (!home || home === pairedWith(article, office.at) || sanctionedTitle(article, office.at)) continue;
    const title = office.title.toLowerCase();
    // ("Prime Minister X" in a story filed from Manila: the Philippines has none, he is a visitor; a former one may
    // have held an office since abolished)
    const state = article.entities.get(home)?.country;
    const absent = !/\bformer\b/.test(title) && state !== undefined && absentFrom(title, state);
    if (absent) continue;
    // (a former office is placed by a dateline only, not by the state a story opens on: "Canada sanctions ... former
    // senator X" is another state's)
    if (/\bformer\b/.test(title) && filed === undefined && home === dateline) continue;
    if (found.some((o) => o.person === office.person) || out.some((o) => o.person === office.person)) continue;
    // (... nor someone named before with the same bare title: "President Bill Clinton ... and President Boris Yeltsin")
    if ([...found, ...out].some((o) => o.target === home && o.title.toLowerCase() === title)) continue;
    // ("OTTAWA — ... Britain has sanctioned President Alexander Lukashenko": a sentence about other states, not the filing one)
    // (but "In Georgetown, Foreign Minister X accused Venezuela": one placed by the sentence's opening is its subject)
    if (site === undefined && othersInSentence(article, office.at, home)) continue;
    out.push({ ...office, target: home });
  }
  return out;
}

/** The token before the title words (and a state's lowercase body words) right before a name at `at`. */
function beforeTitleWords(article: ResolvedArticle, at: number): number {
  const { doc } = article;
  let k = at - 1;
  while (k > 0 && !article.mentionAt[k] && (isTitleWordAnyCase(doc.tokens[k] ?? '') || LOWERCASE_BODY_WORDS.has(doc.lower[k] ?? ''))) k--;
  return k;
}

/**
 * "Oman's foreign minister, X, speaking on behalf of Sultan Y": a bare title after "on behalf of" is an office of the
 * state whose officer speaks for its holder, named before in the sentence (its entity key).
 */
function principalState(article: ResolvedArticle, at: number, found: readonly OfficeFinding[]): string | undefined {
  const { doc } = article;
  const k = beforeTitleWords(article, at);
  if (k === at - 1 || doc.lower[k] !== 'of' || doc.lower[k - 1] !== 'behalf' || doc.lower[k - 2] !== 'on') return undefined;
  const first = doc.sentences[doc.sentenceOf[at] ?? 0]?.first ?? 0;
  for (let j = k - 3; j >= first; j--) {
    const m = article.mentionAt[j];
    const office = m && isPerson(article, m) ? found.find((o) => o.person === m.entity && article.entities.get(o.target)?.type === 'Country') : undefined;
    if (office) return office.target;
  }
  return undefined;
}

/** Words that sanction the one named right after them ("sanctioned", "blacklisting"). */
const SANCTIONING = /^(sanction(ed|s|ing)?|blacklist(ed|s|ing)?)$/;

/**
 * "Britain sanctioned police chief X", "imposed sanctions on army chief Y": the bare title of one a state sanctions,
 * whose office is another state's (not the sanctioning one the story is about).
 */
function sanctionedTitle(article: ResolvedArticle, at: number): boolean {
  const { doc } = article;
  const k = beforeTitleWords(article, at);
  if (k === at - 1) return false;
  if (SANCTIONING.test(doc.lower[k] ?? '')) return true;
  // ("sanctions on", "new sanctions against")
  if (/^(on|against)$/.test(doc.lower[k] ?? '') && /^sanctions?$/.test(doc.lower[k - 1] ?? '')) return true;
  // (and the titled persons listed after the first: "sanctioned police chief X and navy commander Y")
  const listed = /^(and|,)$/.test(doc.lower[k] ?? '') ? article.mentionAt[k - 1] : undefined;
  return listed !== undefined && isPerson(article, listed) && sanctionedTitle(article, listed.first);
}

/**
 * "Greece expels Russian diplomat\n\nGreece has declared ...": with no state in a dateline, the state the headline or
 * the lead opens on as its subject, naming no other state, is the story's (its entity key).
 */
function soleLeadState(article: ResolvedArticle): string | undefined {
  const { doc } = article;
  for (const sentence of doc.sentences.slice(0, DATELINE_SENTENCES)) {
    const m = article.mentionAt[afterDateline(article, sentence.first, sentence.last)];
    if (!m || m.kind !== 'name' || article.entities.get(m.entity)?.type !== 'Country' || doc.pos[m.last] === 'PUNCT' || isPossessiveMark(doc.tokens[m.last])) continue;
    // (a people or an owner named beside it is no other party: "Greece expels Russian diplomat", "Ireland backs sanctions
    // on Russia's fleet"; "Finland detains tanker after Estonia-Finland cables damaged" has two)
    const others = article.mentions.some(
      (o) => o.first >= sentence.first && o.last <= sentence.last && o.entity !== m.entity && o.kind === 'name' && article.entities.get(o.entity)?.type === 'Country' && !isPossessiveMark(doc.tokens[o.last]),
    );
    if (!others) return m.entity;
  }
  return undefined;
}

/**
 * "Indonesia and Australia signed ... Defence Minister X and his Australian counterpart, Y, signed": a bare title
 * paired with a counterpart of one state ("Russia and Belarus signed ... President X and Belarusian leader Y") is the
 * office of the other state an earlier sentence names with it, alone (its entity key), else undefined.
 */
function pairedState(article: ResolvedArticle, at: number): string | undefined {
  const { doc } = article;
  const other = pairedWith(article, at);
  if (other === undefined) return undefined;
  const si = doc.sentenceOf[at] ?? 0;
  for (let s = 0; s <= si; s++) {
    const sentence = doc.sentences[s];
    if (!sentence) continue;
    const states = new Set<string>();
    let joined = false;
    for (let k = sentence.first; k < sentence.last; k++) {
      const m = article.mentionAt[k];
      // (states named as such: "PNG ratifies treaty, rules out Chinese police deal" pairs PNG with no one)
      if (m && m.kind !== 'demonym' && article.entities.get(m.entity)?.type === 'Country' && (s < si || m.last <= at)) {
        states.add(m.entity);
        // (paired: joined by "and", "Indonesia and Australia signed", or the other after "with", "PNG's parliament has
        // ratified the treaty with Australia"; not "The Egyptian contingent of the mission in Somalia ... drew sharp
        // words from Addis Ababa")
        const next = article.mentionAt[doc.lower[m.last + 1] === 'the' ? m.last + 2 : m.last + 1];
        if (doc.lower[m.last] === 'and' && next && next.kind !== 'demonym' && article.entities.get(next.entity)?.type === 'Country') joined = true;
        if (doc.lower[doc.lower[m.first - 1] === 'the' ? m.first - 2 : m.first - 1] === 'with') joined = true;
        // (or one opens the sentence as its subject: "Argentina on Thursday recalled its ambassador to Colombia")
        if (m.first === afterDateline(article, sentence.first, sentence.last) && !isPossessiveMark(doc.tokens[m.last])) joined = true;
      }
    }
    if (states.size === 2 && states.has(other) && joined) return [...states].find((state) => state !== other);
  }
  return undefined;
}

/**
 * The state of the one a bare title at `at` is paired with: "X and his Australian counterpart", "X and Belarusian
 * leader Y", "X met his Polish counterpart" (a counterpart the person meets pairs them too); its entity key.
 */
function pairedWith(article: ResolvedArticle, at: number): string | undefined {
  const { doc } = article;
  const person = article.mentionAt[at];
  if (!person) return undefined;
  const met = meetingWords(doc.lower, person.last);
  if (doc.lower[person.last] !== 'and' && met === 0) return undefined;
  const from = met > 0 ? person.last + met - 1 : person.last;
  const pronoun = POSSESSIVE_PRONOUNS.has(doc.lower[from + 1] ?? '');
  const demonym = article.mentionAt[from + (pronoun ? 2 : 1)];
  if (!demonym || article.entities.get(demonym.entity)?.type !== 'Country') return undefined;
  const title = doc.tokens[demonym.last] ?? '';
  const counterpart = pronoun && /^counterparts?$/.test(title);
  if (!counterpart && (met > 0 || pronoun || demonym.kind !== 'demonym' || !isTitleWordAnyCase(title))) return undefined;
  return demonym.entity;
}

/** Verbs of meeting one ("met", "held talks with", "spoke with"): how many words of them open at `k`, else 0. */
function meetingWords(lower: readonly string[], k: number): number {
  const word = lower[k] ?? '';
  if (MEETING_VERBS.has(word) || /^(called|calls)$/.test(word)) return lower[k + 1] === 'with' ? 2 : 1;
  if (/^(spoke|speaks|talked|talks)$/.test(word) && /^(with|to)$/.test(lower[k + 1] ?? '')) return 2;
  if (/^(held|holds)$/.test(word) && /^talks$/.test(lower[k + 1] ?? '') && lower[k + 2] === 'with') return 3;
  return 0;
}

/** How far back from the name "the country's" may open its title ("the country's deputy defence minister, X"). */
const COUNTRY_TITLE_TOKENS = 8;

/**
 * "Lithuanian President X and the country's defence minister, Y": a title "the country's" or "the nation's" opens is
 * of the state named last before it, in its sentence or the one before (its entity key), else undefined.
 */
function countryNamedBefore(article: ResolvedArticle, at: number): string | undefined {
  const { doc } = article;
  let k = at - 1;
  if (doc.tokens[k] === ',') k--;
  const stop = Math.max(0, at - COUNTRY_TITLE_TOKENS);
  while (k > stop && !isPossessiveMark(doc.tokens[k])) {
    if (article.mentionAt[k] || !/^\p{L}+$/u.test(doc.tokens[k] ?? '')) return undefined;
    k--;
  }
  if (!isPossessiveMark(doc.tokens[k]) || !/^(country|nation)$/.test(doc.lower[k - 1] ?? '') || doc.lower[k - 2] !== 'the') return undefined;
  const si = doc.sentenceOf[at] ?? 0;
  const from = doc.sentences[Math.max(0, si - 1)]?.first ?? 0;
  for (let j = k - 3; j >= from; j--) {
    const m = article.mentionAt[j];
    if (m && article.entities.get(m.entity)?.type === 'Country') return m.entity;
  }
  return undefined;
}

/**
 * "Brazil's president skipped the meeting and was represented by Foreign Minister X": a bare title after "represented
 * by" is the office of the state the sentence opens with (its entity key), else undefined.
 */
function representedState(article: ResolvedArticle, at: number): string | undefined {
  const { doc } = article;
  const k = beforeTitleWords(article, at);
  if (k === at - 1 || doc.lower[k] !== 'by' || !/^represent(ed|s)?$/.test(doc.lower[k - 1] ?? '')) return undefined;
  const sentence = doc.sentences[doc.sentenceOf[at] ?? 0];
  if (!sentence) return undefined;
  const first = afterDateline(article, sentence.first, at);
  const subject = article.mentionAt[doc.lower[first] === 'the' ? first + 1 : first];
  return subject && article.entities.get(subject.entity)?.type === 'Country' && subject.last < k ? subject.entity : undefined;
}

/** The person a sentence opens with after title words ("Prime Minister X has accused ..."): where the name starts. */
function titledOpening(article: ResolvedArticle, sentence: SentenceSpan): number | undefined {
  const { doc } = article;
  let k = sentence.first;
  while (k < sentence.last && !article.mentionAt[k] && isTitleWordAnyCase(doc.tokens[k] ?? '')) k++;
  return k > sentence.first && isPerson(article, article.mentionAt[k]) ? k : undefined;
}

/**
 * "Ethiopia reacted sharply. Foreign Minister X accused Egypt ...": a sentence that opens with a bare title after one
 * of the same paragraph that opens with a state and names no other is about that state's office (its entity key).
 */
function stateOfSentenceBefore(article: ResolvedArticle, at: number, depth = 0): string | undefined {
  const { doc } = article;
  const si = doc.sentenceOf[at] ?? 0;
  const sentence = doc.sentences[si];
  const before = doc.sentences[si - 1];
  if (!sentence || !before || si < 1 || doc.text.slice(doc.ends[before.last - 1] ?? 0, doc.starts[sentence.first] ?? 0).includes('\n')) return undefined;
  // (the sentence opens with the title: "Information Minister X wrote ...")
  // (or a state's body in lowercase: "Government spokesperson X said")
  // (or a quote, then the title: "“...,” government spokesman X said")
  let k = sentence.first;
  if (OPEN.has(doc.tokens[k] ?? '')) {
    let close = k + 1;
    while (close < at && !CLOSE.has(doc.tokens[close] ?? '')) close++;
    if (close < at) k = doc.tokens[close + 1] === ',' ? close + 2 : close + 1;
  }
  const opens = k;
  while (k < at && (/^\p{Lu}/u.test(doc.tokens[k] ?? '') || isTitleWordAnyCase(doc.tokens[k] ?? '')) && !article.mentionAt[k]) k++;
  if (k !== at || !doc.tokens.slice(opens, at).some((t) => (opens > sentence.first ? isTitleWordAnyCase(t) : isHonorificOrTitleWord(t)))) return undefined;
  // (or with the place it is in, "In London, King Charles Street dismissed the speech.", or a state's own body)
  const site = doc.lower[before.first] === 'in' ? article.mentionAt[before.first + 1] : undefined;
  // ("The Congolese government, which had lobbied ..., gave the plan a guarded welcome. Foreign Minister X told")
  const governed = doc.lower[before.first] === 'the' && article.mentionAt[before.first + 1]?.kind === 'demonym' && /^(government|authorities)$/.test(doc.lower[article.mentionAt[before.first + 1]?.last ?? -1] ?? '');
  const opening = site && doc.tokens[site.last] === ',' ? article.mentionAt[site.last + 1] : governed ? article.mentionAt[before.first + 1] : article.mentionAt[before.first];
  const place = site && doc.tokens[site.last] === ',' ? stateOfPlace(article, site.entity) : undefined;
  const e = opening ? article.entities.get(opening.entity) : undefined;
  const ownState = e?.type === 'Agency' && e.country !== undefined ? [...article.entities.values()].find((c) => c.type === 'Country' && c.country === e.country)?.id : undefined;
  // ("Japan's Defense Ministry said ... Defense Minister X told reporters": a state owning the body that opens it)
  const owned = opening && isPossessiveMark(doc.tokens[opening.last]) ? article.mentionAt[opening.last + 1] : undefined;
  const ownsBody = owned !== undefined && article.entities.get(owned.entity)?.type === 'Agency';
  // ("In Senegal, ... Prime Minister X has accused France ... President Y, for his part, ...": a sentence before that
  // opens with a bare title placed so places this one too)
  const titled = !place && !opening && depth < 2 ? titledOpening(article, before) : undefined;
  const chained = titled !== undefined ? stateOfSentenceBefore(article, titled, depth + 1) : undefined;
  const state = place ?? chained ?? (opening && (opening.kind === 'name' || governed) && e?.type === 'Country' && (!isPossessiveMark(doc.tokens[opening.last]) || ownsBody) ? opening.entity : ownState);
  if (!state) return undefined;
  if (chained) return chained;
  // (a sentence opening at a place frames what follows, whatever other states it names: "In Senegal, about 350 French
  // troops remain ... Prime Minister X has accused France")
  if (place) return state;
  for (let i = before.first; i < before.last; i++) {
    const m = article.mentionAt[i];
    if (m && m.entity !== state && article.entities.get(m.entity)?.type === 'Country') return undefined;
  }
  return state;
}

/** The office `title` (lowercase) does not exist in state `iso3` (`absentIn` in titles.json: no prime minister in Manila). */
function absentFrom(title: string, iso3: string): boolean {
  // ("Minister of Industry and Trade" in a story filed from Manila, where departments have secretaries)
  for (const [office, states] of loadTitles().absentIn) if ((title === office || title.endsWith(` ${office}`) || title.startsWith(`${office} of `)) && states.has(iso3)) return true;
  return false;
}

/**
 * The state of the place a sentence opens in ("In Moscow, ...", "In Beijing on Monday, ..."): its entity key; null when
 * the article does not name that state otherwise; undefined when the sentence opens at no place.
 */
function siteOfSentence(article: ResolvedArticle, at: number): string | null | undefined {
  const { doc } = article;
  const sentence = doc.sentences[doc.sentenceOf[at] ?? 0];
  if (!sentence || doc.lower[sentence.first] !== 'in') return undefined;
  const place = article.mentionAt[sentence.first + 1];
  if (!place || place.last >= at || !doc.tokens.slice(place.last, at).includes(',')) return undefined;
  return stateOfPlace(article, place.entity);
}

/** A sentence opening as a list's item: "- ", "• ", "(a) ". */
function listItem(article: ResolvedArticle, sentence: SentenceSpan): boolean {
  const { tokens } = article.doc;
  const first = tokens[sentence.first] ?? '';
  return /^[-–•*·]$/.test(first) || (first === '(' && /^[a-z\d]$/.test(tokens[sentence.first + 1] ?? '') && tokens[sentence.first + 2] === ')');
}

/**
 * "The talks were attended, on the Kuwaiti side, by:" and a list: for an item of the list at token `at`, the state
 * whose side the line before the list names (its entity key; null when the article does not name that state).
 */
function sideOfList(article: ResolvedArticle, at: number): string | null | undefined {
  const { doc } = article;
  let si = doc.sentenceOf[at] ?? 0;
  let intro = doc.sentences[si];
  if (!intro || !listItem(article, intro)) return undefined;
  while (si > 0 && intro && listItem(article, intro)) intro = doc.sentences[--si];
  if (!intro || listItem(article, intro)) return undefined;
  for (let k = intro.last - 1; k > intro.first; k--) {
    const m = article.mentionAt[k - 1];
    if (doc.lower[k] === 'side' && m && doc.lower[m.first - 1] === 'the') return stateOfPlace(article, m.entity);
  }
  return undefined;
}

/** Words that open a relative clause after a comma. */
const RELATIVE_OPENERS = /^(who|whom|whose|which|where)$/;

/**
 * The sentence of token `at` names a state other than `home`, and not `home` itself, unless the person opens it: the dateline aside, and states
 * that only qualify someone's title ("Argentine President Javier Milei had called President Nicolas Maduro ...") or name a place.
 */
function othersInSentence(article: ResolvedArticle, at: number, home: string): boolean {
  const { doc } = article;
  const sentence = doc.sentences[doc.sentenceOf[at] ?? 0];
  if (!sentence) return false;
  let other = false;
  // (a titled person opening the sentence is its subject: "President X had held up the ratification, accusing
  // Stockholm of ..." is still about the filing state's president)
  // ("Unification Minister X told lawmakers ...": a portfolio's capitalised words too)
  let opening = afterDateline(article, sentence.first, at);
  // ("The Chief of the Naval Staff, Admiral X, is to visit Jakarta": a title's joiners and the comma before the name too)
  const titleJoiner = (k: number): boolean => /^(of|the|for|and|-)$/.test(doc.lower[k] ?? '') || (doc.tokens[k] === ',' && isHonorificOrTitleWord(doc.tokens[k + 1] ?? ''));
  const titleOrName = (k: number): boolean => /^\p{Lu}\p{Ll}/u.test(doc.tokens[k] ?? '') || (k > sentence.first && titleJoiner(k));
  while (opening < at && (isHonorificOrTitleWord(doc.tokens[opening] ?? '') || (!article.mentionAt[opening] && titleOrName(opening)))) opening++;
  if (opening === at) return false;
  // (up to a relative clause after the person: "called on Foreign Minister X, with whom he discussed ... which Indonesia joined")
  let end = at;
  while (end < sentence.last && !(doc.tokens[end] === ',' && RELATIVE_OPENERS.test(doc.lower[doc.lower[end + 1] === 'with' ? end + 2 : end + 1] ?? ''))) end++;
  for (const m of article.mentions) {
    if (m.first < sentence.first || m.first >= end || inDateline(article, m) || article.entities.get(m.entity)?.type !== 'Country') continue;
    // (a title the lexicon knows only whole too: "Russia's chargé d'affaires")
    const qualified = isPossessiveMark(doc.tokens[m.last]) ? m.last + 1 : m.last;
    if (isTitleWordAnyCase(doc.tokens[qualified] ?? '') || loadTitles().trie.longest(doc.lower, qualified) !== undefined) continue;
    // ... and states named as places ("the BRICS summit in Kazan, Russia", "which borders Ecuador's Sucumbios province")
    const before = article.mentionAt[m.first - 2];
    const owned = isPossessiveMark(doc.tokens[m.last]) ? article.mentionAt[m.last + 1] : undefined;
    const place = (x: ResolvedMention | undefined): boolean => x !== undefined && article.entities.get(x.entity)?.type === 'Location';
    // (a state owning its own capital or seat names a place: "linking Sudan's Port Sudan to the border")
    const owner = isPossessiveMark(doc.tokens[m.first - 1]) ? article.mentionAt[m.first - 2] : undefined;
    if (/^(in|at|near)$/.test(doc.lower[m.first - 1] ?? '') || (doc.tokens[m.first - 1] === ',' && place(before)) || place(owned) || owned?.entity === m.entity || owner?.entity === m.entity) continue;
    // ... and, after the person, demonyms that only describe people or things ("the release of 18 Israeli hostages")
    // (... or own them: "a corridor linking Iraq's Grand Faw Port to the Turkish border")
    const ownsName = owned !== undefined && owned.first === m.last + 1 && article.entities.get(owned.entity)?.type !== 'Country';
    if ((m.kind === 'demonym' || ownsName) && m.first > at) continue;
    // (the home state as where another sends or goes is no subject: "Vilnius (dpa) - Germany will send soldiers to
    // Lithuania, Defence Minister X said")
    if (m.entity === home && /^(to|into|toward|towards)$/.test(doc.lower[m.first - 1] ?? '')) continue;
    if (m.entity === home) return false;
    other = true;
  }
  return other;
}

/**
 * "The Arab League ... called the accord “a historic opportunity.” Its secretary-general, X, said": at a
 * sentence-opening "its", the state or body that opened the sentence before; "Djibouti sent its foreign minister":
 * inside one, the state or body that opened it.
 */
function itsOwner(article: ResolvedArticle, its: number, title = ''): string | undefined {
  const { doc } = article;
  const si = doc.sentenceOf[its] ?? 0;
  const sentence = doc.sentences[si];
  // "the opposition Bangladesh Nationalist Party (BNP), whose secretary-general, X,": the one the clause describes
  if (doc.lower[its] === 'whose' && doc.tokens[its - 1] === ',') {
    const back = doc.tokens[its - 2] === ')' ? its - 3 : its - 2;
    const owner = article.mentionAt[back];
    const type = owner ? article.entities.get(owner.entity)?.type : undefined;
    return owner && (type === 'Agency' || type === 'Organization' || type === 'Country') && owner.kind !== 'demonym' ? owner.entity : undefined;
  }
  if (doc.lower[its] !== 'its' || !sentence) return undefined;
  // "Djibouti sent its foreign minister, X": within a sentence, the state or body that opens it, with only a verb between
  if (sentence.first !== its) {
    const opening = article.mentionAt[afterDateline(article, sentence.first, its)];
    const between = opening ? doc.pos.slice(opening.last, its) : [];
    const type = opening ? article.entities.get(opening.entity)?.type : undefined;
    return opening && between.length > 0 && between.every((p) => p === 'VERB' || p === 'AUX' || p === 'ADV') && (type === 'Country' || type === 'Agency') && opening.kind !== 'demonym' ? opening.entity : undefined;
  }
  const before = doc.sentences[si - 1];
  if (!before) return undefined;
  const first = afterDateline(article, before.first, before.last);
  const opener = article.mentionAt[doc.lower[first] === 'the' ? first + 1 : first];
  // ("Russia's Northern Fleet ... . Its commander": the body a state's possessive opens with)
  const owned = opener && isPossessiveMark(doc.tokens[opener.last]) ? article.mentionAt[opener.last + 1] : undefined;
  const m = owned && article.entities.get(owned.entity)?.type === 'Agency' ? owned : opener;
  const type = m ? article.entities.get(m.entity)?.type : undefined;
  // ("Canada sanctioned Nordvik Tanker Holdings. Its chief executive X": a firm's office is the firm's named last, not
  // the state's that opens the sentence)
  if (type === 'Country' && CORPORATE_TITLE.test(title)) {
    let firm: ResolvedMention | undefined;
    for (let k = before.first; k < before.last; k++) {
      const f = article.mentionAt[k];
      const e = f ? article.entities.get(f.entity) : undefined;
      if (f && (e?.type === 'Organization' || (e?.type === 'Agency' && e.country === undefined))) firm = f;
    }
    if (firm) return firm.entity;
  }
  return m && (type === 'Agency' || type === 'Organization' || type === 'Country') && m.kind !== 'demonym' ? m.entity : undefined;
}

/** Verbs of running a body, with the title they give ("who chairs the commission" -> chair). */
const LEADING: Readonly<Record<string, string>> = { chairs: 'chair', heads: 'head', leads: 'leader', commands: 'commander', runs: 'head', directs: 'director' };
const LED_REACH_TOKENS = 10;

/** Words that give what is run its name ("a military council calling itself the CNRS"). */
const NAMING = [['calling', 'itself'], ['known', 'as'], ['called'], ['named']];

/**
 * "X, who chairs Georgia's Central Election Commission," / "X, who heads the Indian Navy's Western Command": the body a
 * verb of running names last in its object, when nothing qualifies it further (not "the organisation's arms unit").
 */
function officeLedBy(article: ResolvedArticle, p: ResolvedMention, last: number): OfficeFinding | undefined {
  const { doc } = article;
  // (also past a description: "X, the Greek officer who commands Aspides")
  let who = p.last + 1;
  if (doc.lower[who] === 'the' || doc.lower[who] === 'a' || doc.lower[who] === 'an') {
    while (who < p.last + 6 && (!article.mentionAt[who] || article.mentionAt[who]?.kind === 'demonym') && doc.lower[who] !== 'who' && /^(DET|ADJ|NOUN|PROPN)$/.test(doc.pos[who] ?? '')) who++;
  }
  // ("Adjevi now heads a military council": the verb right after the person opening the sentence, past an adverb)
  const start = doc.sentences[doc.sentenceOf[p.first] ?? 0]?.first ?? p.first;
  const opens = doc.tokens.slice(start, p.first).every((w) => isHonorificOrTitleWord(w));
  const plain = opens && doc.pos[p.last] === 'ADV' && /^\p{Ll}+$/u.test(doc.tokens[p.last] ?? '') ? p.last + 1 : p.last;
  const verb = doc.tokens[p.last] === ',' && doc.lower[who] === 'who' ? who + 1 : opens && LEADING[doc.lower[plain] ?? ''] ? plain : -1;
  const title = verb > 0 ? LEADING[doc.lower[verb] ?? ''] : undefined;
  if (!title) return undefined;
  let body: ResolvedMention | undefined;
  let k = verb + 1;
  for (; k < Math.min(last, verb + 1 + LED_REACH_TOKENS); k++) {
    const m = article.mentionAt[k];
    if (m) {
      body = m;
      k = m.last - 1;
      continue;
    }
    // ("a military council calling itself the CNRS", "a group known as X": the name given to what is run)
    const naming = NAMING.find((words) => words.every((w, n) => doc.lower[k + n] === w));
    if (naming) {
      k += naming.length - 1;
      continue;
    }
    if (!(/^(the|of|'s|’s)$/.test(doc.lower[k] ?? '') || (k === verb + 1 && /^(a|an)$/.test(doc.lower[k] ?? '')) || /^(ADJ|NOUN|PROPN)$/.test(doc.pos[k] ?? ''))) break;
    // a noun after the last body is the thing run ("the organisation's arms unit"), unless it names the body's
    // kind ("the opposition Comunidad Ciudadana alliance")
    if (body && body.last === k && BODY_KIND_WORDS.has(doc.lower[k] ?? '')) continue;
    body = undefined;
  }
  const type = body ? article.entities.get(body.entity)?.type : undefined;
  // ("who leads the NFC in rushing": a lead in something is no office)
  if (!body || isPossessiveMark(doc.tokens[body.last]) || doc.lower[body.last] === 'in' || (type !== 'Agency' && type !== 'Organization')) return undefined;
  return { person: p.entity, target: body.entity, title, at: p.first };
}

const REPRESENTED = new Set(['represented', 'led', 'headed']);

/**
 * "Russia was represented by Foreign Minister Sergei Lavrov and China by Premier Li Qiang", "Japan's delegation was
 * led by Prime Minister X": the country whose delegation the official leads.
 */
function representedCountry(article: ResolvedArticle, titleStart: number): string | undefined {
  const { doc } = article;
  if (doc.lower[titleStart - 1] !== 'by') return undefined;
  const country = (i: number): string | undefined => {
    const m = article.mentionAt[i];
    return m && article.entities.get(m.entity)?.type === 'Country' ? m.entity : undefined;
  };
  // "... and China by Premier Li Qiang": the country right before "by" in a gapped clause
  const gapped = country(titleStart - 2);
  if (gapped) {
    for (let i = titleStart - 3; i >= Math.max(0, titleStart - 16); i--) if (REPRESENTED.has(doc.lower[i] ?? '') && doc.lower[i + 1] === 'by') return gapped;
    return undefined;
  }
  if (!REPRESENTED.has(doc.lower[titleStart - 2] ?? '')) return undefined;
  // "Russia was represented by", "Japan's delegation was led by" ("Kinshasa's delegation, led by")
  for (let i = titleStart - 3; i >= Math.max(0, titleStart - 7); i--) {
    const found = country(i);
    if (found) return found;
    if (/^[,.;]$/.test(doc.tokens[i] ?? '') && !(i === titleStart - 3 && doc.tokens[i] === ',')) break;
  }
  return undefined;
}

/**
 * "Japanese Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara": a national title right after "and"
 * and a person whose office names a state shares that state.
 */
function sharedState(article: ResolvedArticle, titleStart: number, found: readonly OfficeFinding[]): string | undefined {
  const before = article.doc.lower[titleStart - 1] === 'and' ? article.mentionAt[titleStart - 2] : undefined;
  // ... itself titled right before its name ("Clinton and President Boris Yeltsin" share nothing)
  if (!before || !isPerson(article, before) || !isHonorificOrTitleWord(article.doc.tokens[before.first - 1] ?? '')) return undefined;
  const office = found.find((o) => o.person === before.entity && article.entities.get(o.target)?.type === 'Country');
  // ... whose state qualifies the first title, before it ("Greek Prime Minister A and Foreign Minister B", not "President A of X and President B")
  let qualified = false;
  for (let i = before.first - 1; i >= Math.max(0, before.first - 6) && !qualified; i--) qualified = article.mentionAt[i]?.entity === office?.target;
  return qualified ? office?.target : undefined;
}

/** "his Australian counterpart, Defence Minister Daniel Whitford": the country of the counterpart before the title. */
function counterpartCountry(article: ResolvedArticle, titleStart: number): string | undefined {
  if (article.doc.tokens[titleStart - 1] !== ',') return undefined;
  // ("met their Philippine counterparts, Foreign Secretary X and ...": plural too)
  const demonym = article.doc.lower[titleStart - 2] === 'counterparts' ? article.mentionAt[titleStart - 3] : undefined;
  if (demonym && article.entities.get(demonym.entity)?.type === 'Country') return demonym.entity;
  for (let from = titleStart - 2; from >= Math.max(0, titleStart - 6); from--) {
    const region = readRegion(article, from, titleStart - 1);
    if (!region || !region.title.toLowerCase().endsWith(RELATIVE_TITLE)) continue;
    const country = region.targets.find((m) => article.entities.get(m.entity)?.type === 'Country');
    if (country) return country.entity;
  }
  return undefined;
}

/** Verbs of taking or holding an office, whose "as TITLE" names it (or the title right after them: "is appointed Minister of X"). */
const TAKING_OFFICE = new Set([
  'sworn', 'elected', 're-elected', 'reelected', 'appointed', 'named', 'installed', 'inaugurated', 'confirmed', 'serves', 'served', 'serving', 'chosen',
  'nominated', 'promoted', 'becomes', 'became', 'remains',
  // (and their nouns: "the appointment of X as the Force Commander of UNMISS", "X's election as speaker")
  'appointment', 'nomination', 'election', 'reappointment', 're-election', 'reelection',
]);
/** How far after the name the verb and "as" may stand. */
const TAKING_OFFICE_TOKENS = 12;
/** How long an apposition after the name may run ("X, an economist who served as economy minister from 2018 to 2019, as ..."). */
const APPOSITION_TOKENS = 16;

/** An office a verb names, at its state or body; with no target, a bare one for the dateline to place. */
type TakenOffice = Omit<OfficeFinding, 'target'> & { readonly target?: string };

/**
 * "X was sworn in for a third six-year term as Venezuela's president", "X was elected as NATO's secretary general",
 * "X, currently Minister of Home Affairs, is appointed Minister of Foreign Affairs", "Y is promoted to Minister of Z".
 */
function officeTakenAs(article: ResolvedArticle, p: ResolvedMention, last: number): TakenOffice | undefined {
  const { doc } = article;
  let verb = -1;
  let from = p.last;
  // ("X, who served as finance minister until the coup": a relative clause's verb)
  const auxiliary = /^(has|have|had)$/.test(doc.lower[from + 2] ?? '') ? 1 : 0;
  if (doc.tokens[from] === ',' && doc.lower[from + 1] === 'who' && TAKING_OFFICE.has(doc.lower[from + 2 + auxiliary] ?? '')) from += 2 + auxiliary;
  // ("elected Senegal's President, X, as the new Chairman of ...": the comma closing the name's own apposition)
  else if (doc.tokens[from] === ',' && doc.lower[from + 1] === 'as') from++;
  // (past an apposition set off by commas: "X, currently Minister of Home Affairs, is appointed ...")
  else if (doc.tokens[from] === ',') {
    const close = doc.tokens.indexOf(',', from + 1);
    if (close > from && close < Math.min(last, from + APPOSITION_TOKENS) && !doc.tokens.slice(from + 1, close).some((_, k) => isPerson(article, article.mentionAt[from + 1 + k]))) from = close + 1;
  }
  // ("the president named X, an economist ..., as prime minister"; "His cabinet includes X as foreign minister")
  // ... at the body that names the person, if a body does ("Eletropaulo said it has named X as new president")
  let namer: string | undefined;
  if (doc.lower[from] === 'as') {
    const sentence = doc.sentences[doc.sentenceOf[p.first] ?? 0];
    for (let k = sentence?.first ?? p.first; k < p.first; k++) if (TAKING_OFFICE.has(doc.lower[k] ?? '') || /^(includes?|included)$/.test(doc.lower[k] ?? '')) verb = k;
    for (let k = verb - 1; k >= (sentence?.first ?? 0) && verb >= 0 && namer === undefined; k--) {
      const type = article.mentionAt[k] ? article.entities.get(article.mentionAt[k]?.entity ?? '')?.type : undefined;
      if (type === 'Agency' || type === 'Organization') namer = article.mentionAt[k]?.entity;
      else if (type) break;
    }
  }
  for (let i = from; i < Math.min(last, from + TAKING_OFFICE_TOKENS); i++) {
    if (/^[,;:()“”"]$/.test(doc.tokens[i] ?? '') || article.mentionAt[i]) return undefined;
    if (TAKING_OFFICE.has(doc.lower[i] ?? '')) verb = i;
    // the title right after the verb, or after "to", "a" or "the" ("promoted to Minister of Home Affairs")
    const direct = verb >= 0 && i === verb && /^\p{Lu}/u.test(doc.tokens[verb + 1] ?? '') ? verb : verb >= 0 && i === verb + 1 && /^(to|a|an|the)$/.test(doc.lower[i] ?? '') ? i : -1;
    if ((doc.lower[i] !== 'as' || verb < 0) && direct < 0) continue;
    let end = i + 1;
    // (a comma between capitalised portfolios goes on: "Minister of Investment, Trade and Industry")
    const stops = (k: number): boolean =>
      (/^[,;:.()“”"]$/.test(doc.tokens[k] ?? '') && !(doc.tokens[k] === ',' && /^\p{Lu}/u.test(doc.tokens[k + 1] ?? '') && !article.mentionAt[k + 1])) ||
      /^(on|in|after|before|for|since|until|with|by)$/.test(doc.lower[k] ?? '') ||
      (doc.lower[k] === 'and' && !/^\p{Lu}/u.test(doc.tokens[k + 1] ?? ''));
    while (end < last && end - i <= TITLE_WINDOW_TOKENS && !stops(end)) end++;
    for (let to = end; to > i + 1; to--) {
      const region = readRegion(article, i + 1, to);
      // (a direct title opens right after the verb: "named Tuesday" is none)
      if (!region || (direct >= 0 && !loadTitles().trie.longest(doc.lower, i + 1) && !/^\p{Lu}/u.test(doc.tokens[i + 1] ?? ''))) continue;
      const target = chooseTarget(article, region);
      // ("who served as finance minister until the coup": an office held once; "has served as" is held still)
      const title = doc.lower[verb] === 'served' && !/^(has|have)$/.test(doc.lower[verb - 1] ?? '') && !/\bformer\b/i.test(region.title) ? `former ${region.title}` : region.title;
      if (target) return { person: p.entity, target, title, at: p.first };
      if (namer && region.targets.length === 0) return { person: p.entity, target: namer, title, at: p.first };
      if (region.entry.national && region.targets.length === 0) return { person: p.entity, title, at: p.first };
    }
    if (direct < 0) return undefined;
  }
  return undefined;
}

/**
 * "Enlargement Commissioner Petra Novak", "Defence Commissioner X": a commissioner of a portfolio, in an article that
 * names the European Commission, is its member (not a police or high commissioner).
 */
function commissionOf(article: ResolvedArticle, title: string, from: number): string | undefined {
  // (the portfolio may stand before the title's words: "Enlargement Commissioner")
  const before = article.doc.tokens[from - 1] ?? '';
  if (!/\bCommissioner\b/.test(title) || /\b(High|Police)\b/i.test(`${before} ${title}`)) return undefined;
  const commission = [...article.entities.values()].find((e) => e.name === 'European Commission');
  return commission?.id;
}

function spacedDashBetween(article: ResolvedArticle, from: number, to: number): boolean {
  const { doc } = article;
  for (let k = from; k < to; k++) if (/^[-–—]$/.test(doc.tokens[k] ?? '') && /\s/.test(doc.text[(doc.starts[k] ?? 0) - 1] ?? '')) return true;
  return false;
}

/** The offices the article places, and the persons it gives a state's office whose state it does not say. */
export interface HeldOffices {
  readonly offices: OfficeFinding[];
  /** "Defense Minister X met reporters" with no state to place the office at: an official all the same (entity keys). */
  readonly unplaced: ReadonlySet<string>;
}

export function holdsPosition(article: ResolvedArticle): HeldOffices {
  const { doc } = article;
  const out: OfficeFinding[] = [];
  /** "her Serbian counterpart": the office named last before, at the country the demonym names. */
  const titleOf = (region: TitleRegion, from = -1): string | undefined => {
    if (!region.title.toLowerCase().endsWith(RELATIVE_TITLE)) return region.title;
    // ("Defence Minister Arvind Khanna met Army chief Gen X ... Khanna and his Pakistani counterpart, Y": the office of
    // the person "his" stands for, not the one named last)
    let k = from;
    while (k > 0 && !POSSESSIVE_PRONOUNS.has(doc.lower[k] ?? '') && from - k < 2) k--;
    // (or the subject of the verb before the pronoun: "Khumalo met her Mozambican counterpart")
    const subject = doc.pos[k - 1] === 'VERB' && POSSESSIVE_PRONOUNS.has(doc.lower[k] ?? '') ? article.mentionAt[k - 2] : undefined;
    const holder = doc.lower[k - 1] === 'and' ? article.mentionAt[k - 2] : subject && isPerson(article, subject) ? subject : undefined;
    const held = holder ? [...out, ...bare].filter((o) => o.person === holder.entity) : [];
    if (held.length > 0) return held[0]?.title;
    // ("Prime Minister Fumio Kishida and his Australian counterpart": an office named bare counts too)
    const last = (list: readonly { readonly at: number; readonly title: string }[]): { at: number; title: string } | undefined => list[list.length - 1];
    const [a, b] = [last(out), last(bare)];
    return (a && b ? (a.at > b.at ? a : b) : a ?? b)?.title;
  };
  /** Offices named with no state or body: placed by the dateline once every other office is known. */
  const bare: BareOffice[] = [];
  /** Offices of plural titles before lists: after the ones named with each person, whose titles say more. */
  const inLists: OfficeFinding[] = [];
  const persons = article.mentions.filter((m) => isPerson(article, m));
  // ("Air Marshal X": a rank of two words; "Air Vice-Marshal X": and the hyphen inside one)
  const rankWord = (k: number): boolean => isRank(doc.tokens[k] ?? '') || isRankAfter(doc.tokens[k - 1], doc.tokens[k], doc.tokens[k + 1]);
  const rankAt = (k: number): boolean => rankWord(k) || (doc.tokens[k] === '-' && rankWord(k - 1) && rankWord(k + 1));
  for (const p of persons) {
    const sentence = doc.sentences[doc.sentenceOf[p.first] ?? 0];
    if (!sentence) continue;
    // before the name: the longest title region that ends right at the name (or at a comma before it)
    // ("Pakistan's navy chief, Admiral Farrukh Niazi": past a rank after the comma)
    let ranked = p.first;
    while (ranked > sentence.first && !article.mentionAt[ranked - 1] && rankAt(ranked - 1)) ranked--;
    // ("Its head, Norwegian diplomat Ingrid Solheim": past a nationality and the lowercase nouns of the person's trade)
    let described = p.first;
    let k = p.first - 1;
    while (k > p.first - DESCRIBED_TOKENS && !article.mentionAt[k] && doc.pos[k] === 'NOUN' && /^\p{Ll}+$/u.test(doc.tokens[k] ?? '') && !LOWERCASE_BODY_WORDS.has(doc.lower[k] ?? '')) k--;
    const nationality = k < p.first - 1 ? article.mentionAt[k] : undefined;
    if (nationality?.kind === 'demonym' && nationality.last === k + 1) described = nationality.first;
    // the comma that ends the title: right before the name, else before the rank or the description
    const comma = [p.first, ranked, described].map((k) => k - 1).find((k) => doc.tokens[k] === ',');
    // ("The chief of the South African National Defence Force (SANDF), General X": a title of a body, before the
    // body's acronym; not "carried by the official Korean Central News Agency (KCNA), X")
    const acronym = comma !== undefined && doc.tokens[comma - 1] === ')' && doc.tokens[comma - 3] === '(' && doc.lower.slice(Math.max(sentence.first, comma - TITLE_WINDOW_TOKENS), comma - 3).includes('of');
    const regionEnd = comma === undefined ? p.first : acronym ? comma - 3 : comma;
    // ("the representative of the Russian Federation, Deputy Permanent Representative X": when the title right before
    // the name names no state or body, the apposition before its comma may)
    let titled = p.first;
    // ("the head of UNMISS, Special Representative of the Secretary-General X": past a title's joiners between its words)
    const titleWord = (k: number): boolean => isHonorificOrTitleWord(doc.tokens[k] ?? '') || /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[k] ?? '');
    while (titled > sentence.first && !article.mentionAt[titled - 1] && (titleWord(titled - 1) || /^(of|the|for|-)$/.test(doc.lower[titled - 1] ?? ''))) titled--;
    while (titled < p.first && !titleWord(titled)) titled++;
    const ends = titled < p.first && titled - 1 < regionEnd && doc.tokens[titled - 1] === ',' ? [regionEnd, titled - 1] : [regionEnd];
    const found = out.length;
    for (const regionEnd of ends) {
      if (out.length > found) break;
      for (let from = Math.max(sentence.first, regionEnd - TITLE_WINDOW_TOKENS); from < regionEnd; from++) {
        if (article.mentionAt[from - 1] && article.mentionAt[from - 1] === article.mentionAt[from]) continue;
        // ("RTRS - Australian MP John Langmore": no title runs back across a dash set apart by spaces)
        if (spacedDashBetween(article, from, regionEnd)) continue;
        const region = readRegion(article, from, regionEnd);
        // "Foreign Minister Anna Kovacs of Hungary": the country after the name
        // ("President X of the Philippines", "of the Socialist Republic of Viet Nam")
        const of = doc.lower[p.last] === 'of' ? article.mentionAt[doc.lower[p.last + 1] === 'the' ? p.last + 2 : p.last + 1] : undefined;
        const ofCountry = of && article.entities.get(of.entity)?.type === 'Country' ? of : undefined;
        // ("Detective Superintendent X of Finland's National Bureau of Investigation": a body's title, the body after "of")
        const ofOwned = ofCountry && isPossessiveMark(doc.tokens[ofCountry.last]) ? article.mentionAt[ofCountry.last + 1] : of;
        const ofBody = ofOwned && article.entities.get(ofOwned.entity)?.type === 'Agency' ? ofOwned : undefined;
        const target =
          region &&
          (chooseTarget(article, region, false) ??
            (ofBody && region.entry.body ? ofBody.entity : undefined) ??
            (ofCountry && region.entry.national ? ofCountry.entity : undefined) ??
            counterpartCountry(article, from) ??
            // ("their Philippine counterparts, Foreign Secretary X": before the state a title implies elsewhere)
            impliedTarget(article, region) ??
            commissionOf(article, region.title, from) ??
            (region.entry.national ? representedCountry(article, from) ?? sharedState(article, from, out) : undefined));
        const title = region && titleOf(region, from);
        if (region && target && title) {
          out.push({ person: p.entity, target, title, at: p.first });
          break;
        }
        // ("its president, Ursula von der Leyen": an office a pronoun owns is no bare one)
        const owned = POSSESSIVE_PRONOUNS.has(doc.lower[from - 1] ?? '') || POSSESSIVE_PRONOUNS.has(doc.lower[from] ?? '');
        // ... but a sentence-opening "Its" is the body or state that opened the sentence before
        const owner = region && title && region.targets.length === 0 ? itsOwner(article, /^(its|whose)$/.test(doc.lower[from] ?? '') ? from : from - 1, title) : undefined;
        if (owner && title) {
          out.push({ person: p.entity, target: owner, title, at: p.first });
          break;
        }
        // (a body title qualified by a state's own body in lowercase is a state's: "foreign ministry spokeswoman X")
        if (region && title && (region.entry.national || region.ofStateBody) && region.targets.length === 0 && !owned && !ABROAD.test(title) && !bare.some((b) => b.person === p.entity)) {
          bare.push({ person: p.entity, title, at: p.first });
        }
      }
    }
    const listed = out.some((o) => o.person === p.entity) ? undefined : listOffice(article, p, out) ?? pluralTitleOf(article, p);
    // ("The leaders of A and B, President X and Emir Y": the title named with the person says more)
    const own = bare.find((b) => b.person === p.entity);
    if (listed) inLists.push(own ? { ...listed, title: own.title } : listed);
    // "Nicolas Maduro was sworn in for a third term as Venezuela's president": the office a verb of taking one names
    // (also a second office: "elected Senegal's President, X, as the new Chairman of the ECOWAS Authority"; a bare one
    // only for a person with none placed)
    const placed = out.some((o) => o.person === p.entity);
    const taken = officeTakenAs(article, p, sentence.last);
    if (taken?.target !== undefined) {
      if (!out.some((o) => o.person === p.entity && o.target === taken.target)) out.push({ person: taken.person, target: taken.target, title: taken.title, at: taken.at });
    } else if (taken && !placed && !ABROAD.test(taken.title) && !bare.some((b) => b.person === p.entity)) bare.push({ person: taken.person, title: taken.title, at: taken.at });
    // "Levan Tsiklauri, who chairs Georgia's Central Election Commission": the office a relative clause's verb names
    const led = out.some((o) => o.person === p.entity) ? undefined : officeLedBy(article, p, sentence.last);
    if (led) out.push(led);
    // after the name: ", [the] TITLE [of X]," apposition
    if (doc.tokens[p.last] !== ',') continue;
    let end = p.last + 1;
    // ("X, the Uganda People's Defence Forces (UPDF) spokesperson,": past the body's acronym in brackets)
    const bracketed = (k: number): boolean => doc.tokens[k] === '(' && doc.tokens[k + 2] === ')' && article.mentionAt[k - 1] !== undefined && article.mentionAt[k + 1]?.entity === article.mentionAt[k - 1]?.entity;
    while (end < sentence.last && end - p.last <= TITLE_WINDOW_TOKENS + 4 && (!/^[,;:.()“”"]$/.test(doc.tokens[end] ?? '') || bracketed(end)) && doc.lower[end] !== 'who' && doc.lower[end] !== 'said') end += bracketed(end) ? 3 : 1;
    // ("X, the AU Commissioner for Political Affairs, Peace and Security, told": a portfolio's capitalised words go on
    // past a comma)
    // ("X, Togo's Minister of Foreign Affairs, African Integration and Togolese Abroad,": after "of" too)
    while (doc.tokens[end] === ',' && doc.lower.slice(p.last + 1, end).some((w) => w === 'for' || w === 'of')) {
      let next = end + 1;
      while (next < sentence.last && !article.mentionAt[next] && (/^\p{Lu}\p{Ll}/u.test(doc.tokens[next] ?? '') || doc.lower[next] === 'and')) next++;
      if (next === end + 1 || doc.tokens[next] !== ',' || !/^\p{Lu}/u.test(doc.tokens[next - 1] ?? '')) break;
      end = next;
    }
    // ("... a separate meeting with Kalonji, a Kenyan official said.": one who speaks after the name, not its apposition)
    if (speechAt(doc, end) && /^(a|an)$/.test(doc.lower[p.last + 1] ?? '')) continue;
    // "Ivan Kubrakov, the head of the KGB security service Ivan Tertel and ...": a title running into a name is that name's
    let into = false;
    for (let i = p.last + 1; i < end && !into; i++) into = isPerson(article, article.mentionAt[i]) && article.mentionAt[i]?.first === i;
    // ("signed by A, Pakistan's defence production minister, B, and ...": a title between two names is the second's)
    if (doc.tokens[end] === ',' && isPerson(article, article.mentionAt[end + 1]) && article.mentionAt[end + 1]?.first === end + 1) into = true;
    if (into) continue;
    for (let to = end; to > p.last + 1; to--) {
      // "Joe Biden, French President Emmanuel Macron, ...": a title right before another person's name is that person's
      if (isPerson(article, article.mentionAt[to])) continue;
      const region = readRegion(article, p.last + 1, to);
      // ("X, the head of the junta, which calls itself the CNSP,": the body the apposition's noun is named as)
      const target = region && (chooseTarget(article, region) ?? (to === end ? selfNamedBody(article, end) : undefined));
      const title = region && titleOf(region);
      // ("X, a Swedish member of the European parliament": a member of what "of" names, not of the state)
      const member = title?.toLowerCase() === 'member' ? doc.lower.slice(p.last + 1, to + 1).findIndex((w, k, words) => w === 'member' && words[k + 1] === 'of') + p.last + 1 : p.last;
      const stateBefore = member > p.last && target !== undefined && article.entities.get(target)?.type === 'Country' && article.mentions.some((m) => m.entity === target && m.first > p.last && m.last <= member);
      if (region && stateBefore) continue;
      // ("X, a retired Army general,": an office left is none held)
      if (region && doc.lower.slice(p.last + 1, to).includes('retired')) break;
      if (region && target && title) {
        out.push({ person: p.entity, target, title, at: p.first });
        break;
      }
      // ("General X, the chief of general staff,": a national office named with no state, for the dateline; the first
      // of two naming nothing: "X, deputy prime minister and minister of national defence,", not "X, president and
      // chief operating officer of Bertelsmann's New Media division")
      const firstOfTwo = doc.lower[to] === 'and' && !article.mentionAt.slice(to, end).some((m) => m !== undefined);
      if (region && title && (region.entry.national || region.ofStateBody) && region.targets.length === 0 && !ABROAD.test(title) && (to === end || firstOfTwo)) {
        if (!bare.some((b) => b.person === p.entity) && !out.some((o) => o.person === p.entity)) bare.push({ person: p.entity, title, at: p.first });
        break;
      }
    }
  }
  const found = [...out, ...bareOfficesAtDateline(article, bare, [...out, ...inLists]), ...inLists];
  const listed = [...found, ...officesListedAfter(article, found)];
  const offices = [...listed, ...ledBodies(article).filter((l) => !listed.some((o) => o.person === l.person && o.target === l.target))];
  // (an office left is none held: "former Prime Minister X" is no official)
  const unplaced = new Set(bare.filter((b) => !/\b(former|ex|late)\b/i.test(b.title) && !offices.some((o) => o.person === b.person)).map((b) => b.person));
  return { offices, unplaced };
}

/** After the comma at `comma`, ", which calls itself the X" or ", known as the X": X, a body (its key), else undefined. */
function selfNamedBody(article: ResolvedArticle, comma: number): string | undefined {
  const { doc } = article;
  if (doc.tokens[comma] !== ',') return undefined;
  let k = comma + 1;
  if (doc.lower[k] === 'which' && /^(calls|called)$/.test(doc.lower[k + 1] ?? '') && /^(itself|themselves)$/.test(doc.lower[k + 2] ?? '')) k += 3;
  else if (doc.lower[k] === 'known' && doc.lower[k + 1] === 'as') k += 2;
  else return undefined;
  if (doc.lower[k] === 'the') k++;
  const m = article.mentionAt[k];
  const type = m ? article.entities.get(m.entity)?.type : undefined;
  return m && m.first === k && (type === 'Agency' || type === 'Organization') ? m.entity : undefined;
}

/** Offices of a firm, which no state holds ("chief executive", "managing director"). */
const CORPORATE_TITLE = /\b(chief executive|executive officer|ceo|managing director|operations director|finance director|director|manager|owner|founder|chairman of the board)\b/i;

/** How many lowercase words a listed office may take ("chief operating officer"). */
const LISTED_OFFICE_WORDS = 3;

/**
 * "Its chief executive Viktor Lomakin, operations director Anil Pillai and finance director Sergei Danilchenko": the
 * offices listed after one found, each in lowercase words ending with a title's word before a person's name, are at
 * the same body.
 */
function officesListedAfter(article: ResolvedArticle, found: readonly OfficeFinding[]): OfficeFinding[] {
  const { doc } = article;
  const out: OfficeFinding[] = [];
  const held = (person: string): boolean => found.some((o) => o.person === person) || out.some((o) => o.person === person);
  for (const office of found) {
    let p = article.mentions.find((m) => m.entity === office.person && m.first >= office.at);
    while (p && (doc.tokens[p.last] === ',' || doc.lower[p.last] === 'and')) {
      let k = p.last + 1;
      if (doc.lower[k] === 'and') k++;
      const first = k;
      while (k < first + LISTED_OFFICE_WORDS && !article.mentionAt[k] && /^\p{Ll}+$/u.test(doc.tokens[k] ?? '')) k++;
      const next = article.mentionAt[k];
      if (k === first || !isTitleWordAnyCase(doc.tokens[k - 1] ?? '') || !next || next.first !== k || !isPerson(article, next) || held(next.entity)) break;
      out.push({ person: next.entity, target: office.target, title: doc.text.slice(doc.starts[first] ?? 0, doc.ends[k - 1] ?? 0), at: next.first });
      p = next;
    }
  }
  return out;
}

/** Nouns of a body that "led by" or "headed by" may describe in an apposition ("X, the junta led by Y"). */
const LED_BODY_NOUNS = new Set(['junta', 'party', 'movement', 'group', 'coalition', 'alliance', 'council', 'government', 'militia', 'faction', 'organisation', 'organization', 'bloc', 'front', 'committee', 'commission', 'agency', 'body', 'regime', 'administration']);

/**
 * "the State Administration Council (SAC), the junta led by Senior General X", "Hamas, led by Y,": the body a person
 * is said to lead or head, named right before "led by" or before an apposition whose noun says what it is.
 */
function ledBodies(article: ResolvedArticle): OfficeFinding[] {
  const { doc } = article;
  const out: OfficeFinding[] = [];
  const body = (m: ResolvedMention | undefined): ResolvedMention | undefined => {
    const type = m ? article.entities.get(m.entity)?.type : undefined;
    return m && (type === 'Agency' || type === 'Organization') ? m : undefined;
  };
  for (let i = 1; i < doc.tokens.length; i++) {
    if (doc.lower[i + 1] !== 'by' || (doc.lower[i] !== 'led' && doc.lower[i] !== 'headed')) continue;
    let k = i + 2;
    while (k < i + 6 && !article.mentionAt[k] && isHonorificOrTitleWord(doc.tokens[k] ?? '')) k++;
    const person = article.mentionAt[k];
    // (not "led by Deby's Patriotic Salvation Movement": what a person owns leads)
    if (!person || person.first !== k || !isPerson(article, person) || isPossessiveMark(doc.tokens[person.last])) continue;
    // (the body right before, past a comma: "Hamas, led by"; or before "the junta" and a comma or bracket)
    let at = i - 1;
    if (doc.tokens[at] === ',') at--;
    let led = body(article.mentionAt[at]);
    if (!led && LED_BODY_NOUNS.has(doc.lower[at] ?? '') && doc.lower[at - 1] === 'the' && doc.tokens[at - 2] === ',') {
      // (past the acronym in brackets: "the State Administration Council (SAC), the junta")
      led = body(article.mentionAt[pastBracketedAcronym(doc.tokens, at - 3)]);
    }
    // ("the Israeli strike on Hamas led by ...", "a delegation led by": only a body named as the subject of "led")
    if (!led || isPossessiveMark(doc.tokens[led.last])) continue;
    // ("headed by Minister Abdulla Fakhro": the office the words before the name give, not a rank nor an honorific)
    const named = k > i + 2 && isWholeTitleWord(doc.tokens[k - 1] ?? '') && !isRank(doc.tokens[k - 1] ?? '') ? doc.tokens.slice(i + 2, k).join(' ') : undefined;
    out.push({ person: person.entity, target: led.entity, title: named ?? (doc.lower[i] === 'headed' ? 'head' : 'leader'), at: person.first });
  }
  return out;
}
