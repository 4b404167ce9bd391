// Who said what: quoted words (straight and curly, split around "she said"), reported speech ("said that ..."),
// and "according to X"; speakers resolved through pronouns to the entity last named.
import type { AnalysedText } from '../nlp/annotate.js';
import type { ResolvedArticle } from '../resolve/resolve.js';
import type { OfficeFinding } from './holds-position.js';
import { isPossessiveMark, countedEndingAt, SUBORDINATORS, theCounted, whoTheCountedAre } from './context.js';
import { isTitleWordAnyCase, LOWERCASE_BODY_WORDS } from '../lexicon/titles.js';
import { mentionAfterAccordingTo, PRONOUNS, speakerOfVerb, speakerType, STATE_VOICES } from './speakers.js';
import {
  ACCUSING, ADDRESSEE_MAX_TOKENS, ADJUNCT_MAX_TOKENS, ADJUNCT_PREPOSITIONS, adjunctThenSubordinate, afterAddressee, attributive, clauseEnd, clauseStart, CLOSE, hasThatSoon,
  OPEN, declaresObject, reducedRelative, REPORTING_ONLY, SPEECH_VERBS, speechAt, TELLING, TIME_ADJUNCT_WORDS,
} from './speech.js';

export interface StatementFinding {
  readonly speaker: string;
  /** Character offsets of the quoted or reported words. */
  readonly start: number;
  readonly end: number;
  readonly about: readonly string[];
  readonly at: number;
}

const LABEL_VERBS = new Set(['rejected', 'dismissed', 'described', 'called', 'slammed', 'branded', 'termed', 'labelled', 'labeled', 'hailed', 'dubbed', 'condemned', 'denounced', 'criticised', 'criticized', 'describing', 'calling']);

const FOLLOW_UP_VERBS = new Set(['noting', 'adding', 'saying', 'warning', 'stressing', 'insisting', 'arguing', 'explaining']);

/** How far after a quote its speech verb may stand ("“...,” Philippine National Security Council spokesperson Jonathan Malaya told"). */
const ATTRIBUTION_TOKENS = 12;

const DATELINE = /^\s*\p{Lu}[\p{Lu}\s.'’/-]*(?:\([^)]*\))?(?:,\s*\p{Lu}[\p{L}.]*(?:\s+[\p{Lu}\d][\p{L}\d.]*)*)*\s*(?:\([^)]*\))?\s*[—–-]+\s*/u;

const DATELINE_MAX_CHARS = 120;

const DOCUMENTS = new Set(['statement', 'communique', 'communiqué', 'declaration', 'report']);

/** Nouns for words others answer ("..., a charge Beijing rejected"). */
const ANSWERED = new Set(['charge', 'claim', 'accusation', 'allegation', 'assertion', 'view', 'characterisation', 'characterization']);

const NEEDS_CLAUSE = new Set(['announced', 'announces', 'announcing', 'told', 'maintained', 'maintains', 'confirmed', 'denied', 'denies', 'denying', 'pledged', 'pledges', 'promised', 'offered', 'admitted', 'acknowledged', 'conceded']);

const SINGLE_WORD_QUOTE_MAX_TOKENS = 2;

/** How far after a short adjunct a clause's verb may stand ("in January the company would ..."). */
const CLAUSE_AFTER_ADJUNCT_TOKENS = 4;

/** A clause of its own right after the short adjunct at `from`, with no comma between ("in January it would restart"). */
function clauseFollows(doc: AnalysedText, from: number, last: number): boolean {
  const start = afterAdjunct(doc, from);
  // (an adjunct names something: "pledged to continue" has none)
  if (start === from + 1 || doc.lower[from] === 'to') return false;
  for (let k = start; k < Math.min(last, start + CLAUSE_AFTER_ADJUNCT_TOKENS); k++) {
    if (doc.pos[k] === 'PUNCT') return false;
    if (k > start && (doc.pos[k] === 'AUX' || doc.pos[k] === 'VERB')) return true;
  }
  return false;
}

/** The token after a short adjunct at `from`: a preposition or time word and one noun phrase ("in January", "on Monday"). */
function afterAdjunct(doc: AnalysedText, from: number): number {
  let k = from + 1;
  while (doc.pos[k] === 'DET' || doc.pos[k] === 'ADJ') k++;
  while (doc.pos[k] === 'NOUN' || doc.pos[k] === 'PROPN' || doc.pos[k] === 'NUM') k++;
  return k;
}

const CLAUSE_BREAKS = new Set(['and', 'but', 'while', 'whereas', ';', 'as', 'after', 'before', 'because']);

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

function isTitleLike(token: string): boolean {
  return /^\p{Lu}/u.test(token) && token.length > 1;
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

/** A quote opens after the one closing at `close`, within `last`, and goes on in lowercase: "..., “has once again shown". */
function continuedAfter(doc: AnalysedText, close: number, last: number): boolean {
  for (let k = close + 1; k < last - 1; k++) if (/^[“"]$/.test(doc.tokens[k] ?? '')) return /^\p{Ll}/u.test(doc.tokens[k + 1] ?? '');
  return false;
}

/** The follow-up speech verb after the attribution ("said on Monday, adding that ..."), or -1. */
function nextFollowUp(doc: AnalysedText, from: number, last: number): number {
  for (let k = from; k < Math.min(last, from + ADJUNCT_MAX_TOKENS); k++) {
    if (doc.tokens[k] === ',') return FOLLOW_UP_VERBS.has(doc.lower[k + 1] ?? '') ? k + 1 : -1;
  }
  return -1;
}

const ADJUNCT_TAIL_MAX_TOKENS = 16;

/** From `from` to the sentence's end, only prepositional or time phrases: no verb, no comma, no quote. */
function onlyAdjuncts(doc: AnalysedText, from: number, last: number): boolean {
  if (last - from > ADJUNCT_TAIL_MAX_TOKENS || !(ADJUNCT_PREPOSITIONS.has(doc.lower[from] ?? '') || TIME_ADJUNCT_WORDS.has(doc.lower[from] ?? ''))) return false;
  for (let k = from; k < last - 1; k++) {
    // (a capitalised word read as a verb is part of a name: "The Associated Press")
    // ("in a confidential report seen by The Associated Press": a participle qualifying the report stays in the adjunct)
    const participle = reducedRelative(doc, k) || /^\p{Lu}/u.test(doc.tokens[k] ?? '');
    if (((doc.pos[k] === 'VERB' || doc.pos[k] === 'AUX') && !participle) || doc.pos[k] === 'SCONJ' || /^[,;:“”"]$/.test(doc.tokens[k] ?? '') || doc.lower[k] === 'that') return false;
  }
  return true;
}

/**
 * A verb of its own among the tokens from `from` that start before character `end`: one before any subordinate
 * clause ("added a second from the penalty spot before Raphinha sealed the win" has none).
 */
function hasVerb(doc: AnalysedText, from: number, end: number): boolean {
  const within = (k: number): boolean => k < doc.tokens.length && (doc.starts[k] ?? 0) < end;
  for (let k = from; within(k); k++) {
    // (not a participle between an adjective or determiner and its noun: "an internal armed conflict")
    if ((doc.pos[k] === 'VERB' && !attributive(doc, k)) || doc.pos[k] === 'AUX') return true;
    // "before Raphinha sealed the win": a subordinator with a verb of its own soon after (not "before the conference he was")
    const subordinate = k > from && SUBORDINATORS.has(doc.lower[k] ?? '') && [1, 2, 3, 4].some((d) => /^(VERB|AUX)$/.test(doc.pos[k + d] ?? ''));
    if (!subordinate) continue;
    // ... whose clause runs to a comma or a "that" ("told Saddam before he left that ...", "the two, after robbing them, burnt")
    k++;
    while (within(k) && doc.lower[k] !== 'that' && doc.tokens[k] !== ',') k++;
    if (!within(k)) return false;
  }
  return false;
}

const NEGATIONS = new Set(['not', "n't", 'never']);
const WITHHOLDING = new Set(['declined', 'declines', 'declining', 'refused', 'refuses', 'refusing', 'decline', 'refuse']);

/** The speech verb at `k` is negated or withheld ("did not say", "would never confirm", "declined to say"). */
function unsaid(lower: readonly string[], k: number): boolean {
  return NEGATIONS.has(lower[k - 1] ?? '') || (lower[k - 1] === 'to' && WITHHOLDING.has(lower[k - 2] ?? ''));
}

/** Paragraph number of a token: how many blank-line or newline breaks precede it. */
/** The words before the speech verb at `k` are the subject of a relative clause: "whom Congo and UN experts say". */
function relativeSayers(article: ResolvedArticle, k: number): boolean {
  const { doc } = article;
  for (let i = k - 1; i >= Math.max(0, k - 10); i--) {
    if (/^(whom|who|which)$/.test(doc.lower[i] ?? '')) return true;
    const m = article.mentionAt[i];
    if (m) i = m.first;
    else if (!/^(and|,|the)$/.test(doc.lower[i] ?? '') && !/^\p{Ll}+$/u.test(doc.tokens[i] ?? '')) return false;
  }
  return false;
}

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
  /** The first opening quote mark of each sentence that has one. */
  const firstOpen = new Map<number, number>();
  /** The last closing quote mark of each sentence that has one. */
  const lastClose = new Map<number, number>();
  const add = (speakers: readonly string[] | undefined, start: number, end: number, at: number): void => {
    // "NEW DELHI — India has deployed ...": a dateline is no part of what was said
    const dateline = DATELINE.exec(doc.text.slice(start, Math.min(end, start + DATELINE_MAX_CHARS)));
    const [s, e] = trimmed(doc, start + (dateline?.[0].length ?? 0), end);
    // (words already given to their speakers are not given again to others read another way)
    if (e - s < 2 || out.some((o) => o.start === s && o.end === e)) return;
    // ("Germany's Lithuania brigade explained: Who is going, how many, and who pays?": a headline's question is the
    // article's own, no one's statement)
    if ((doc.sentenceOf[at] ?? 0) === 0 && doc.text.slice(s, e + 1).trimEnd().endsWith('?') && !OPEN.has(doc.text.charAt(s - 1))) return;
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
    if (!firstOpen.has(si)) firstOpen.set(si, q.open);
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
    // ("“...,” a charge China's foreign ministry dismissed": others answering the words, not their speaker)
    const answer = /^[,—–-]$/.test(doc.tokens[q.close + 1] ?? '') ? q.close + 2 : q.close + 1;
    const answered = /^(a|an)$/.test(doc.lower[answer] ?? '') && ANSWERED.has(doc.lower[answer + 1] ?? '');
    for (let k = q.close + 1; !midClause && !answered && k < Math.min(closeSentence.last + 1, q.close + ATTRIBUTION_TOKENS, doc.tokens.length); k++) {
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
          // "Seoul's spy agency said that ... Yonhap reported, with indications of “urgency and haste”": an outlet
          // relaying another's words earlier in the sentence passes the quote on to them
          if (REPORTING_ONLY.has(lower)) {
            for (let j = k - 1; j >= sentence.first; j--) {
              if (!speechAt(doc, j) || REPORTING_ONLY.has(doc.lower[j] ?? '')) continue;
              const relayed = speakerOfVerb(article, j, sentence.first, k, offices);
              if (relayed.length) speaker = relayed;
              break;
            }
          }
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
    // ('known as "El Contador,"', 'nicknamed "the Butcher"': a name someone goes by, no words said)
    if (/^(nicknamed|dubbed|alias|aka)$/.test(doc.lower[q.open - 1] ?? '') || (doc.lower[q.open - 1] === 'as' && /^(known|nicknamed)$/.test(doc.lower[q.open - 2] ?? ''))) continue;
    // ("“Poland,” he told reporters, “has once again shown ...”": a word or two the next quote goes on from is no
    // statement of its own; the next part is)
    if (short && q.open === sentence.first && doc.tokens[q.close - 1] === ',' && continuedAfter(doc, q.close, closeSentence.last)) continue;
    if (speaker?.length && accordingAt !== undefined && accordingAt > q.close && embedded && doc.tokens[accordingAt - 1] === ',') {
      // "X is set to announce a “new chapter” in ties ..., according to the Foreign Ministry": the whole report
      add(speaker, doc.starts[sentence.first] ?? start, doc.starts[accordingAt - 1] ?? end, q.open);
      continue;
    }
    if (verb !== undefined && verb < q.open && !LABEL_VERBS.has(doc.lower[verb] ?? '') && (short || (embedded && continues && q.open > verb + 1))) {
      // a quoted word inside a reported clause takes the whole clause ("warned Seoul was considering “countermeasures.”"),
      // what is alleged after "of" for an accusation ("accused Belgrade of “destabilising” the region")
      const accusing = ACCUSING.has(doc.lower[verb] ?? '');
      let of = verb + 1;
      while (accusing && of < q.open && doc.lower[of] !== 'of') of++;
      // ("declared an “internal armed conflict”": a declared object, not a clause)
      const declared = declaresObject(doc, verb);
      // (... and a quoted word that only qualifies the noun after it says nothing: "declared a “no limits” partnership")
      if (declared && doc.pos[q.close + 1] === 'NOUN' && /^\p{Ll}/u.test(doc.tokens[q.close + 1] ?? '')) continue;
      const from = accusing ? (of < q.open ? of + 1 : undefined) : declared ? undefined : clauseStart(doc, verb, q.open);
      // "declared a “no limits” partnership weeks before Russia invaded Ukraine": an object with a quoted word is no clause
      if (from !== undefined && from < q.open && !accusing && !hasVerb(doc, from, doc.ends[Math.min(closeSentence.last, doc.tokens.length) - 1] ?? 0)) continue;
      if (from !== undefined && (from < q.open || (accusing && from === q.open))) {
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
    /** "..., OM said, adding that ...": the follow-up verb and who goes on speaking. */
    let goesOn: { verb: number; speaker: string[] } | undefined;
    // (in a sentence with quotes, the words after its last quote, and the clause a trailing "X said," closes before the
    // first quote: "The deal must be ratified, X said, adding that he expected it “in the coming weeks.”")
    const opening = firstOpen.get(si);
    const before = opening !== undefined && opening > sentence.first + 3 ? opening : sentence.first;
    for (let k = afterQuote === undefined ? sentence.first : before === sentence.first ? afterQuote + 1 : sentence.first; k < sentence.last; k++) {
      const part = afterQuote === undefined ? 'all' : k < before ? 'before' : 'after';
      if (afterQuote !== undefined && part === 'after' && k <= afterQuote) {
        k = afterQuote;
        continue;
      }
      const lower = doc.lower[k] ?? '';
      // after a quote, a speech verb that reports a clause: "warned that ...", or a second predicate "and said ..."
      if (part === 'after' && (!speechAt(doc, k) || !(hasThatSoon(doc, k, sentence.last) || doc.lower[k - 1] === 'and'))) continue;
      if (part === 'before' && !speechAt(doc, k)) continue;
      if (lower === 'according' && doc.lower[k + 1] === 'to') {
        const m = mentionAfterAccordingTo(article, k);
        const sources = m ? [m.entity] : theCounted(article, k + 2) === 'states' ? whoTheCountedAre(article, k + 2).map((s) => s.entity) : [];
        if (sources.length === 0) continue;
        if (k > sentence.first + 2) add(sources, doc.starts[sentence.first] ?? 0, doc.starts[k] ?? 0, k);
        else {
          let from = m?.last ?? k + 2;
          while (from < sentence.last && doc.tokens[from] !== ',') from++;
          // ("According to Thomas Brunner, who heads the unit, Ukraine is ...": past a relative clause on the source)
          if (/^(who|which)$/.test(doc.lower[from + 1] ?? '')) for (from++; from < sentence.last && doc.tokens[from] !== ','; ) from++;
          if (from + 1 < sentence.last) add(sources, doc.starts[from + 1] ?? 0, sentence.end, k);
        }
        continue;
      }
      if (!speechAt(doc, k) || LABEL_VERBS.has(lower) || article.mentionAt[k]) continue;
      // "He did not say how many ...", "declined to say whether ...": nothing was said; "was declared the winner":
      // the subject of a passive is not who speaks
      if (unsaid(doc.lower, k) || /^(was|were|is|are|been|being|be)$/.test(doc.lower[k - 1] ?? '')) continue;
      // "responded by summoning the ambassador": an act, not words
      if (doc.lower[k + 1] === 'by') continue;
      // ("rebels, whom Congo and UN experts say are backed by Rwanda": a verb with no subject after it is no report)
      if ((doc.pos[k + 1] === 'AUX' || doc.pos[k + 1] === 'VERB') && relativeSayers(article, k)) continue;

      // a news agency's report counts as its statement only as "X reported that ..." or "..., X reported."
      const reportOnly = REPORTING_ONLY.has(lower);
      if (reportOnly && doc.lower[k + 1] !== 'that' && doc.tokens[k + 1] !== '.' && k + 1 < sentence.last - 1) continue;
      // "Seoul said the move was dangerous, Yonhap reported.": the outlet relays another's words
      if (reportOnly && reportedSpeech) break;
      reportedSpeech = true;
      // "CLAUSE, X said [in a statement]." : the speaker after a comma, the clause before it
      const speaker = goesOn?.verb === k ? goesOn.speaker : speakerOfVerb(article, k, sentence.first, sentence.last, offices);
      const subject = article.mentionAt[k - 1];
      let groupStart = subject ? subject.first : k;
      // back over the speaker's names and titles, capitalised or not ("Kremlin spokesman Dmitry Peskov")
      /** "Japan's Defence Ministry", "the Polish army's Operational Command": where the owner before a possessive starts. */
      const ownerStart = (at: number): number => {
        if (!isPossessiveMark(doc.tokens[at - 1])) return at;
        let g = at - 1;
        while (g > sentence.first && !article.mentionAt[g - 1] && /^\p{Ll}+$/u.test(doc.tokens[g - 1] ?? '') && (doc.pos[g - 1] === 'NOUN' || doc.pos[g - 1] === 'ADJ')) g--;
        const owner = article.mentionAt[g - 1];
        return owner ? owner.first : g < at - 1 ? g : at;
      };
      if (subject) groupStart = ownerStart(groupStart);
      while (
        groupStart > sentence.first &&
        // ("..., and vowed to respond": "and" joins names, not a second predicate to the clause before it)
        ((doc.lower[groupStart - 1] === 'and' && groupStart < k) ||
          article.mentionAt[groupStart - 1] ||
          isTitleLike(doc.tokens[groupStart - 1] ?? '') ||
          isTitleWordAnyCase(doc.tokens[groupStart - 1] ?? '') ||
          // ("India's foreign secretary Vikram Misri told reporters")
          (groupStart < k && LOWERCASE_BODY_WORDS.has(doc.tokens[groupStart - 1] ?? '')))
      ) {
        groupStart = article.mentionAt[groupStart - 1]?.first ?? groupStart - 1;
        // "India's foreign secretary": on through the possessive to its owner
        if (groupStart < k) groupStart = ownerStart(groupStart);
      }
      if (/^(the|a|an)$/.test(doc.lower[groupStart - 1] ?? '')) groupStart--;
      // "told Reuters on Thursday.": only whom it was told, no clause with a verb of its own ("told lawmakers it was urgent")
      const addressedOnly = sentence.last - k <= ADDRESSEE_MAX_TOKENS && !doc.pos.slice(k + 1, sentence.last).some((p) => p === 'VERB' || p === 'AUX');
      const restIsAdjunct =
        k + 1 >= sentence.last - 1 ||
        // "..., the two governments said in a joint statement on Thursday after talks in Nairobi."
        onlyAdjuncts(doc, k + 1, sentence.last) ||
        // (not "said in January it would restart construction": a clause of its own follows)
        ((ADJUNCT_PREPOSITIONS.has(doc.lower[k + 1] ?? '') || TIME_ADJUNCT_WORDS.has(doc.lower[k + 1] ?? '')) && sentence.last - k <= ADJUNCT_MAX_TOKENS &&
          !clauseFollows(doc, k + 1, sentence.last)) ||
        (/day$/i.test(doc.tokens[k + 1] ?? '') && k + 2 >= sentence.last - 1) ||
        (TELLING.has(lower) && addressedOnly) ||
        adjunctThenSubordinate(doc, k + 1, sentence.last);
      // "..., he added.": a pronoun subject after the comma; "..., the Kenyan government said."
      if (groupStart === k && PRONOUNS.has(doc.lower[k - 1] ?? '')) groupStart = k - 1;
      const pair = countedEndingAt(article, k);
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
        // "..., the defence ministry said.": a state's voice named bare
        else if (g < k && doc.lower[g - 1] === 'the') groupStart = g - 1;
      }
      if (groupStart === k) {
        // "..., South Korea's spy agency said": a state's own body, in common nouns after its possessive
        let g = k;
        while (g > k - 4 && /^\p{Ll}+$/u.test(doc.tokens[g - 1] ?? '') && (doc.pos[g - 1] === 'NOUN' || doc.pos[g - 1] === 'ADJ')) g--;
        // (or its body's office named after it: "..., the Kremlin press service said")
        const office = !isPossessiveMark(doc.tokens[g - 1]) && LOWERCASE_BODY_WORDS.has(doc.lower[k - 1] ?? '') ? article.mentionAt[g - 1] : undefined;
        const owner = isPossessiveMark(doc.tokens[g - 1]) ? article.mentionAt[g - 2] : office && speakerType(article, office) ? office : undefined;
        if (g < k && owner) groupStart = doc.lower[owner.first - 1] === 'the' ? owner.first - 1 : owner.first;
      }
      const trailingComma = !restIsAdjunct ? -1 : doc.tokens[groupStart - 1] === ',' ? groupStart - 1 : doc.tokens[k - 1] === ',' ? k - 1 : -1;
      if (trailingComma > sentence.first + 2) {
        if (speaker.length) add(speaker, doc.starts[sentence.first] ?? 0, doc.starts[trailingComma] ?? 0, k);
        // (before the quotes, on to the words after the last one)
        if (part === 'before' && afterQuote !== undefined) {
          k = afterQuote;
          continue;
        }
        // "..., OM said, adding that CLAUSE": the speaker goes on
        const follow = nextFollowUp(doc, k + 1, sentence.last);
        if (follow < 0) break;
        goesOn = { verb: follow, speaker };
        k = follow - 1;
        continue;
      }
      // (before the quotes, only a clause a trailing attribution closes)
      if (part === 'before') continue;
      // "announced their withdrawal", "denied sending troops", "told Reuters on Thursday": no words reported without a clause
      // "He did not confirm reports that ...", "declined to say whether ...": nothing said
      if (/^(not|n't|never)$/.test(doc.lower[k - 1] ?? '') || (doc.lower[k - 1] === 'to' && /^(declined|refused)$/.test(doc.lower[k - 2] ?? ''))) continue;
      if (NEEDS_CLAUSE.has(lower) && !hasThatSoon(doc, k, sentence.last) && (lower !== 'told' || addressedOnly)) continue;
      // "declared an emergency along its border", "declared the last nuclear power": an object, not a clause
      if (declaresObject(doc, k)) continue;
      // "warned Berlin against supplying missiles": a warning to someone against something reports no clause
      const warned = /^warn(ed|s|ing)?$/.test(lower) ? article.mentionAt[k + 1] : undefined;
      if (warned && warned.first === k + 1 && /^(against|of|over|about)$/.test(doc.lower[warned.last] ?? '')) continue;
      let from = k + 1;
      if (ACCUSING.has(lower)) {
        // "X accused Y of CLAUSE": what is alleged follows "of"; "X is accused of" names no accuser
        // ("a transport firm accused of busing workers": a reduced relative, nobody named accuses)
        if (/^(is|was|were|are|been|being)$/.test(doc.lower[k - 1] ?? '') || doc.lower[k + 1] === 'of') continue;
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
      // ("a mission Baku has demanded be withdrawn": a demand's bare verb, with no clause of its own)
      if (from === k + 1 && doc.lower[from] === 'be') continue;
      // "said in a statement." / "said on social media": an adjunct, not what was said; "said in January it would
      // restart": what was said follows the adjunct
      if ((ADJUNCT_PREPOSITIONS.has(doc.lower[from] ?? '') || TIME_ADJUNCT_WORDS.has(doc.lower[from] ?? '')) && sentence.last - from <= ADJUNCT_MAX_TOKENS) {
        if (!clauseFollows(doc, from, sentence.last)) continue;
        from = afterAdjunct(doc, from);
      }
      let end = clauseEnd(doc, from + 1, sentence.last);
      if (end === (doc.ends[sentence.last - 1] ?? 0)) end = sentence.end;
      // stop the clause before a trailing ", X reported" or ", according to ..."
      for (let j = from + 1; j < sentence.last; j++) {
        if (doc.tokens[j] === ',' && (REPORTING_ONLY.has(doc.lower[j + 2] ?? '') || doc.lower[j + 1] === 'according')) {
          end = doc.starts[j] ?? end;
          break;
        }
      }
      // "the shoal, which China claims almost in its entirety": words with no verb report no clause
      // (after "said that" the words are a clause, whatever the part-of-speech tagger made of its verb: "that Qatar regards Chile as ...")
      if (!hasVerb(doc, from, end) && !(doc.lower[from - 1] === 'that' && from - 2 === k)) continue;
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
