// What the relation and statement rules ask of the text around a token: possessive marks, the article's dateline,
// and who "the two ministers" or "the two governments" are.
import type { ResolvedArticle, ResolvedMention } from '../resolve/resolve.js';
import { isTitleWordAnyCase } from '../lexicon/titles.js';
import { DATELINE_SENTENCES, headlineOf, type AnalysedText, type SentenceSpan } from '../nlp/annotate.js';
import { monthIndex, WEEKDAYS } from './dates.js';

/** Forms of "be", before a passive's participle. */
export const BE: ReadonlySet<string> = new Set(['is', 'was', 'were', 'are', 'been', 'being', 'be']);

export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);

/** Words that open a subordinate clause: where an object search stops after a comma, a reported clause ends, or words after "said" become the writer's ("as well as" is checked where it matters). */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'as', 'while', 'whereas', 'although', 'though', 'because', 'since', 'when', 'amid', 'despite', 'after', 'before', 'following', 'until', 'if', 'unless',
]);

/** Verbs that undo a tie: "has cut electricity supplies to Niger", "revoked military cooperation agreements". */
export const UNDOING: ReadonlySet<string> = new Set([
  'cut', 'cuts', 'halted', 'halts', 'suspended', 'suspends', 'froze', 'freezes', 'revoked', 'revokes', 'withdrew', 'scrapped', 'cancelled', 'canceled', 'severed', 'severs',
]);

/** ... and verbs that end an agreement, too general to deny what follows them elsewhere ("the war ended with the signing of"). */
export const ENDING: ReadonlySet<string> = new Set([
  ...UNDOING, 'ended', 'ends', 'terminated', 'terminates', 'abandoned', 'abandons', 'tore', 'renounced', 'renounces',
  // leaving or withdrawing from one ("Romania left the Ottawa Convention", "pulled out of the deal")
  'left', 'leaves', 'leaving', 'leave', 'quit', 'quits', 'quitting', 'exited', 'exits', 'exit', 'exiting',
  'withdraws', 'withdrawing', 'withdraw', 'withdrawn', 'withdrawal', 'pulled', 'pulls', 'pulling',
]);

/** "'s", "’s", "'" after a name. */
export function isPossessiveMark(token: string | undefined): boolean {
  return token !== undefined && /^['’]s?$/.test(token);
}

/** Entity types a dateline never names: "The Geneva Agreement - signed by ... -" opens no dateline. */
const NO_DATELINE_TYPES = new Set(['Agreement', 'Official', 'Person']);

/** "JAKARTA, Indonesia — ...", "KYIV, Ukraine (AP) — ...": a mention in the dateline says where the story was filed. */
export function inDateline(article: ResolvedArticle, m: ResolvedMention): boolean {
  const { doc } = article;
  if (!opensArticle(article, m.first) || NO_DATELINE_TYPES.has(article.entities.get(m.entity)?.type ?? '')) return false;
  // (nor a list in running text: "signed by Britain, Venezuela and Suriname - obliges")
  const start = doc.starts[m.first] ?? 0;
  if (/(^|\s)\p{Ll}/u.test(doc.text.slice(doc.text.lastIndexOf('\n', start) + 1, start))) return false;
  const end = doc.ends[m.last - 1] ?? 0;
  // (the agency in brackets too: "(Reuters) -")
  // (not a hyphen joined to the next word: "The NATO-led force")
  if (/^\s*(\([^)]*\)\s*|\)\s*)?([—–]|-(?!\p{L}))/u.test(doc.text.slice(end, end + 12))) return true;
  // ("KUALA LUMPUR: ...": a colon right after a place in capitals)
  return doc.tokens[m.last] === ':' && !/\p{Ll}/u.test(doc.text.slice(doc.starts[m.first] ?? 0, end));
}

/** How far into one of its first sentences (DATELINE_SENTENCES) a dateline may run, in characters. */
const DATELINE_MAX_CHARS = 80;

/** Token `i` is near the start of one of the article's first sentences, where a dateline stands. */
function opensArticle(article: ResolvedArticle, i: number): boolean {
  const { doc } = article;
  const si = doc.sentenceOf[i] ?? 0;
  return (si < DATELINE_SENTENCES || opensEarlyParagraph(doc, si)) && (doc.starts[i] ?? 0) - (doc.sentences[si]?.start ?? 0) < DATELINE_MAX_CHARS;
}

/** How many paragraphs (a headline, a standfirst, a byline, a time stamp) may stand before the one a dateline opens. */
const DATELINE_PARAGRAPHS = 5;
/** How many sentences those paragraphs may hold. */
const DATELINE_PARAGRAPH_SENTENCES = 8;

/**
 * Sentence `si` opens one of the article's first paragraphs, after a headline and a standfirst ("Czech Republic expels
 * ...\n\nThe Czech government has ordered ...\n\nPRAGUE -- ..."): where a dateline may stand past the first sentences.
 */
function opensEarlyParagraph(doc: AnalysedText, si: number): boolean {
  const sentence = doc.sentences[si];
  if (!sentence || si >= DATELINE_PARAGRAPH_SENTENCES || si === 0 || !doc.text.slice(doc.sentences[si - 1]?.end ?? 0, sentence.start).includes('\n')) return false;
  let breaks = 0;
  for (let k = 1; k <= si; k++) if (doc.text.slice(doc.sentences[k - 1]?.end ?? 0, doc.sentences[k]?.start ?? 0).includes('\n')) breaks++;
  return breaks < DATELINE_PARAGRAPHS;
}

/** Lowercase nouns for a state's own institutions, which make a headline about that state's affairs. */
const STATE_AFFAIRS = new Set([
  'parliament', 'government', 'cabinet', 'president', 'prime', 'pm', 'premier', 'court', 'army', 'military', 'navy', 'police', 'lawmakers',
  'minister', 'ministers', 'opposition', 'senate', 'legislature', 'leader', 'junta', 'king', 'voters', 'election', 'elections',
]);

/**
 * The state an article is about when it has no dateline but opens with a headline on that state's own institutions
 * ("Bulgarian parliament ratifies defence pact with U.S.", "Kenya's president signs ..."): its entity key, if any.
 */
export function headlineCountry(article: ResolvedArticle): string | undefined {
  const { doc } = article;
  const headline = headlineOf(doc);
  if (!headline) return undefined;
  const m = article.mentionAt[headline.first];
  if (!m || m.first !== headline.first || article.entities.get(m.entity)?.type !== 'Country') return undefined;
  const noun = isPossessiveMark(doc.tokens[m.last]) ? m.last + 1 : m.last;
  return m.kind === 'demonym' || noun > m.last ? (STATE_AFFAIRS.has(doc.lower[noun] ?? '') ? m.entity : undefined) : undefined;
}

/** The state whose bare titles and bodies an article names: the dateline's, else its headline's (`headlineCountry`). */
export function homeCountry(article: ResolvedArticle): string | undefined {
  return datelineCountry(article) ?? headlineCountry(article);
}

/**
 * The country the article was filed from, by its dateline ("WARSAW, Poland —", "MANILA (Reuters) -"): a state
 * named there, or the state of a city named there; the entity key, if the article has that state.
 */
export function datelineCountry(article: ResolvedArticle): string | undefined {
  const { doc } = article;
  // (a press release's header lines in capitals come before its dateline: "PRESS STATEMENT / PRIME MINISTER'S OFFICE")
  const header = (si: number): boolean => si >= 0 && !/\p{Ll}/u.test(doc.text.slice(doc.sentences[si]?.start ?? 0, doc.sentences[si]?.end ?? 0));
  for (let si = 0; si < doc.sentences.length && (si < DATELINE_SENTENCES || header(si - 1) || si < DATELINE_PARAGRAPH_SENTENCES); si++) {
    if (si >= DATELINE_SENTENCES && !header(si - 1) && !opensEarlyParagraph(doc, si)) continue;
    const sentence = doc.sentences[si];
    if (!sentence) continue;
    const end = datelineLine(article, sentence) || placeAndDateLine(article, sentence) ? sentence.last : afterDateline(article, sentence.first, sentence.last);
    // ("MALE/NEW DELHI:": a story filed from two capitals of two states places no bare office)
    if (end > sentence.first && doc.tokens.slice(sentence.first, end).includes('/') && !oneStateIn(article, sentence.first, end)) return undefined;
    const state = stateNamedIn(article, sentence.first, end);
    if (state) return state;
  }
  return undefined;
}

/** Every place named in tokens [first, end) between slashes lies in one state the article names. */
function oneStateIn(article: ResolvedArticle, first: number, end: number): boolean {
  const { doc } = article;
  const states = new Set<string | null | undefined>();
  let part = first;
  for (let i = first; i <= end; i++) {
    if (i < end && doc.tokens[i] !== '/') continue;
    const m = article.mentionAt[part];
    states.add(m && m.first === part ? stateOfPlace(article, m.entity) : undefined);
    part = i + 1;
  }
  return states.size === 1 && [...states][0] !== undefined && [...states][0] !== null;
}

/** The first state named in tokens [first, end), or whose city is: its entity key, if the article has that state. */
function stateNamedIn(article: ResolvedArticle, first: number, end: number): string | undefined {
  for (let i = first; i < end; i++) {
    const m = article.mentionAt[i];
    if (!m) continue;
    const state = stateOfPlace(article, m.entity);
    if (state) return state;
    i = m.last - 1;
  }
  return undefined;
}

/**
 * The state an entity is, or the place it names lies in: the state's entity key; null when the article does not name
 * that state; undefined when the entity is neither a state nor a place in one.
 */
export function stateOfPlace(article: ResolvedArticle, key: string): string | null | undefined {
  const e = article.entities.get(key);
  if (e?.type === 'Country') return key;
  if (e?.type !== 'Location' || !e.country) return undefined;
  for (const [other, entity] of article.entities) if (entity.type === 'Country' && entity.country === e.country) return other;
  return null;
}

/**
 * The country of the dateline that opens the paragraph of token `at` ("TOKYO, Oct 2 (AFP) - ..." in a round-up of
 * items from several capitals), past the article's first; else the article's.
 */
export function datelineCountryAt(article: ResolvedArticle, at: number, articleDateline = datelineCountry(article)): string | undefined {
  const { doc } = article;
  let si = doc.sentenceOf[at] ?? 0;
  while (si > 0 && !doc.text.slice(doc.sentences[si - 1]?.end ?? 0, doc.sentences[si]?.start ?? 0).includes('\n')) si--;
  const sentence = doc.sentences[si];
  if (!sentence || si < DATELINE_SENTENCES) return articleDateline;
  // (a live blog's item, under a line of its own: "17:30 - MOGADISHU", its paragraphs up to the next such line)
  for (let back = si - 1; back >= 0; back--) {
    const line = doc.sentences[back];
    if (line && itemDateline(article, line)) return stateNamedIn(article, line.first, line.last);
  }
  // (a dateline in capitals: "TOKYO, Oct 2 (AFP) -")
  const end = /^\p{Lu}{2,}/u.test(doc.tokens[sentence.first] ?? '') ? afterDateline(article, sentence.first, sentence.last, true) : sentence.first;
  return end === sentence.first ? articleDateline : stateNamedIn(article, sentence.first, end);
}

/** A line break follows the sentence before the next token: the sentence is a line of its own's end. */
function endsLine(article: ResolvedArticle, line: SentenceSpan): boolean {
  const { doc } = article;
  return doc.text.slice(doc.ends[line.last - 1] ?? 0, doc.starts[line.last] ?? doc.text.length).includes('\n');
}

/** How many tokens a live blog's item line may hold ("17:30 - MOGADISHU", "09:12 GMT - NEW YORK"). */
const ITEM_LINE_TOKENS = 6;

/** A line of its own, in capitals and numbers, that ends with a place: a live blog item's time and place. */
function itemDateline(article: ResolvedArticle, line: SentenceSpan): boolean {
  const { doc } = article;
  const m = article.mentionAt[line.last - 1];
  if (!m || line.last - line.first > ITEM_LINE_TOKENS || !/^\d/.test(doc.tokens[line.first] ?? '')) return false;
  if (!endsLine(article, line)) return false;
  return doc.tokens.slice(line.first, line.last).every((t) => !/\p{Ll}/u.test(t));
}

/** How many tokens a byline ending with where and when may hold. */
const BYLINE_TOKENS = 24;

/**
 * A line of its own that ends with where and when the story was filed, after at most names and separators: "By
 * Maricel D. Santiago | Manila, March 14, 2026", "Kuwait City, 22 April 2026", "Nairobi, Tuesday".
 */
function placeAndDateLine(article: ResolvedArticle, line: SentenceSpan): boolean {
  const { doc } = article;
  if (line.last - line.first > BYLINE_TOKENS || !endsLine(article, line)) return false;
  const dated = (t: string | undefined): boolean => t !== undefined && (monthIndex(t) >= 0 || WEEKDAYS.includes(t.toLowerCase()) || /^\d{1,4}$/.test(t));
  for (let i = line.first; i < line.last; i++) {
    const m = article.mentionAt[i];
    if (!m || m.first !== i || !stateOfPlace(article, m.entity)) continue;
    if (doc.tokens[m.last] !== ',' || !dated(doc.tokens[m.last + 1])) return false;
    const names = doc.tokens.slice(line.first, i).every((t) => /^[\p{Lu}\d|\/·•,.&-]/u.test(t) || /^(by|and)$/i.test(t));
    // (the date may end with a time: "March 14, 2026 at 4:12 PM GMT+1")
    const date = doc.tokens.slice(m.last + 1, line.last).every((t) => !/^\p{Ll}/u.test(t) || dated(t) || /^(at|am|pm|a\.m\.|p\.m\.)$/.test(t));
    return names && date;
  }
  return false;
}

/** A dateline on a line of its own: a place in capitals, then at most a comma and a date ("PUTRAJAYA, 9 JUNE 2026", "BRUSSELS 1996-08-22"). */
function datelineLine(article: ResolvedArticle, sentence: SentenceSpan): boolean {
  const { doc } = article;
  const m = article.mentionAt[sentence.first];
  if (!m || m.first !== sentence.first || !/^\p{Lu}{2,}/u.test(doc.tokens[m.first] ?? '') || /\p{Ll}/u.test(doc.tokens[m.first] ?? '')) return false;
  if (!endsLine(article, sentence)) return false;
  const rest = doc.tokens.slice(m.last, sentence.last);
  return (rest.length === 0 || rest[0] === ',' || /^\d/.test(rest[0] ?? '')) && rest.length <= 6 && rest.every((t) => /^[\p{Lu}\d,.\/-]/u.test(t));
}

/**
 * The first token after the dateline the article opens with ("BRUSSELS (Reuters) - The EU ...", "ANKARA, Turkey
 * (AP) — ...", "KINSHASA, March 3 (AP) — ...") when the sentence at `first` is its first, else `first`: a mention,
 * then capitalised words, numbers, commas and a bracketed agency, up to a dash.
 */
export function afterDateline(article: ResolvedArticle, first: number, bound: number, anyParagraph = false): number {
  const { doc } = article;
  const m = article.mentionAt[first];
  // "BRUSSELS —": a place in capitals opens a dateline even when it is no mention
  if ((!m || m.first !== first) && !/^\p{Lu}{2,}$/u.test(doc.tokens[first] ?? '')) return first;
  let inBrackets = false;
  for (let i = first; i < Math.min(bound, first + 12); i++) {
    const token = doc.tokens[i] ?? '';
    // ("Rwanda-backed M23 rebels seize Goma": a hyphen inside a word is no dateline's dash)
    const joined = token === '-' && doc.starts[i] === doc.ends[i - 1] && doc.ends[i] === doc.starts[i + 1];
    if (/^([—–-]|--)$/.test(token) && !joined) return anyParagraph || opensArticle(article, i) ? i + 1 : first;
    if (joined) return first;
    // ("KUALA LUMPUR: ASEAN foreign ministers ...": a colon after a place in capitals, as Malaysian and Singaporean
    // papers write it)
    const capitals = (t: string | undefined): boolean => /^\p{Lu}{2,}/u.test(t ?? '') && !/\p{Ll}/u.test(t ?? '');
    // (... or after an agency's credit in brackets: "ISLAMABAD, Mar 15 (APP): Pakistan ...")
    if (token === ':' && !inBrackets && (capitals(doc.tokens[i - 1]) || doc.tokens[i - 1] === ')') && capitals(doc.tokens[first])) return anyParagraph || opensArticle(article, i) ? i + 1 : first;
    // ("Abu Dhabi: The UAE and Pakistan ...": a city in title case and a colon, as Gulf papers open a story)
    const place = m && m.first === first && m.last === i && /^(Location|Country)$/.test(article.entities.get(m.entity)?.type ?? '');
    if (token === ':' && place && /^\p{Lu}/u.test(doc.tokens[i + 1] ?? '') && opensArticle(article, i)) return i + 1;
    // ("Jammu, Oct 14 (PTI) A soldier was killed": an agency's credit in brackets, then the story, no dash between)
    // ("Bogotá, Mar 12 (Prensa Latina) The ...": an agency's name of a few words)
    if (token === ')' && inBrackets && doc.tokens.slice(Math.max(first, i - 4), i - 1).includes('(') && /^\p{Lu}/u.test(doc.tokens[i + 1] ?? '') && doc.tokens[first + 1] === ',' && opensArticle(article, i)) return i + 1;
    if (token === '(') inBrackets = true;
    else if (token === ')') inBrackets = false;
    // ("Brussels, Jun 23 (EFE).- The ...": a full stop between the credit and its dash)
    else if (token === '.' && doc.tokens[i - 1] === ')' && /^([—–-]|--)$/.test(doc.tokens[i + 1] ?? '')) continue;
    else if (!inBrackets && token !== ',' && token !== '/' && !/^[\p{Lu}\d]/u.test(token)) return first;
  }
  return first;
}

const COUNTED_PEOPLE = new Set(['ministers', 'leaders', 'men', 'women', 'presidents', 'officials', 'envoys', 'diplomats', 'premiers']);
const COUNTED_STATES = new Set(['countries', 'governments', 'sides', 'nations', 'states', 'neighbours', 'neighbors', 'members', 'allies']);

/** How many "the two", "the three" ... count ("both" counts two). */
const COUNTS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5 };

function countAt(lower: readonly string[], the: number): number {
  return lower[the] === 'both' ? 2 : lower[the] === 'the' || lower[the] === 'all' ? COUNTS[lower[the + 1] ?? ''] ?? 0 : 0;
}

/**
 * "the two ministers", "the three Ministers", "both leaders" (people) or "the two governments", "both countries"
 * (states) starting at token `the`.
 */
export function theCounted(article: ResolvedArticle, the: number): 'people' | 'states' | undefined {
  const { lower } = article.doc;
  let at = lower[the] === 'both' ? the + 1 : countAt(lower, the) > 0 ? the + 2 : -1;
  // ("the two NATO members": past the body that qualifies the noun)
  const body = at >= 0 ? article.mentionAt[at] : undefined;
  if (body && body.first === at && article.entities.get(body.entity)?.type === 'Agency') at = body.last;
  const noun = at >= 0 ? lower[at] ?? '' : '';
  if (COUNTED_PEOPLE.has(noun)) return 'people';
  if (COUNTED_STATES.has(noun)) return 'states';
  // ("Beside him stood X, with whom he had held talks. The two used the meeting to sign ...": with no noun, the two
  // people the sentence before names)
  const bare = lower[the] === 'the' && at >= 0 && /^(VERB|AUX|ADV)$/.test(article.doc.pos[at] ?? '');
  return bare && peopleNamedJustBefore(article, the) >= countAt(lower, the) ? 'people' : undefined;
}

/** How many people the two sentences before token `the` and its own sentence up to it name. */
function peopleNamedJustBefore(article: ResolvedArticle, the: number): number {
  const si = article.doc.sentenceOf[the] ?? 0;
  const from = article.doc.sentences[Math.max(0, si - 2)]?.first ?? 0;
  const people = new Set<string>();
  for (let i = from; i < the; i++) {
    const m = article.mentionAt[i];
    const type = m ? article.entities.get(m.entity)?.type : undefined;
    if (m && (type === 'Official' || type === 'Person')) people.add(m.entity);
  }
  return people.size;
}

/**
 * Where "the two NOUN" ("the three NOUN") or "both NOUN" starts when its noun is the token before `end`, or a bare "the
 * two" of people ("met X in Ottawa, where the two signed"); -1 when none ends there.
 */
export function countedEndingAt(article: ResolvedArticle, end: number): number {
  const { lower } = article.doc;
  if ((lower[end - 3] === 'the' || lower[end - 3] === 'all') && theCounted(article, end - 3)) return end - 3;
  if (lower[end - 2] === 'both' && theCounted(article, end - 2)) return end - 2;
  if (lower[end - 2] === 'the' && theCounted(article, end - 2) === 'people') return end - 2;
  return -1;
}

/** The mention names a state (not "the country" standing for one). */
function namedState(article: ResolvedArticle, m: ResolvedMention | undefined): m is ResolvedMention {
  return m !== undefined && m.kind === 'name' && article.entities.get(m.entity)?.type === 'Country';
}

/**
 * A list of exactly `count` states joined by commas and "and" in the sentence of `the` or the `back` before, the
 * nearest first.
 */
function statesListBefore(article: ResolvedArticle, the: number, count: number, back = 1): ResolvedMention[] | undefined {
  const { doc } = article;
  const si = doc.sentenceOf[the] ?? 0;
  const from = doc.sentences[Math.max(0, si - back)]?.first ?? 0;
  for (let i = the - 1; i >= from; i--) {
    const last = article.mentionAt[i];
    if (!namedState(article, last) || doc.lower[last.first - 1] !== 'and') continue;
    const list = [last];
    let k = last.first - 1;
    while (k > from) {
      const gap = doc.lower[k] === 'and' ? (doc.tokens[k - 1] === ',' ? 2 : 1) : doc.tokens[k] === ',' ? 1 : 0;
      const before = gap > 0 ? article.mentionAt[k - gap] : undefined;
      if (!namedState(article, before) || (list.length > 1 && doc.lower[k] === 'and')) break;
      list.unshift(before);
      k = before.first - 1;
    }
    if (list.length === count) return list;
    i = last.first;
  }
  return undefined;
}

/**
 * The people (or states) that "the two ..." (or "the three ...") at `the` counts: the last two (three) the article
 * named before it. A state counts by name or demonym ("U.S.-Chinese ties"), not by a demonym that only qualifies a
 * title ("Angolan Foreign Minister").
 */
export function whoTheCountedAre(article: ResolvedArticle, the: number, reach = Number.POSITIVE_INFINITY): ResolvedMention[] {
  const kind = theCounted(article, the);
  if (!kind) return [];
  const count = countAt(article.doc.lower, the);
  // ("the United States, Japan and South Korea issued a statement ... The three countries urged": a list of as many
  // states named in the sentence before, rather than the last states named whatever their part)
  // ("all four countries are member states of the SCO": the four the article listed, however far before)
  const listed =
    kind === 'states' && count > 2
      ? statesListBefore(article, the, count) ?? (article.doc.lower[the] === 'all' ? statesListBefore(article, the, count, Number.POSITIVE_INFINITY) : undefined)
      : undefined;
  if (listed) return listed;
  // ("China and Kyrgyzstan signed 14 agreements ... Uzbekistan signed one with the two countries in 2024 ... the two
  // sides said": the pair last named as such, "A and B", over the last two states named one by one)
  const pair = kind === 'states' && count === 2 && reach === Number.POSITIVE_INFINITY ? statePairBefore(article, the) : undefined;
  if (pair) return pair;
  const found: ResolvedMention[] = [];
  for (let i = the - 1; i >= Math.max(0, the - reach) && found.length < count; i--) {
    const m = article.mentionAt[i];
    if (!m) continue;
    const type = article.entities.get(m.entity)?.type;
    // (nor one that only qualifies a noun of people or forces: "ordered French troops to leave")
    const qualifying = m.kind === 'demonym' && /^(troops|soldiers|forces|officials|diplomats|nationals|citizens|companies|firms|ships|vessels|jets)$/.test(article.doc.lower[m.last] ?? '');
    const titled = (m.kind === 'demonym' && isTitleWordAnyCase(article.doc.tokens[m.last] ?? '')) || qualifying;
    // (nor where something happens: "due to meet in Tashkent"; nor where an envoy is posted: "ambassador to the Netherlands")
    const to = article.doc.lower[m.first - 1] === 'the' ? m.first - 2 : m.first - 1;
    const posted = article.doc.lower[to] === 'to' && /^(ambassador|envoy|representative|consul)s?$/.test(article.doc.lower[to - 1] ?? '');
    // (nor, in the same sentence, the agent of a passive: "in talks facilitated by Brazil, the two countries signed")
    const agent = article.doc.lower[m.first - 1] === 'by' && article.doc.sentenceOf[m.first] === article.doc.sentenceOf[the];
    // (a state named by its own name after "in" may be one of those counted: "operates in Burkina Faso and Niger. The
    // three countries ...")
    const capital = article.doc.tokens.slice(m.first, m.last).join(' ') !== article.entities.get(m.entity)?.name;
    const place = (/^(in|at|near)$/.test(article.doc.lower[m.first - 1] ?? '') && capital) || posted || agent;
    const wanted = kind === 'people' ? type === 'Official' || type === 'Person' : type === 'Country' && !titled && !place;
    if (wanted && !found.some((f) => f.entity === m.entity)) found.push(m);
    i = m.first;
  }
  return found.length === count ? found.reverse() : [];
}

/** How many sentences back "the two countries" looks for the pair named as "A and B". */
const PAIR_SENTENCES = 8;

/** The two states last named together as "A and B" (or "A and the B") before token `the`, within a few sentences. */
function statePairBefore(article: ResolvedArticle, the: number): ResolvedMention[] | undefined {
  const { doc } = article;
  const from = doc.sentences[Math.max(0, (doc.sentenceOf[the] ?? 0) - PAIR_SENTENCES)]?.first ?? 0;
  for (let i = the - 1; i > from; i--) {
    const b = article.mentionAt[i];
    if (!namedState(article, b) || b.first !== i) continue;
    const and = doc.lower[b.first - 1] === 'the' ? b.first - 2 : b.first - 1;
    const a = article.mentionAt[and - 1];
    if (doc.lower[and] === 'and' && namedState(article, a) && a.entity !== b.entity && doc.lower[a.first - 1] !== ',' && !isPossessiveMark(doc.tokens[b.last])) return [a, b];
  }
  return undefined;
}

const APPOSITION_REACH_TOKENS = 10;
const APPOSITION_OPENERS = new Set(['all', 'both', 'each', 'a', 'an', 'the', 'one', 'two', 'three', 'four', 'five', 'most', 'many', 'some']);

/**
 * When the mention stands in an apposition between commas that closes right before the verb phrase at `verb`
 * ("X, all members of NATO and the EU, have accused"), it describes the subject and is not the subject: the
 * opening comma's token, else -1.
 */
export function appositionOpening(article: ResolvedArticle, first: number, m: ResolvedMention, verb: number): number {
  const { doc } = article;
  let close = verb - 1;
  while (close > m.last && (doc.pos[close] === 'AUX' || doc.pos[close] === 'ADV')) close--;
  if (doc.tokens[close] !== ',' || close < m.last) return -1;
  for (let open = m.first - 1; open > first && open >= m.first - APPOSITION_REACH_TOKENS; open--) {
    // "The party, the Democratic Left Alliance, says": an apposition that only names the subject is the subject
    const naming = close === m.last && doc.tokens.slice(open + 1, m.first).every((w) => /^(the|a|an)$/i.test(w) || /^\p{Lu}/u.test(w));
    // ("France, backed by Poland, has accused": a participle's agent set off by commas too)
    const agent = /ed$/.test(doc.lower[open + 1] ?? '') && doc.lower[open + 2] === 'by';
    // ("Solomon Islands, also a PIF member, signed": past an adverb opening the apposition)
    const opener = doc.lower[open + 1] === 'also' ? open + 2 : open + 1;
    if (doc.tokens[open] === ',') return (APPOSITION_OPENERS.has(doc.lower[opener] ?? '') || agent) && !naming ? open : -1;
    if (article.mentionAt[open]) open = (article.mentionAt[open] as ResolvedMention).first;
  }
  return -1;
}

/**
 * The mention, a state or place, only places the common noun before it ("embassy in Washington", "firms in China",
 * "three entities based in Iran and Belarus").
 */
export function placeOfNoun(article: ResolvedArticle, m: ResolvedMention): boolean {
  const { doc } = article;
  const type = article.entities.get(m.entity)?.type;
  if (type !== 'Country' && type !== 'Location') return false;
  const p = doc.lower[m.first - 1] === 'the' ? m.first - 2 : m.first - 1;
  if (doc.lower[p] !== 'in' && doc.lower[p] !== 'at') return false;
  // (past a participle of where something is: "based in", "located in", "registered in")
  const noun = /^(based|located|registered|headquartered)$/.test(doc.lower[p - 1] ?? '') ? p - 2 : p - 1;
  return doc.pos[noun] === 'NOUN' && /^\p{Ll}/u.test(doc.tokens[noun] ?? '');
}

/**
 * The token before a one-word acronym in brackets that ends at `end` ("the Joint Chiefs of Staff (JCS)": the last
 * token of the name it stands for); `end` itself when no such acronym ends there.
 */
export function pastBracketedAcronym(tokens: readonly string[], end: number): number {
  return tokens[end] === ')' && tokens[end - 2] === '(' ? end - 3 : end;
}

/** The mention ending before the comma at `comma` (or at `comma` + 1), past an acronym in brackets ("X (PIF), whose"). */
export function nameBeforeComma(article: ResolvedArticle, comma: number): ResolvedMention | undefined {
  const { doc } = article;
  let o = doc.tokens[comma] === ',' ? comma - 1 : comma;
  if (doc.tokens[o] === ')') o = doc.tokens.lastIndexOf('(', o) - 1;
  return article.mentionAt[o];
}

/**
 * Where "made up of", "composed of", "consisting of", "comprising" or "comprised of" begins when it ends at token `t`
 * (what it is made of follows `t`), else -1.
 */
export function madeOfAt(lower: readonly string[], t: number): number {
  const word = lower[t] ?? '';
  if (word === 'comprising') return t;
  if (word !== 'of') return -1;
  if (/^(composed|consisting|comprised)$/.test(lower[t - 1] ?? '')) return t - 1;
  return lower[t - 1] === 'up' && lower[t - 2] === 'made' ? t - 2 : -1;
}

/** Verbs of reacting to an act, whose subject is not the act's doer ("Qatar condemned the strikes", "China opposes illegal sanctions"). */
export const REACTING: ReadonlySet<string> = new Set([
  'condemned', 'condemn', 'condemns', 'condemning', 'denounced', 'denounces', 'criticised', 'criticized', 'criticises', 'criticizes', 'welcomed',
  'welcomes', 'rejected', 'rejects', 'protested', 'deplored', 'decried', 'slammed', 'praised', 'hailed', 'mourned', 'lamented', 'regretted',
  'opposes', 'opposed', 'oppose', 'opposing',
]);
