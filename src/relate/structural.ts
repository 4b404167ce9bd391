// Structural relations: PART_OF and LOCATED_IN from modifiers, possessives, datelines and the gazetteer;
// PARTY_TO from signatories' offices and from "agreement between A and B" (and IN_CONFLICT_WITH from "a ceasefire
// between A and B"); MEMBER_OF from memberships.ts.
import type { Modality } from '../schema/index.js';
import type { ResolvedArticle, ResolvedMention } from '../resolve/resolve.js';
import { isTitleWordAnyCase } from '../lexicon/titles.js';
import { BODY_ORGANS } from '../recognize/bodies.js';
import { ADMINISTRATIVE_HEADS, PLACE_HEADS, SETTLEMENT_NOUNS } from '../recognize/candidates.js';
import { ENDING, isPossessiveMark } from './context.js';
import type { OfficeFinding } from './holds-position.js';
import type { TriggerFinding } from './trigger-rules.js';
import { memberships } from './memberships.js';
import { talksOn } from './modality.js';
import { hyphenQualifier } from './roles.js';

export interface StructuralFinding {
  readonly type: 'PART_OF' | 'LOCATED_IN' | 'PARTY_TO' | 'MEMBER_OF' | 'IN_CONFLICT_WITH';
  readonly source: string;
  readonly target: string;
  readonly at: number;
  /** A party through a signing that is only planned or denied is so too. */
  readonly modality?: Modality;
}


/** Agreements to stop fighting. */
const TRUCES = /^(ceasefire|cease-fire|truce|armistice)$/;
/** Who may be a side of a conflict (the ontology's signature). */
const SIDES: ReadonlySet<string> = new Set(['Country', 'Organization', 'Agency']);

function typeOf(article: ResolvedArticle, key: string | undefined): string | undefined {
  return key === undefined ? undefined : article.entities.get(key)?.type;
}

/** The country mention right before a body or place, allowing "'s", "the" and adjectives ("Russia's western Kursk region"). */
function modifierBefore(article: ResolvedArticle, m: ResolvedMention, types: ReadonlySet<string>): ResolvedMention | undefined {
  const { doc } = article;
  for (let i = m.first - 1, steps = 0; i >= 0 && steps < 3; i--, steps++) {
    // a headline's last word does not qualify the dateline under it
    if (doc.text.slice(doc.ends[i] ?? 0, doc.starts[i + 1] ?? 0).includes('\n')) return undefined;
    const other = article.mentionAt[i];
    if (other) return types.has(typeOf(article, other.entity) ?? '') ? other : undefined;
    const lower = doc.lower[i] ?? '';
    // ("an Iraqi national the Treasury described as ...": "the" after a word opens another phrase)
    if (lower === 'the' && !isPossessiveMark(doc.lower[i - 1])) return undefined;
    if (!isPossessiveMark(lower) && doc.pos[i] !== 'ADJ' && lower !== 'the') return undefined;
  }
  return undefined;
}

/** The intergovernmental body (its key) the article names with `form`, other than `self`, for an organ named "form ORGAN". */
function bodyNamed(article: ResolvedArticle, form: string, self: string): string | undefined {
  const organ = article.entities.get(self)?.name.split(' ');
  if (!organ || organ.length !== 2 || organ[0] !== form || !BODY_ORGANS.has(organ[1] ?? '')) return undefined;
  for (const [key, e] of article.entities) if (key !== self && e.type === 'Agency' && e.bodyKind === 'intergovernmental' && (e.name === form || e.forms.has(form))) return key;
  return undefined;
}

/** Words before an agreement that make it one not yet made ("an early conclusion of", "talks on", "a proposed"). */
const PENDING_AGREEMENT = new Set(['conclusion', 'toward', 'towards', 'draft', 'proposed', 'possible', 'future', 'negotiating', 'negotiate', 'planned', 'sought', 'seeks', 'seek', 'seeking', 'pursuing', 'pursue', 'pursued', 'considering', 'mulling', 'exploring']);
const PENDING_REACH_TOKENS = 8;
/** How many lowercase words what an agreement is on may take before "with" ("on maritime security"). */
const TOPIC_WORDS = 4;

/**
 * "If the agreement is signed ..., Bahrain would become the second Gulf state to have a free trade pact with Israel",
 * "said a deal with Manama would be modeled on it": an agreement in a sentence opening on a condition, or one named
 * with "a" and its parties before "would", "could" or "might", is not made yet.
 */
function conditional(article: ResolvedArticle, m: ResolvedMention, parties: readonly string[]): boolean {
  const { doc } = article;
  const sentence = doc.sentences[doc.sentenceOf[m.first] ?? 0];
  if (!sentence) return false;
  let first = sentence.first;
  while (first < m.first && /^["“‘'(]$/.test(doc.tokens[first] ?? '')) first++;
  if (/^(if|unless)$/.test(doc.lower[first] ?? '')) return true;
  // ("He added that if Manila concludes a similar pact with France": a condition opening the agreement's own clause)
  for (let j = m.first - 1; j >= first && !/^[,;:]$/.test(doc.tokens[j] ?? ''); j--) if (/^(if|unless)$/.test(doc.lower[j] ?? '')) return true;
  let k = m.first - 1;
  while (k >= sentence.first && /^(free|trade|new|bilateral|formal)$/.test(doc.lower[k] ?? '')) k--;
  if (!/^(a|an)$/.test(doc.lower[k] ?? '')) return false;
  let end = m.last;
  for (const p of parties) for (const inner of article.mentions) if (inner.entity === p && inner.first >= m.last && inner.last <= m.last + 16) end = Math.max(end, inner.last);
  return /^(would|could|might)$/.test(doc.lower[end] ?? '');
}

/** Names of seas and oceans, which lie in no state. */
const OPEN_WATERS = / (Sea|Ocean)$/;

/**
 * "Afghanistan's Kunar and Nangarhar provinces": the second of two places joined before a plural region's noun has
 * the owner of the first.
 */
function sharedOwner(article: ResolvedArticle, m: ResolvedMention): ResolvedMention | undefined {
  const { doc } = article;
  // (the plural of a region's noun: "provinces", "counties")
  const noun = (doc.lower[m.last] ?? '').replace(/ies$/, 'y').replace(/s$/, '');
  if (doc.lower[m.first - 1] !== 'and' || noun === doc.lower[m.last] || !(ADMINISTRATIVE_HEADS.has(noun) || PLACE_HEADS.has(noun))) return undefined;
  const first = article.mentionAt[m.first - 2];
  return first && typeOf(article, first.entity) === 'Location' ? modifierBefore(article, first, new Set(['Country'])) : undefined;
}

/** Nouns of places that may stand between a place's name and the "in" that places it ("the Toktogul reservoir in"). */
const PLACE_NOUNS = new Set([...PLACE_HEADS, ...ADMINISTRATIVE_HEADS, ...SETTLEMENT_NOUNS, 'reservoir', 'dam', 'base', 'airbase', 'crossing', 'camp', 'airport', 'river', 'zone', 'garrison', 'complex']);

/** The place (or state) that holds place `m` by "in" or a region's "of" right after it, else undefined. */
function placeHolding(article: ResolvedArticle, m: ResolvedMention): ResolvedMention | undefined {
  const { doc } = article;
  let k = m.last;
  // (", a town in", ", in"; not a list of places each after "in": "a presence in Europe, in the U.S.")
  if (doc.tokens[k] === ',') {
    if (doc.lower[m.first - 1] === 'in') return undefined;
    k++;
    if (/^(a|an)$/.test(doc.lower[k] ?? '') && PLACE_NOUNS.has(doc.lower[k + 1] ?? '')) k += 2;
  } else if (PLACE_NOUNS.has(doc.lower[k] ?? '')) k++;
  const of = doc.lower[k] === 'of' && ADMINISTRATIVE_HEADS.has(doc.lower[k - 1] ?? '') && k > m.last;
  if (doc.lower[k] !== 'in' && !of) return undefined;
  k++;
  // (past "the" and a compass word: "in northern Iran", "in the Lower Shabelle region")
  if (doc.lower[k] === 'the') k++;
  const holder = article.mentionAt[k];
  if (!holder || holder.first !== k || holder.kind !== 'name' || holder.entity === m.entity) return undefined;
  // (on one line: "At California ,\nIn Seattle ," are two games)
  if (doc.text.slice(doc.ends[m.last - 1] ?? 0, doc.starts[k] ?? 0).includes('\n')) return undefined;
  const type = typeOf(article, holder.entity);
  return type === 'Location' || type === 'Country' ? holder : undefined;
}

export function structuralRelations(article: ResolvedArticle, offices: readonly OfficeFinding[], triggers: readonly TriggerFinding[]): StructuralFinding[] {
  const out: StructuralFinding[] = [];
  const firstMention = new Map<string, number>();
  for (const m of article.mentions) if (!firstMention.has(m.entity)) firstMention.set(m.entity, m.first);
  const countries = new Set(['Country']);

  for (const m of article.mentions) {
    const type = typeOf(article, m.entity);
    // "India's G-20 presidency": no state owns an intergovernmental body
    // "the African Union's Peace and Security Council": a body another body owns is part of it
    // (not an office read as a body: "the IRA's Director of Intelligence")
    const office = isTitleWordAnyCase(article.doc.tokens[m.first] ?? '');
    // (nor through a name ending "of Iran": "the Aerospace Force of Iran's Revolutionary Guard" is Iran's)
    const bodyOwner = type === 'Agency' && !office && isPossessiveMark(article.doc.tokens[m.first - 1]) ? article.mentionAt[m.first - 2] : undefined;
    const ofState = bodyOwner !== undefined && article.doc.lower[bodyOwner.last - 2] === 'of';
    if (bodyOwner && !ofState && typeOf(article, bodyOwner.entity) === 'Agency' && bodyOwner.entity !== m.entity) out.push({ type: 'PART_OF', source: m.entity, target: bodyOwner.entity, at: m.first });
    // "ECOWAS Commission": an organ named with the name of a body the article names is part of it
    const whole = type === 'Agency' && m.last - m.first === 2 ? bodyNamed(article, article.doc.tokens[m.first] ?? '', m.entity) : undefined;
    if (whole) out.push({ type: 'PART_OF', source: m.entity, target: whole, at: m.first });
    if (type === 'Agency' && article.entities.get(m.entity)?.bodyKind !== 'intergovernmental') {
      const owner = modifierBefore(article, m, countries);
      if (owner) out.push({ type: 'PART_OF', source: m.entity, target: owner.entity, at: m.first });
    } else if (type === 'Location') {
      // ("China's Pacific presence", "Beijing's South China Sea claims": no state owns a sea or an ocean)
      const open = OPEN_WATERS.test(article.entities.get(m.entity)?.name ?? '');
      const owner = open ? undefined : modifierBefore(article, m, new Set(['Country', 'Location'])) ?? sharedOwner(article, m);
      if (owner) out.push({ type: 'LOCATED_IN', source: m.entity, target: owner.entity, at: m.first });
      // "Fort Magsaysay in Nueva Ecija province", "the Toktogul reservoir in Kyrgyzstan", "Torkham, in Khyber district
      // of Khyber Pakhtunkhwa", "Bardaï, a town in Tibesti": the place after "in" (or a region's "of") holds it
      const holder = placeHolding(article, m);
      if (holder) out.push({ type: 'LOCATED_IN', source: m.entity, target: holder.entity, at: m.first });
      // "Manila, Philippines": the country right after a comma
      // ("the breakaway region of Somaliland, Turkish President ...": not a demonym that opens another phrase)
      if (article.doc.tokens[m.last] === ',') {
        const next = article.mentionAt[m.last + 1];
        const after = article.doc.tokens[next?.last ?? 0] ?? '';
        // (nor a state owning what follows: "close to the disputed Second Thomas Shoal, China's coast guard blocked ...")
        const ends = next !== undefined && !/^\p{Ll}/u.test(after) && !isTitleWordAnyCase(after) && !isPossessiveMark(after);
        if (next && ends && next.kind === 'name' && typeOf(article, next.entity) === 'Country') out.push({ type: 'LOCATED_IN', source: m.entity, target: next.entity, at: m.first });
      }
    }
  }

  // the gazetteer's country of a body or place, when the article names that country
  for (const [key, e] of article.entities) {
    if (!e.country) continue;
    const countryKey = [...article.entities.values()].find((c) => c.type === 'Country' && c.country === e.country)?.id;
    if (!countryKey || countryKey === key) continue;
    const at = firstMention.get(key) ?? 0;
    if (e.type === 'Agency') out.push({ type: 'PART_OF', source: key, target: countryKey, at });
    if (e.type === 'Location') out.push({ type: 'LOCATED_IN', source: key, target: countryKey, at });
  }

  // a body whose name carries a country ("Royal Australian Navy", "China Coast Guard")
  for (const m of article.mentions) {
    if (typeOf(article, m.entity) !== 'Agency') continue;
    for (const inner of article.mentions) {
      if (inner.first >= m.first && inner.last <= m.last && inner !== m && typeOf(article, inner.entity) === 'Country') {
        out.push({ type: 'PART_OF', source: m.entity, target: inner.entity, at: m.first });
      }
    }
  }

  out.push(...partiesToAgreements(article, offices, triggers));
  out.push(...memberships(article));
  return out;
}

function partiesToAgreements(article: ResolvedArticle, offices: readonly OfficeFinding[], triggers: readonly TriggerFinding[]): StructuralFinding[] {
  const out: StructuralFinding[] = [];
  const officeCountry = new Map<string, string>();
  for (const o of offices) if (typeOf(article, o.target) === 'Country' && !officeCountry.has(o.person)) officeCountry.set(o.person, o.target);
  for (const f of triggers) {
    if (f.type !== 'SIGNED') continue;
    const signer = typeOf(article, f.source);
    // ("signed by China and ASEAN": a body that signs is a party; SIGNED is an official's or a state's)
    const party = signer === 'Country' || signer === 'Agency' ? f.source : officeCountry.get(f.source);
    // ("signed the statute but never ratified it": a signatory that never ratified is no party)
    // ("has not yet ratified it" is still to come)
    const sentence = article.doc.sentences[article.doc.sentenceOf[f.at] ?? 0];
    const unratified = sentence !== undefined && /\b(never|not) ratif/i.test(article.doc.text.slice(sentence.start, sentence.end));
    if (party) out.push({ type: 'PARTY_TO', source: party, target: f.target, at: f.at, modality: unratified && f.modality === 'asserted' ? 'denied' : f.modality });
  }
  // "an agreement between A and B", "a deal with B"; and parties named inside the name ("EU-Mercosur agreement")
  const { doc } = article;
  for (const m of article.mentions) {
    if (typeOf(article, m.entity) !== 'Agreement') continue;
    const parties: string[] = [];
    for (const inner of article.mentions) if (inner.first < m.last && inner.last > m.first && inner !== m) parties.push(inner.entity);
    // ("a memorandum of understanding on maritime security with France": past what it is on)
    let after = m.last;
    if (/^(on|for)$/.test(doc.lower[after] ?? '')) {
      let k = after + 1;
      while (k < after + 1 + TOPIC_WORDS && !article.mentionAt[k] && /^(\p{Ll}+|-)$/u.test(doc.tokens[k] ?? '') && !/^(with|between|among)$/.test(doc.lower[k] ?? '')) k++;
      if (/^(with|between|among)$/.test(doc.lower[k] ?? '') && k > after + 1) after = k;
    }
    const next = doc.lower[after];
    if (next === 'between' || next === 'with' || next === 'among') {
      const end = doc.sentences[doc.sentenceOf[m.first] ?? 0]?.last ?? doc.tokens.length;
      for (let i = after + 1; i < Math.min(end, after + 16); i++) {
        const other = article.mentionAt[i];
        // ("between the SDF and the Turkish-backed Syrian National Army": who backs a party is none)
        if (other && hyphenQualifier(article, other)) {
          i = other.last + 1;
          continue;
        }
        // (past a party's acronym in brackets: "between the Syrian Democratic Forces (SDF) and ...")
        if (doc.tokens[i] === '(' && doc.tokens[i + 2] === ')') {
          i += 2;
          continue;
        }
        if (other) {
          parties.push(other.entity);
          i = other.last - 1;
        // ("between the Government of the Republic of Indonesia and the Government of the French Republic")
        } else if (!/^(and|,|the|'s|’s)$/.test(doc.lower[i] ?? '') && !(doc.lower[i] === 'government' && doc.lower[i + 1] === 'of') && !(doc.lower[i] === 'of' && doc.lower[i - 1] === 'government')) break;
      }
    }
    // "under the deal China will directly target ...", "Under the agreement, Iran would ...": who is bound by it
    const under = doc.lower[m.first - 1] === 'under' || (doc.lower[m.first - 1] === 'the' && doc.lower[m.first - 2] === 'under');
    const bound = under ? article.mentionAt[doc.tokens[m.last] === ',' ? m.last + 1 : m.last] : undefined;
    if (bound && /^(will|would|must|is|are|has|have|can|could|agreed|agrees|commits|committed|pledged)$/.test(doc.lower[bound.last] ?? '')) parties.push(bound.entity);
    // "revoked several military cooperation agreements with Paris": the parties' tie undone
    const undone = doc.lower.slice(Math.max(0, m.first - 3), m.first).some((w) => ENDING.has(w));
    // ("toward an early conclusion of a code of conduct with China", "talks on a deal with Iran": not yet made)
    // (talks on it, not talks that produced it: "The talks produced an interim agreement")
    const before = doc.lower.slice(Math.max(0, m.first - PENDING_REACH_TOKENS), m.first);
    const pending =
      !undone && (before.some((w) => PENDING_AGREEMENT.has(w)) || talksOn(before) || conditional(article, m, parties));
    const modality = undone ? { modality: 'denied' as const } : pending ? { modality: 'hypothetical' as const } : {};
    // (the name of an agreement a party leaves names no parties: the verb's own reading gives the one that leaves,
    // "Belarus was withdrawing from the EU-Belarus Readmission Agreement", and the sentence says nothing of the other)
    const named = new Set(undone ? article.mentions.filter((inner) => inner.first >= m.first && inner.last <= m.last && inner !== m).map((inner) => inner.entity) : []);
    for (const p of parties) {
      const type = typeOf(article, p);
      if ((type === 'Country' || type === 'Agency') && !named.has(p)) out.push({ type: 'PARTY_TO', source: p, target: m.entity, at: m.first, ...modality });
    }
    // "A ceasefire between Israel and Hamas took effect": those who agree to stop fighting were fighting
    const sides = next === 'between' && TRUCES.test(doc.lower[m.last - 1] ?? '') ? parties.filter((p) => SIDES.has(typeOf(article, p) ?? '')) : [];
    const [a, b] = sides;
    if (a && b && a !== b) out.push({ type: 'IN_CONFLICT_WITH', source: a, target: b, at: m.first });
  }
  return out;
}
