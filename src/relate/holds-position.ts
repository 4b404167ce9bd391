// HOLDS_POSITION from titles before a name ("Deputy Pentagon Press Secretary Sabrina Singh") and in apposition
// ("Hong Jang-won, deputy director of South Korea's National Intelligence Service").
import type { ResolvedArticle, ResolvedMention } from '../resolve/resolve.js';
import { afterDateline, datelineCountry, inDateline, isPossessiveMark, POSSESSIVE_PRONOUNS } from './context.js';
import { isHonorificOrTitleWord, isTitleWordAnyCase, loadTitles, LOWERCASE_BODY_WORDS, type TitleEntry } from '../lexicon/titles.js';

export interface OfficeFinding {
  readonly person: string;
  readonly target: string;
  readonly title: string;
  /** Token index the finding rests on (for the evidence sentence). */
  readonly at: number;
}

const TITLE_WINDOW_TOKENS = 10;
const SKIPPABLE = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'your']);

interface TitleRegion {
  readonly title: string;
  readonly entry: TitleEntry;
  readonly targets: readonly ResolvedMention[];
}

function isPerson(article: ResolvedArticle, m: ResolvedMention | undefined): boolean {
  const type = m ? article.entities.get(m.entity)?.type : undefined;
  return type === 'Person' || type === 'Official';
}

/** Reads a title region over [from, to): modifiers, entity mentions (targets), title words; undefined if no title. */
function readRegion(article: ResolvedArticle, from: number, to: number): TitleRegion | undefined {
  const { doc } = article;
  const { trie, modifiers, honorifics } = loadTitles();
  const words: string[] = [];
  const targets: ResolvedMention[] = [];
  let entry: TitleEntry | undefined;
  let posted = false;
  // "Sudan's leader and army chief, X": a second title joined by "and" is read past, the first one stands
  let second = false;
  for (let i = from; i < to; ) {
    const lower = doc.lower[i] ?? '';
    // a title phrase wins over a body named inside it ("Treasury Secretary" over "Treasury")
    const title = trie.longest(doc.lower, i, (_v, last) => last <= to);
    const mention = article.mentionAt[i];
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
    if (title && (!mention || title.last > mention.last)) {
      words.push(doc.text.slice(doc.starts[i] ?? 0, doc.ends[title.last - 1] ?? 0));
      const country = title.values.find((v) => v.country)?.country;
      entry = { national: title.values.some((v) => v.national) || entry?.national === true, body: title.values.some((v) => v.body), ...(country ? { country } : {}) };
      i = title.last;
      continue;
    }
    if (mention && !isPerson(article, mention)) {
      // "Ukraine's ambassador to the UN": where the office serves is not whose it is
      if (!posted) targets.push(mention);
      i = mention.last;
      continue;
    }
    if (lower === 'to' && entry) {
      posted = true;
      i++;
      continue;
    }
    // "the Awami League of Prime Minister Sheikh Hasina": a body before "of" and the title is the person's, not the office's
    if (lower === 'of' && !entry) targets.length = 0;
    // "Iran's foreign ministry spokesman": a body named in lowercase only qualifies the title
    if ((doc.pos[i] === 'ADJ' || LOWERCASE_BODY_WORDS.has(lower)) && /^\p{Ll}/u.test(doc.tokens[i] ?? '') && !modifiers.has(lower)) {
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
    if (modifiers.has(lower) || (lower.endsWith('-') && modifiers.has(lower))) words.push(doc.tokens[i] ?? '');
    else if (lower === 'then' && doc.tokens[i + 1] === '-') {
      words.push('then-');
      i++;
    } else if (!SKIPPABLE.has(lower) && !isPossessiveMark(lower) && !honorifics.has(lower) && lower !== 'of' && lower !== 'for' && lower !== 'at' && lower !== '-') return undefined;
    i++;
  }
  if (!entry) return undefined;
  return { title: words.join(' ').replace(/- /g, '-'), entry, targets };
}

function chooseTarget(article: ResolvedArticle, region: TitleRegion): string | undefined {
  const typeOf = (m: ResolvedMention): string | undefined => article.entities.get(m.entity)?.type;
  const bodies = region.targets.filter((m) => typeOf(m) === 'Agency' || typeOf(m) === 'Organization');
  const countries = region.targets.filter((m) => typeOf(m) === 'Country');
  const body = bodies[bodies.length - 1];
  const country = countries[countries.length - 1];
  if (body && (region.entry.body || !country)) return body.entity;
  if (country) return country.entity;
  if (body) return body.entity;
  // a title only one state uses implies it, when the article names that state
  const implied = region.entry.country;
  if (implied) {
    for (const [key, e] of article.entities) if (e.type === 'Country' && e.country === implied) return key;
    return undefined;
  }
  return undefined;
}

/** An office named with no state or body, waiting for the dateline's state. */
type BareOffice = Omit<OfficeFinding, 'target'>;

/** Bare titles of those who serve abroad, and leaders of anything anywhere: no state is implied by where the story was filed. */
const ABROAD = /(ambassador|envoy|sherpa|counterpart|leader)$/i;

/**
 * "WARSAW, Poland — ... Prime Minister Donald Tusk said": a national office named with no state is the filing
 * state's, for a person the article gives no other office, when nobody else holds that office there in the article
 * ("Philippine President Ferdinand Marcos Jr." makes a bare "President Joe Biden" in a Manila story someone else's).
 */
function bareOfficesAtDateline(article: ResolvedArticle, bare: readonly BareOffice[], found: readonly OfficeFinding[]): OfficeFinding[] {
  const home = datelineCountry(article);
  if (!home) return [];
  const out: OfficeFinding[] = [];
  for (const office of bare) {
    const title = office.title.toLowerCase();
    if (found.some((o) => o.person === office.person) || out.some((o) => o.person === office.person)) continue;
    // (... nor someone named before with the same bare title: "President Bill Clinton ... and President Boris Yeltsin")
    if ([...found, ...out].some((o) => o.target === home && o.title.toLowerCase() === title)) continue;
    // ("OTTAWA — ... Britain has sanctioned President Alexander Lukashenko": a sentence about other states, not the filing one)
    if (othersInSentence(article, office.at, home)) continue;
    out.push({ ...office, target: home });
  }
  return out;
}

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
  let opening = afterDateline(article, sentence.first, at);
  while (opening < at && isHonorificOrTitleWord(doc.tokens[opening] ?? '')) opening++;
  if (opening === at) return false;
  for (const m of article.mentions) {
    if (m.first < sentence.first || m.first >= sentence.last || inDateline(article, m) || article.entities.get(m.entity)?.type !== 'Country') continue;
    if (isTitleWordAnyCase(doc.tokens[isPossessiveMark(doc.tokens[m.last]) ? m.last + 1 : m.last] ?? '')) continue;
    // ... and states named as places ("the BRICS summit in Kazan, Russia")
    const before = article.mentionAt[m.first - 2];
    if (/^(in|at|near)$/.test(doc.lower[m.first - 1] ?? '') || (doc.tokens[m.first - 1] === ',' && before && article.entities.get(before.entity)?.type === 'Location')) continue;
    if (m.entity === home) return false;
    other = true;
  }
  return other;
}

const RELATIVE_TITLE = 'counterpart';

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
  // "Russia was represented by", "Japan's delegation was led by"
  for (let i = titleStart - 3; i >= Math.max(0, titleStart - 7); i--) {
    const found = country(i);
    if (found) return found;
    if (/^[,.;]$/.test(doc.tokens[i] ?? '')) break;
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
  for (let from = titleStart - 2; from >= Math.max(0, titleStart - 6); from--) {
    const region = readRegion(article, from, titleStart - 1);
    if (!region || !region.title.toLowerCase().endsWith(RELATIVE_TITLE)) continue;
    const country = region.targets.find((m) => article.entities.get(m.entity)?.type === 'Country');
    if (country) return country.entity;
  }
  return undefined;
}

/** Words that open a list of the holders of a plural title ("Five judges of X are on the list: A, B and C"). */
const LIST_OPENERS = new Set([':', 'including', 'namely']);
/** Marks that open a list in apposition, whose holders pair with the states named one by one ("the leaders of A and B, X and Y"). */
const APPOSITION_OPENERS = new Set([',', '–', '—', '-', '(']);
/** How far before the list a plural title may stand. */
const LIST_TITLE_TOKENS = 14;

/** "judges" -> "judge", "secretaries" -> "secretary", "spokesmen" -> "spokesman"; undefined for no plural. */
function singular(word: string): string | undefined {
  if (word.endsWith('men')) return `${word.slice(0, -3)}man`;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return undefined;
}

/** The persons of the list `p` stands in ("A, B, C and D", "Crown Prince A, President B and Emir C"), in order; `p` alone when it stands in none. */
function listOf(article: ResolvedArticle, p: ResolvedMention): ResolvedMention[] {
  const { doc } = article;
  const person = (m: ResolvedMention | undefined): m is ResolvedMention => m !== undefined && isPerson(article, m) && doc.sentenceOf[m.first] === doc.sentenceOf[p.first];
  /** The words between two items: a separator, then perhaps the next one's title ("and Emir Sheikh"). */
  const between = (from: number, to: number): boolean => {
    let end = to;
    while (end > from && !article.mentionAt[end - 1] && isHonorificOrTitleWord(doc.tokens[end - 1] ?? '')) end--;
    return /^(,|and|, and)$/.test(doc.tokens.slice(from, end).join(' '));
  };
  const list = [p];
  for (let head = p; ; ) {
    let k = head.first - 1;
    while (k > head.first - 6 && !article.mentionAt[k] && !/^(,|and)$/.test(doc.lower[k] ?? '')) k--;
    while (k > head.first - 8 && /^(,|and)$/.test(doc.lower[k] ?? '')) k--;
    const before = article.mentionAt[k];
    if (!person(before) || !between(before.last, head.first)) break;
    list.unshift(before);
    head = before;
  }
  for (let tail = p; ; ) {
    let k = tail.last;
    while (k < tail.last + 8 && !article.mentionAt[k] && (/^(,|and)$/.test(doc.lower[k] ?? '') || isHonorificOrTitleWord(doc.tokens[k] ?? ''))) k++;
    const after = article.mentionAt[k];
    if (!person(after) || after.first !== k || !between(tail.last, after.first)) break;
    list.push(after);
    tail = after;
  }
  return list;
}

/**
 * "Five judges of Venezuela's Supreme Court of Justice are on the list: A, B, ... and E", "sanctioned three
 * generals of the Russian army, including A and B": a plural title before a list of persons is each one's office.
 */
function listOffice(article: ResolvedArticle, p: ResolvedMention, found: readonly OfficeFinding[]): OfficeFinding | undefined {
  const { doc } = article;
  const { trie } = loadTitles();
  const list = listOf(article, p);
  const sentence = doc.sentences[doc.sentenceOf[p.first] ?? 0];
  let opener = (list[0] ?? p).first - 1;
  while (sentence && opener > sentence.first && isHonorificOrTitleWord(doc.tokens[opener] ?? '')) opener--;
  const respective = APPOSITION_OPENERS.has(doc.lower[opener] ?? '');
  if (!sentence || (!LIST_OPENERS.has(doc.lower[opener] ?? '') && !respective)) return undefined;
  for (let j = opener - 1; j >= Math.max(sentence.first, opener - LIST_TITLE_TOKENS); j--) {
    if (/^[;:]$/.test(doc.tokens[j] ?? '')) return undefined;
    const one = singular(doc.lower[j] ?? '');
    if (!one || article.mentionAt[j] || !/^\p{Ll}/u.test(doc.tokens[j] ?? '')) continue;
    // the title's words up to the plural, the plural read as its singular ("foreign ministers")
    const words = [...doc.lower.slice(Math.max(sentence.first, j - 3), j), one];
    let start = -1;
    for (let k = 0; k < words.length && start < 0; k++) if (trie.longest(words, k, (_v, last) => last === words.length)) start = j - (words.length - 1 - k);
    if (start < 0) continue;
    // the title's noun phrase: its modifiers before it, "of X['s Y]" after it
    let end = j + 1;
    if (doc.lower[end] === 'of') {
      end++;
      while (end < opener && (article.mentionAt[end] || /^(the|['’]s?|,|and)$/.test(doc.lower[end] ?? ''))) end = article.mentionAt[end]?.last ?? end + 1;
    }
    let from = start;
    while (from > sentence.first && (article.mentionAt[from - 1] || isPossessiveMark(doc.lower[from - 1]) || /^(DET|NUM|ADJ)$/.test(doc.pos[from - 1] ?? ''))) from = article.mentionAt[from - 1]?.first ?? from - 1;
    const targets: ResolvedMention[] = [];
    for (let i = from; i < end; i++) {
      const m = article.mentionAt[i];
      if (m && m.first === i && !isPerson(article, m)) targets.push(m);
    }
    const title = doc.lower.slice(start, j).concat(one).join(' ');
    // "The military rulers of Mali, Niger and Burkina Faso – A, B and C –": one state for each, in order
    const states = targets.filter((m) => article.entities.get(m.entity)?.type === 'Country');
    // "A and B signed it with their Philippine counterparts, C and D": the offices named before, in order, at the state
    if (one === RELATIVE_TITLE && states.length === 1 && states[0]) {
      const before = found.filter((o) => o.at < from && doc.sentenceOf[o.at] === doc.sentenceOf[p.first]);
      const office = before.length >= list.length ? before[before.length - list.length + list.indexOf(p)] : undefined;
      return office ? { person: p.entity, target: states[0].entity, title: office.title, at: p.first } : undefined;
    }
    if (states.length > 1 || respective) {
      const state = states.length === list.length && end === opener && list.length > 1 ? states[list.indexOf(p)] : undefined;
      return state ? { person: p.entity, target: state.entity, title, at: p.first } : undefined;
    }
    const entry = trie.longest(words, words.length - 1 - (j - start))?.values[0];
    const target = entry && chooseTarget(article, { title: one, entry, targets });
    if (!target) return undefined;
    return { person: p.entity, target, title, at: p.first };
  }
  return undefined;
}

/** Verbs of taking or holding an office, whose "as TITLE" names it. */
const TAKING_OFFICE = new Set(['sworn', 'elected', 're-elected', 'reelected', 'appointed', 'named', 'installed', 'inaugurated', 'confirmed', 'serves', 'served', 'serving', 'chosen', 'nominated']);
/** How far after the name the verb and "as" may stand. */
const TAKING_OFFICE_TOKENS = 12;

/** "X was sworn in for a third six-year term as Venezuela's president", "X was elected as NATO's secretary general". */
function officeTakenAs(article: ResolvedArticle, p: ResolvedMention, last: number): OfficeFinding | undefined {
  const { doc } = article;
  let verb = -1;
  for (let i = p.last; i < Math.min(last, p.last + TAKING_OFFICE_TOKENS); i++) {
    if (/^[,;:()“”"]$/.test(doc.tokens[i] ?? '') || article.mentionAt[i]) return undefined;
    if (TAKING_OFFICE.has(doc.lower[i] ?? '')) verb = i;
    if (doc.lower[i] !== 'as' || verb < 0) continue;
    let end = i + 1;
    while (end < last && end - i <= TITLE_WINDOW_TOKENS && !/^[,;:.()“”"]$/.test(doc.tokens[end] ?? '') && !/^(on|in|after|before|for|since|until|with|by|and)$/.test(doc.lower[end] ?? '')) end++;
    for (let to = end; to > i + 1; to--) {
      const region = readRegion(article, i + 1, to);
      const target = region && chooseTarget(article, region);
      if (region && target) return { person: p.entity, target, title: region.title, at: p.first };
    }
    return undefined;
  }
  return undefined;
}

export function holdsPosition(article: ResolvedArticle): OfficeFinding[] {
  const { doc } = article;
  const out: OfficeFinding[] = [];
  /** "her Serbian counterpart": the office named last before, at the country the demonym names. */
  const titleOf = (region: TitleRegion): string | undefined => {
    if (!region.title.toLowerCase().endsWith(RELATIVE_TITLE)) return region.title;
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
  for (const p of persons) {
    const sentence = doc.sentences[doc.sentenceOf[p.first] ?? 0];
    if (!sentence) continue;
    // before the name: the longest title region that ends right at the name (or at a comma before it)
    const regionEnd = doc.tokens[p.first - 1] === ',' ? p.first - 1 : p.first;
    for (let from = Math.max(sentence.first, regionEnd - TITLE_WINDOW_TOKENS); from < regionEnd; from++) {
      if (article.mentionAt[from - 1] && article.mentionAt[from - 1] === article.mentionAt[from]) continue;
      const region = readRegion(article, from, regionEnd);
      // "Foreign Minister Anna Kovacs of Hungary": the country after the name
      const of = doc.lower[p.last] === 'of' ? article.mentionAt[p.last + 1] : undefined;
      const ofCountry = of && article.entities.get(of.entity)?.type === 'Country' ? of : undefined;
      const target =
        region &&
        (chooseTarget(article, region) ??
          (ofCountry && region.entry.national ? ofCountry.entity : undefined) ??
          counterpartCountry(article, from) ??
          (region.entry.national ? representedCountry(article, from) ?? sharedState(article, from, out) : undefined));
      const title = region && titleOf(region);
      if (region && target && title) {
        out.push({ person: p.entity, target, title, at: p.first });
        break;
      }
      // ("its president, Ursula von der Leyen": an office a pronoun owns is no bare one)
      const owned = POSSESSIVE_PRONOUNS.has(doc.lower[from - 1] ?? '') || POSSESSIVE_PRONOUNS.has(doc.lower[from] ?? '');
      if (region && title && region.entry.national && region.targets.length === 0 && !owned && !ABROAD.test(title) && !bare.some((b) => b.person === p.entity)) {
        bare.push({ person: p.entity, title, at: p.first });
      }
    }
    const listed = out.some((o) => o.person === p.entity) ? undefined : listOffice(article, p, out);
    // ("The leaders of A and B, President X and Emir Y": the title named with the person says more)
    const own = bare.find((b) => b.person === p.entity);
    if (listed) inLists.push(own ? { ...listed, title: own.title } : listed);
    // "Nicolas Maduro was sworn in for a third term as Venezuela's president": the office a verb of taking one names
    const taken = out.some((o) => o.person === p.entity) ? undefined : officeTakenAs(article, p, sentence.last);
    if (taken) out.push(taken);
    // after the name: ", [the] TITLE [of X]," apposition
    if (doc.tokens[p.last] !== ',') continue;
    let end = p.last + 1;
    while (end < sentence.last && end - p.last <= TITLE_WINDOW_TOKENS + 4 && !/^[,;:.()“”"]$/.test(doc.tokens[end] ?? '') && doc.lower[end] !== 'who' && doc.lower[end] !== 'said') end++;
    // "Ivan Kubrakov, the head of the KGB security service Ivan Tertel and ...": a title running into a name is that name's
    let into = false;
    for (let i = p.last + 1; i < end && !into; i++) into = isPerson(article, article.mentionAt[i]) && article.mentionAt[i]?.first === i;
    if (into) continue;
    for (let to = end; to > p.last + 1; to--) {
      // "Joe Biden, French President Emmanuel Macron, ...": a title right before another person's name is that person's
      if (isPerson(article, article.mentionAt[to])) continue;
      const region = readRegion(article, p.last + 1, to);
      const target = region && chooseTarget(article, region);
      const title = region && titleOf(region);
      if (region && target && title) {
        out.push({ person: p.entity, target, title, at: p.first });
        break;
      }
    }
  }
  return [...out, ...bareOfficesAtDateline(article, bare, [...out, ...inLists]), ...inLists];
}
