// Quoted words and who said them: each quote's attribution after it ("“...,” she said"), before it ("X said “...”",
// "according to X"), or carried on from the quote before; a quoted word inside a reported clause takes the clause.
import type { AnalysedText } from '../nlp/annotate.js';
import type { ResolvedArticle } from '../resolve/resolve.js';
import type { OfficeFinding } from './holds-position.js';
import type { AddStatement } from './statements.js';
import { mentionAfterAccordingTo, speakerOfVerb, speakerType } from './speakers.js';
import { isHonorificOrTitleWord } from '../lexicon/titles.js';
import { titledPersonFrom } from './roles.js';
import { isPerson } from './title-region.js';
import { ACCUSING, clauseEnd, clauseStart, CLOSE, declaresObject, FOLLOW_UP_VERBS, hasVerb, LABEL_VERBS, OPEN, REPORTING_ONLY, SPEECH_VERBS, speechAt } from './speech.js';

/** Where the quotes of an article stand, for the reported speech read after them. */
export interface QuoteLayout {
  /** Sentences with a quote in them. */
  readonly quotedSentences: ReadonlySet<number>;
  /** The first opening quote mark of each sentence that has one. */
  readonly firstOpen: ReadonlyMap<number, number>;
  /** The last closing quote mark of each sentence that has one. */
  readonly lastClose: ReadonlyMap<number, number>;
  /** Quotes attributed to "the statement": given to the statement's issuers once every other statement is known. */
  readonly documentQuotes: readonly { start: number; end: number; at: number }[];
}

/** How far after a quote its speech verb may stand ("“...,” Philippine National Security Council spokesperson Jonathan Malaya told"). */
const ATTRIBUTION_TOKENS = 12;

const DOCUMENTS = new Set(['statement', 'communique', 'communiqué', 'declaration', 'report']);

/** Nouns for words others answer ("..., a charge Beijing rejected"). */
const ANSWERED = new Set(['charge', 'claim', 'accusation', 'allegation', 'assertion', 'view', 'characterisation', 'characterization']);

const SINGLE_WORD_QUOTE_MAX_TOKENS = 2;

/** How many title words may stand between a quote and the person named after it ("“...,” Vice Admiral X ..."). */
const TITLE_WORDS_AFTER_QUOTE = 5;

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

/** Most words of a programme's or paper's name in quotes after its owner ('ETV's "Aktuaalne kaamera"'). */
const OWNED_TITLE_TOKENS = 6;

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

/** Paragraph number of a token: how many blank-line or newline breaks precede it. */
function paragraphOf(doc: AnalysedText, token: number): number {
  const at = doc.starts[token] ?? 0;
  let count = 0;
  for (let i = doc.text.indexOf('\n'); i >= 0 && i < at; i = doc.text.indexOf('\n', i + 1)) count++;
  return count;
}

/** The statements of the article's quotes, given to `add`; where the quotes stand is returned. */
export function quotedStatements(article: ResolvedArticle, offices: readonly OfficeFinding[], add: AddStatement): QuoteLayout {
  const { doc } = article;
  const quotedSentences = new Set<number>();
  const documentQuotes: { start: number; end: number; at: number }[] = [];
  const firstOpen = new Map<number, number>();
  const lastClose = new Map<number, number>();
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
      // (past title words: "“...,” Ambassador Tendai Mukwevho, the AU Commissioner for ..., told reporters")
      let named = doc.tokens[q.close + 1] === ',' && !article.mentionAt[q.close + 1] ? q.close + 2 : q.close + 1;
      while (named < q.close + TITLE_WORDS_AFTER_QUOTE && !article.mentionAt[named] && isHonorificOrTitleWord(doc.tokens[named] ?? '')) named++;
      // (past a state's possessive and a long title: "“...,” Kenya's Cabinet Secretary for Foreign and Diaspora Affairs, X, told journalists")
      const next = isPerson(article, article.mentionAt[named]) ? article.mentionAt[named] : titledPersonFrom(article, named, closeSentence.last);
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
        // (a speech verb in the passive speaks by its agent, "an allegation dismissed by the SBGSU as “absurd”", or names
        // no speaker: "X said the force had been announced “without ...”")
        const speech = speechAt(doc, k);
        // (or a reduced relative's participle, a preposition after it: "X, a businessman described in the communique as
        // the council's “chief financier”"; not "officials described the move as")
        const reduced = /ed$/.test(lower) && doc.pos[k - 1] === 'NOUN' && /^\p{Ll}/u.test(doc.tokens[k - 1] ?? '') && !article.mentionAt[k - 1] && doc.pos[k + 1] === 'ADP';
        const passive = speech && (reduced || /^(been|being|was|were|is|are|be)$/.test(doc.lower[k - 1] ?? ''));
        // (the agent right after the verb, or after the quote: "a movie described as “...” by Lelouche")
        const by = doc.lower[k + 1] === 'by' ? k + 1 : reduced && doc.lower[q.close + 1] === 'by' ? q.close + 1 : -1;
        if (passive && by >= 0) {
          const agent = article.mentionAt[doc.lower[by + 1] === 'the' ? by + 2 : by + 1];
          if (agent && speakerType(article, agent)) speaker = [agent.entity];
          verb = k;
          break;
        }
        // (a reduced relative with no agent names no speaker)
        if (passive && reduced) {
          verb = k;
          break;
        }
        if (speech && !passive) {
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
    // ('told ETV's "Aktuaalne kaamera"': a programme or paper a broadcaster or publisher owns, told or written to, no
    // words said; "Washington's “ironclad commitment”" are a state's words)
    const owner = /^['’]s?$/.test(doc.tokens[q.open - 1] ?? '') ? article.mentionAt[q.open - 2] : undefined;
    if (owner && article.entities.get(owner.entity)?.type === 'Organization' && /^(told|to|on|in)$/.test(doc.lower[owner.first - 1] ?? '') && q.close - q.open - 1 <= OWNED_TITLE_TOKENS) continue;
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
  return { quotedSentences, firstOpen, lastClose, documentQuotes };
}
