// Implicit accusations: a statement that presents an entity as the doer of a wrong ("Minsk's brutal crackdown",
// "their illegal attacks"), and a belief or claim whose clause names a wrong and its doer ("convinced that terrorist
// smugglers were being sheltered by Belarus"), and "they accused Y of ..." by whom the statement's speaker resolved
// to. Explicit ones ("X accused Y of ...") are trigger relations.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { dataPath } from '../data-path.js';
import type { ResolvedArticle, ResolvedMention } from '../resolve/resolve.js';
import type { StatementFinding } from './statements.js';
import { ACCUSING } from './speech.js';
import { BE, isPossessiveMark, POSSESSIVE_PRONOUNS, REACTING } from './context.js';
import { governedByBetween, groupFrom, nearestMention } from './roles.js';

export interface AccusationFinding {
  readonly type: 'ACCUSES';
  readonly source: string;
  readonly target: string;
  readonly at: number;
}

const Lexicon = z.object({
  wrongdoing: z.array(z.string()),
  beliefCues: z.array(z.string()),
  agentWindow: z.number().int().positive(),
});

interface Compiled {
  readonly wrongdoing: ReadonlySet<string>;
  readonly beliefCues: ReadonlySet<string>;
  readonly agentWindow: number;
}

let lexicon: Compiled | undefined;

function load(): Compiled {
  if (lexicon) return lexicon;
  const raw = Lexicon.parse(JSON.parse(readFileSync(dataPath('lexicon', 'accusations.json'), 'utf8')));
  lexicon = { wrongdoing: new Set(raw.wrongdoing), beliefCues: new Set(raw.beliefCues), agentWindow: raw.agentWindow };
  return lexicon;
}

const ACCUSABLE = new Set(['Country', 'Official', 'Person', 'Agency', 'Organization']);
const SUBJECT_PRONOUNS = new Set(['they', 'it', 'he', 'she']);
const ACCUSERS = ACCUSABLE;
const CLAUSE_END = new Set([';', '.', '?', '!']);

function accusable(article: ResolvedArticle, m: ResolvedMention): boolean {
  return ACCUSABLE.has(article.entities.get(m.entity)?.type ?? '') && m.kind !== 'demonym';
}

/** A wrongdoing word within `window` tokens after `from`, before `to` and any clause end. */
function wrongAfter(article: ResolvedArticle, from: number, to: number, window: number, wrongdoing: ReadonlySet<string>): number | undefined {
  const { doc } = article;
  for (let k = from; k < Math.min(to, from + window); k++) {
    // (nor past another predicate: "supported the AU and IGAD and opposed external interference")
    if (CLAUSE_END.has(doc.tokens[k] ?? '') || (/^(and|but)$/.test(doc.lower[k] ?? '') && doc.pos[k + 1] === 'VERB')) return undefined;
    // ("the mission's bases were sheltering more than 30,000 civilians": giving shelter to the harmed is no wrong)
    // (nor are a host's multitudes: "is already sheltering more than 1.2 million Rohingyas")
    if (/^(shelter|harbou?r)/.test(doc.lower[k] ?? '') && doc.lower.slice(k + 1, k + 1 + SHELTERED_REACH_TOKENS).some((w) => SHELTERED.has(w) || MULTITUDES.test(w))) continue;
    if (wrongdoing.has(doc.lower[k] ?? '')) return k;
  }
  return undefined;
}

/** Those whom sheltering protects, a few words after the verb ("sheltering more than 30,000 civilians"). */
const SHELTERED = new Set(['civilians', 'refugees', 'displaced', 'families', 'children', 'residents', 'survivors', 'people']);
const SHELTERED_REACH_TOKENS = 5;
/** Counts of a multitude: "1.2 million", "thousands", "40,000". */
const MULTITUDES = /^(millions?|thousands?|hundreds|\d{1,3}(,\d{3})+)$/;

/** Words that deny the wrong after them: "had no aggressive intentions", "is not meddling". */
const NEGATIONS = new Set(['no', 'not', "n't", 'never', 'nor', 'without']);

/** Words that make the one named before a wrong its victim: "China is itself a major victim of cyberattacks", "Kenya continued to face attacks". */
const SUFFERING = new Set(['victim', 'victims', 'target', 'targets', 'targeted', 'suffered', 'suffers', 'suffering', 'face', 'faces', 'faced', 'facing', 'endured', 'endures', 'enduring', 'withstand', 'withstood']);
/** Verbs of acting against a wrong ("to curb smuggling", "combat trafficking"). */
const PREVENTING = new Set(['curb', 'curbing', 'combat', 'combating', 'combatting', 'fight', 'fighting', 'prevent', 'preventing', 'tackle', 'tackling', 'counter', 'countering', 'stop', 'stopping', 'halt', 'halting', 'investigate', 'investigating']);

/** Harms a passive says were done to the one named before ("had been killed", "was tortured"). */
const HARMED = new Set(['killed', 'wounded', 'injured', 'tortured', 'abducted', 'kidnapped', 'attacked', 'beaten', 'shot', 'harassed', 'intimidated', 'persecuted']);
/** Words asking that someone be let go, a few words before the one named ("the immediate release of the ousted President, X"). */
const RELEASE = new Set(['release', 'releasing', 'freeing', 'free']);
const RELEASE_WINDOW = 12;
/** Prepositions after which a wrong is what something of the one named is about: "Seoul's own investigation into attacks". */
const ABOUT = new Set(['into', 'on', 'against', 'about', 'over', 'regarding']);

/**
 * The one named at `m` suffers the wrong at `wrong` ("China is itself a major victim of cyberattacks"), or only owns
 * what is about it ("Seoul's own investigation into attacks on its shipbuilders"): no doer of it.
 */
function sufferer(article: ResolvedArticle, m: ResolvedMention, wrong: number): boolean {
  const { doc } = article;
  const between = doc.lower.slice(m.last, wrong);
  // ("supporters of the ANC had been killed", "the release of X, who has been detained since the coup": the one a
  // passive's harm is done to, or whose release is asked; "X was arrested" in a police statement stays the suspect)
  const passive = /ed$/.test(doc.lower[wrong] ?? '') && BE.has(doc.lower[wrong - 1] ?? '');
  const released = doc.lower.slice(Math.max(0, m.first - RELEASE_WINDOW), m.first).some((w) => RELEASE.has(w));
  // ("the declaration, which was signed by A and B but has been repeatedly violated": a passive of another clause, past
  // an adverb, whose doer no one names)
  const otherClause = /ed$/.test(doc.lower[wrong] ?? '') && BE.has(doc.lower[doc.pos[wrong - 1] === 'ADV' ? wrong - 2 : wrong - 1] ?? '') && between.some((w) => w === 'but' || w === 'which');
  return (passive && (HARMED.has(doc.lower[wrong] ?? '') || released)) || otherClause || between.some((w) => SUFFERING.has(w)) || (isPossessiveMark(doc.tokens[m.last]) && between.some((w) => ABOUT.has(w)));
}

/** Tokens [first, last) covering the characters [start, end): found by halving, as a statement may sit anywhere. */
function tokenRange(article: ResolvedArticle, start: number, end: number): [number, number] {
  const { starts, ends } = article.doc;
  const firstEndingAfter = (offset: number, bounds: Int32Array): number => {
    let low = 0;
    let high = bounds.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((bounds[mid] ?? 0) <= offset) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  // the first token that ends after `start`, and the first that starts at or after `end`
  return [firstEndingAfter(start, ends), firstEndingAfter(end - 1, starts)];
}

export function accusations(article: ResolvedArticle, statements: readonly StatementFinding[]): AccusationFinding[] {
  const { wrongdoing, beliefCues, agentWindow } = load();
  const { doc } = article;
  const out: AccusationFinding[] = [];

  // a statement accuses the doer of the wrong it names
  for (const s of statements) {
    const [first, last] = tokenRange(article, s.start, s.end);
    for (let i = first; i < last; i++) {
      const m = article.mentionAt[i];
      if (!m) continue;
      i = m.last - 1;
      if (m.entity === s.speaker || !accusable(article, m)) continue;
      // "the U.S. list of states that sponsor terrorism": a name qualifying a noun is not the doer
      if (doc.pos[m.last] === 'NOUN' && /^\p{Ll}/u.test(doc.tokens[m.last] ?? '')) continue;
      // ("the treaty between the United States and the Philippines covers armed attacks": nor a side of a pairing)
      if (governedByBetween(article, m)) continue;
      // ("the Dutch deployment to Estonia was a direct provocation": nor is where something goes or happens)
      // (but "an end to Talabani's treason": the owner of the wrong does it)
      // (past where in it: "Police in southwest China have arrested people suspected of ...")
      let at = m.first - 1;
      while (at > m.first - 3 && doc.pos[at] === 'ADJ' && /^\p{Ll}+$/u.test(doc.tokens[at] ?? '')) at--;
      if (/^(to|into|in|at|toward|towards)$/.test(doc.lower[at] ?? '') && !isPossessiveMark(doc.tokens[m.last])) continue;
      const found = wrongAfter(article, m.last, last, agentWindow, wrongdoing);
      // ("China firmly opposes illegal unilateral sanctions": one who reacts to the wrong is no doer of it)
      // (nor one that acts against it: "patrols under the General Border Committee to curb smuggling")
      const wrong = found !== undefined && doc.lower.slice(m.last, found).some((w) => REACTING.has(w) || PREVENTING.has(w)) ? undefined : found;
      // ("Scholz had condemned Russia's war of aggression": the doer is the one named nearest the wrong)
      const nearer = wrong !== undefined && nearestMention(article, wrong - 1, m.last, -1, ACCUSABLE) !== undefined;
      // ("Minsk had no aggressive intentions": a wrong denied is no accusation)
      const denied = wrong !== undefined && doc.lower.slice(m.last, wrong).some((w) => NEGATIONS.has(w));
      // ("If Russia ever attacked a NATO ally": a wrong only supposed is no accusation)
      const sentence = doc.sentences[doc.sentenceOf[m.first] ?? 0];
      // (nor one named before a condition the wrong stands in: "raise the matter at the meeting of ASEAN if the harassment continued")
      const supposed = sentence !== undefined && doc.lower.slice(Math.max(sentence.first, first), wrong ?? m.first).some((w) => /^(if|unless|whether)$/.test(w));
      if (wrong !== undefined && !nearer && !denied && !supposed && !sufferer(article, m, wrong)) out.push({ type: 'ACCUSES', source: s.speaker, target: m.entity, at: s.at });
    }
    // "... the Taliban that they will pay if they do not stop their illegal detentions"
    for (let i = first; i < last; i++) {
      if (!POSSESSIVE_PRONOUNS.has(doc.lower[i] ?? '') || wrongAfter(article, i + 1, last, 3, wrongdoing) === undefined) continue;
      const doer = nearestMention(article, i - 1, first, -1, ACCUSABLE);
      if (doer && doer.entity !== s.speaker && accusable(article, doer)) out.push({ type: 'ACCUSES', source: s.speaker, target: doer.entity, at: s.at });
    }
  }

  // "They also accused ECOWAS of not doing enough": a pronoun accuser is whom the statement's speaker resolved to
  for (const s of statements) {
    if (!ACCUSING.has(doc.lower[s.at] ?? '')) continue;
    let k = s.at - 1;
    if (doc.pos[k] === 'ADV') k--;
    if (!SUBJECT_PRONOUNS.has(doc.lower[k] ?? '')) continue;
    const accused = article.mentionAt[doc.lower[s.at + 1] === 'the' ? s.at + 2 : s.at + 1];
    if (accused && accused.entity !== s.speaker && accusable(article, accused)) out.push({ type: 'ACCUSES', source: s.speaker, target: accused.entity, at: s.at });
  }

  // "Lindholm said the debris held Iranian parts and accused Tehran of arming the group": an accusation joined to
  // the verb of a statement, with no one named between, is the speaker's
  for (let k = 1; k < doc.tokens.length; k++) {
    if (!ACCUSING.has(doc.lower[k] ?? '') || doc.lower[k - 1] !== 'and') continue;
    const si = doc.sentenceOf[k];
    const said = statements.find((st) => st.at < k && doc.sentenceOf[st.at] === si);
    if (!said) continue;
    let named = false;
    for (let i = said.at + 1; i < k; i++) {
      const m = article.mentionAt[i];
      if (m && m.kind !== 'demonym' && ACCUSERS.has(article.entities.get(m.entity)?.type ?? '')) named = true;
    }
    const accused = article.mentionAt[doc.lower[k + 1] === 'the' ? k + 2 : k + 1];
    if (!named && accused && accused.entity !== said.speaker && accusable(article, accused)) out.push({ type: 'ACCUSES', source: said.speaker, target: accused.entity, at: k });
  }

  // "Poland and Lithuania blocked the deal, convinced that smugglers were being sheltered by Belarus and Russia"
  for (let c = 0; c < doc.tokens.length; c++) {
    if (!beliefCues.has(doc.lower[c] ?? '') || doc.lower[c + 1] !== 'that') continue;
    const sentence = doc.sentences[doc.sentenceOf[c] ?? 0];
    if (!sentence) continue;
    const subject = nearestMention(article, c - 1, Math.max(sentence.first, c - 18), -1, ACCUSERS);
    if (!subject) continue;
    const accusers = groupFrom(article, subject, ACCUSERS, -1, sentence.first).filter((m) => m.kind !== 'demonym');
    const doers: ResolvedMention[] = [];
    for (let wrong = c + 2; wrong < sentence.last; wrong++) {
      if (CLAUSE_END.has(doc.tokens[wrong] ?? '')) break;
      if (!wrongdoing.has(doc.lower[wrong] ?? '')) continue;
      // the agent of a passive wrong ("sheltered by Belarus and Russia"), else the doer named before the wrong
      let by = wrong + 1;
      while (by < Math.min(sentence.last, wrong + 3) && doc.lower[by] !== 'by') by++;
      const agent = doc.lower[by] === 'by' ? nearestMention(article, by + 1, Math.min(sentence.last, by + 4), 1, ACCUSABLE) : undefined;
      if (agent) doers.push(...groupFrom(article, agent, ACCUSABLE, 1, sentence.last));
      else {
        const doer = nearestMention(article, wrong - 1, c + 2, -1, ACCUSABLE);
        if (doer) doers.push(doer);
      }
    }
    for (const a of accusers) for (const d of doers) if (a.entity !== d.entity && accusable(article, d)) out.push({ type: 'ACCUSES', source: a.entity, target: d.entity, at: c });
  }
  return out;
}
