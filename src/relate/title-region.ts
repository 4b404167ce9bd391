// Reading the words before or around a name as an office: the title, its modifiers, and the state or body it is at.
import { isPortfolioWord } from '../recognize/bodies.js';
import type { ResolvedArticle, ResolvedMention } from '../resolve/resolve.js';
import { afterDateline, isPossessiveMark } from './context.js';
import { isHonorificOrTitleWord, isWholeTitleWord, loadTitles, LOWERCASE_BODY_WORDS, type TitleEntry } from '../lexicon/titles.js';

export interface OfficeFinding {
  readonly person: string;
  readonly target: string;
  readonly title: string;
  /** Token index the finding rests on (for the evidence sentence). */
  readonly at: number;
}

/** A title that takes the office named last before it ("his Australian counterpart"). */
export const RELATIVE_TITLE = 'counterpart';

/** How far before a name a title region may start. */
export const TITLE_WINDOW_TOKENS = 14;
/** Titles "general" completes ("Secretary General", "Attorney General"). */
const GENERAL_TITLES = new Set(['secretary', 'director', 'attorney', 'inspector', 'solicitor', 'governor', 'consul', 'surgeon', 'auditor', 'comptroller', 'postmaster', 'procurator', 'prosecutor']);

/** Ranks that are no honorific in the titles lexicon (there: "Captain", "Lieutenant", "Brigadier", "Gen.", ...). */
const RANKS = new Set(['general', 'gen', 'admiral', 'colonel', 'commander', 'major', 'marshal', 'vice', 'rear']);

/** A military rank or honorific before a name ("Admiral", "Brig. Gen.", "Dr."). */
export function isRank(token: string): boolean {
  const lower = token.toLowerCase();
  if (RANKS.has(lower) || loadTitles().honorifics.has(lower)) return true;
  // ("Vice-Admiral", "Lieutenant-General": a rank written as one word with a hyphen)
  return lower.includes('-') && RANKS.has(lower.slice(lower.lastIndexOf('-') + 1)) && isHonorificOrTitleWord(token);
}

/** Titles of those posted somewhere ("envoy for Yemen", "representative for Afghanistan"). */
export const POSTED_TITLES = /(envoy|ambassador|representative|coordinator|commissioner|affaires)$/i;
/** Lowercase words of a state's own bodies before a title ("foreign ministry spokeswoman", "government spokesman"). */
const STATE_BODY_WORDS = new Set(['ministry', 'government', 'army', 'military', 'navy', 'police', 'junta']);
const SKIPPABLE = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'your', 'currently', 'now', 'new']);

export interface TitleRegion {
  readonly title: string;
  /** The title as written ("Gov." for "Governor"). */
  readonly written: string;
  readonly entry: TitleEntry;
  readonly targets: readonly ResolvedMention[];
  /** A state's own body qualified the title in lowercase ("foreign ministry spokeswoman"): the office is a state's. */
  readonly ofStateBody?: boolean;
  /** Where "its" or "their" opens the title, before any entry ("recalled its ambassador to Colombia, X"), else -1. */
  readonly ownedAt?: number;
}

/** The entity types of persons, with an office or not. */
export const PEOPLE: ReadonlySet<string> = new Set(['Official', 'Person']);

/** The mention names a person, with an office or not. */
export function isPerson(article: ResolvedArticle, m: ResolvedMention | undefined): boolean {
  const type = m ? article.entities.get(m.entity)?.type : undefined;
  return type === 'Person' || type === 'Official';
}

/** Reads a title region over [from, to): modifiers, entity mentions (targets), title words; undefined if no title. */
export function readRegion(article: ResolvedArticle, from: number, to: number): TitleRegion | undefined {
  const { doc } = article;
  const { trie, modifiers, honorifics } = loadTitles();
  const words: string[] = [];
  const targets: ResolvedMention[] = [];
  let entry: TitleEntry | undefined;
  let posted = false;
  // "Sudan's leader and army chief, X": a second title joined by "and" is read past, the first one stands
  let second = false;
  let ranked = false;
  /** A state or body named after the title ("a spokesperson for the U.N. secretary-general"). */
  let servedAfter = false;
  let ofStateBody = false;
  /** Where the last title read ends. */
  let titleEnd = -1;
  let ownedAt = -1;
  for (let i = from; i < to; ) {
    const lower = doc.lower[i] ?? '';
    // a title phrase wins over a body named inside it ("Treasury Secretary" over "Treasury")
    const title = trie.longest(doc.lower, i, (_v, last) => last <= to);
    const mention = article.mentionAt[i];
    // ("Minister for Defence and National Service, X": capitalised portfolio words after "and" up to the name are the
    // title's, no second title)
    const portfolioTail =
      lower === 'and' && entry && !second && !mention && i + 1 < to && /\b(for|of)\b/i.test(words[words.length - 1] ?? '') &&
      doc.tokens.slice(i + 1, to).every((w, k) => /^\p{Lu}\p{Ll}+$/u.test(w) && !article.mentionAt[i + 1 + k] && !trie.longest(doc.lower, i + 1 + k));
    // ("Minister of Foreign Affairs, African Integration and Togolese Abroad, X": a title's portfolios listed on past a comma)
    const listTail =
      lower === ',' && entry && !second && i === titleEnd && /\b(for|of)\b/i.test(words[words.length - 1] ?? '') && i + 1 < to && doc.lower.slice(i + 1, to).includes('and') &&
      /^\p{Lu}/u.test(doc.tokens[i + 1] ?? '') &&
      doc.tokens.slice(i + 1, to).every((w, k) => ((/^\p{Lu}\p{Ll}+$/u.test(w) && !isHonorificOrTitleWord(w)) || w === 'and' || w === ',') && !article.mentionAt[i + 1 + k]);
    if (listTail) {
      words.push(`${words.pop() ?? ''}, ${doc.text.slice(doc.starts[i + 1] ?? 0, doc.ends[to - 1] ?? 0)}`);
      i = to;
      continue;
    }
    if (portfolioTail) {
      words.push(doc.text.slice(doc.starts[i] ?? 0, doc.ends[to - 1] ?? 0));
      i = to;
      continue;
    }
    if (lower === 'and' && entry && !second && !mention) {
      second = true;
      i++;
      continue;
    }
    if (second) {
      if (title) i = title.last;
      else if (LOWERCASE_BODY_WORDS.has(lower) || modifiers.has(lower)) i++;
      else return undefined;
      continue;
    }
    // "NATO spokesman Lieutenant Colonel X": a rank after the office is no part of its title; nor is the title of
    // the one an office serves ("a spokesperson for the U.N. secretary-general")
    // ("Secretary General", "Director General": a rank's word that completes the title before it is the title's)
    const completes = lower === 'general' && GENERAL_TITLES.has(doc.lower[i - 1] ?? '');
    // ("a spokesman for the president's office": a title after "for" is the served one's, with no body named between)
    // ("a chief of President Mandela's tribe", "an adviser of the president": after "of" too)
    const served = servedAfter || /^(for|of)$/.test(doc.lower[i - 1] ?? '') || (doc.lower[i - 1] === 'the' && /^(for|of)$/.test(doc.lower[i - 2] ?? ''));
    if (entry && ((isRank(doc.tokens[i] ?? '') && !completes) || (title && served))) ranked = true;
    if (title && ranked) {
      // ("a member of Prime Minister X's party": a title served that ends right at the name is that name's own)
      if (served && title.last === to) return undefined;
      // ("a spokesman for the president's office": serving a national office is serving the state)
      if (served && title.values.some((v) => v.national)) ofStateBody = true;
      i = title.last;
      continue;
    }
    if (title && (!mention || title.last > mention.last)) {
      words.push(doc.text.slice(doc.starts[i] ?? 0, doc.ends[title.last - 1] ?? 0));
      const country = title.values.find((v) => v.country)?.country;
      const bodyId = title.values.find((v) => v.bodyId)?.bodyId;
      entry = { national: title.values.some((v) => v.national) || entry?.national === true, body: title.values.some((v) => v.body), ...(country ? { country } : {}), ...(bodyId ? { bodyId } : {}) };
      i = title.last;
      titleEnd = i;
      continue;
    }
    // "Senegalese Armed Forces Minister Cheikh Faye": a portfolio the lexicon does not list, capitalised before "Minister"
    const portfolio = !entry && !mention ? portfolioBefore(article, i, to) : undefined;
    if (portfolio) {
      words.push(doc.text.slice(doc.starts[i] ?? 0, doc.ends[portfolio.last - 1] ?? 0));
      entry = { national: true, body: false };
      i = portfolio.last;
      continue;
    }
    // ("a member of the army-aligned Sovereignty Council": a name joined by a hyphen to a lowercase word only describes)
    if (mention && doc.tokens[mention.last] === '-' && /^\p{Ll}/u.test(doc.tokens[mention.last + 1] ?? '') && doc.ends[mention.last - 1] === doc.starts[mention.last]) {
      i = mention.last + 2;
      continue;
    }
    // (... and so does a compound of lowercase words, "army-aligned", when an entry is read)
    // (right before a name: not "president of the self-declared separatist government")
    if (entry && !mention && /^\p{Ll}+$/u.test(doc.tokens[i] ?? '') && doc.tokens[i + 1] === '-' && doc.ends[i] === doc.starts[i + 1] && /^\p{Ll}+$/u.test(doc.tokens[i + 2] ?? '') && doc.ends[i + 1] === doc.starts[i + 2] && article.mentionAt[i + 3] !== undefined) {
      i += 3;
      continue;
    }
    if (mention && !isPerson(article, mention) && entry) servedAfter = true;
    if (mention && !isPerson(article, mention)) {
      // ("Turkish Cypriot leader X": two demonyms name a people, no state)
      const people = mention.kind === 'demonym' && (article.mentionAt[mention.last]?.kind === 'demonym' || article.mentionAt[mention.first - 1]?.kind === 'demonym');
      // "Ukraine's ambassador to the UN": where the office serves is not whose it is
      if (!posted && !people) targets.push(mention);
      // ("The summit elected Senegal's President, X, as ...": a modifier's word before a state's possessive is a verb's)
      if (!entry && isPossessiveMark(doc.tokens[mention.last])) words.length = 0;
      // ("the Uganda People's Defence Forces (UPDF) spokesperson": past the body's acronym in brackets, to the title after
      // it; not "the official Korean Central News Agency (KCNA), X", with no title after)
      const acronym = doc.tokens[mention.last] === '(' && doc.tokens[mention.last + 2] === ')' && mention.last + 3 < to && article.mentionAt[mention.last + 1]?.entity === mention.entity;
      i = acronym ? mention.last + 3 : mention.last;
      continue;
    }
    // "Qatar's minister of state for foreign affairs, X": a portfolio after "for" is the title's; so is one after
    // "Minister of" the lexicon does not list ("Minister of Tourism")
    // ("Egypt's minister of water resources and irrigation, X": lowercase after a lowercase "minister")
    const lastWord = words[words.length - 1] ?? '';
    // ("Lithuania's minister of national defence", "its chief of defence": an adjective before the portfolio's noun)
    const portfolioNoun = doc.pos[i + 1] === 'NOUN' || (doc.pos[i + 1] === 'ADJ' && doc.pos[i + 2] === 'NOUN');
    // (not another's title: "a chief of President Mandela's tribe")
    const ofPortfolio = lower === 'of' && /(minister|chief|secretary)$/i.test(lastWord) && (/^\p{Lu}/u.test(doc.tokens[i + 1] ?? '') || (/^\p{Ll}/u.test(lastWord) && portfolioNoun)) && !isWholeTitleWord(doc.tokens[i + 1] ?? '');
    // ("Commissioner for Trade": a posted title's portfolio too, when no name follows "for": "envoy for Yemen" is posted)
    // ("Minister for EAC Affairs", "Assistant Secretary for Near East Affairs": a body's acronym or a region inside the
    // portfolio; not "for Foreign and Commonwealth Affairs", whose state the title's own words name)
    const bodyAffairs = (k: number): boolean => {
      const m = article.mentionAt[k];
      const named = m !== undefined && (/^\p{Lu}{2,}$/u.test(doc.tokens[k] ?? '') || article.entities.get(m.entity)?.type === 'Location');
      return named && m.first === k && /^(Affairs|Integration|Relations|Cooperation|Matters)$/.test(doc.tokens[m.last] ?? '');
    };
    const portfolioFor = lower === 'for' && ((!article.mentionAt[i + 1] && !article.mentionAt[i + 2]) || bodyAffairs(i + 1));
    if (entry && (lower === 'for' || ofPortfolio) && (!POSTED_TITLES.test(words[words.length - 1] ?? '') || portfolioFor)) {
      // ("Minister for the Overseas Territories": past "the")
      let end = doc.lower[i + 1] === 'the' && /^\p{Lu}/u.test(doc.tokens[i + 2] ?? '') ? i + 2 : i + 1;
      // ("Minister of Investment, Trade and Industry": a comma between capitalised portfolios)
      // ("Commissioner for Political Affairs, Peace and Security": after "for" too, when the words are capitalised)
      const capitalised = /^\p{Lu}/u.test(doc.tokens[end] ?? '');
      const listed = (k: number): boolean => (ofPortfolio || capitalised) && doc.tokens[k] === ',' && /^\p{Lu}/u.test(doc.tokens[k + 1] ?? '') && !article.mentionAt[k + 1];
      // (a capitalised portfolio the tagger reads as a verb: "Commissioner for Trade")
      const word = (k: number): boolean => /^\p{L}+$/u.test(doc.tokens[k] ?? '') && (/^(NOUN|ADJ|CCONJ|PROPN)$/.test(doc.pos[k] ?? '') || (capitalised && /^\p{Lu}/u.test(doc.tokens[k] ?? '')));
      while (end < to && ((!article.mentionAt[end] && (word(end) || listed(end))) || bodyAffairs(end))) end = bodyAffairs(end) ? (article.mentionAt[end]?.last ?? end + 1) : end + 1;
      if (end > i + 1 && doc.lower[end - 1] !== 'the' && end === to) {
        words.push(doc.text.slice(doc.starts[i] ?? 0, doc.ends[end - 1] ?? 0));
        // ("Secretary of Foreign Affairs": a secretary of a portfolio is a state's)
        if (ofPortfolio && entry) entry = { ...entry, national: true };
        i = end;
        continue;
      }
    }
    // ("the U.N. special envoy for Yemen": where an envoy serves is not whose envoy he is)
    // (but "Special Envoy for the U.N. High Commissioner for Refugees" is the body's)
    const after = article.mentionAt[doc.lower[i + 1] === 'the' ? i + 2 : i + 1];
    const place = after !== undefined && /^(Country|Location)$/.test(article.entities.get(after.entity)?.type ?? '');
    // ("Norway's ambassador in Moscow, X": nor where an ambassador is posted; "Malaysia's special envoy on Myanmar")
    if (entry && (lower === 'to' || ((lower === 'for' || lower === 'in' || lower === 'on') && place && POSTED_TITLES.test(words[words.length - 1] ?? '')))) {
      posted = true;
      i++;
      continue;
    }
    // ("Special Representative for the Belgrade-Pristina Dialogue": the name of what a posted officer serves for)
    if (posted && !mention && (/^\p{Lu}/u.test(doc.tokens[i] ?? '') || (doc.tokens[i] === '-' && doc.starts[i] === doc.ends[i - 1]))) {
      i++;
      continue;
    }
    // "the Awami League of Prime Minister Sheikh Hasina": a body before "of" and the title is the person's, not the office's
    if (lower === 'of' && !entry) targets.length = 0;
    // "Iran's foreign ministry spokesman": a body named in lowercase only qualifies the title
    // (capitalised only where the sentence opens: "Government spokesman X later told reporters")
    const opens = doc.sentences[doc.sentenceOf[i] ?? 0]?.first === i && LOWERCASE_BODY_WORDS.has(lower);
    if ((doc.pos[i] === 'ADJ' || LOWERCASE_BODY_WORDS.has(lower)) && (/^\p{Ll}/u.test(doc.tokens[i] ?? '') || opens) && !modifiers.has(lower)) {
      if (STATE_BODY_WORDS.has(lower)) ofStateBody = true;
      i++;
      continue;
    }
    // "the head of the state oil company PDVSA": common nouns describing the body named right after them
    let described = i;
    while (described < to && described < i + 4 && !article.mentionAt[described] && /^\p{Ll}+$/u.test(doc.tokens[described] ?? '') && doc.pos[described] === 'NOUN') described++;
    const body = described > i && described < to ? article.mentionAt[described] : undefined;
    if (body && !isPerson(article, body) && entry) {
      i = described;
      continue;
    }
    // ("the UN Secretary-General's special envoy": a title before a possessive is the one served; the office is the
    // title after it, of the same body, or of the state a national office serves)
    if (entry && isPossessiveMark(doc.tokens[i]) && i + 1 < to && i === titleEnd) {
      if (entry.national) ofStateBody = true;
      words.length = 0;
      entry = undefined;
      i++;
      continue;
    }
    if (modifiers.has(lower) || (lower.endsWith('-') && modifiers.has(lower))) words.push(doc.tokens[i] ?? '');
    else if (lower === 'then' && doc.tokens[i + 1] === '-') {
      words.push('then-');
      i++;
    } else if (lower === 'then' && /^\p{Lu}/u.test(doc.tokens[i + 1] ?? '') && trie.longest(doc.lower, i + 1)) {
      // ("then Foreign Minister Yumiko Kaneda", unhyphened)
      words.push('then');
    } else if (!SKIPPABLE.has(lower) && !isPossessiveMark(lower) && !honorifics.has(lower) && !(entry && RANKS.has(lower)) && lower !== 'of' && lower !== 'for' && lower !== 'at' && lower !== '-' && !(lower === 'in' && entry && bodyAfter(article, i))) return undefined;
    if (!entry && targets.length === 0 && (lower === 'its' || lower === 'their')) ownedAt = i;
    i++;
  }
  if (!entry) return undefined;
  const title = words.join(' ').replace(/- /g, '-');
  return { title: ABBREVIATED_TITLES[title] ?? title, written: title, entry, targets, ofStateBody, ownedAt };
}

/** A body (not a place) is named right after token `i`, past "the": "a commander in the Aerospace Force". */
function bodyAfter(article: ResolvedArticle, i: number): boolean {
  const m = article.mentionAt[article.doc.lower[i + 1] === 'the' ? i + 2 : i + 1];
  return m !== undefined && /^(Agency|Organization)$/.test(article.entities.get(m.entity)?.type ?? '');
}

/** Titles written short, named in full ("Okinawa Gov. X" is Okinawa's Governor). */
const ABBREVIATED_TITLES: Readonly<Record<string, string>> = { 'Gov.': 'Governor', Gov: 'Governor' };

const PORTFOLIO_WORDS = 4;

/**
 * Capitalised words from `i` ("Armed Forces", "Foreign Affairs and Trade") right before the bare title "Minister",
 * within [i, to): the span through "Minister", or undefined.
 */
function portfolioBefore(article: ResolvedArticle, i: number, to: number): { last: number } | undefined {
  const { doc } = article;
  let k = i;
  const { modifiers, trie } = loadTitles();
  // (not into a title the lexicon knows: "Bosnian Prime Minister")
  // ... written all capitalised ("Armed Forces Minister") or all in lowercase nouns ("Pakistan's defence production
  // minister"), the head written as they are
  const upper = /^\p{Lu}/u.test(doc.tokens[i] ?? '');
  // (or "Secretary", as Mexico and Britain name ministers: "Security Secretary X")
  const heads = upper ? ['Minister', 'Secretary'] : ['minister'];
  const isHead = (k: number): boolean => heads.includes(doc.tokens[k] ?? '');
  const shaped = (k: number): boolean => (upper ? /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[k] ?? '') : /^\p{Ll}+$/u.test(doc.tokens[k] ?? '') && /^(NOUN|ADJ)$/.test(doc.pos[k] ?? ''));
  const portfolioWord = (k: number): boolean =>
    shaped(k) && !SKIPPABLE.has(doc.lower[k] ?? '') && !modifiers.has(doc.lower[k] ?? '') && !isHead(k) && trie.longest(doc.lower, k) === undefined;
  while (k < to && k < i + PORTFOLIO_WORDS && !article.mentionAt[k] && (portfolioWord(k) || (k > i && doc.lower[k] === 'and'))) k++;
  // ("Foreign Affairs and Trade Minister": the last portfolio after "and" may be one the lexicon knows; so may one
  // after a portfolio's first word: "National Defense Minister")
  // (not "Socialist Prime Minister", "Zairean Prime Minister": a party's or a people's word is no portfolio's)
  const portfolios = doc.tokens.slice(i, k).every((w) => w === 'and' || isPortfolioWord(w));
  const known = k > i && portfolios && (doc.tokens[k - 1] === 'and' || /^\p{Lu}/u.test(doc.tokens[k - 1] ?? '')) ? trie.longest(doc.lower, k) : undefined;
  if (known && known.last <= to && isHead(known.last - 1)) return { last: known.last };
  // (a secretary's portfolio is one the lexicon knows: not "Forum Secretary General X", the Forum's)
  const secretary = doc.tokens[k] === 'Secretary' && !portfolios;
  return k > i && k < to && isHead(k) && !secretary && doc.tokens[k - 1] !== 'and' && !article.mentionAt[k] ? { last: k + 1 } : undefined;
}

/** The body or state a title region's office is at. */
export function chooseTarget(article: ResolvedArticle, region: TitleRegion, implying = true): string | undefined {
  const typeOf = (m: ResolvedMention): string | undefined => article.entities.get(m.entity)?.type;
  const bodies = region.targets.filter((m) => typeOf(m) === 'Agency' || typeOf(m) === 'Organization');
  const countries = region.targets.filter((m) => typeOf(m) === 'Country');
  const body = bodies[bodies.length - 1];
  const country = countries[countries.length - 1];
  if (body && (region.entry.body || !country)) return body.entity;
  if (country) return country.entity;
  if (body) return body.entity;
  // "Greenland's premier", "Hong Kong leader", "Somaliland's president": a territory's own government, named right
  // before the title (not "president of the Glenview, Ill.-based company", nor "a rural Florida minister")
  const { doc } = article;
  const territories = region.targets.filter((m) => typeOf(m) === 'Location');
  const territory = territories[territories.length - 1];
  const at = territory ? (isPossessiveMark(doc.tokens[territory.last]) ? territory.last + 1 : territory.last) : -1;
  const titled = at >= 0 && /^\p{L}/u.test(doc.tokens[at] ?? '') && region.written.toLowerCase().startsWith(doc.lower[at] ?? '');
  if (territory && region.entry.national && titled && region.title.toLowerCase() !== 'minister') return territory.entity;
  // ("Argentina on Thursday recalled its ambassador to Colombia, X": the state "its" stands for, the sentence's subject)
  const owner = region.targets.length === 0 && (region.ownedAt ?? -1) >= 0 ? subjectState(article, region.ownedAt ?? -1) : undefined;
  if (owner) return owner;
  return implying ? impliedTarget(article, region) : undefined;
}

/** The state that opens the sentence of token `at` as its subject, before `at` ("Argentina ... recalled its"). */
function subjectState(article: ResolvedArticle, at: number): string | undefined {
  const { doc } = article;
  const sentence = doc.sentences[doc.sentenceOf[at] ?? 0];
  const m = sentence ? article.mentionAt[afterDateline(article, sentence.first, at)] : undefined;
  return m && m.last < at && m.kind !== 'demonym' && article.entities.get(m.entity)?.type === 'Country' && !isPossessiveMark(doc.tokens[m.last]) ? m.entity : undefined;
}

/** The body or state that alone uses the title, when the article names it. */
export function impliedTarget(article: ResolvedArticle, region: TitleRegion): string | undefined {
  // a title only one body uses implies it, when the article names that body ("High Representative X": the EU's)
  if (region.entry.bodyId && article.entities.has(region.entry.bodyId)) return region.entry.bodyId;
  // a title only one state uses implies it, when the article names that state
  const implied = region.entry.country;
  if (implied) for (const [key, e] of article.entities) if (e.type === 'Country' && e.country === implied) return key;
  return undefined;
}
