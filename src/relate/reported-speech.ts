// Reported speech: "X said (that) CLAUSE", "CLAUSE, X said", "according to X, CLAUSE", "X accused Y of CLAUSE", in
// sentences without quotes and around a sentence's quotes; an adjunct, an addressee or a label is no clause said.
import type { AnalysedText, SentenceSpan } from '../nlp/annotate.js';
import type { ResolvedArticle } from '../resolve/resolve.js';
import type { OfficeFinding } from './holds-position.js';
import type { QuoteLayout } from './quoted-speech.js';
import type { AddStatement } from './statements.js';
import { afterDateline, isPossessiveMark, countedEndingAt, pastBracketedAcronym, SUBORDINATORS, theCounted, whoTheCountedAre } from './context.js';
import { isTitleWordAnyCase, LOWERCASE_BODY_WORDS } from '../lexicon/titles.js';
import { mentionAfterAccordingTo, PRONOUNS, speakerOfVerb, speakerType, STATE_VOICES } from './speakers.js';
import {
  ACCUSING, ADDRESSEE_MAX_TOKENS, ADJUNCT_MAX_TOKENS, ADJUNCT_PREPOSITIONS, adjunctThenSubordinate, afterAddressee, clauseEnd, clauseStart, declaresObject, FOLLOW_UP_VERBS,
  hasThatSoon, hasVerb, LABEL_VERBS, reducedRelative, REPORTING_ONLY, speechAt, TELLING, TIME_ADJUNCT_WORDS,
} from './speech.js';

const NEEDS_CLAUSE = new Set(['announced', 'announces', 'announcing', 'told', 'maintained', 'maintains', 'confirmed', 'denied', 'denies', 'denying', 'pledged', 'pledges', 'promised', 'offered', 'admitted', 'acknowledged', 'conceded']);

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

function isTitleLike(token: string): boolean {
  return /^\p{Lu}/u.test(token) && token.length > 1;
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

const NEGATIONS = new Set(['not', "n't", 'never']);
const WITHHOLDING = new Set(['declined', 'declines', 'declining', 'refused', 'refuses', 'refusing', 'decline', 'refuse']);

/** The speech verb at `k` is negated or withheld ("did not say", "would never confirm", "declined to say"). */
function unsaid(lower: readonly string[], k: number): boolean {
  return NEGATIONS.has(lower[k - 1] ?? '') || (lower[k - 1] === 'to' && WITHHOLDING.has(lower[k - 2] ?? ''));
}

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

/**
 * Where the words naming the speaker of the speech verb at `k` begin: back over names, titles and owners
 * ("Kremlin spokesman Dmitry Peskov", "India's foreign secretary Vikram Misri"), a pronoun, the states counted
 * ("the two governments"), a state's voice named bare ("the defence ministry") or its own body ("South Korea's spy
 * agency"); `k` when none is named there.
 */
function speakerWordsStart(article: ResolvedArticle, sentence: SentenceSpan, k: number): number {
  const { doc } = article;
  // (past an acronym in brackets: "..., South Korea's Joint Chiefs of Staff (JCS) said")
  const subject = article.mentionAt[pastBracketedAcronym(doc.tokens, k - 1)];
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
  return groupStart;
}

/** Only adjuncts or an addressee follow the speech verb at `k`: "..., X said in a statement on Thursday.", "told Reuters." */
function nothingReportedAfter(doc: AnalysedText, k: number, last: number, addressedOnly: boolean): boolean {
  const lower = doc.lower[k] ?? '';
  return (
    k + 1 >= last - 1 ||
    // "..., the two governments said in a joint statement on Thursday after talks in Nairobi."
    onlyAdjuncts(doc, k + 1, last) ||
    // (not "said in January it would restart construction": a clause of its own follows)
    ((ADJUNCT_PREPOSITIONS.has(doc.lower[k + 1] ?? '') || TIME_ADJUNCT_WORDS.has(doc.lower[k + 1] ?? '')) && last - k <= ADJUNCT_MAX_TOKENS &&
      !clauseFollows(doc, k + 1, last)) ||
    (/day$/i.test(doc.tokens[k + 1] ?? '') && k + 2 >= last - 1) ||
    (TELLING.has(lower) && addressedOnly) ||
    adjunctThenSubordinate(doc, k + 1, last)
  );
}

/** Nouns for what others say, whose "that" clause is theirs ("denied reports that ..."). */
const OTHERS_CLAIMS = new Set(['claim', 'claims', 'report', 'reports', 'allegation', 'allegations', 'accusation', 'accusations', 'suggestion', 'suggestions', 'rumour', 'rumours', 'rumor', 'rumors', 'speculation', 'assertion', 'assertions', 'charge', 'charges']);

/** The statements of reported speech, given to `add`, around the quotes laid out in `quotes`. */
/** How long the apposition after the source of "according to" may run ("the military's media wing"). */
const SOURCE_APPOSITION_TOKENS = 14;

export function reportedStatements(article: ResolvedArticle, offices: readonly OfficeFinding[], add: AddStatement, quotes: QuoteLayout): void {
  const { doc } = article;
  const { quotedSentences, firstOpen, lastClose } = quotes;
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
        // ("Russia has deployed troops and, according to Minsk, nuclear weapons to Belarus": the source of one part of a
        // clause that goes on reports no clause before it)
        if (k > sentence.first + 2) {
          if (!(doc.tokens[k - 1] === ',' && doc.lower[k - 2] === 'and')) add(sources, doc.starts[sentence.first] ?? 0, doc.starts[k] ?? 0, k);
        } else {
          let from = m?.last ?? k + 2;
          while (from < sentence.last && doc.tokens[from] !== ',') from++;
          // ("According to Thomas Brunner, who heads the unit, Ukraine is ...": past a relative clause on the source)
          if (/^(who|which)$/.test(doc.lower[from + 1] ?? '')) for (from++; from < sentence.last && doc.tokens[from] !== ','; ) from++;
          // ("According to the ISPR, the military's media wing, Afghan forces opened fire": past the source's apposition)
          else if (/^(the|a|an)$/.test(doc.lower[from + 1] ?? '')) {
            let close = from + 2;
            while (close < Math.min(sentence.last, from + SOURCE_APPOSITION_TOKENS) && doc.tokens[close] !== ',' && doc.pos[close] !== 'VERB' && doc.pos[close] !== 'AUX') {
              // (past a body named in it, with its acronym: "a spokesperson for the European External Action Service (EEAS)")
              close = article.mentionAt[close] ? (article.mentionAt[close]?.last ?? close + 1) : close + 1;
            }
            // (not the clause's own subject with its relative clause: "According to X, the barrage, which comprised ...")
            if (doc.tokens[close] === ',' && !/^(which|who|whose|that|where)$/.test(doc.lower[close + 1] ?? '')) from = close;
          }
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
      const groupStart = speakerWordsStart(article, sentence, k);
      // "told Reuters on Thursday.": only whom it was told, no clause with a verb of its own ("told lawmakers it was urgent")
      const addressedOnly = sentence.last - k <= ADDRESSEE_MAX_TOKENS && !doc.pos.slice(k + 1, sentence.last).some((p) => p === 'VERB' || p === 'AUX');
      const restIsAdjunct = nothingReportedAfter(doc, k, sentence.last, addressedOnly);
      const trailingComma = !restIsAdjunct ? -1 : doc.tokens[groupStart - 1] === ',' ? groupStart - 1 : doc.tokens[k - 1] === ',' ? k - 1 : -1;
      if (trailingComma > sentence.first + 2) {
        // ("When China attacked Taiwan, the US responded.": a subordinate clause alone is no words reported)
        const subordinate = SUBORDINATORS.has(doc.lower[sentence.first] ?? '') && !doc.tokens.slice(sentence.first, trailingComma).includes(',');
        if (subordinate) break;
        // (past the dateline: "Lisbon, Nov. 14 (Lusa) - Portugal will keep ..., Defence Minister X said")
        if (speaker.length) add(speaker, doc.starts[afterDateline(article, sentence.first, trailingComma)] ?? 0, doc.starts[trailingComma] ?? 0, k);
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
        // (not a day that owns what follows: "said Thursday's meeting would test ...")
        else if (/day$/i.test(doc.tokens[from] ?? '') && !/^['’]s?$/.test(doc.tokens[from + 1] ?? '')) from += 1;
        const afterThat = clauseStart(doc, k, sentence.last);
        // ("denied Russian claims that the battlegroup was preparing ...": the clause is others' claim, not what was said)
        if (afterThat !== undefined && doc.lower[afterThat - 1] === 'that' && doc.lower.slice(k + 1, afterThat - 1).some((w) => OTHERS_CLAIMS.has(w))) continue;
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
}
