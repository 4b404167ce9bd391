// Bodies' names the tagger read in parts or too far: joined across "of", "for" and "and", gone on through a second
// portfolio or a service's head, gone back over capitalised words; and titles or governments read as names.
import type { AnalysedText } from '../nlp/annotate.js';
import { bodyTypeOf, isAgencyHead, isBodyHead, isPortfolio, isPortfolioWord } from './bodies.js';
import { isHonorificOrTitleWord, isTitleWordAnyCase, isWholeTitleWord, loadTitles } from '../lexicon/titles.js';
import { ALL_CAPS, CALENDAR_WORD, coverage, DETERMINER, HEADLINE_VERBS, MAX_NAME_TOKENS, replacedBy, type MentionCandidate } from './candidates.js';

/** Heads of schools named for their field after "of" ("S. Rajaratnam School of International Studies"). */
const SCHOOLS = new Set(['School', 'Academy', 'College', 'Institute', 'University']);

/** "Supreme Court of Justice" read as "Supreme Court", "of", "Justice": a body's head joined by "of" to a name is one name. */
export function joinBodyNames(doc: AnalysedText, spans: MentionCandidate[]): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  for (const c of spans) {
    const previous = out[out.length - 1];
    const joined =
      previous?.origin === 'ORG' && c.origin === 'ORG' && c.first === previous.last + 1 && doc.lower[previous.last] === 'of' &&
      (isAgencyHead(doc.tokens[previous.last - 1] ?? '') || SCHOOLS.has(doc.tokens[previous.last - 1] ?? ''));
    if (previous && joined) out[out.length - 1] = { ...previous, last: c.last };
    else out.push(c);
  }
  return out;
}

/**
 * A title inside a tagger span, between a name before it and a person's name of two or more words after it
 * ("Odesa Mayor Gennadiy Trukhanov"): the span of the title words, or undefined.
 */
export function titleInside(doc: AnalysedText, first: number, last: number): { first: number; last: number } | undefined {
  // (a title in lowercase too: "Ministry spokesperson Lior Hadar" read as one name)
  const titleWord = (k: number): boolean => isHonorificOrTitleWord(doc.tokens[k] ?? '') || (/^\p{Ll}/u.test(doc.tokens[k] ?? '') && isTitleWordAnyCase(doc.tokens[k] ?? ''));
  for (let j = first + 1; j < last - 2; j++) {
    if (!titleWord(j) || titleWord(j - 1)) continue;
    let end = j;
    while (end < last && titleWord(end)) end++;
    const name = doc.tokens.slice(end, last);
    // ("Russian National Olympic Committee": a body's name after a title's word is no person's)
    // (a middle initial too: "Admiral Dinesh K Tripathi")
    const word = (token: string, k: number): boolean => /^\p{Lu}\p{Ll}/u.test(token) || (k > 0 && k < name.length - 1 && /^\p{Lu}\.?$/u.test(token));
    if (name.length >= 2 && name.every(word) && !isBodyHead(name[name.length - 1] ?? '')) return { first: j, last: end };
    return undefined;
  }
  return undefined;
}

/**
 * The tagged name ends with a gazetteer body's and joins more words to it with "and" ("Peace and Security Council"),
 * or ends with a one-word body ("Congress") after capitalised words no gazetteer entry or title explains ("United
 * People's Congress", "Indian National Congress"; not "US Congress").
 */
export function longerBodyName(doc: AnalysedText, span: MentionCandidate, inside: readonly MentionCandidate[], personWords: ReadonlySet<string>): boolean {
  const body = inside.find((g) => g.entry?.kind === 'body');
  // ("PT Dirgantara Indonesia": an acronym opening a company's name is a prefix, not the party "PT")
  const next = doc.tokens[(body?.last ?? 0)] ?? '';
  const covered = inside.some((g) => g.first === body?.last);
  if (body && body.first === span.first && body.last - body.first === 1 && ALL_CAPS.test(doc.tokens[body.first] ?? '') && body.last < span.last && !covered) {
    return /^\p{Lu}\p{Ll}/u.test(next) && !isHonorificOrTitleWord(next) && !isBodyHead(next) && !personWords.has(next);
  }
  // (a name runs across no comma: "CNBC Friday, Federal Reserve Governor X")
  if (!body || body.last !== span.last || body.first <= span.first || doc.tokens.slice(span.first, body.first).includes(',')) return false;
  if (inside.length === 1 && body.last - body.first > 1 && doc.lower.slice(span.first, body.first).includes('and')) return true;
  // ("Itar-Tass": a word hyphened to the body's name is another form of it; "the Gingrich Congress": a person's is not a name's)
  if (doc.tokens[body.first - 1] === '-') return false;
  for (let i = span.first; i < body.first; i++) {
    const named = inside.some((g) => g.first <= i && i < g.last);
    const word = doc.tokens[i] ?? '';
    // ("The Quai d'Orsay, for its part," at a sentence's start: "The" opens no longer name)
    if (!named && /^\p{Lu}\p{Ll}/u.test(word) && !isHonorificOrTitleWord(word) && !personWords.has(word) && !(i === span.first && DETERMINER.test(word))) return true;
  }
  return false;
}

/**
 * "the African Union's Peace and Security Council" read as "Security Council" alone: a body's name after "and" and
 * a capitalised word no candidate holds, with a determiner or possessive before it, is one body's name.
 */
export function joinedByAnd(doc: AnalysedText, candidates: MentionCandidate[]): MentionCandidate[] {
  const covered = coverage(doc, candidates);
  const absorbed = new Set<MentionCandidate>();
  const joined = candidates.map((c) => {
    const word = c.first - 2;
    // (or after the owning body's acronym: "The African Union (AU) Peace and Security Council")
    const opens = doc.lower[word - 1] === 'the' || /^['’]s?$/.test(doc.tokens[word - 1] ?? '') || (doc.tokens[word - 1] === ')' && doc.tokens[word - 3] === '(');
    const body = c.type === 'Agency' || c.type === 'Organization';
    // ("China's Belt and Road Initiative": the word before "and" may be one the tagger read alone)
    const alone = candidates.find((o) => o.first === word && o.last === word + 1 && !o.entry);
    if (!body || c.last - c.first < 2 || doc.lower[c.first - 1] !== 'and' || !opens || (covered[word] && !alone) || !/^\p{Lu}\p{Ll}+$/u.test(doc.tokens[word] ?? '')) return c;
    if (alone) absorbed.add(alone);
    const tokens = doc.tokens.slice(word, c.last);
    return { first: word, last: c.last, kind: 'name' as const, type: bodyTypeOf(tokens), origin: 'ORG' };
  });
  return joined.filter((c) => !absorbed.has(c));
}

/**
 * "the Patriotic Movement for Safeguard and Restoration" read as "Patriotic Movement for Safeguard" and "Restoration":
 * a body's name holding "for" or "of" goes on through "and" to one more capitalised word that ends the name and no
 * known name holds.
 */
export function bodyNameGoesOnPastAnd(doc: AnalysedText, candidates: MentionCandidate[]): MentionCandidate[] {
  const absorbed = new Set<MentionCandidate>();
  const joined = candidates.map((c) => {
    const word = c.last + 1;
    if (c.entry || (c.type !== 'Agency' && c.type !== 'Organization') || doc.lower[c.last] !== 'and' || !/^\p{Lu}\p{Ll}+$/u.test(doc.tokens[word] ?? '')) return c;
    if (/^\p{Lu}/u.test(doc.tokens[word + 1] ?? '') || isHonorificOrTitleWord(doc.tokens[word] ?? '')) return c;
    let inner = -1;
    for (let k = c.first + 1; k < c.last - 1 && inner < 0; k++) if (/^(for|of)$/.test(doc.lower[k] ?? '') && isBodyHead(doc.tokens[k - 1] ?? '')) inner = k;
    if (inner < 0) return c;
    const other = candidates.find((o) => o !== c && o.first <= word && word < o.last);
    if (other && (other.entry || other.first !== word || other.last !== word + 1 || other.origin === 'PER')) return c;
    if (other) absorbed.add(other);
    return { ...c, last: word + 1 };
  });
  return joined.filter((c) => !absorbed.has(c));
}

/**
 * "the Oxford Institute for Energy Studies" read as two names, "Oxford Institute" and "Energy Studies": a body's name
 * ending with a body's head, "for" (perhaps "for the"), and a name no gazetteer knows right after it are one name.
 */
export function joinedByFor(doc: AnalysedText, candidates: MentionCandidate[]): MentionCandidate[] {
  const absorbed = new Set<MentionCandidate>();
  const joined = candidates.map((c) => {
    // ("Serbia's Office for Kosovo and Metohija": a lone body's head the tagger read as a place, after an owner)
    const head = c.last - c.first === 1 && c.origin === 'LOC' && !c.entry && isAgencyHead(doc.tokens[c.first] ?? '') && /^\p{Lu}\p{Ll}/u.test(doc.tokens[c.first] ?? '') && /^(the|['’]s?)$/.test(doc.lower[c.first - 1] ?? '');
    // ("the SADC Organ on Politics, Defence and Security Cooperation", "the Committee on Foreign Affairs": after "on" too)
    // (a head the lexicon does not know, "Organ", when a list of portfolios follows)
    if (c.entry || (c.type !== 'Agency' && c.type !== 'Organization' && !head) || !/^(for|on)$/.test(doc.lower[c.last] ?? '')) return c;
    const bodyHead = isBodyHead(doc.tokens[c.last - 1] ?? '');
    const at = doc.lower[c.last + 1] === 'the' ? c.last + 2 : c.last + 1;
    let rest = candidates.find((o) => o.first === at && !o.entry && o.origin !== 'PER' && /^\p{Lu}/u.test(doc.tokens[at] ?? ''));
    // (... and a place joined by "and" to a name no gazetteer knows: "for Kosovo and Metohija")
    const place = head ? candidates.find((o) => o.first === at && o.entry !== undefined && o.type !== 'Agreement' && doc.lower[o.last] === 'and') : undefined;
    const paired = place ? candidates.find((o) => o.first === place.last + 1 && !o.entry && o.origin !== 'PER' && /^\p{Lu}/u.test(doc.tokens[o.first] ?? '')) : undefined;
    if (place && paired) {
      absorbed.add(place);
      rest = paired;
    }
    if (!rest) return c;
    // (... and the portfolios listed after the first: ", Defence and Security Cooperation")
    const last = listedPortfolios(doc, rest.last);
    if (!bodyHead && (doc.lower[c.last] !== 'on' || last === rest.last)) return c;
    absorbed.add(rest);
    for (const o of candidates) if (o !== c && !o.entry && o.first >= rest.last && o.last <= last) absorbed.add(o);
    return { first: c.first, last, kind: 'name' as const, type: bodyTypeOf(doc.tokens.slice(c.first, last)), origin: 'ORG' };
  });
  return joined.filter((c) => !absorbed.has(c));
}

/** How many words a body's list of portfolios may run on past its first ("Politics, Defence and Security Cooperation"). */
const LISTED_PORTFOLIO_TOKENS = 8;

/**
 * Where a list of capitalised portfolios after token `from` ends (", Defence and Security Cooperation"), with "and"
 * before its last item; `from` when none follows.
 */
export function listedPortfolios(doc: AnalysedText, from: number): number {
  if (doc.tokens[from] !== ',' || !/^\p{Lu}\p{Ll}/u.test(doc.tokens[from + 1] ?? '')) return from;
  let k = from + 1;
  let and = -1;
  while (k < from + LISTED_PORTFOLIO_TOKENS && doc.sentenceOf[k] === doc.sentenceOf[from] && (/^\p{Lu}\p{Ll}/u.test(doc.tokens[k] ?? '') || (doc.tokens[k] === ',' && /^\p{Lu}/u.test(doc.tokens[k + 1] ?? '')) || (doc.lower[k] === 'and' && and < 0 && /^\p{Lu}/u.test(doc.tokens[k + 1] ?? '')))) {
    if (doc.lower[k] === 'and') and = k;
    k++;
  }
  return and > 0 && k > and + 1 ? k : from;
}

/** Capitalised heads of a state's services named after it ("New Zealand Police", "Botswana Defence Force"). */
const SERVICE_HEADS = ['Police', 'Army', 'Navy', 'Air Force', 'Coast Guard', 'Defence Force', 'Defense Force', 'Defence Forces', 'Defense Forces', 'Armed Forces', 'Border Guard', 'Gendarmerie', 'National Guard', 'Police Force', 'Police Service'].map((h) => h.split(' '));

const SERVICE_FIRST_WORDS = new Set(SERVICE_HEADS.map((h) => h[0]));

/**
 * "drawn from New Zealand Police", the country matched and "Police" left alone: a state's name and the capitalised head
 * of a service right after it name that state's body.
 */
export function servicesNamedByState(doc: AnalysedText, candidates: MentionCandidate[]): MentionCandidate[] {
  const added: MentionCandidate[] = [];
  for (const c of candidates) {
    if (c.entry?.kind !== 'country' || !SERVICE_FIRST_WORDS.has(doc.tokens[c.last] ?? '')) continue;
    const head = SERVICE_HEADS.filter((h) => h.every((w, k) => doc.tokens[c.last + k] === w)).sort((a, b) => b.length - a.length)[0];
    if (!head || candidates.some((o) => o !== c && o.first < c.last + head.length && o.last > c.last)) continue;
    // (not a name that goes on: "Kenya Police Reservists", "Uganda Army Football Club")
    if (/^\p{Lu}/u.test(doc.tokens[c.last + head.length] ?? '')) continue;
    added.push({ first: c.first, last: c.last + head.length, kind: 'name', type: 'Organization', origin: 'ORG' });
  }
  return replacedBy(candidates, added);
}

/** Most capitalised words a portfolio joined by "and" may hold ("and Rural Development"). */
const JOINED_PORTFOLIO_WORDS = 3;

/**
 * "Vietnam's Ministry of Industry and Trade" read as "Ministry of Industry": a ministry's name with its "of" or "for"
 * goes on through "and" and the capitalised words of a second portfolio ("and Trade", "and Rural Development").
 */
export function portfolioGoesOn(doc: AnalysedText, candidates: MentionCandidate[]): MentionCandidate[] {
  const absorbed = new Set<MentionCandidate>();
  const joined = candidates.map((c) => {
    if (c.entry || c.origin !== 'ORG' || doc.lower[c.last] !== 'and' || !doc.lower.slice(c.first + 1, c.last - 1).some((w) => w === 'of' || w === 'for')) return c;
    if (bodyTypeOf(doc.tokens.slice(c.first, c.last)) !== 'Agency') return c;
    let last = c.last + 1;
    while (last < c.last + 1 + JOINED_PORTFOLIO_WORDS && /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[last] ?? '') && doc.sentenceOf[last] === doc.sentenceOf[c.first]) last++;
    if (last === c.last + 1 || !isPortfolioWord(doc.tokens[last - 1] ?? '')) return c;
    // (what the tagger read in those words alone goes into the name; a known name there is no portfolio)
    const inside = candidates.filter((o) => o !== c && o.first < last && o.last > c.last);
    if (inside.some((o) => o.entry || o.first <= c.last || o.last > last)) return c;
    for (const o of inside) absorbed.add(o);
    return { ...c, last };
  });
  return joined.filter((c) => !absorbed.has(c));
}

export function prefixedBody(inside: readonly MentionCandidate[], span: MentionCandidate): boolean {
  const head = inside[0];
  return head !== undefined && head.first === span.first && (head.entry?.kind === 'country' || head.entry?.kind === 'demonym') && inside.length > 1;
}

/** How far before a name a title's first word may stand for the name to be the title's end ("Chief of the Naval Staff"). */
const TITLE_OPENING_TOKENS = 3;

/**
 * "Interior and Security Minister" tagged as a body: a title, when it ends with a whole title word before a name; and
 * a tagged name that is a title of several words and nothing more ("Pakistan's Charge d'Affaires in New Delhi").
 */
export function titleReadAsName(doc: AnalysedText, c: MentionCandidate): boolean {
  if (!c.entry && c.last - c.first > 1 && loadTitles().trie.longest(doc.lower, c.first)?.last === c.last) return true;
  // ("The Chief of the Naval Staff, Admiral X" with "Naval Staff" read as a body: the end of a title of several words
  // that opens before it is the title's; not a body's name, "Member of the Legislative Assembly")
  if (!c.entry && c.origin !== 'PER' && !isBodyHead(doc.tokens[c.last - 1] ?? '')) {
    for (let k = c.first - 1; k >= Math.max(0, c.first - TITLE_OPENING_TOKENS); k--) {
      if (!/^\p{Lu}/u.test(doc.tokens[k] ?? '') || doc.lower[k + 1] !== 'of') continue;
      if (loadTitles().trie.longest(doc.lower, k)?.last === c.last) return true;
    }
  }
  // ("summoned Afghanistan's Ambassador in Islamabad" with "Ambassador" read as a place: a title's word alone, read as a
  // place or body; a person may bear one as a surname, "King")
  if (!c.entry && c.last - c.first === 1 && c.origin !== 'PER' && isWholeTitleWord(doc.tokens[c.first] ?? '')) return true;
  // ("X, Minister of State for Foreign Affairs," with "State for Foreign Affairs" read as a body: a minister or
  // secretary of state's title and portfolio)
  if (!c.entry && doc.tokens[c.first] === 'State' && doc.lower[c.first - 1] === 'of' && /^(minister|ministers|secretary|secretaries)$/.test(doc.lower[c.first - 2] ?? '')) return true;
  return c.origin === 'ORG' && c.last - c.first > 1 && /^(Minister|Secretary)$/.test(doc.tokens[c.last - 1] ?? '') && /^\p{Lu}/u.test(doc.tokens[c.last] ?? '');
}

/**
 * "the Government of the Republic of Indonesia", "(Minister of) Defence of the French Republic" tagged as one name:
 * the state's government or a portfolio of it is the state, named by the country inside.
 */
export function stateGovernment(doc: AnalysedText, c: MentionCandidate, gazetteer: readonly MentionCandidate[]): boolean {
  if (c.origin !== 'ORG') return false;
  const state = gazetteer.find((g) => g.entry?.kind === 'country' && g.last === c.last && g.first > c.first);
  if (!state) return false;
  const words = doc.lower.slice(c.first, state.first);
  const of = words.lastIndexOf('of');
  if (of < 1 || !words.slice(of + 1).every((w) => w === 'the')) return false;
  const head = words.slice(0, of);
  return head.every((w) => w === 'government' || isPortfolio(w) || w === 'and') && (head[0] === 'government' || doc.lower[c.first - 1] === 'of');
}

/**
 * "Transport and Infrastructure Minister Orhan Tezcan" with "Transport" tagged as a body: portfolio words before a
 * title's word, perhaps joined by "and" to more of them, are the title's, no body.
 */
export function portfolioBeforeTitle(doc: AnalysedText, c: MentionCandidate): boolean {
  if (c.entry || !doc.tokens.slice(c.first, c.last).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && isPortfolioWord(w))) return false;
  let k = c.last;
  if (doc.lower[k] === 'and') k++;
  while (k < c.last + 4 && /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[k] ?? '') && !isHonorificOrTitleWord(doc.tokens[k] ?? '')) k++;
  return k > c.last && /^(Minister|Secretary|Commissioner)$/.test(doc.tokens[k] ?? '');
}

/** "Minister of Investment, Trade and Industry" with the portfolio tagged as a name: no body, the title's words. */
export function portfolioAfterTitle(doc: AnalysedText, c: MentionCandidate): boolean {
  // ("Minister for Defence and National Service": after "and", past the portfolio words before it, to "of" or "for")
  let k = c.first - 1;
  if (doc.lower[k] === 'and') {
    k--;
    while (k > c.first - 5 && /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[k] ?? '')) k--;
    if (!/^(of|for)$/.test(doc.lower[k] ?? '') || !isTitleWordAnyCase(doc.tokens[k - 1] ?? '') || k === c.first - 2) return false;
    return doc.tokens.slice(c.first, c.last).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && doc.tokens[c.last] === ',';
  }
  // ("Minister for Trade and Industry Grace Lee Siew Ling": after "for" too)
  // (also after the body the title is of: "Under Secretary of the Treasury for Terrorism and Financial Intelligence")
  let title = c.first - 2;
  if (doc.lower[c.first - 1] === 'for') {
    let k = c.first - 2;
    while (k > c.first - 6 && /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[k] ?? '')) k--;
    if (k < c.first - 2 && doc.lower[k] === 'the') k--;
    if (k < c.first - 2 && doc.lower[k] === 'of' && isTitleWordAnyCase(doc.tokens[k - 1] ?? '')) title = k - 1;
  }
  if (!/^(of|for)$/.test(doc.lower[c.first - 1] ?? '') || !isTitleWordAnyCase(doc.tokens[title] ?? '')) return false;
  const words = doc.lower.slice(c.first, c.last);
  // ("Deputy Prime Minister for European Integration": an adjective before a portfolio's word)
  const qualified = words.length === 2 && /^\p{Lu}/u.test(doc.tokens[c.first] ?? '') && isPortfolioWord(words[1] ?? '');
  // ("Minister of Information and National Orientation": a second portfolio after a ministry's may be of any portfolio words)
  const second = (j: number): boolean => isPortfolio(words[0] ?? '') && words.slice(1, j).includes('and');
  return qualified || words.every((w, j) => isPortfolio(w) || ((title < c.first - 2 || second(j)) && isPortfolioWord(w)) || w === 'and' || w === ',' || w === '&');
}

/** Most capitalised words after a body's head and "of" that the tagger left out. */
const BODY_OF_WORDS = 3;

/**
 * "Iraq's Council of Representatives" read as "Council": the capitalised words the tagger left out after a body's head
 * and "of", no other name's and no title's, are the name's.
 */
export function bodyNameGoesOn(doc: AnalysedText, c: MentionCandidate, taken: Uint8Array): MentionCandidate {
  if (c.origin !== 'ORG' || doc.lower[c.last] !== 'of' || !isAgencyHead(doc.tokens[c.last - 1] ?? '')) return c;
  let last = c.last + 1;
  while (last < c.last + 1 + BODY_OF_WORDS && !taken[last] && /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[last] ?? '') && !isHonorificOrTitleWord(doc.tokens[last] ?? '') && doc.sentenceOf[last] === doc.sentenceOf[c.first]) last++;
  return last === c.last + 1 ? c : { ...c, last };
}

/**
 * "The Norwegian Police Security Service (PST)" read as "Security Service": the capitalised words the tagger left out
 * right before a body's name, in the same sentence and not opening it, are the name's.
 */
export function bodyNameGoesBack(doc: AnalysedText, c: MentionCandidate, taken: Uint8Array): MentionCandidate {
  if (!isAgencyHead(doc.tokens[c.last - 1] ?? '')) return c;
  const opening = doc.sentences[doc.sentenceOf[c.first] ?? 0]?.first ?? 0;
  let first = c.first;
  // (the sentence's first word too, before a head alone, when it reads as a name and is no adjective of news:
  // "Presidential Office spokeswoman X said", not "New Liberia Council chief")
  const opens = (k: number): boolean => k > opening || (k === opening && c.last - c.first === 1 && doc.pos[k] === 'PROPN' && !/^(New|Old|Top|Latest)$/.test(doc.tokens[k] ?? ''));
  while (opens(first - 1) && c.last - first < MAX_NAME_TOKENS && !taken[first - 1] && doc.starts[first] === (doc.ends[first - 1] ?? 0) + 1) {
    const word = doc.tokens[first - 1] ?? '';
    // (nor a count: "Seven China Coast Guard vessels")
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || CALENDAR_WORD.test(word) || DETERMINER.test(word) || isHonorificOrTitleWord(word) || HEADLINE_VERBS.has(word) || doc.pos[first - 1] === 'NUM') break;
    first--;
  }
  return first === c.first ? c : { ...c, first };
}
