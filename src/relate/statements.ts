// Who said what: quoted words (straight and curly, split around "she said"), reported speech ("said that ..."),
// and "according to X"; speakers resolved through pronouns to the entity last named.
import type { AnalysedText } from '../nlp/annotate.js';
import type { ResolvedArticle, ResolvedMention } from '../resolve/resolve.js';
import type { OfficeFinding } from './holds-position.js';
import { afterDateline, inDateline, isPossessiveMark, pairEndingAt, theTwo, whoTheTwoAre } from './context.js';
import { isHonorificOrTitleWord, isTitleWordAnyCase } from './titles.js';

export interface StatementFinding {
  readonly speaker: string;
  /** Character offsets of the quoted or reported words. */
  readonly start: number;
  readonly end: number;
  readonly about: readonly string[];
  readonly at: number;
}

const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'warned', 'warns', 'stated', 'states', 'announced', 'announces', 'declared',
  'claimed', 'claims', 'insisted', 'argued', 'noted', 'stressed', 'urged', 'wrote', 'tweeted', 'posted', 'confirmed', 'described',
  'called', 'reported', 'reports', 'asserted', 'acknowledged', 'admitted', 'explained', 'emphasised', 'emphasized', 'vowed', 'pledged',
  'accused', 'demanded', 'slammed', 'denied', 'remarked', 'replied', 'responded', 'cautioned', 'predicted', 'estimated',
  'saying', 'adding', 'warning', 'vowing', 'noting', 'telling', 'insisting', 'stating', 'arguing', 'calling', 'describing', 'stressing',
  'announcing', 'declaring', 'claiming', 'urging', 'writing', 'told', 'commented', 'observed', 'recalled', 'conceded',
  'condemned', 'denounced', 'criticised', 'criticized', 'branded', 'hailed', 'termed', 'labelled', 'labeled', 'dubbed',
  'countered', 'counters', 'retorted', 'reiterated', 'contended', 'maintained', 'demanded', 'rejected', 'dismissed',
]);
const LABEL_VERBS = new Set(['rejected', 'dismissed', 'described', 'called', 'slammed', 'branded', 'termed', 'labelled', 'labeled', 'hailed', 'dubbed', 'condemned', 'denounced', 'criticised', 'criticized', 'describing', 'calling']);
const FOLLOW_UP_VERBS = new Set(['noting', 'adding', 'saying', 'warning', 'stressing', 'insisting', 'arguing', 'explaining']);
const ACCUSING = new Set(['accused', 'accuses', 'accusing']);
const THAT_WINDOW_TOKENS = 24;
/** How far back an apposition may reach between a person and the speech verb. */
const APPOSITION_MAX_TOKENS = 24;
const REPORTING_ONLY = new Set(['reported', 'reports']);
const DATELINE = /^\s*\p{Lu}[\p{Lu}\s.'’/-]*(?:\([^)]*\))?(?:,\s*\p{Lu}[\p{L}.]*(?:\s+[\p{Lu}\d][\p{L}\d.]*)*)*\s*(?:\([^)]*\))?\s*[—–-]+\s*/u;
const DATELINE_MAX_CHARS = 120;
const STATE_VOICES = new Set(['officials', 'official', 'government', 'authorities', 'diplomats', 'leaders', 'ministers', 'senior', 'top', 'government’s', "government's", 'spokesman', 'spokeswoman', 'spokesperson']);
const DOCUMENTS = new Set(['statement', 'communique', 'communiqué', 'declaration', 'report']);
const INVERTING = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'continued', 'explained', 'noted', 'stressed', 'insisted', 'asked', 'warned', 'declared', 'stated', 'replied', 'responded', 'remarked', 'recalled', 'concluded']);
const PLAIN_SAYING = new Set(['said', 'says', 'added', 'adds', 'told', 'stated']);
const TELLING = new Set(['told', 'tells', 'telling']);
const NEEDS_CLAUSE = new Set(['announced', 'announces', 'announcing', 'told', 'confirmed', 'denied', 'denies', 'denying', 'pledged', 'pledges', 'promised', 'offered', 'admitted', 'acknowledged', 'conceded']);
/** "told Reuters on Thursday.": an addressee and an adjunct, no clause */
const ADDRESSEE_MAX_TOKENS = 6;
const PRONOUNS = new Set(['he', 'she', 'they', 'it']);
const SPEAKER_TYPES = new Set(['Official', 'Person', 'Country', 'Agency', 'Organization']);
const OPEN = new Set(['“', '"', '‘']);
const CLOSE = new Set(['”', '"', '’']);
const SINGLE_WORD_QUOTE_MAX_TOKENS = 2;
const CLAUSE_BREAKS = new Set(['and', 'but', 'while', 'whereas', ';', 'as', 'after', 'before', 'because']);
const ADJUNCT_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'via', 'through', 'from', 'to', 'by', 'with', 'without', 'late', 'earlier']);
const ADJUNCT_MAX_TOKENS = 8;
/** Words that open a time adjunct after a speech verb: "said last week", "said yesterday", "told reporters overnight". */
const TIME_ADJUNCT_WORDS = new Set(['last', 'this', 'next', 'yesterday', 'today', 'tonight', 'overnight', 'recently', 'later']);

interface QuoteSpan {
  /** Tokens of the quote marks. */
  readonly open: number;
  readonly close: number;
}

function quoteSpans(doc: AnalysedText): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: number | undefined;
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i] ?? '';
    if (t === '‘' || t === '’') continue; // apostrophes and nested single quotes are not quote boundaries
    if (open === undefined && OPEN.has(t)) open = i;
    else if (open !== undefined && CLOSE.has(t)) {
      spans.push({ open, close: i });
      open = undefined;
    }
  }
  return spans;
}

function speakerType(article: ResolvedArticle, m: ResolvedMention | undefined): boolean {
  return m !== undefined && SPEAKER_TYPES.has(article.entities.get(m.entity)?.type ?? '') && m.kind !== 'demonym';
}

/** The last person named before token `i` (for "he said"), else the last speaker-typed entity. */
function antecedent(article: ResolvedArticle, i: number, pronoun: string): string | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const m = article.mentionAt[k];
    if (!m) continue;
    const type = article.entities.get(m.entity)?.type;
    if ((pronoun === 'he' || pronoun === 'she') && (type === 'Person' || type === 'Official')) return m.entity;
    if ((pronoun === 'it' || pronoun === 'they') && speakerType(article, m) && type !== 'Person' && type !== 'Official') return m.entity;
    k = m.first;
  }
  return undefined;
}

/** Speakers of a speech verb at `v`: the entity right after it ("said Hong"), else the nearest before it in the
 * clause with any joined to it by "and" ("the United States and Britain said"). An apposition or relative clause
 * between a person and the verb is passed over ("Daniel Hagari, Israel's military spokesperson, said"), and a
 * description naming a body or an office ("the UN chief", "Seoul's spy agency") stands for who holds it. */
function speakerOfVerb(article: ResolvedArticle, v: number, from: number, to: number, offices: readonly OfficeFinding[] = []): string[] {
  const { doc } = article;
  // "said Kenyan President William Ruto": past a demonym and title words to the person
  let a = v + 1;
  while (a < to && (article.mentionAt[a]?.kind === 'demonym' || isHonorificOrTitleWord(doc.tokens[a] ?? ''))) a = article.mentionAt[a]?.last ?? a + 1;
  const after = a > v + 1 && isPersonAt(article, a) ? article.mentionAt[a] : article.mentionAt[v + 1];
  // "..., the two governments said": the last two states named before
  const pair = pairEndingAt(article, v);
  if (pair >= 0 && theTwo(article, pair) === 'states') return whoTheTwoAre(article, pair).map((m) => m.entity);
  const participle = /ing$/.test(doc.lower[v] ?? '');
  // "..., said Hong": only verbs that invert take their speaker after them ("urged Washington" names the one urged)
  const inverted = INVERTING.has(doc.lower[v] ?? '') && (doc.lower[v - 1] === ',' || doc.tokens[v - 1] === '”' || doc.tokens[v - 1] === '"');
  if (after && !participle && inverted && speakerType(article, after)) return [after.entity];
  // "the leaders referred to the deal brokered by Turkey and called for ...": a second predicate's speaker is the
  // sentence's subject, when an entity opens the sentence
  if (doc.lower[v - 1] === 'and' || (doc.lower[v - 1] === 'also' && doc.lower[v - 2] === 'and')) {
    const subject = sentenceSubject(article, doc.sentences[doc.sentenceOf[v] ?? 0]?.first ?? from);
    return subject ? [subject] : [];
  }
  if (doc.tokens[v - 1] === ',') {
    // "The Council, which has urged states to act, said": the one the relative clause describes
    for (let c = v - 2; c >= Math.max(from, v - APPOSITION_MAX_TOKENS - 8); c--) {
      if (doc.tokens[c] !== ',' || !/^(which|who)$/.test(doc.lower[c + 1] ?? '')) continue;
      const m = article.mentionAt[c - 1];
      if (m && speakerType(article, m)) return [m.entity];
      break;
    }
    let verbless = true;
    for (let c = v - 2; c >= Math.max(from, v - APPOSITION_MAX_TOKENS); c--) {
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
    let subject: string | undefined;
    for (let k = sentence?.first ?? from; k < v; k++) {
      const m = article.mentionAt[k];
      if (!m) continue;
      const type = article.entities.get(m.entity)?.type;
      if (type === 'Person' || type === 'Official') return [m.entity];
      if (subject === undefined && speakerType(article, m) && !inDateline(article, m)) {
        // "China's Foreign Ministry rejected the criticism, saying": the body the country owns
        const owned = isPossessiveMark(doc.tokens[m.last]) ? article.mentionAt[m.last + 1] : undefined;
        subject = owned && speakerType(article, owned) ? owned.entity : m.entity;
      }
      k = m.last - 1;
    }
    if (subject) return [subject];
  }
  for (let k = v - 1; k >= from && k >= v - 12; k--) {
    const lower = doc.lower[k] ?? '';
    if (PRONOUNS.has(lower)) {
      const found = antecedent(article, k, lower);
      return found ? [found] : [];
    }
    const m = article.mentionAt[k] && !inDateline(article, article.mentionAt[k] as ResolvedMention) ? article.mentionAt[k] : undefined;
    // "Indian officials said", "the Kenyan government said": the state speaks
    if (m && m.kind === 'demonym' && m.last < v && doc.lower.slice(m.last, v).every((w) => STATE_VOICES.has(w))) return [m.entity];
    if (m && speakerType(article, m)) {
      const described = describedSpeaker(article, m, v, offices);
      if (described) return [described];
      // "the United States and Britain said", "A, B and C said": a list only counts when "and" joins it
      const group = [m.entity];
      let joined = false;
      let j = m.first - 1;
      if (doc.lower[j] === 'the') j--;
      while (j >= from && (doc.lower[j] === 'and' || doc.lower[j] === ',')) {
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
  if (after && speakerType(article, after) && v + 1 < to && (CLOSE.has(doc.tokens[v - 1] ?? '') || doc.tokens[v - 1] === ',')) return [after.entity];
  return [];
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
  while (k < m.last + 6 && (isTitleWordAnyCase(doc.tokens[k] ?? '') || isPossessiveMark(doc.tokens[k]) || doc.tokens[k] === ',' || /^\p{Ll}+$/u.test(doc.tokens[k] ?? ''))) {
    if (doc.pos[k] === 'VERB' || doc.pos[k] === 'AUX') break;
    k++;
  }
  if (k > m.last && isPersonAt(article, k)) return article.mentionAt[k]?.entity;
  return speakerType(article, m) ? m.entity : undefined;
}

/** The speakers listed with `last` before it ("Mali and Burkina Faso", "Chad, Mali and Niger"), in text order. */
function listBefore(article: ResolvedArticle, last: ResolvedMention): ResolvedMention[] {
  const list = [last];
  let m = last;
  for (;;) {
    const joint = article.doc.lower[m.first - 1];
    const previous = joint === 'and' || joint === ',' ? article.mentionAt[m.first - 2] : undefined;
    if (!previous || !speakerType(article, previous) || list.some((member) => member.entity === previous.entity)) break;
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
  if (isTitleWordAnyCase(head)) {
    const holders = [...new Set(offices.filter((o) => o.target === m.entity).map((o) => o.person))];
    return holders.length === 1 ? holders[0] : undefined;
  }
  if (DESCRIBED_BODIES.has(head) && article.entities.get(m.entity)?.type === 'Country') {
    const iso = article.entities.get(m.entity)?.country;
    const bodies = [...article.entities.entries()].filter(([, e]) => e.type === 'Agency' && e.country !== undefined && e.country === iso);
    return bodies.length === 1 ? bodies[0]?.[0] : undefined;
  }
  return undefined;
}

function mentionsWithin(article: ResolvedArticle, start: number, end: number): string[] {
  const out = new Set<string>();
  for (const m of article.mentions) if ((article.doc.starts[m.first] ?? 0) >= start && (article.doc.ends[m.last - 1] ?? 0) <= end) out.add(m.entity);
  return [...out];
}

function trimmed(doc: AnalysedText, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /[\s,:;]/.test(doc.text[s] ?? '')) s++;
  while (e > s && /[\s,.;:]/.test(doc.text[e - 1] ?? '')) e--;
  return [s, e];
}

/** The source after "according to", past titles and determiners ("according to Defence Minister Tomasz Wilk"). */
function mentionAfterAccordingTo(article: ResolvedArticle, k: number): ResolvedMention | undefined {
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

function isTitleLike(token: string): boolean {
  return /^\p{Lu}/u.test(token) && token.length > 1;
}

/** Where a reported clause starts after a speech verb: after "that" when it comes soon, else right after the verb. */
function clauseStart(doc: AnalysedText, verb: number, limit: number): number | undefined {
  for (let k = verb + 1; k < Math.min(limit, verb + THAT_WINDOW_TOKENS); k++) {
    if (doc.lower[k] === 'that') return k + 1;
    if ((doc.pos[k] === 'VERB' || doc.pos[k] === 'AUX') && !reducedRelative(doc, k)) break;
  }
  return doc.tokens[verb + 1] === ',' ? undefined : verb + 1;
}

/** Where a reported clause ends: the sentence end, or a ", while" / ", but" / ";" that starts another clause. */
function clauseEnd(doc: AnalysedText, from: number, last: number): number {
  for (let k = from; k < last; k++) {
    if (doc.tokens[k] === ';' || (doc.tokens[k] === ',' && /^(while|but|whereas|although|where)$/.test(doc.lower[k + 1] ?? ''))) return doc.starts[k] ?? 0;
    // ", a major boost for ...": the writer's comment on the whole clause
    if (doc.tokens[k] === ',' && /^(a|an)$/.test(doc.lower[k + 1] ?? '') && k > from + 3) return doc.starts[k] ?? 0;
    // "The Council, which has urged states to act, said ...": the relative clause ends at the main verb
    if (doc.tokens[k] === ',' && speechAt(doc, k + 1) && k > from) return doc.starts[k] ?? 0;
    // "accused Addis Ababa of violating its sovereignty and said ...": the speaker's next words are another statement
    if (doc.lower[k] === 'and' && speechAt(doc, k + 1) && PLAIN_SAYING.has(doc.lower[k + 1] ?? '') && k > from) return doc.starts[k] ?? 0;
    // ", and Mali said ...": another speaker's clause
    if (doc.tokens[k] === ',' && doc.lower[k + 1] === 'and' && speechVerbSoon(doc, k + 2, last)) return doc.starts[k] ?? 0;
    if (doc.tokens[k] === ',' && REPORTING_ONLY.has(doc.lower[k + 2] ?? '')) return doc.starts[k] ?? 0;
    // ", escalating pressure on Tehran": a participle clause is the writer's comment
    if (doc.tokens[k] === ',' && doc.pos[k + 1] === 'VERB' && /ing$/.test(doc.lower[k + 1] ?? '') && !SPEECH_VERBS.has(doc.lower[k + 1] ?? '') && k > from) return doc.starts[k] ?? 0;
    // "..., Defense Minister Boris Pistorius told reporters in Berlin.": the attribution of the whole sentence
    if (doc.tokens[k] === ',' && trailingAttribution(doc, k + 1, last)) return doc.starts[k] ?? 0;
  }
  return doc.ends[last - 1] ?? 0;
}

/** "the statement published in official media": a participle that qualifies the noun before it. */
function reducedRelative(doc: AnalysedText, k: number): boolean {
  return /ed$/.test(doc.lower[k] ?? '') && doc.pos[k - 1] === 'NOUN';
}

function hasThatSoon(doc: AnalysedText, verb: number, last: number): boolean {
  for (let k = verb + 1; k < Math.min(last, verb + THAT_WINDOW_TOKENS); k++) {
    if (doc.lower[k] === 'that' || doc.tokens[k] === ':' || (k === verb + 1 && doc.lower[k] === 'to')) return true;
    if ((doc.pos[k] === 'VERB' || doc.pos[k] === 'AUX') && !reducedRelative(doc, k)) return false;
  }
  return false;
}

/** "told local media there had been ...": the clause starts after the one addressed. */
function afterAddressee(article: ResolvedArticle, from: number, last: number): number {
  const m = article.mentionAt[from];
  if (m) return m.last;
  const { doc } = article;
  for (let k = from; k < Math.min(last, from + 3); k++) {
    if (doc.pos[k] === 'NOUN' || doc.pos[k] === 'PROPN') return k + 1;
    if (doc.pos[k] !== 'DET' && doc.pos[k] !== 'ADJ') break;
  }
  return from;
}

/** ", Title Name said [adjunct]." from token `from`: capitalised words, then a speech verb, then at most a short adjunct. */
function trailingAttribution(doc: AnalysedText, from: number, last: number): boolean {
  let k = from;
  while (k < last && k - from < 8 && /^\p{Lu}/u.test(doc.tokens[k] ?? '')) k++;
  if (k === from || !speechAt(doc, k)) return false;
  return last - k <= ADJUNCT_MAX_TOKENS;
}

const SUBORDINATORS = new Set(['as', 'while', 'after', 'before', 'when', 'amid', 'despite', 'following', 'since', 'though', 'although']);

/** "..., the Pentagon said on Monday, as North Korea tested a missile.": an adjunct, then the writer's own clause. */
function adjunctThenSubordinate(doc: AnalysedText, from: number, last: number): boolean {
  let k = from;
  if (k < last && (ADJUNCT_PREPOSITIONS.has(doc.lower[k] ?? '') || /day$/i.test(doc.tokens[k] ?? ''))) {
    while (k < last && k - from < ADJUNCT_MAX_TOKENS && doc.tokens[k] !== ',') k++;
  }
  return doc.tokens[k] === ',' && SUBORDINATORS.has(doc.lower[k + 1] ?? '');
}

/** A speech verb at token k: written in lowercase, so "States" in "United States" is none. */
function speechAt(doc: AnalysedText, k: number): boolean {
  return SPEECH_VERBS.has(doc.lower[k] ?? '') && /^\p{Ll}/u.test(doc.tokens[k] ?? '');
}

/** A speech verb within a few tokens, before any other verb: the start of another speaker's clause. */
function speechVerbSoon(doc: AnalysedText, from: number, last: number): boolean {
  for (let k = from; k < Math.min(last, from + 8); k++) {
    if (speechAt(doc, k)) return true;
    if (doc.pos[k] === 'VERB' || doc.pos[k] === 'AUX' || doc.tokens[k] === ',') return false;
  }
  return false;
}

/** "a bloc they named the “Alliance of Andean States”": a quoted name, not words said. */
function isProperName(doc: AnalysedText, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) {
    const token = doc.tokens[k] ?? '';
    if (!/^\p{Lu}/u.test(token) && !/^(of|the|and|for|de|du|des|al)$/.test(token)) return false;
  }
  return /^\p{Lu}/u.test(doc.tokens[from] ?? '') && to - from <= 8;
}

/** Paragraph number of a token: how many blank-line or newline breaks precede it. */
function paragraphOf(doc: AnalysedText, token: number): number {
  const at = doc.starts[token] ?? 0;
  let count = 0;
  for (let i = doc.text.indexOf('\n'); i >= 0 && i < at; i = doc.text.indexOf('\n', i + 1)) count++;
  return count;
}

export function statements(article: ResolvedArticle, offices: readonly OfficeFinding[] = []): StatementFinding[] {
  const { doc } = article;
  const out: StatementFinding[] = [];
  const quotedSentences = new Set<number>();
  /** Quotes attributed to "the statement": given to the statement's issuers once every other statement is known. */
  const documentQuotes: { start: number; end: number; at: number }[] = [];
  /** The last closing quote mark of each sentence that has one. */
  const lastClose = new Map<number, number>();
  const add = (speakers: readonly string[] | undefined, start: number, end: number, at: number): void => {
    // "NEW DELHI — India has deployed ...": a dateline is no part of what was said
    const dateline = DATELINE.exec(doc.text.slice(start, Math.min(end, start + DATELINE_MAX_CHARS)));
    const [s, e] = trimmed(doc, start + (dateline?.[0].length ?? 0), end);
    if (e - s < 2) return;
    for (const speaker of speakers ?? []) {
      if (out.some((o) => o.start === s && o.end === e && o.speaker === speaker)) continue;
      out.push({ speaker, start: s, end: e, about: mentionsWithin(article, s, e).filter((id) => id !== speaker), at });
    }
  };

  let previous: { speaker: string[]; sentence: number; paragraph: number } | undefined;
  for (const q of quoteSpans(doc)) {
    const si = doc.sentenceOf[q.open] ?? 0;
    const sentence = doc.sentences[si];
    if (!sentence) continue;
    for (let k = si; k <= (doc.sentenceOf[q.close] ?? si); k++) quotedSentences.add(k);
    lastClose.set(doc.sentenceOf[q.close] ?? si, q.close);
    const closeSentence = doc.sentences[doc.sentenceOf[q.close] ?? si] ?? sentence;
    let speaker: string[] | undefined;
    let verb: number | undefined;
    // after the quote: ", she said" / "said Hong" / "Rutte said"; not when the clause goes on ("a “stern warning” to what it called")
    const afterClose = doc.tokens[q.close + 1] ?? '';
    // (a quote closing on a comma is followed by its attribution: "“...,” the minister said")
    const midClause =
      !/^[,!?]$/.test(doc.tokens[q.close - 1] ?? '') &&
      /^\p{Ll}/u.test(afterClose) &&
      /^(ADP|DET|NOUN|ADJ)$/.test(doc.pos[q.close + 1] ?? '') &&
      !SPEECH_VERBS.has(afterClose) &&
      !CLAUSE_BREAKS.has(afterClose);
    for (let k = q.close + 1; !midClause && k < Math.min(closeSentence.last + 1, q.close + 8, doc.tokens.length); k++) {
      if (OPEN.has(doc.tokens[k] ?? '') && k > q.close + 1) break;
      if (CLAUSE_BREAKS.has(doc.lower[k] ?? '')) break;
      if (speechAt(doc, k) && !REPORTING_ONLY.has(doc.lower[k] ?? '')) {
        verb = k;
        speaker = speakerOfVerb(article, k, q.close + 1, closeSentence.last, offices);
        // "“...,” the statement said": whoever issued the statement reported last before it
        if (!speaker.length && DOCUMENTS.has(doc.lower[k - 1] ?? '')) documentQuotes.push({ start: doc.ends[q.open] ?? 0, end: doc.starts[q.close] ?? 0, at: q.open });
        break;
      }
    }
    // "“...,” Jens Stoltenberg, who leads Nato as its secretary general, said": the person right after the quote
    if (!speaker?.length) {
      const next = article.mentionAt[q.close + 1] ?? (doc.tokens[q.close + 1] === ',' ? article.mentionAt[q.close + 2] : undefined);
      const personType = next ? article.entities.get(next.entity)?.type : undefined;
      if (next && (personType === 'Person' || personType === 'Official')) {
        for (let k = next.last; k < closeSentence.last; k++) {
          if (speechAt(doc, k) && !REPORTING_ONLY.has(doc.lower[k] ?? '')) {
            speaker = [next.entity];
            verb = k;
            break;
          }
        }
      }
    }
    // before the quote: "X said “...”", "X described it as “...”", "According to X, “...”"
    if (!speaker?.length) {
      for (let k = q.open - 1; k >= sentence.first; k--) {
        const lower = doc.lower[k] ?? '';
        if (CLOSE.has(doc.tokens[k] ?? '')) break;
        if (lower === 'according' && doc.lower[k + 1] === 'to') {
          const m = mentionAfterAccordingTo(article, k);
          if (m) speaker = [m.entity];
          break;
        }
        if (speechAt(doc, k)) {
          verb = k;
          speaker = speakerOfVerb(article, k, sentence.first, q.open, offices);
          break;
        }
      }
    }
    let accordingAt: number | undefined;
    if (!speaker?.length) {
      // "..., according to Deputy Press Secretary X, ..." anywhere in the sentence
      for (let k = sentence.first; k < sentence.last; k++) {
        if (doc.lower[k] === 'according' && doc.lower[k + 1] === 'to') {
          accordingAt = k;
          for (let j = k + 2; j < Math.min(sentence.last, k + 10); j++) {
            const m = article.mentionAt[j];
            if (m && speakerType(article, m)) {
              speaker = [m.entity];
              break;
            }
          }
        }
      }
    }
    // an unattributed quote right after an attributed one continues the same speaker ("...," she said. "...")
    // ... also across a paragraph break when the new paragraph opens with the quote, as quoted speeches run on
    if (!speaker?.length && previous && si - previous.sentence <= 1) {
      const paragraph = paragraphOf(doc, q.open);
      if (paragraph === previous.paragraph || (paragraph === previous.paragraph + 1 && q.open === sentence.first)) speaker = previous.speaker;
    }
    if (speaker?.length) previous = { speaker, sentence: doc.sentenceOf[q.close] ?? si, paragraph: paragraphOf(doc, q.open) };
    const start = doc.ends[q.open] ?? 0;
    const end = doc.starts[q.close] ?? 0;
    const short = q.close - q.open - 1 <= SINGLE_WORD_QUOTE_MAX_TOKENS;
    // a quote that does not open its clause is a fragment of the reported words ("said that the peoples had “turned their backs” on ...")
    const embedded = q.open > sentence.first && !/^[,:;—–-]$|^that$/i.test(doc.tokens[q.open - 1] ?? '');
    // ... and the clause goes on after it ("had “turned their backs” on the bloc"), else the quote alone is what was said
    const continues = !/^[,.;:]$/.test(doc.tokens[q.close - 1] ?? '') && /^\p{Ll}/u.test(doc.tokens[q.close + 1] ?? '') && !article.mentionAt[q.close + 1];
    if (isProperName(doc, q.open + 1, q.close)) continue;
    if (speaker?.length && accordingAt !== undefined && accordingAt > q.close && embedded && doc.tokens[accordingAt - 1] === ',') {
      // "X is set to announce a “new chapter” in ties ..., according to the Foreign Ministry": the whole report
      add(speaker, doc.starts[sentence.first] ?? start, doc.starts[accordingAt - 1] ?? end, q.open);
      continue;
    }
    if (verb !== undefined && verb < q.open && !LABEL_VERBS.has(doc.lower[verb] ?? '') && (short || (embedded && continues && q.open > verb + 1))) {
      // a quoted word inside a reported clause takes the whole clause ("warned Seoul was considering “countermeasures.”")
      const from = clauseStart(doc, verb, q.open);
      if (from !== undefined && from < q.open) {
        // "... “for as long as it takes” and repeated ...": the speaker's next act is the writer's
        const joined = /^(and|but|or)$/.test(doc.lower[q.close + 1] ?? '') && doc.pos[q.close + 2] === 'VERB' && /(ed|s)$/.test(doc.lower[q.close + 2] ?? '');
        add(speaker, doc.starts[from] ?? start, joined ? (doc.ends[q.close] ?? end) : clauseEnd(doc, q.close, closeSentence.last), q.open);
        continue;
      }
    }
    add(speaker, start, end, q.open);
    // "“...,” Biden said, noting that CLAUSE": the follow-up clause is said too
    if (speaker?.length && verb !== undefined && verb > q.close) {
      for (let k = verb + 1; k < closeSentence.last - 2; k++) {
        if (doc.tokens[k] === ',' && FOLLOW_UP_VERBS.has(doc.lower[k + 1] ?? '') && doc.lower[k + 2] === 'that') {
          add(speaker, doc.starts[k + 3] ?? 0, clauseEnd(doc, k + 3, closeSentence.last), k);
          break;
        }
        if (OPEN.has(doc.tokens[k] ?? '')) break;
      }
    }
  }

  // reported speech in sentences without quotes, and after a sentence's last quote ("called the loan “theft” and
  // warned that Moscow would retaliate")
  for (let si = 0; si < doc.sentences.length; si++) {
    const afterQuote = lastClose.get(si);
    if (quotedSentences.has(si) && afterQuote === undefined) continue;
    const sentence = doc.sentences[si];
    if (!sentence) continue;
    let reportedSpeech = false;
    for (let k = afterQuote === undefined ? sentence.first : afterQuote + 1; k < sentence.last; k++) {
      const lower = doc.lower[k] ?? '';
      // after a quote, a speech verb that reports a clause: "warned that ...", or a second predicate "and said ..."
      if (afterQuote !== undefined && (!speechAt(doc, k) || !(hasThatSoon(doc, k, sentence.last) || doc.lower[k - 1] === 'and'))) continue;
      if (lower === 'according' && doc.lower[k + 1] === 'to') {
        const m = mentionAfterAccordingTo(article, k);
        const sources = m ? [m.entity] : theTwo(article, k + 2) === 'states' ? whoTheTwoAre(article, k + 2).map((s) => s.entity) : [];
        if (sources.length === 0) continue;
        if (k > sentence.first + 2) add(sources, doc.starts[sentence.first] ?? 0, doc.starts[k] ?? 0, k);
        else {
          let from = m?.last ?? k + 2;
          while (from < sentence.last && doc.tokens[from] !== ',') from++;
          if (from + 1 < sentence.last) add(sources, doc.starts[from + 1] ?? 0, sentence.end, k);
        }
        continue;
      }
      if (!SPEECH_VERBS.has(lower) || LABEL_VERBS.has(lower) || article.mentionAt[k]) continue;
      // "responded by summoning the ambassador": an act, not words
      if (doc.lower[k + 1] === 'by') continue;

      // a news agency's report counts as its statement only as "X reported that ..." or "..., X reported."
      const reportOnly = REPORTING_ONLY.has(lower);
      if (reportOnly && doc.lower[k + 1] !== 'that' && doc.tokens[k + 1] !== '.' && k + 1 < sentence.last - 1) continue;
      // "Seoul said the move was dangerous, Yonhap reported.": the outlet relays another's words
      if (reportOnly && reportedSpeech) break;
      reportedSpeech = true;
      // "CLAUSE, X said [in a statement]." : the speaker after a comma, the clause before it
      const speaker = speakerOfVerb(article, k, sentence.first, sentence.last, offices);
      const subject = article.mentionAt[k - 1];
      let groupStart = subject ? subject.first : k;
      // back over the speaker's names and titles, capitalised or not ("Kremlin spokesman Dmitry Peskov")
      while (
        groupStart > sentence.first &&
        (doc.lower[groupStart - 1] === 'and' || article.mentionAt[groupStart - 1] || isTitleLike(doc.tokens[groupStart - 1] ?? '') || isTitleWordAnyCase(doc.tokens[groupStart - 1] ?? ''))
      ) {
        groupStart = article.mentionAt[groupStart - 1]?.first ?? groupStart - 1;
      }
      if (/^(the|a|an)$/.test(doc.lower[groupStart - 1] ?? '')) groupStart--;
      const restIsAdjunct =
        k + 1 >= sentence.last - 1 ||
        ((ADJUNCT_PREPOSITIONS.has(doc.lower[k + 1] ?? '') || TIME_ADJUNCT_WORDS.has(doc.lower[k + 1] ?? '')) && sentence.last - k <= ADJUNCT_MAX_TOKENS) ||
        (/day$/i.test(doc.tokens[k + 1] ?? '') && k + 2 >= sentence.last - 1) ||
        (TELLING.has(lower) && sentence.last - k <= ADDRESSEE_MAX_TOKENS) ||
        adjunctThenSubordinate(doc, k + 1, sentence.last);
      // "..., he added.": a pronoun subject after the comma; "..., the Kenyan government said."
      if (groupStart === k && PRONOUNS.has(doc.lower[k - 1] ?? '')) groupStart = k - 1;
      const pair = pairEndingAt(article, k);
      if (groupStart === k && pair >= 0) {
        groupStart = pair;
        // "..., the foreign ministries of both countries said": their offices before them
        let g = groupStart;
        while (g > groupStart - 5 && /^\p{Ll}+$/u.test(doc.tokens[g - 1] ?? '')) g--;
        if (g < groupStart && doc.lower[groupStart - 1] === 'of' && doc.tokens[g - 1] === ',') groupStart = g;
      }
      if (groupStart === k) {
        let g = k;
        while (g > sentence.first && STATE_VOICES.has(doc.lower[g - 1] ?? '')) g--;
        const demonym = article.mentionAt[g - 1];
        if (g < k && demonym?.kind === 'demonym') groupStart = /^(the|a|an)$/.test(doc.lower[demonym.first - 1] ?? '') ? demonym.first - 1 : demonym.first;
      }
      if (groupStart === k) {
        // "..., South Korea's spy agency said": a state's own body, in common nouns after its possessive
        let g = k;
        while (g > k - 4 && /^\p{Ll}+$/u.test(doc.tokens[g - 1] ?? '') && (doc.pos[g - 1] === 'NOUN' || doc.pos[g - 1] === 'ADJ')) g--;
        const owner = isPossessiveMark(doc.tokens[g - 1]) ? article.mentionAt[g - 2] : undefined;
        if (g < k && owner) groupStart = owner.first;
      }
      const trailingComma = !restIsAdjunct ? -1 : doc.tokens[groupStart - 1] === ',' ? groupStart - 1 : doc.tokens[k - 1] === ',' ? k - 1 : -1;
      if (trailingComma > sentence.first + 2) {
        if (speaker.length) add(speaker, doc.starts[sentence.first] ?? 0, doc.starts[trailingComma] ?? 0, k);
        break;
      }
      // "announced their withdrawal", "denied sending troops", "told Reuters on Thursday": no words reported without a clause
      if (NEEDS_CLAUSE.has(lower) && !hasThatSoon(doc, k, sentence.last) && (lower !== 'told' || sentence.last - k <= ADDRESSEE_MAX_TOKENS)) continue;
      let from = k + 1;
      if (ACCUSING.has(lower)) {
        // "X accused Y of CLAUSE": what is alleged follows "of"; "X is accused of" names no accuser
        if (/^(is|was|were|are|been|being)$/.test(doc.lower[k - 1] ?? '')) continue;
        while (from < sentence.last && doc.lower[from] !== 'of' && from < k + 10) from++;
        if (doc.lower[from] !== 'of') continue;
        from++;
      } else {
        if (TELLING.has(lower)) from = afterAddressee(article, from, sentence.last);
        if (doc.lower[from] === 'on' && /day$/i.test(doc.tokens[from + 1] ?? '')) from += 2;
        else if (/day$/i.test(doc.tokens[from] ?? '')) from += 1;
        const afterThat = clauseStart(doc, k, sentence.last);
        if (afterThat !== undefined && doc.lower[afterThat - 1] === 'that') from = afterThat;
      }
      if (from >= sentence.last - 1 || doc.tokens[from] === ',' || doc.tokens[from] === '.') continue;
      // "said in a statement." / "said on social media": an adjunct, not what was said
      if ((ADJUNCT_PREPOSITIONS.has(doc.lower[from] ?? '') || TIME_ADJUNCT_WORDS.has(doc.lower[from] ?? '')) && sentence.last - from <= ADJUNCT_MAX_TOKENS) continue;
      let end = clauseEnd(doc, from + 1, sentence.last);
      if (end === (doc.ends[sentence.last - 1] ?? 0)) end = sentence.end;
      // stop the clause before a trailing ", X reported" or ", according to ..."
      for (let j = from + 1; j < sentence.last; j++) {
        if (doc.tokens[j] === ',' && (REPORTING_ONLY.has(doc.lower[j + 2] ?? '') || doc.lower[j + 1] === 'according')) {
          end = doc.starts[j] ?? end;
          break;
        }
      }
      add(speaker, doc.starts[from] ?? 0, end, k);
      // ", and Mali said ...": the next speaker's clause in the same sentence
      let next = from;
      while (next < sentence.last && (doc.starts[next] ?? 0) < end) next++;
      if (next >= sentence.last - 2) break;
      k = next;
    }
  }
  out.sort((a, b) => a.start - b.start);
  for (const quote of documentQuotes) {
    const before = out.filter((o) => o.start < quote.start);
    const last = before[before.length - 1];
    if (!last) continue;
    add(before.filter((o) => o.start === last.start && o.end === last.end).map((o) => o.speaker), quote.start, quote.end, quote.at);
  }
  out.sort((a, b) => a.start - b.start);
  // a quote inside words already reported whole ("adding that Moscow would respond “in a measured way”") says nothing more
  const kept = out.filter((s) => !out.some((t) => t !== s && t.start <= s.start && s.end <= t.end && t.end - t.start > s.end - s.start));
  return kept.sort((a, b) => a.start - b.start);
}
