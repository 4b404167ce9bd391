// Agreements named in several ways in one article ("a defense pact", "the Reciprocal Access Agreement (RAA)", "the
// Washington deal", a headline's "troop pact"): the passes that fold each described one into the one it is.
import { headlineOf, type AnalysedText } from '../nlp/annotate.js';
import { type Builder, foldInto } from './builder.js';
import type { ResolvedEntity, ResolvedMention } from './resolve.js';

/** The heads an agreement may be named by alone ("the deal", "the treaty"; "the document" just after one). */
export const BARE_AGREEMENT = /^(agreement|deal|pact|accord|treaty|truce|ceasefire|declaration|memorandum|convention|protocol|statute|charter|document|text)$/i;

/** Every fold of described agreements into named ones, in the order each relies on the ones before. */
export function foldAgreements(doc: AnalysedText, b: Builder): void {
  foldShortAgreements(b);
  foldDescribedIntoPairNamed(b);
  foldAppositiveAgreements(doc, b);
  foldBareAgreement(doc, b);
  foldIntoNextOpening(doc, b);
  foldPlaceNamedAgreements(doc, b);
  foldRecalledAgreements(doc, b);
  foldHeadlineAgreement(doc, b);
  foldDescribedAgreements(b);
}

/**
 * "20-year strategic partnership treaty" in a headline and "20-year comprehensive strategic partnership treaty" in
 * the text: a described agreement whose words all stand, in order, in a longer one with the same head is that one.
 */
function foldShortAgreements(b: Builder): void {
  const agreements = [...b.entities.entries()].filter(([, e]) => e.type === 'Agreement');
  const wordsOf = (name: string): string[] => name.toLowerCase().split(/\s+/);
  const within = (short: readonly string[], long: readonly string[]): boolean => {
    let k = 0;
    for (const w of long) if (w === short[k]) k++;
    return k === short.length;
  };
  for (const [key, e] of agreements) {
    const words = wordsOf(e.name);
    if (words.length < 2) continue;
    const longer = agreements.filter(([other, o]) => {
      const long = wordsOf(o.name);
      return other !== key && b.entities.has(other) && long.length > words.length && long[long.length - 1] === words[words.length - 1] && within(words, long);
    });
    if (longer.length === 1 && longer[0]) foldInto(b, key, longer[0][0]);
  }
}

/**
 * "Japan, Australia sign defence pact" over "Japan and Australia signed a reciprocal access agreement on Thursday":
 * the one agreement a headline describes is the one agreement its story's first sentence introduces.
 */
/** Words after which the first word of an agreement's name is its head ("Treaty on Peace and ...", "Treaty of Friendship"). */
const NAME_GOES_ON = new Set(['on', 'of', 'for', 'between', 'concerning']);
/** Heads that name the same kind of thing, one for another: "a maritime security pact" may be a "Security Arrangement". */
const ARRANGEMENT_HEADS = new Set(['agreement', 'pact', 'accord', 'deal', 'arrangement', 'treaty']);

/** Of the agreements mentioned before token `at`, the one mentioned most (the latest on a tie). */
export function salientAgreement(b: Builder, at: number): string | undefined {
  const counts = new Map<string, number>();
  for (const m of b.mentions) if (m.first < at && b.entities.get(m.entity)?.type === 'Agreement') counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  let best: string | undefined;
  let most = 0;
  for (const [key, count] of counts) if (count >= most) [best, most] = [key, count];
  return best;
}

/**
 * "signed a defence cooperation arrangement ... signed the Maritime Security Cooperation Arrangement (MSCA)": an
 * agreement described in lowercase whose head and another word are the name of the one named agreement with that head
 * in the article is that agreement. The head of "Treaty on Peace and ..." is its first word ("a peace treaty"); and a
 * description with two more words of the name is it under another head of its kind ("a trilateral maritime security
 * pact ... the Trilateral Maritime Security Arrangement").
 */
function foldDescribedAgreements(b: Builder): void {
  const agreements = [...b.entities.entries()].filter(([, e]) => e.type === 'Agreement');
  for (const [key, e] of agreements) {
    const words = e.name.split(/\s+/);
    if (words.length < 2 || !/^\p{Ll}/u.test(e.name)) continue;
    const head = words[words.length - 1] ?? '';
    const fits = (sameHead: boolean) => ([other, o]: [string, ResolvedEntity]): boolean => {
      if (other === key || !b.entities.has(other) || !/^\p{Lu}/u.test(o.name)) return false;
      const own = o.name.toLowerCase().split(/\s+/);
      // (the word before the name goes on is a head too: "Framework Agreement on Defence Industrial Cooperation")
      const goesOn = own.findIndex((w) => NAME_GOES_ON.has(w));
      const heads = [own[own.length - 1], ...(goesOn > 0 ? [own[goesOn - 1]] : [])];
      const shared = new Set(words.slice(0, -1).filter((w) => own.includes(w))).size;
      if (sameHead) return heads.includes(head) && shared > 0;
      return !heads.includes(head) && shared > 1 && ARRANGEMENT_HEADS.has(head) && heads.some((h) => ARRANGEMENT_HEADS.has(h ?? ''));
    };
    // (one with the same head first: "a defence cooperation arrangement" is the Maritime Security Cooperation
    // Arrangement, not the Defence Cooperation Agreement)
    const sameHead = agreements.filter(fits(true));
    const named = sameHead.length > 0 ? sameHead : agreements.filter(fits(false));
    if (named.length === 1 && named[0]) foldInto(b, key, named[0][0]);
  }
}

function foldHeadlineAgreement(doc: AnalysedText, b: Builder): void {
  // (a headline has no closing stop: a one-sentence opening paragraph is none)
  const headline = headlineOf(doc);
  // (past a byline: "By Kevin Mwangi")
  const byline = doc.sentences[1] && /^(By|BY)$/.test(doc.tokens[doc.sentences[1].first] ?? '') && doc.sentences[1].last - doc.sentences[1].first <= BYLINE_TOKENS;
  const lede = doc.sentences[byline ? 2 : 1];
  if (!headline || !lede || /^[.!?]$/.test(doc.tokens[headline.last - 1] ?? '')) return;
  const firstAt = new Map<string, number>();
  for (const m of b.mentions) if (b.entities.get(m.entity)?.type === 'Agreement' && !firstAt.has(m.entity)) firstAt.set(m.entity, m.first);
  const opened = (s: { first: number; last: number }): string[] => [...firstAt].filter(([, at]) => at >= s.first && at < s.last).map(([key]) => key);
  const [inHeadline, ...moreInHeadline] = opened(headline);
  const [inLede, ...moreInLede] = opened(lede);
  const described = inHeadline !== undefined && describedAgreement(b.entities.get(inHeadline)?.name ?? '');
  if (!described || !inHeadline || moreInHeadline.length > 0) return;

  // (with none in the first sentence, the one other agreement the story names)
  const others = [...firstAt.keys()].filter((key) => key !== inHeadline && b.entities.has(key));
  // (one the story describes again is only another's short name when that one has a name: "sign defense cooperation
  // agreement" over "signed a comprehensive defense cooperation agreement ... It replaces a 2010 framework arrangement",
  // though "sign security pact" over "signed a trilateral security pact ... formally named the Trilateral ...")
  const redescribed = b.mentions.some((m) => m.entity === inHeadline && m.first >= headline.last && m.last - m.first > 1);
  const other = others.length === 1 && !inLede && !(redescribed && describedAgreement(b.entities.get(others[0] ?? '')?.name ?? '')) ? others[0] : undefined;
  const story = inLede && moreInLede.length === 0 ? inLede : other;
  if (story) foldInto(b, inHeadline, story);
}

/** Most tokens of a byline's line ("By Ardita Berisha in Pristina and Milan Jovanović in Belgrade"). */
const BYLINE_TOKENS = 16;

/** How many sentences after an agreement named only by its head the one named agreement may come. */
const BARE_AGREEMENT_SENTENCES = 3;

/**
 * "The leaders signed an agreement on Wednesday to coordinate stockpiles ... The three leaders signed the Trilateral
 * Framework Agreement on Supply Chain Resilience": an agreement introduced by its head alone ("an agreement") is the
 * one agreement the article names by a name of its own with that head, when that name comes within three sentences
 * after it and the bare one is not named again after it.
 */
function foldBareAgreement(doc: AnalysedText, b: Builder): void {
  const agreements = [...b.entities.entries()].filter(([, e]) => e.type === 'Agreement');
  const named = agreements.filter(([, e]) => /^\p{Lu}/u.test(e.name));
  const [only] = named;
  if (named.length !== 1 || !only) return;
  const spans = (key: string): ResolvedMention[] => b.mentions.filter((m) => m.entity === key);
  const namedAt = spans(only[0])[0]?.first ?? -1;
  for (const [key, e] of agreements) {
    // (of the same kind: "an agreement Iraq reached with the UN" is no "Gulf War ceasefire")
    if (!BARE_AGREEMENT.test(e.name) || !only[1].name.toLowerCase().split(/\s+/).includes(e.name.toLowerCase())) continue;
    const bare = spans(key);
    const last = bare[bare.length - 1];
    // (introduced as "an agreement": "the declaration had been adopted" is one the reader knows already)
    // ("a Turkish-brokered agreement": past who brokered it)
    const opening = bare[0]?.first ?? 0;
    const brokered = /ed$/.test(doc.lower[opening - 1] ?? '') && doc.tokens[opening - 2] === '-' ? opening - 4 : opening - 1;
    if (!last || last.first > namedAt || !/^(a|an)$/.test(doc.lower[brokered] ?? '')) continue;
    const gap = (doc.sentenceOf[namedAt] ?? 0) - (doc.sentenceOf[last.first] ?? 0);
    if (gap <= BARE_AGREEMENT_SENTENCES) foldInto(b, key, only[0]);
  }
}

/**
 * "... signed a ceasefire agreement in Doha on Sunday. The Doha Ceasefire Agreement was signed by ...", "A defense
 * pact allowing ... took effect Thursday. The Reciprocal Access Agreement (RAA), signed in Manila ...": an agreement
 * introduced by description ("a ...") is the named one the next sentence opens with, first named there, when no
 * other agreement is mentioned between.
 */
function foldIntoNextOpening(doc: AnalysedText, b: Builder): void {
  const isAgreement = (m: ResolvedMention): boolean => b.entities.get(m.entity)?.type === 'Agreement';
  for (const [key, e] of [...b.entities.entries()]) {
    if (e.type !== 'Agreement' || !describedAgreement(e.name)) continue;
    for (const at of b.mentions.filter((m) => m.entity === key)) {
      // (past who brokered it: "a Qatar-brokered ceasefire")
      let before = at.first - 1;
      while (before > 0 && /^(-|\p{Ll}+ed)$/u.test(doc.lower[before] ?? '') && doc.sentenceOf[before] === doc.sentenceOf[at.first]) before--;
      if (!/^(a|an)$/.test(doc.lower[before] ?? '') && !/^(a|an)$/.test(doc.lower[at.first - 1] ?? '')) continue;
      const next = doc.sentences[(doc.sentenceOf[at.first] ?? 0) + 1];
      if (!next) continue;
      const opening = doc.lower[next.first] === 'the' ? next.first + 1 : next.first;
      const named = b.mentions.find((m) => m.first === opening && isAgreement(m));
      // (a name of its own, not a short form: "The MoU")
      const name = b.entities.get(named?.entity ?? '')?.name ?? '';
      if (!named || named.entity === key || describedAgreement(name) || !/\s/.test(name)) continue;
      // (said to be signed right after its name: "The RAA, signed in Manila", "The Kundu Treaty was signed"; "The
      // Maritime Security Arrangement dates from 2019" may be another)
      let k = named.last;
      if (doc.tokens[k] === '(' && doc.tokens[k + 2] === ')') k += 3;
      while (doc.tokens[k] === ',' || BE_WORDS.has(doc.lower[k] ?? '')) k++;
      if (!SIGNING_WORDS.has(doc.lower[k] ?? '')) continue;
      const between = b.mentions.some((m) => m.first > at.first && m.first < named.first && isAgreement(m) && m.entity !== key);
      const earlier = b.mentions.some((m) => m.entity === named.entity && m.first < named.first);
      if (!between && !earlier) {
        foldInto(b, key, named.entity);
        break;
      }
    }
  }
}

const BE_WORDS = new Set(['was', 'is', 'were', 'had', 'has', 'been', 'being', 'formally', 'officially', 'finally']);
const SIGNING_WORDS = new Set(['signed', 'initialled', 'initialed', 'inked', 'concluded', 'sealed', 'struck', 'agreed', 'reached', 'brokered', 'negotiated']);

/**
 * "signed a peace agreement in Washington on Friday ... The M23, which did not sign the Washington agreement": an
 * agreement described by a place ("the Washington deal") is the one agreement the article says was made there.
 */
function foldPlaceNamedAgreements(doc: AnalysedText, b: Builder): void {
  for (const [key, e] of [...b.entities.entries()]) {
    const [place, head, ...rest] = e.name.split(/\s+/);
    if (e.type !== 'Agreement' || rest.length > 0 || !place || !head || !/^\p{Lu}\p{Ll}+$/u.test(place) || !BARE_AGREEMENT.test(head)) continue;
    const madeThere = new Set<string>();
    for (const m of b.mentions) {
      if (m.entity === key || b.entities.get(m.entity)?.type !== 'Agreement') continue;
      const sentence = doc.sentences[doc.sentenceOf[m.first] ?? 0];
      if (!sentence) continue;
      // (made there: signed, agreed or reached in that place)
      const made = doc.lower.slice(sentence.first, sentence.last).some((w) => SIGNING_WORDS.has(w) || w === 'sign');
      for (let k = sentence.first; k < sentence.last - 1 && made; k++) if (doc.lower[k] === 'in' && doc.tokens[k + 1] === place) madeThere.add(m.entity);
    }
    const [only] = madeThere;
    if (madeThere.size === 1 && only) foldInto(b, key, only);
  }
}

/** An agreement's name that describes it ("a defense pact", "Japan-Philippines troop pact"), its head in lowercase. */
function describedAgreement(name: string): boolean {
  return /^\p{Ll}/u.test(name) || /(^|\s)\p{Ll}+$/u.test(name);
}

/** Words that describe an agreement named before without naming another: "the 10-year pact", "the landmark deal". */
const RECALLING_WORDS = /^(\d+-year|\w+-year|bilateral|new|landmark|historic|same|latest|so-called)$/;
/** How many sentences back "the 10-year pact" looks for the agreement it recalls. */
const RECALL_SENTENCES = 2;

/**
 * "... the bilateral Agreement on Security Cooperation, which Tusk and Zelenskyy signed on Feb. 19. Under the 10-year
 * pact, Poland committed ...": an agreement described with "the" and words that recall rather than name ("10-year",
 * "landmark") is the one agreement named within the two sentences before.
 */
function foldRecalledAgreements(doc: AnalysedText, b: Builder): void {
  for (const [key, e] of [...b.entities.entries()]) {
    const words = e.name.toLowerCase().split(/\s+/);
    if (e.type !== 'Agreement' || words.length < 2 || !BARE_AGREEMENT.test(words[words.length - 1] ?? '') || !words.slice(0, -1).every((w) => RECALLING_WORDS.test(w))) continue;
    const first = b.mentions.find((m) => m.entity === key);
    if (!first || doc.lower[first.first - 1] !== 'the') continue;
    const si = doc.sentenceOf[first.first] ?? 0;
    const recent = new Set(b.mentions.filter((m) => m.first < first.first && m.entity !== key && b.entities.get(m.entity)?.type === 'Agreement' && si - (doc.sentenceOf[m.first] ?? 0) <= RECALL_SENTENCES).map((m) => m.entity));
    const [only] = recent;
    if (recent.size === 1 && only) foldInto(b, key, only);
  }
}

/**
 * "a customs agreement - the Arusha Protocol on a Single Customs Territory -", "a defence pact, the Treaty of X,":
 * an agreement described, then named in apposition, is the named one; one named, then "better known as" another
 * name, keeps its first name.
 */
function foldAppositiveAgreements(doc: AnalysedText, b: Builder): void {
  const isAgreement = (m: ResolvedMention | undefined): boolean => m !== undefined && b.entities.get(m.entity)?.type === 'Agreement';
  for (const m of [...b.mentions]) {
    if (!isAgreement(m) || !b.entities.has(m.entity)) continue;
    const described = /^\p{Ll}/u.test(b.entities.get(m.entity)?.name ?? '');
    let at = m.last;
    if (/^[-–—,(]$/.test(doc.tokens[at] ?? '')) at++;
    // ("the 1997 Mine Ban Treaty, better known as the Ottawa Convention": a second name of the same one)
    while (/^(better|also|commonly|widely|formally|officially)$/.test(doc.lower[at] ?? '')) at++;
    const alias = doc.lower[at] === 'known' && doc.lower[at + 1] === 'as' ? 2 : /^(called|dubbed|titled)$/.test(doc.lower[at] ?? '') ? 1 : 0;
    if (!alias && (!described || at === m.last)) continue;
    at += alias;
    if (doc.lower[at] === 'the') at++;
    const named = b.mentions.find((o) => o.first === at && isAgreement(o) && o.kind === 'name');
    if (!named || named.entity === m.entity) continue;
    if (described) foldInto(b, m.entity, named.entity);
    else foldInto(b, named.entity, m.entity);
  }
}

/** "EU-Mercosur agreement", "U.S.-India trade deal": an agreement named by the two sides it joins. */
const PAIR_NAMED = /^\p{Lu}\S*?[-–/]\p{Lu}\S*(?:\s\p{Ll}\S*)+$/u;

/**
 * "a long-stalled trade deal linking the European Union with Mercosur ... the EU-Mercosur agreement": where an article
 * names one agreement by its two sides, the one agreement it describes in words that fit that name (no words, or
 * words the name also has) is that agreement.
 */
function foldDescribedIntoPairNamed(b: Builder): void {
  const agreements = [...b.entities.entries()].filter(([, e]) => e.type === 'Agreement');
  const named = agreements.filter(([, e]) => PAIR_NAMED.test(e.name));
  const [only] = named;
  if (named.length !== 1 || !only) return;
  const modifiers = (name: string): string[] => name.toLowerCase().split(/\s+/).slice(0, -1);
  const namedWords = modifiers(only[1].name).slice(1);
  const fitting = agreements.filter(([, e]) => /^\p{Ll}/u.test(e.name) && (namedWords.length === 0 || modifiers(e.name).every((w) => namedWords.includes(w))));
  const [described] = fitting;
  if (fitting.length === 1 && described) foldInto(b, described[0], only[0]);
}
