// Verb- and noun-led relations: a trigger word from the lexicon links the entity group before it to the group after it,
// under the type signatures of the ontology; passives with "by" swap the ends; denial and hypothesis are recorded.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { dataPath } from '../data-path.js';
import type { EntityType, Modality, RelationType } from '../schema/index.js';
import type { ResolvedArticle, ResolvedMention } from '../resolve/resolve.js';
import { afterDateline, appositionOpening, inDateline, isPossessiveMark, pairEndingAt, placeOfNoun, POSSESSIVE_PRONOUNS, UNDOING, whoTheTwoAre } from './context.js';
import { isTitleWordAnyCase } from '../lexicon/titles.js';

const TriggerRule = z.object({
  triggers: z.array(z.string()),
  near: z.array(z.string()).optional(),
  objectCue: z.array(z.string()).optional(),
  nounCue: z.array(z.string()).optional(),
  objectNotAfter: z.array(z.string()).optional(),
  recipientFirst: z.boolean().optional(),
  nearWindow: z.number().int().positive().optional(),
  directObject: z.boolean().optional(),
  verbOnly: z.array(z.string()).optional(),
  subjectWindow: z.number().int().positive().optional(),
  objectWindow: z.number().int().positive().optional(),
  subject: z.array(z.string()),
  object: z.array(z.string()),
});
const RelationsLexicon = z.record(z.string(), z.union([TriggerRule, z.array(TriggerRule), z.string()]));

interface CompiledRule {
  readonly type: RelationType;
  readonly triggers: ReadonlySet<string>;
  readonly near?: ReadonlySet<string>;
  readonly objectCue?: ReadonlySet<string>;
  /** When the trigger is a noun ("aid packages", "support for Israel"), the object must follow one of these. */
  readonly nounCue?: ReadonlySet<string>;
  /** An object right after one of these is a place the act happens in, not its object ("backed sides in the war in Yemen"). */
  readonly objectNotAfter?: ReadonlySet<string>;
  /** The object may stand right after the verb, before what is given ("send Ukraine three more systems"). */
  readonly recipientFirst: boolean;
  /** How far after the trigger a 'near' word may stand (before it: NEAR_WINDOW_TOKENS). */
  readonly nearWindow: number;
  /** The object follows the trigger with only determiners and adjectives between ("denounced Iran's assault"). */
  readonly directObject: boolean;
  /** Triggers that count only as verbs ("Russia hosts the summit", not "World Cup hosts France"). */
  readonly verbOnly: ReadonlySet<string>;
  readonly subjectWindow: number;
  readonly objectWindow: number;
  readonly subject: ReadonlySet<string>;
  readonly object: ReadonlySet<string>;
}

export interface TriggerFinding {
  readonly type: RelationType;
  readonly source: string;
  readonly target: string;
  readonly at: number;
  readonly modality: Modality;
  readonly quantity?: number;
}

const SUBJECT_WINDOW_TOKENS = 18;
const OBJECT_WINDOW_TOKENS = 14;
const NEAR_WINDOW_TOKENS = 4;
const BE = new Set(['is', 'was', 'were', 'are', 'been', 'being', 'be']);
// ... and the tie undone ("has cut electricity supplies to Niger", "suspended its participation in")
const DENIAL = new Set(['denied', 'deny', 'denies', 'denying', 'rejected', 'refuted', 'not', 'never', "n't", 'no', 'short', ...UNDOING]);
const HYPOTHESIS = new Set([
  'if', 'would', 'could', 'might', 'may', 'will', 'plans', 'planned', 'plan', 'threatened', 'threatens', 'considering', 'expected', 'possible',
  'whether', 'should', 'against', 'urged', 'urges', 'demanded', 'demands', 'sought', 'seeks', 'proposed', 'proposes',
  'vowed', 'vows', 'intends', 'intend', 'ready', 'bid', 'application', 'applied', 'apply', 'applying', 'seeking', 'wants', 'hopes', 'aims',
]);
/** "offered to send troops": a commitment, not yet the act ("offered support" is the act). */
const COMMITMENTS = new Set(['offered', 'offers', 'offering', 'promised', 'promises', 'pledged', 'pledges', 'agreed', 'agrees']);
/** "has called for tougher sanctions": a demand, not the act. */
const DEMANDS = new Set(['called', 'calls', 'calling', 'pushed', 'pushing', 'pressed', 'pressing', 'lobbied', 'lobbying']);
const SYMMETRIC_TYPES: ReadonlySet<RelationType> = new Set(['MEETS', 'IN_CONFLICT_WITH']);
const CONNECTORS = new Set([',', 'and', 'or', 'as', 'well', 'the', 'counterpart', 'counterparts', '’s', "'s", "'", '’']);

interface CompiledRules {
  readonly rules: readonly CompiledRule[];
  /** Which rules (by index) each trigger word starts. */
  readonly byTrigger: ReadonlyMap<string, readonly number[]>;
}

let rules: CompiledRules | undefined;

function loadRules(): CompiledRules {
  if (rules) return rules;
  const raw = RelationsLexicon.parse(JSON.parse(readFileSync(dataPath('lexicon', 'relations.json'), 'utf8')));
  const out: CompiledRule[] = [];
  for (const [type, value] of Object.entries(raw)) {
    if (typeof value === 'string') continue;
    for (const rule of Array.isArray(value) ? value : [value]) out.push({
      type: type as RelationType,
      triggers: new Set(rule.triggers),
      ...(rule.near ? { near: new Set(rule.near) } : {}),
      ...(rule.objectCue ? { objectCue: new Set(rule.objectCue) } : {}),
      ...(rule.nounCue ? { nounCue: new Set(rule.nounCue) } : {}),
      ...(rule.objectNotAfter ? { objectNotAfter: new Set(rule.objectNotAfter) } : {}),
      directObject: rule.directObject === true,
      recipientFirst: rule.recipientFirst === true,
      nearWindow: rule.nearWindow ?? NEAR_WINDOW_TOKENS + 2,
      verbOnly: new Set(rule.verbOnly ?? []),
      subjectWindow: rule.subjectWindow ?? SUBJECT_WINDOW_TOKENS,
      objectWindow: rule.objectWindow ?? OBJECT_WINDOW_TOKENS,
      subject: new Set(rule.subject),
      object: new Set(rule.object),
    });
  }
  const byTrigger = new Map<string, number[]>();
  out.forEach((rule, r) => {
    for (const word of rule.triggers) byTrigger.set(word, [...(byTrigger.get(word) ?? []), r]);
  });
  rules = { rules: out, byTrigger };
  return rules;
}

function triggersByRule(lower: readonly string[], { rules, byTrigger }: CompiledRules): number[][] {
  const hits = rules.map((): number[] => []);
  for (let t = 0; t < lower.length; t++) {
    const starts = byTrigger.get(lower[t] ?? '');
    if (starts) for (const r of starts) hits[r]?.push(t);
  }
  return hits;
}

function typeOf(article: ResolvedArticle, m: ResolvedMention): EntityType | undefined {
  return article.entities.get(m.entity)?.type;
}

/** Mentions of allowed types around `from`, extended through "A, B and C" lists and titles ("Russian President X"). */
export function groupFrom(article: ResolvedArticle, start: ResolvedMention, allowed: ReadonlySet<string>, direction: 1 | -1, bound: number): ResolvedMention[] {
  const group = [start];
  let i = direction === 1 ? start.last : start.first - 1;
  let sawConnector = false;
  while (direction === 1 ? i < bound : i >= bound) {
    let m = article.mentionAt[i];
    // "Foreign Minister Anna Kovacs of Hungary and her counterpart": the person, whose country follows "of"
    const holder = m && direction === -1 && article.doc.lower[m.first - 1] === 'of' ? article.mentionAt[m.first - 2] : undefined;
    if (m && holder && allowed.has(typeOf(article, holder) ?? '') && (typeOf(article, holder) === 'Official' || typeOf(article, holder) === 'Person')) m = holder;
    if (m) {
      const t = typeOf(article, m);
      // "the French-German mission": a demonym joined by a hyphen is another member
      const hyphened = article.doc.tokens[direction === 1 ? m.first - 1 : m.last] === '-';
      // "American and British forces": demonyms join a group a demonym starts
      if (t && allowed.has(t) && sawConnector && (m.kind !== 'demonym' || hyphened || start.kind === 'demonym')) {
        if (!group.includes(m)) group.push(m);
        sawConnector = false;
      } else if (!(t === 'Country' && m.kind === 'demonym')) break;
      i = direction === 1 ? m.last : m.first - 1;
      continue;
    }
    const lower = article.doc.lower[i] ?? '';
    const titleWord = isTitleWordAnyCase(article.doc.tokens[i] ?? '');
    // a hyphen joins only two names it touches ("US-British"), not a title ("Secretary-General")
    const joinsNames = lower === '-' && article.mentionAt[i - 1] !== undefined && article.mentionAt[i + 1] !== undefined;
    if (lower === 'and' || lower === ',' || lower === 'or' || joinsNames) sawConnector = true;
    else if (!CONNECTORS.has(lower) && !titleWord && !POSSESSIVE_PRONOUNS.has(lower)) break;
    i += direction;
  }
  if (direction === -1) return group;
  // "backs Hamas and Lebanon's Hezbollah": the state's group, body or person is the one meant, not the state
  return group.map((m) => {
    const owned = typeOf(article, m) === 'Country' && isPossessiveMark(article.doc.tokens[m.last]) ? article.mentionAt[m.last + 1] : undefined;
    const t = owned ? typeOf(article, owned) : undefined;
    return owned && t && t !== 'Country' && t !== 'Location' && allowed.has(t) ? owned : m;
  });
}

function modalityAt(article: ResolvedArticle, from: number, trigger: number): Modality {
  const { lower } = article.doc;
  let modality: Modality = 'asserted';
  // what governs the clause the subject opens: "denied that Tehran had sent", "if Pyongyang sends"
  for (let i = from - 1; i >= Math.max(0, from - 3); i--) {
    const w = lower[i] ?? '';
    if (w === 'that' && DENIAL.has(lower[i - 1] ?? '')) return 'denied';
    if (w === 'if' || w === 'whether' || w === 'unless') modality = 'hypothetical';
    if (w === ',' || w === '.' || w === ';') break;
  }
  // "has no troops in", "sent no soldiers to": the object denied
  if (lower[trigger + 1] === 'no' || lower[trigger + 1] === 'never') return 'denied';
  for (let i = Math.max(from, trigger - 6); i < trigger; i++) {
    const w = lower[i] ?? '';
    if (DENIAL.has(w)) return 'denied';
    if (HYPOTHESIS.has(w) || (DEMANDS.has(w) && lower[i + 1] === 'for') || (COMMITMENTS.has(w) && lower[i + 1] === 'to')) modality = 'hypothetical';
  }
  // "Modi and Xi are expected to meet on the sidelines of the BRICS summit": the verb that governs a noun trigger
  // further on, in the same comma-free stretch after the subject
  if (modality === 'asserted' && trigger - from <= GOVERNED_REACH_TOKENS && !lower.slice(from, trigger).includes(',')) {
    for (let i = from; i < trigger - 6; i++) if (HYPOTHESIS.has(lower[i] ?? '') && lower[i + 1] === 'to') return 'hypothetical';
  }
  return modality;
}

const GOVERNED_REACH_TOKENS = 14;

function parseQuantity(token: string, next: string | undefined): number | undefined {
  const value = Number(token.replace(/,/g, ''));
  if (!Number.isFinite(value) || value <= 0) return undefined;
  if (next === 'million') return value * 1_000_000;
  if (next === 'thousand') return value * 1_000;
  return value;
}

function quantityNear(article: ResolvedArticle, from: number, to: number, near: ReadonlySet<string> | undefined): number | undefined {
  if (!near) return undefined;
  const { pos, tokens, lower } = article.doc;
  for (let i = from; i < to; i++) {
    if (pos[i] !== 'NUM') continue;
    const scale = lower[i + 1] === 'million' || lower[i + 1] === 'thousand' ? 1 : 0;
    const noun = lower[i + 1 + scale] ?? '';
    const afterAdjective = lower[i + 2 + scale] ?? '';
    if (near.has(noun) || near.has(afterAdjective)) return parseQuantity(tokens[i] ?? '', lower[i + 1]);
  }
  return undefined;
}

export function triggerRelations(article: ResolvedArticle): TriggerFinding[] {
  const { doc } = article;
  const out: TriggerFinding[] = [];
  const compiled = loadRules();
  const { rules } = compiled;
  const hits = triggersByRule(doc.lower, compiled);
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r] as CompiledRule;
    for (const t of hits[r] ?? []) {
      if (article.mentionAt[t]) continue;
      if (rule.verbOnly.has(doc.lower[t] ?? '') && doc.pos[t] !== 'VERB') continue;
      // "together with": a joint appearance; "worked together" is none
      if (doc.lower[t] === 'together' && doc.lower[t + 1] !== 'with') continue;
      const sentence = doc.sentences[doc.sentenceOf[t] ?? 0];
      if (!sentence) continue;
      if (rule.near && !nearWord(article, t, rule.near, sentence.first, Math.min(sentence.last, t + rule.nearWindow))) continue;
      if (SYMMETRIC_TYPES.has(rule.type) && doc.lower[t + 1] === 'between') {
        // "fighting between M23 rebels and Congolese troops", "talks between A and B": the two sides after "between"
        const sides: string[] = [];
        for (let i = t + 2; i < Math.min(sentence.last, t + 2 + rule.objectWindow + 4) && sides.length < 2; i++) {
          const m = article.mentionAt[i];
          if (m && rule.object.has(typeOf(article, m) ?? '') && !sides.includes(m.entity)) sides.push(m.entity);
          if (m) i = m.last - 1;
        }
        const [a, b] = sides;
        if (a && b) out.push({ type: rule.type, source: a, target: b, at: t, modality: modalityAt(article, sentence.first, t) });
        continue;
      }
      const participle = /ed$|sent$|met$|struck$|held$/.test(doc.lower[t] ?? '');
      const passive = participle && (BE.has(doc.lower[t - 1] ?? '') || doc.lower[t + 1] === 'by');
      const nearest = nearestMention(article, t - 1, Math.max(sentence.first, t - rule.subjectWindow), -1, rule.subject);
      const opening = appositiveSubject(article, sentence.first, t, rule.subject);
      // "Poland, a NATO member bordering Ukraine, has called for sanctions": a mention inside the apposition is not the subject
      // "The three Baltic states, all members of NATO and the EU, have accused ...": nor is one when the subject is no mention
      const left = opening && (!nearest || nearest.first > opening.last) ? opening : nearest && appositionOpening(article, sentence.first, nearest, t) >= 0 ? undefined : nearest;
      const byAgent = passive && doc.lower[t + 1] === 'by';
      // a noun trigger ("aid packages", "support for"), not a verb the tagger misread ("Iran, which backs Hamas")
      const asNoun = doc.pos[t] === 'NOUN' && doc.pos[t - 1] !== 'PRON' && !/^(which|who|that)$/.test(doc.lower[t - 1] ?? '');
      // "said sanctions on Juba had done more harm than good": a noun opening a reported clause names no actor;
      // "Qatar condemned the strikes": those who react to the act are not its actors
      if (asNoun && (opensReportedClause(article, t) || reactedTo(article, t))) continue;
      // "the aggression by the Russian Federation against Ukraine", "the invasion of Ukraine by Russia"
      const agentPair = asNoun ? nounWithAgent(article, t, rule, sentence.last) : undefined;
      if (agentPair) {
        const [agent, patient] = agentPair;
        if (agent.entity !== patient.entity) out.push({ type: rule.type, source: agent.entity, target: patient.entity, at: t, modality: modalityAt(article, agent.first, t) });
        continue;
      }
      const cue = rule.nounCue && asNoun && !byAgent ? rule.nounCue : rule.objectCue;
      const recipient = rule.recipientFirst && article.mentionAt[t + 1]?.first === t + 1 ? article.mentionAt[t + 1] : undefined;
      const found =
        recipient && rule.object.has(typeOf(article, recipient) ?? '')
          ? recipient
          : nearestMention(article, t + 1, Math.min(sentence.last, t + 1 + rule.objectWindow), 1, byAgent ? rule.subject : rule.object, cue);
      const right = found && !byAgent && rule.objectNotAfter?.has(doc.lower[doc.lower[found.first - 1] === 'the' ? found.first - 2 : found.first - 1] ?? '') ? undefined : found;
      const pair = pairBefore(article, t, sentence.first, rule.subject);
      let subjects = pair ?? (left ? groupFrom(article, secondPredicate(article, left, t, sentence.first, rule.subject) ?? left, rule.subject, -1, sentence.first) : []);
      // "21 crew members", "family members": people, not states in a body
      if (rule.type === 'MEMBER_OF' && /^members?$/.test(doc.lower[t] ?? '') && doc.pos[t - 1] === 'NOUN' && !article.mentionAt[t - 1] && /^\p{Ll}/u.test(doc.tokens[t - 1] ?? '')) continue;
      const owner = rule.type === 'MEMBER_OF' && left && t - left.last <= 2 && /^(members?|membership)$/.test(doc.lower[t] ?? '') ? left : undefined;
      // "Poland, a NATO member bordering Ukraine": the state before the apposition is the member
      if (owner && typeOf(article, owner) === 'Agency' && doc.lower[owner.first - 1] === 'a' && doc.tokens[owner.first - 2] === ',') {
        const state = article.mentionAt[owner.first - 3];
        if (state && rule.subject.has(typeOf(article, state) ?? '')) {
          out.push({ type: 'MEMBER_OF', source: state.entity, target: owner.entity, at: t, modality: 'asserted' });
          continue;
        }
      }
      if (owner && typeOf(article, owner) === 'Agency' && doc.lower[t + 1] !== 'of') {
        // "Mercosur members Brazil and Argentina", "Mercosur, whose members include Brazil": the body, then the states
        const left = owner;
        let gap = t + 1;
        // past "include the agricultural heavyweights", but not past another verb ("member bordering Ukraine")
        while (
          gap < Math.min(sentence.last, t + 8) &&
          !article.mentionAt[gap] &&
          (/^(,|:|include|includes|including|such|as|the|and)$/.test(doc.lower[gap] ?? '') || (/^\p{Ll}/u.test(doc.tokens[gap] ?? '') && (doc.pos[gap] === 'ADJ' || doc.pos[gap] === 'NOUN')))
        )
          gap++;
        const members = article.mentionAt[gap] ? nearestMention(article, gap, Math.min(sentence.last, gap + 1), 1, rule.subject) : undefined;
        const list = members ? groupFrom(article, members, rule.subject, 1, sentence.last) : [];
        for (const m of list) if (m.entity !== left.entity) out.push({ type: 'MEMBER_OF', source: m.entity, target: left.entity, at: t, modality: 'asserted' });
        if (list.length > 0) continue;
      }
      const direct = (!rule.directObject || (right !== undefined && isDirectObject(article, t, right))) && !(right && rule.type === 'ACCUSES' && pastOf(doc.lower, t, right.first));
      let objects = right && direct ? groupFrom(article, right, byAgent ? rule.subject : rule.object, 1, sentence.last) : [];
      if (rule.type === 'SANCTIONS' && !byAgent) objects = sanctionedNamed(article, t, objects, sentence.last);
      if (passive) {
        if (!byAgent) {
          // "North Korean units had been deployed in Kursk": the demonym on the deployed noun is the subject
          const owner = rule.near ? demonymOwner(article, sentence.first, t, rule.near) : undefined;
          if (!owner) continue;
          subjects = [owner];
        } else {
          [subjects, objects] = [objects, subjects.filter((m) => rule.object.has(typeOf(article, m) ?? ''))];
        }
      }
      // "firms in China and Turkey that had supplied Moscow": the states only place the ones who act
      const earliest = subjects.reduce<ResolvedMention | undefined>((a, m) => (a && a.first <= m.first ? a : m), undefined);
      if (earliest && !passive && placeOfNoun(article, earliest)) subjects = [];
      subjects = subjects.filter((m) => actsAsState(article, m, t) && !inDateline(article, m));
      objects = objects.filter((m) => actsAsState(article, m, t) && !hyphenQualifier(article, m));
      // ("Algeria and Egypt, which are fighting militants": with no other side named, the two are not each other's foes)
      const anyRelative = objects.length === 0 && SYMMETRIC_TYPES.has(rule.type);
      if (rule.type === 'IN_CONFLICT_WITH' || rule.directObject) subjects = subjects.filter((m) => !relativeBetween(article, m, t, anyRelative));
      if (rule.type === 'DEPLOYED_TO') objects = withPlacesInside(article, objects);
      const modality = modalityAt(article, subjects[0]?.first ?? t, t);
      const quantity = rule.type === 'DEPLOYED_TO' ? quantityNear(article, Math.min(t, subjects[0]?.last ?? t), objects[0]?.first ?? t + OBJECT_WINDOW_TOKENS, rule.near) : undefined;
      const pairs = pairsOf(rule.type, subjects, objects, article);
      for (const [s, o] of pairs) {
        if (s === o) continue;
        out.push({ type: rule.type, source: s, target: o, at: t, modality, ...(quantity !== undefined ? { quantity } : {}) });
      }
    }
  }
  out.push(...jointSigners(article, out));
  return out;
}

/**
 * "The two ministers signed the memorandum", "the two countries agreed": the last two people (or states) the
 * article named before, when the sentence names no subject of its own.
 */
function pairBefore(article: ResolvedArticle, t: number, first: number, allowed: ReadonlySet<string>): ResolvedMention[] | undefined {
  const { doc } = article;
  let k = t - 1;
  while (k > first && (doc.pos[k] === 'AUX' || doc.pos[k] === 'ADV')) k--;
  const start = pairEndingAt(article, k + 1);
  if (start < 0) return undefined;
  const pair = whoTheTwoAre(article, start, PAIR_REACH_TOKENS);
  return pair.length === 2 && pair.every((m) => allowed.has(typeOf(article, m) ?? '')) ? pair : undefined;
}

/**
 * "Hungary joined the EU in 2004 and is also a member of NATO": the mention before the trigger is the object of an
 * earlier predicate, and the subject of both is the sentence's subject.
 */
function secondPredicate(article: ResolvedArticle, left: ResolvedMention, t: number, first: number, allowed: ReadonlySet<string>): ResolvedMention | undefined {
  const { doc } = article;
  // "Lithuania welcomes Polish troops, signs memorandum": a verb right after a comma shares the sentence's subject;
  // so does an infinitive of purpose after a place ("Burundi sent soldiers to eastern Congo to support the army")
  let coordinated =
    (doc.tokens[t - 1] === ',' && /^\p{Ll}+$/u.test(doc.tokens[t] ?? '') && /(s|ed|ing)$/.test(doc.lower[t] ?? '')) ||
    (doc.lower[t - 1] === 'to' && left.last === t - 1 && inPlacePhrase(article, left));
  for (let i = left.last; i < t; i++) {
    if (doc.lower[i] === 'and' && (doc.pos[i + 1] === 'AUX' || doc.pos[i + 1] === 'VERB' || ((doc.pos[i + 1] === 'ADV') && (doc.pos[i + 2] === 'AUX' || doc.pos[i + 2] === 'VERB')))) coordinated = true;
  }
  if (!coordinated) return undefined;
  // "Washington said North Korea has sent troops and will fight Ukraine": the subject of the reported clause
  for (let i = left.first - 1; i > first; i--) {
    if (!REPORTING.has(doc.lower[i] ?? '')) continue;
    const clauseStart = doc.lower[i + 1] === 'that' ? i + 2 : i + 1;
    const subject = article.mentionAt[clauseStart];
    return subject && subject !== left && allowed.has(typeOf(article, subject) ?? '') ? subject : undefined;
  }
  let start = first;
  while (start < t && /^[#*>\p{P}]+$/u.test(doc.tokens[start] ?? '')) start++;
  start = afterDateline(article, start, t);
  if (doc.lower[start] === 'the') start++;
  const subject = article.mentionAt[start];
  if (!subject || subject.first !== start || subject === left || !allowed.has(typeOf(article, subject) ?? '')) return undefined;
  // the sentence's subject is followed by its verb, perhaps after when ("The EU on Wednesday imposed ...")
  const next = doc.pos[afterTimeAdjunct(doc.lower, subject.last)];
  // "Egypt, which is locked in a dispute with Ethiopia, has offered ... and signed": past a relative clause or apposition
  const described = doc.tokens[subject.last] === ',' && /^(which|who|a|an|the|whose)$/.test(doc.lower[subject.last + 1] ?? '');
  return next === 'VERB' || next === 'AUX' || described || /^\p{Ll}+s$/u.test(doc.tokens[subject.last] ?? '') ? subject : undefined;
}

const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** Past a short time adjunct at `k` ("on Wednesday", "last week", "yesterday"): where the words after it start. */
function afterTimeAdjunct(lower: readonly string[], k: number): number {
  if (lower[k] === 'on' && WEEKDAY.test(lower[k + 1] ?? '')) return k + 2;
  if (/^(last|this|earlier|later)$/.test(lower[k] ?? '') && /^(week|month|year|weekend)$/.test(lower[k + 1] ?? '')) return k + 2;
  if (/^(yesterday|today|tonight|overnight)$/.test(lower[k] ?? '') || WEEKDAY.test(lower[k] ?? '')) return k + 1;
  return k;
}

const PLACE_PREPOSITIONS = new Set(['to', 'in', 'into', 'at', 'near', 'from', 'across', 'inside', 'within', 'around']);

/** The mention is the object of a preposition of place ("to eastern Congo", "in the Baltic states"). */
function inPlacePhrase(article: ResolvedArticle, m: ResolvedMention): boolean {
  const { doc } = article;
  let i = m.first - 1;
  while (i >= m.first - 3 && /^\p{Ll}/u.test(doc.tokens[i] ?? '') && (doc.pos[i] === 'ADJ' || doc.pos[i] === 'DET')) i--;
  return PLACE_PREPOSITIONS.has(doc.lower[i] ?? '') && doc.pos[i] === 'ADP';
}

/** "Jaishankar, the first senior official to travel to the island, held talks": the subject before an apposition. */
function appositiveSubject(article: ResolvedArticle, first: number, t: number, allowed: ReadonlySet<string>): ResolvedMention | undefined {
  const m = article.mentionAt[first];
  if (!m || m.first !== first || article.doc.tokens[m.last] !== ',' || !allowed.has(typeOf(article, m) ?? '')) return undefined;
  // the apposition closes with a comma before the verb phrase ("..., held talks", "..., has called for tougher sanctions")
  for (let i = t - 1; i > m.last && i >= t - 6; i--) {
    if (article.doc.tokens[i] === ',') return article.doc.pos[i + 1] === 'VERB' || article.doc.pos[i + 1] === 'AUX' || i >= t - 3 ? m : undefined;
  }
  return undefined;
}

/** "condemned Iran's assault", "criticised the Kremlin": no noun between ("condemned the attack on Israel" accuses no Israel). */
function isDirectObject(article: ResolvedArticle, t: number, m: ResolvedMention): boolean {
  for (let i = t + 1; i < m.first; i++) if (!/^(DET|ADJ)$/.test(article.doc.pos[i] ?? '')) return false;
  return true;
}

/** "Israel-linked ships", "a Panama-flagged tanker": the name qualifies the thing, which is the real object. */
function hyphenQualifier(article: ResolvedArticle, m: ResolvedMention): boolean {
  const { doc } = article;
  return doc.tokens[m.last] === '-' && /^\p{Ll}+$/u.test(doc.tokens[m.last + 1] ?? '') && doc.ends[m.last - 1] === doc.starts[m.last];
}

/**
 * "Israel, which followed the strike, condemned ...": the subject of a relative clause's verb, not of the trigger
 * after it; when the trigger is the relative clause's own verb ("the bloc, which groups Brazil"), it is.
 */
function relativeBetween(article: ResolvedArticle, m: ResolvedMention, t: number, anyRelative = false): boolean {
  const { doc } = article;
  for (let i = m.last; i < t; i++) {
    if (!(/^(which|who|whose)$/.test(doc.lower[i] ?? '') || (doc.lower[i] === 'that' && doc.pos[i - 1] === 'NOUN'))) continue;
    if (anyRelative) return true;
    for (let k = i + 1; k < t; k++) if (doc.pos[k] === 'VERB') return true;
    return false;
  }
  return false;
}

/** Nouns after a demonym that make it the state acting ("Russian forces", "the Indian operation"). */
const ACTOR_NOUNS = new Set([
  'forces', 'force', 'troops', 'soldiers', 'military', 'army', 'navy', 'air', 'government', 'officials', 'authorities', 'leaders',
  'leadership', 'diplomats', 'units', 'jets', 'warships', 'ships', 'vessels', 'aircraft', 'drones', 'missiles', 'artillery', 'operation',
  'operations', 'mission', 'strikes', 'offensive', 'campaign', 'state', 'side', 'delegation', 'coast', 'police', 'regime', 'administration',
  'president', 'prime', 'foreign', 'defence', 'defense', 'fighters', 'militias', 'personnel', 'intelligence', 'ministry', 'embassy',
]);

/**
 * A demonym names a state acting only before an actor noun ("Russian forces"); "frozen Russian assets" is none, and
 * neither is a country's name qualifying a person ("a senior Belarus politician accused ...").
 */
function actsAsState(article: ResolvedArticle, m: ResolvedMention, trigger: number): boolean {
  if (m.kind !== 'demonym') {
    const next = article.doc.lower[m.last] ?? '';
    // "Philippines and Japan sign pact": a headline's verb read as a noun is still the state's act
    const qualifies = m.last !== trigger && typeOf(article, m) === 'Country' && article.doc.pos[m.last] === 'NOUN' && /^\p{Ll}/u.test(article.doc.tokens[m.last] ?? '') && !article.mentionAt[m.last];
    return !qualifies || ACTOR_NOUNS.has(next);
  }
  const next = article.doc.lower[m.last] ?? '';
  const nextMention = article.mentionAt[m.last];
  if (nextMention || !/^\p{Ll}/u.test(article.doc.tokens[m.last] ?? '')) return true;
  if (article.doc.tokens[m.last] === '-') return true;
  return ACTOR_NOUNS.has(next) || article.doc.pos[m.last] !== 'NOUN';
}

/** "to Ukraine's Donetsk region": the place inside the country is where the troops went, as well as the country. */
function withPlacesInside(article: ResolvedArticle, objects: ResolvedMention[]): ResolvedMention[] {
  const out = [...objects];
  for (const m of objects) {
    if (typeOf(article, m) !== 'Country' || !isPossessiveMark(article.doc.tokens[m.last])) continue;
    for (let i = m.last + 1; i < m.last + 4; i++) {
      const place = article.mentionAt[i];
      if (place && typeOf(article, place) === 'Location') {
        out.push(place);
        break;
      }
      if (article.doc.pos[i] !== 'ADJ' && article.doc.pos[i] !== 'DET') break;
    }
  }
  return out;
}

const NAMED_TARGETS: ReadonlySet<string> = new Set(['Official', 'Person', 'Organization', 'Agency']);

/**
 * Who sanctions name: a country that only qualifies the target ("sanctions on Myanmar's leader, Min Aung
 * Hlaing", "a Belarusian trucking firm") gives way to the target named after it, or to none; so does a target
 * behind a verb ("sanctioned nine officers serving Iranian leader Ali Khamenei").
 */
function sanctionedNamed(article: ResolvedArticle, t: number, objects: ResolvedMention[], last: number): ResolvedMention[] {
  const { doc } = article;
  const out: ResolvedMention[] = [];
  for (const m of objects) {
    let verb = false;
    for (let i = t + 1; i < m.first; i++) if (doc.pos[i] === 'VERB' && !article.mentionAt[i]) verb = true;
    if (verb) continue;
    const qualifier = m.kind === 'demonym' || isPossessiveMark(doc.tokens[m.last]);
    if (!qualifier || typeOf(article, m) !== 'Country') {
      out.push(m);
      continue;
    }
    // "members of Venezuela's security forces and the state oil company PDVSA": the first named target after it
    for (let i = m.last; i < Math.min(last, m.last + 12); i++) {
      const named = article.mentionAt[i];
      // ("judges involved in Navalny's trials": a possessor only qualifies another noun)
      if (named && NAMED_TARGETS.has(typeOf(article, named) ?? '') && !isPossessiveMark(doc.tokens[named.last])) {
        out.push(named);
        break;
      }
      if (doc.pos[i] === 'VERB' || doc.tokens[i] === ';' || doc.tokens[i] === '.') break;
    }
  }
  return out;
}

const REPORTING = new Set(['said', 'says', 'say', 'told', 'added', 'warned', 'announced', 'stated', 'claimed', 'reported', 'believes', 'believe', 'that']);
/** How far back "the two ministers" looks for the two it counts. */
const PAIR_REACH_TOKENS = 80;

const AGENT_REACH_TOKENS = 6;
const PATIENT_CUES: ReadonlySet<string> = new Set(['of', 'on', 'against', 'in', 'into', 'to']);

/**
 * A noun trigger with its doer after "by" ("the aggression by the Russian Federation against Ukraine", "the
 * invasion of Ukraine by Russia"): the doer and the one the act is done to, or undefined.
 */
function nounWithAgent(article: ResolvedArticle, t: number, rule: CompiledRule, last: number): [ResolvedMention, ResolvedMention] | undefined {
  const { doc } = article;
  let by = -1;
  for (let i = t + 1; i < Math.min(last, t + AGENT_REACH_TOKENS); i++) {
    if (doc.lower[i] === 'by') {
      by = i;
      break;
    }
    if (doc.pos[i] === 'VERB' || doc.pos[i] === 'AUX' || doc.tokens[i] === ',') return undefined;
  }
  if (by < 0) return undefined;
  const agent = article.mentionAt[doc.lower[by + 1] === 'the' ? by + 2 : by + 1];
  if (!agent || !rule.subject.has(typeOf(article, agent) ?? '')) return undefined;
  const cued = (from: number, to: number): ResolvedMention | undefined => {
    for (let i = from; i < to; i++) {
      const m = article.mentionAt[i];
      const cue = doc.lower[doc.lower[i - 1] === 'the' ? i - 2 : i - 1] ?? '';
      if (m && m.first === i && PATIENT_CUES.has(cue) && rule.object.has(typeOf(article, m) ?? '')) return m;
    }
    return undefined;
  };
  const patient = cued(t + 1, by) ?? cued(agent.last, Math.min(last, agent.last + AGENT_REACH_TOKENS));
  return patient ? [agent, patient] : undefined;
}

const REACTING = new Set([
  'condemned', 'condemn', 'condemns', 'condemning', 'denounced', 'denounces', 'criticised', 'criticized', 'criticises', 'criticizes', 'welcomed',
  'welcomes', 'rejected', 'rejects', 'protested', 'deplored', 'decried', 'slammed', 'praised', 'hailed', 'mourned', 'lamented', 'regretted',
]);

/** Only determiners, adjectives and nouns stand between a verb of reaction and the noun at `t` ("condemned the air strikes"). */
function reactedTo(article: ResolvedArticle, t: number): boolean {
  const { doc } = article;
  let k = t - 1;
  while (k >= 0 && !article.mentionAt[k] && /^\p{Ll}/u.test(doc.tokens[k] ?? '') && (doc.pos[k] === 'DET' || doc.pos[k] === 'ADJ' || doc.pos[k] === 'NOUN')) k--;
  return REACTING.has(doc.lower[k] ?? '');
}

/** Only determiners and adjectives stand between a reporting verb (or its "that") and the noun at `t`. */
function opensReportedClause(article: ResolvedArticle, t: number): boolean {
  const { doc } = article;
  let k = t - 1;
  while (k >= 0 && !article.mentionAt[k] && /^\p{Ll}/u.test(doc.tokens[k] ?? '') && (doc.pos[k] === 'DET' || doc.pos[k] === 'ADJ')) k--;
  return REPORTING.has(doc.lower[k] ?? '');
}
const HOSTING = new Set(['hosted', 'host', 'hosts', 'hosting']);

/**
 * Leaders who sign together meet ("Ruto and Abiy signed a border agreement"), and so does the host of the
 * ceremony ("at a ceremony hosted by South African President Cyril Ramaphosa").
 */
function jointSigners(article: ResolvedArticle, findings: readonly TriggerFinding[]): TriggerFinding[] {
  const bySigning = new Map<number, Set<string>>();
  for (const f of findings) {
    if (f.type !== 'SIGNED' || f.modality !== 'asserted') continue;
    const type = article.entities.get(f.source)?.type;
    if (type === 'Official' || type === 'Person') (bySigning.get(f.at) ?? bySigning.set(f.at, new Set()).get(f.at))?.add(f.source);
  }
  const out: TriggerFinding[] = [];
  const { doc } = article;
  for (const [at, signers] of bySigning) {
    const people = [...signers];
    const sentence = doc.sentences[doc.sentenceOf[at] ?? 0];
    if (sentence) {
      for (let i = at + 1; i < sentence.last; i++) {
        if (!HOSTING.has(doc.lower[i] ?? '')) continue;
        const host = nearestMention(article, i + 1, Math.min(sentence.last, i + 6), 1, PEOPLE);
        if (host && !signers.has(host.entity)) people.push(host.entity);
        break;
      }
    }
    if (people.length < 2) continue;
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) out.push({ type: 'MEETS', source: people[i] ?? '', target: people[j] ?? '', at, modality: 'asserted' });
    }
  }
  return out;
}

const PEOPLE: ReadonlySet<string> = new Set(['Official', 'Person']);

function pairsOf(type: RelationType, subjects: ResolvedMention[], objects: ResolvedMention[], article: ResolvedArticle): [string, string][] {
  const pairs: [string, string][] = [];
  const symmetric = type === 'MEETS' || type === 'IN_CONFLICT_WITH';
  // "A and B met", and "Meeting for four hours, A and B agreed": the sides are one group
  const sides = objects.length === 0 ? subjects : subjects.length === 0 ? objects : [];
  if (symmetric && sides.length > 1) {
    const ids = [...new Set(sides.map((m) => m.entity))];
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i] ?? '', ids[j] ?? '']);
    return pairs;
  }
  // "NATO members Turkey and Hungary": the body before "members" is the object, the list after it the subjects
  if (type === 'MEMBER_OF' && subjects.length > 0 && objects.length > 0 && typeOf(article, objects[0] as ResolvedMention) !== 'Agency') {
    const body = subjects.find((m) => typeOf(article, m) === 'Agency' || typeOf(article, m) === 'Organization');
    if (body) return objects.map((o) => [o.entity, body.entity]);
  }
  for (const s of subjects) for (const o of objects) pairs.push([s.entity, o.entity]);
  return pairs;
}

function nearWord(article: ResolvedArticle, t: number, near: ReadonlySet<string>, first: number, last: number): boolean {
  for (let i = Math.max(first, t - NEAR_WINDOW_TOKENS); i < last; i++) if (near.has(article.doc.lower[i] ?? '')) return true;
  return false;
}

function demonymOwner(article: ResolvedArticle, first: number, t: number, near: ReadonlySet<string>): ResolvedMention | undefined {
  for (let i = t - 1; i >= first; i--) {
    if (!near.has(article.doc.lower[i] ?? '')) continue;
    for (let k = i - 1; k >= Math.max(first, i - 3); k--) {
      const m = article.mentionAt[k];
      // "North Korean units had been deployed", "About 4,500 NATO troops are stationed in Kosovo"
      if (m && (typeOf(article, m) === 'Country' || typeOf(article, m) === 'Agency')) return m;
    }
  }
  return undefined;
}

/** "accusing the bloc of failing to protect it during its conflict with Azerbaijan": the accused stands before "of". */
function pastOf(lower: readonly string[], t: number, first: number): boolean {
  for (let i = t + 1; i < first; i++) if (lower[i] === 'of') return true;
  return false;
}

/** Words that open a subordinate clause after a comma ("as well as" joins a list instead). */
const SUBORDINATE_OPENERS = new Set(['as', 'while', 'whereas', 'although', 'though', 'because', 'since', 'when', 'amid', 'despite']);

/** The nearest mention of an allowed type, scanning from `from` towards `bound`; with `cue`, only one right after a cue word. */
export function nearestMention(article: ResolvedArticle, from: number, bound: number, direction: 1 | -1, allowed: ReadonlySet<string>, cue?: ReadonlySet<string>): ResolvedMention | undefined {
  let cueSeen = cue === undefined;
  for (let i = from; direction === 1 ? i < bound : i >= bound; i += direction) {
    const m = article.mentionAt[i];
    const lower = article.doc.lower[i] ?? '';
    // a quote opening after the trigger starts other words; the one closing a quoted trigger ("lent “support” to") does not
    if (direction === 1 && (lower === ';' || lower === '“' || (lower === '"' && i !== from))) return undefined;
    // "send troops to the AU mission and signed a pact with Somalia": the next predicate has its own objects
    if (direction === 1 && lower === 'and' && (article.doc.pos[i + 1] === 'VERB' || article.doc.pos[i + 1] === 'AUX')) return undefined;
    // "..., according to a U.N. report": the source of the sentence is no object of its verb
    if (direction === 1 && lower === ',' && article.doc.lower[i + 1] === 'according') return undefined;
    // "deploy troops on the other's soil, as both nations seek to counter China": a subordinate clause of its own
    if (direction === 1 && lower === ',' && SUBORDINATE_OPENERS.has(article.doc.lower[i + 1] ?? '') && article.doc.lower[i + 2] !== 'well') return undefined;
    if (cue?.has(lower)) cueSeen = true;
    if (!m) continue;
    const type = typeOf(article, m);
    if (type && allowed.has(type) && cueSeen) return m;
    if (direction === 1) i = m.last - 1;
    else i = m.first;
  }
  return undefined;
}
