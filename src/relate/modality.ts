// Whether a relation is asserted, denied ("has denied sending troops", "has cut supplies to") or only hypothetical
// ("if such a deployment occurred", "will impose", "offered to send", "called for", "are expected to meet").
import type { Modality } from '../schema/index.js';
import type { ResolvedArticle } from '../resolve/resolve.js';
import { UNDOING } from './context.js';
import { ACCUSING } from './speech.js';

// ... and the tie undone ("has cut electricity supplies to Niger", "suspended its participation in")
/** Verbs of denial in the past, whose object ends the denial ("denied the charge and accused ..."). */
const DENYING_VERBS = new Set(['denied', 'rejected', 'refuted', 'dismissed']);

const DENIAL = new Set([
  'denied', 'deny', 'denies', 'denying', 'rejected', 'refuted', 'refused', 'refuses', 'refusing', 'declined', 'declines', 'declining', 'not', 'never', "n't", 'no', 'neither', 'nor', 'short',
  // ("Germany's early reluctance to send heavy weapons to Ukraine")
  'reluctance', 'reluctant', 'unwilling', 'unwillingness', 'refusal',
  ...UNDOING,
]);

const HYPOTHESIS = new Set([
  'if', 'would', 'could', 'might', 'may', 'will', 'must', 'plans', 'planned', 'plan', 'threatened', 'threatens', 'considering', 'expected', 'possible',
  'whether', 'should', 'against', 'urged', 'urges', 'demanded', 'demands', 'sought', 'seeks', 'proposed', 'proposes',
  'vowed', 'vows', 'intends', 'intend', 'intended', 'intention', 'ready', 'bid', 'application', 'applied', 'apply', 'applies', 'applying', 'seeking', 'wants', 'hopes', 'aims',
  // ("was invited to join the memorandum")
  'invited', 'invites', 'invitation',
  'negotiating', 'negotiates', 'negotiated', 'hoping', 'aiming', 'wanting', 'trying', 'tries', 'tried', 'hoped', 'wanted', 'aimed',
]);

/** Nouns of a tie that a following noun may make pending ("accession talks", "membership application"). */
const PENDING_TIES = new Set(['accession', 'membership']);
const PENDING = new Set(['process', 'talks', 'negotiations', 'bid', 'bids', 'application', 'applications', 'request', 'candidacy', 'path', 'roadmap']);

/** "offered to send troops": a commitment, not yet the act ("offered support" is the act). */
const COMMITMENTS = new Set(['offered', 'offers', 'offering', 'promised', 'promises', 'pledged', 'pledges', 'agreed', 'agrees']);

/** "is scheduled to meet", "is due to sign": a plan, not yet the act (not "due to the war"). */
const SCHEDULES = new Set(['scheduled', 'due', 'set', 'slated', 'poised']);

/** "has to accede", "needs to ratify", "has yet to join": what is still to be done. */
const OBLIGATIONS = new Set(['has', 'have', 'needs', 'need', 'yet']);

/** Verbs of a state that goes on ("will keep", "will remain"): a future of what already holds. */
const CONTINUING = new Set(['keep', 'remain', 'stay', 'maintain']);

/** "has called for tougher sanctions": a demand, not the act. */
const DEMANDS = new Set(['called', 'calls', 'calling', 'pushed', 'pushing', 'pressed', 'pressing', 'lobbied', 'lobbying']);

export function modalityAt(article: ResolvedArticle, from: number, trigger: number): Modality {
  const { lower } = article.doc;
  let modality: Modality = 'asserted';
  // what governs the clause the subject opens: "denied that Tehran had sent", "if Pyongyang sends"
  for (let i = from - 1; i >= Math.max(0, from - 3); i--) {
    const w = lower[i] ?? '';
    if (w === 'that' && (DENIAL.has(lower[i - 1] ?? '') || reportDenied(article, i))) return 'denied';
    // "Neither Russia nor the United States has joined": the subjects themselves denied
    if (w === 'neither' || w === 'nor') return 'denied';
    if (w === 'if' || w === 'whether' || w === 'unless') modality = 'hypothetical';
    if (w === ',' || w === '.' || w === ';') break;
  }
  // ("denied a report that the two sides had already agreed a deal": the "that" opening the trigger's own clause, when
  // its subject was read elsewhere)
  const clause = thatOfClause(article, trigger);
  if (clause >= 0 && from < clause && (DENIAL.has(lower[clause - 1] ?? '') || reportDenied(article, clause))) return 'denied';
  // "Georgia's accession process", "its membership bid": a way towards the tie, not the tie
  // (or before it: "the country's process of accession to the EU", "an application for membership")
  if (PENDING_TIES.has(lower[trigger] ?? '') && (PENDING.has(lower[trigger + 1] ?? '') || (/^(of|for)$/.test(lower[trigger - 1] ?? '') && PENDING.has(lower[trigger - 2] ?? '')))) return 'hypothetical';
  // "has no troops in", "sent no soldiers to": the object denied
  if (lower[trigger + 1] === 'no' || lower[trigger + 1] === 'never') return 'denied';
  // ("ministers are scheduled to meet in Bishkek, where A and B ...": the plan right before the verb, its subjects after)
  if (lower[trigger - 1] === 'to' && SCHEDULES.has(lower[trigger - 2] ?? '')) return 'hypothetical';
  // ("Yerevan and Baku edge toward signing a peace treaty", "are close to signing": an act approached, not done)
  if (/ing$/.test(lower[trigger] ?? '') && (/^towards?$/.test(lower[trigger - 1] ?? '') || (lower[trigger - 1] === 'to' && /^(close|closer|near|nearer)$/.test(lower[trigger - 2] ?? '')))) return 'hypothetical';
  // ("Sudan's membership of the African Union has been suspended": the tie a noun names, undone after it)
  if (lower[trigger] === 'membership' && lower.slice(trigger + 1, trigger + 10).some((w, k) => (UNDOING.has(w) || w === 'frozen') && /^(been|was|is|were|are)$/.test(lower[trigger + k] ?? ''))) return 'denied';
  // (a condition stays one, negated or not: "if Russia did not agree to a ceasefire")
  const conditional = modality === 'hypothetical';
  let start = Math.max(from, trigger - 6);
  // ("said Cyprus “will not be intimidated” and accused Türkiye": a negation in a quote closed before "and" is the
  // first predicate's)
  for (let k = trigger - 1; k > start; k--) {
    if (/^[”"]$/.test(lower[k] ?? '') && lower[k + 1] === 'and') {
      start = k;
      break;
    }
  }
  // ("denied the charge and accused Khartoum of ...": a verb in the past joined by "and" to a verb of denial is a
  // predicate of its own; "has not sent troops and deployed ships" keeps its negation)
  if (lower[trigger - 1] === 'and' && /ed$/.test(lower[trigger] ?? '') && article.doc.pos[trigger] === 'VERB') {
    for (let k = trigger - 2; k > start; k--) {
      if (!DENYING_VERBS.has(lower[k] ?? '')) continue;
      start = trigger;
      break;
    }
  }
  // ("India, which is not part of Aspides, keeps about a dozen warships in the Gulf": a negation inside a relative
  // clause closed before the verb is the clause's)
  const relative = lower.slice(from, trigger).findIndex((w, k) => /^(which|who)$/.test(w) && lower[from + k - 1] === ',');
  if (relative >= 0) {
    const closing = lower.slice(from + relative, trigger).lastIndexOf(',');
    if (closing > 0) start = Math.max(start, from + relative + closing);
  }
  for (let i = start; i < trigger; i++) {
    const w = lower[i] ?? '';
    // ("Stockholm had not ruled out sending jets": a possibility left open, no denial)
    if (/^(not|n't|never)$/.test(w) && /^(ruled?|rules|ruling|excluded?|excluding)$/.test(lower[i + 1] ?? '') && lower[i + 2] === 'out') {
      modality = 'hypothetical';
      i += 2;
      continue;
    }
    if (DENIAL.has(w)) return conditional ? 'hypothetical' : 'denied';
    // ("Portugal will keep its paratroopers in the CAR": what will go on holds now)
    if (w === 'will' && i + 1 === trigger && CONTINUING.has(lower[trigger] ?? '')) continue;
    if (HYPOTHESIS.has(w) || (DEMANDS.has(w) && lower[i + 1] === 'for') || (COMMITMENTS.has(w) && lower[i + 1] === 'to')) modality = 'hypothetical';
    if (SCHEDULES.has(w) && lower[i + 1] === 'to' && article.doc.pos[i + 2] === 'VERB') modality = 'hypothetical';
    // ("the European Union's next package of sanctions against Russia": measures still to come)
    if (w === 'next' && /^(package|round|tranche|wave|batch)$/.test(lower[i + 1] ?? '')) modality = 'hypothetical';
    // ("still has to accede to more than 100 ASEAN agreements", "has yet to join"): an obligation or a wait, not the act
    if (OBLIGATIONS.has(w) && lower[i + 1] === 'to') modality = 'hypothetical';
  }
  // "Biden would travel to Riyadh next month to meet the crown prince": an infinitive of purpose after a verb a modal
  // or a plan governs, in the same comma-free stretch
  if (modality === 'asserted' && lower[trigger - 1] === 'to' && trigger - from <= GOVERNED_REACH_TOKENS && !lower.slice(from, trigger).includes(',')) {
    // ("Morita had been scheduled to fly to Manila next week to meet his counterpart")
    for (let i = from; i < trigger - 1; i++) if (/^(would|will|could|might|may|plans|planned|intends|intended|hopes|expected|scheduled|slated|due)$/.test(lower[i] ?? '') && (lower[i] !== 'due' || lower[i + 1] === 'to')) return 'hypothetical';
  }
  // "Modi and Xi are expected to meet on the sidelines of the BRICS summit": the verb that governs a noun trigger
  // further on, in the same comma-free stretch after the subject
  if (modality === 'asserted' && trigger - from <= GOVERNED_REACH_TOKENS && !lower.slice(from, trigger).includes(',')) {
    for (let i = from; i < trigger - 6; i++) if (HYPOTHESIS.has(lower[i] ?? '') && lower[i + 1] === 'to') return 'hypothetical';
  }
  // "accused Ethiopia of violating its sovereignty by moving troops into Gedo": an act only alleged is not asserted
  // ("accused the North of sending weapons to aid Moscow in its conflict with Kyiv": a tie a possessive presupposes stands)
  if (modality === 'asserted' && !/^(its|their|his|her)$/.test(lower[trigger - 1] ?? '') && allegedAt(lower, trigger)) return 'hypothetical';
  // "A meeting between A and B, planned for Tuesday, was cancelled": a meeting named, then called off
  if (modality === 'asserted' && (article.doc.pos[trigger] === 'NOUN' || article.doc.pos[trigger] === 'PROPN')) {
    const undone = calledOff(lower, trigger);
    if (undone) return undone;
  }
  return modality;
}

/** How far before a trigger the "that" of its clause may stand. */
const CLAUSE_THAT_TOKENS = 8;

/** The "that" opening the clause of the trigger at `t`, with only its subject's words and auxiliaries between, else -1. */
function thatOfClause(article: ResolvedArticle, t: number): number {
  const { lower, pos } = article.doc;
  for (let k = t - 1; k >= Math.max(0, t - CLAUSE_THAT_TOKENS); k--) {
    if (lower[k] === 'that') return k;
    if (!/^(DET|NUM|NOUN|PROPN|ADJ|AUX|ADV|PRON)$/.test(pos[k] ?? '') || lower[k] === ',') return -1;
  }
  return -1;
}

/** How far after a meeting's noun its being called off may be told. */
const CALLED_OFF_REACH_TOKENS = 30;

/** "was cancelled", "has been called off" (denied: it did not take place) or "was postponed" (still to come) after the noun at `t`. */
function calledOff(lower: readonly string[], t: number): Modality | undefined {
  for (let i = t + 1; i < Math.min(lower.length, t + CALLED_OFF_REACH_TOKENS); i++) {
    const w = lower[i] ?? '';
    if (w === '.' || w === ';') return undefined;
    if (!/^(was|were|been|is)$/.test(lower[i - 1] ?? '')) continue;
    if (/^(cancelled|canceled|scrapped|called|abandoned)$/.test(w) && (w !== 'called' || lower[i + 1] === 'off')) return 'denied';
    if (/^(postponed|delayed|deferred|put)$/.test(w) && (w !== 'put' || lower[i + 1] === 'off')) return 'hypothetical';
  }
  return undefined;
}

/** Nouns of what is reported, which a denial may reject: "denied a Channel 12 report that X had met Y", "rejects accusations that it backs X". */
const REPORTS = new Set(['report', 'reports', 'claim', 'claims', 'allegation', 'allegations', 'accusation', 'accusations', 'charge', 'charges', 'suggestion', 'suggestions', 'rumours', 'rumors', 'speculation']);
const REJECTING = new Set(['denied', 'denies', 'deny', 'rejected', 'rejects', 'reject', 'dismissed', 'dismisses', 'dismiss', 'refuted', 'refutes', 'refute']);

/** How far before a report's "that" its noun may stand ("accusations by the government of the Democratic Republic of Congo (DR Congo) that"). */
const REPORT_REACH_TOKENS = 16;

/** The "that" at `that` opens what a report says ("a report in La Nación that"), and a denial of the report stands before it. */
function reportDenied(article: ResolvedArticle, that: number): boolean {
  const { lower, pos } = article.doc;
  for (let i = that - 1; i >= Math.max(0, that - REPORT_REACH_TOKENS); i--) {
    const w = lower[i] ?? '';
    // (not the "that" of another verb: "denied the allegation and said that ...")
    if (w === '.' || w === ';' || pos[i] === 'VERB' || pos[i] === 'AUX') return false;
    if (!REPORTS.has(w)) continue;
    for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
      if (lower[k] === '.' || lower[k] === ';') return false;
      if (REJECTING.has(lower[k] ?? '')) return true;
    }
    return false;
  }
  return false;
}

const GOVERNED_REACH_TOKENS = 14;

/** How far before a trigger the "of" of an accusation may stand, and the accusing verb before that "of". */
const ALLEGED_REACH_TOKENS = 12;
const ACCUSED_REACH_TOKENS = 6;

/** Token `trigger` stands in what an accusation alleges: after "accused X of", in the same comma-free stretch. */
function allegedAt(lower: readonly string[], trigger: number): boolean {
  for (let i = trigger - 1; i >= Math.max(0, trigger - ALLEGED_REACH_TOKENS); i--) {
    const w = lower[i] ?? '';
    if (w === ',' || w === ';' || w === '.' || w === ':') return false;
    if (w !== 'of') continue;
    for (let j = i - 1; j >= Math.max(0, i - ACCUSED_REACH_TOKENS); j--) {
      if (ACCUSING.has(lower[j] ?? '')) return true;
      if (lower[j] === ',' || lower[j] === '.') break;
    }
  }
  return false;
}

/** How far after the claim's noun its denial may stand ("a claim the Venezuelan ambassador denied"). */
const CLAIM_DENIAL_TOKENS = 6;

/** After token `at`, in its sentence: ", a claim [X] denied" (a noun of `REPORTS`, then a verb of `REJECTING`). */
export function deniedClaimAfter(doc: ResolvedArticle['doc'], at: number): boolean {
  const sentence = doc.sentences[doc.sentenceOf[at] ?? 0];
  if (!sentence) return false;
  for (let k = at + 1; k < sentence.last - 2; k++) {
    if (doc.tokens[k] !== ',' || !/^(a|an|the)$/.test(doc.lower[k + 1] ?? '') || !REPORTS.has(doc.lower[k + 2] ?? '')) continue;
    for (let j = k + 3; j < Math.min(sentence.last, k + 3 + CLAIM_DENIAL_TOKENS); j++) if (REJECTING.has(doc.lower[j] ?? '')) return true;
  }
  return false;
}

/** "agree to talks on a new pipeline deal", "negotiations over a deal": talks on, over or for among `words`. */
export function talksOn(words: readonly string[]): boolean {
  return words.some((w, k) => /^(talks|negotiations|negotiating)$/.test(w) && /^(on|over|for|toward|towards)$/.test(words[k + 1] ?? ''));
}
