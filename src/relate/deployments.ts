// Deployments: forces held or sent somewhere and how many - the quantities, the places a mission serves in or a
// "where" clause is about, forces named with their owner ("French troops in Mali"), and states hosting others' forces.
import type { ResolvedArticle, ResolvedMention } from '../resolve/resolve.js';
import { afterDateline, BE, isPossessiveMark } from './context.js';
import { modalityAt } from './modality.js';
import { actsAsState, hyphenQualifier, nearestMention, typeOf } from './roles.js';
import type { TriggerFinding } from './trigger-rules.js';

/** How far before a trigger the "where" opening its clause may stand. */
const WHERE_REACH_TOKENS = 10;

/** "Djibouti, where around 1,500 French troops are stationed": the state or place right before the "where" that opens the clause of `t`. */
export function whereAntecedent(article: ResolvedArticle, t: number, first: number): ResolvedMention | undefined {
  const { doc } = article;
  for (let k = t - 1; k > first && k >= t - WHERE_REACH_TOKENS; k--) {
    if (doc.lower[k] !== 'where') {
      if (/^[,;]$/.test(doc.tokens[k] ?? '') || doc.pos[k] === 'VERB') return undefined;
      continue;
    }
    const m = article.mentionAt[doc.tokens[k - 1] === ',' ? k - 2 : k - 1];
    return m && (typeOf(article, m) === 'Country' || typeOf(article, m) === 'Location') ? m : undefined;
  }
  return undefined;
}

/** Bodies that may be deployed themselves: a named force, mission or group. */
const FORCES: ReadonlySet<string> = new Set(['Agency', 'Organization']);

/**
 * The named force a passive deployment at `t` is said of: "Africa Corps is now deployed in Mali", "Moscow's Africa
 * Corps, a paramilitary force placed under ..., is now deployed in Mali" (past an owner and an apposition); no news
 * agency, and none that only names a country's state.
 */
export function deployedForce(article: ResolvedArticle, t: number, first: number): ResolvedMention | undefined {
  const { doc } = article;
  let be = t - 1;
  if (doc.pos[be] === 'ADV') be--;
  if (!BE.has(doc.lower[be] ?? '')) return undefined;
  const forceOf = (m: ResolvedMention | undefined): ResolvedMention | undefined =>
    m && FORCES.has(typeOf(article, m) ?? '') && article.entities.get(m.entity)?.bodyKind !== 'news' ? m : undefined;
  if (doc.tokens[be - 1] !== ',') return forceOf(article.mentionAt[be - 1]);
  // (the sentence's own subject, after its owner, set off by the apposition's comma)
  const owner = article.mentionAt[first];
  const at = owner && isPossessiveMark(doc.tokens[owner.last]) ? owner.last + 1 : first;
  const subject = forceOf(article.mentionAt[at]);
  return subject && doc.tokens[subject.last] === ',' ? subject : undefined;
}

/** Numbers written in words ("two frigates", "twenty-five advisers" as "twenty", "-" and "five"). */
const NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'].map((w, k) => [w, k + 1] as const),
    ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((w, k) => [w, (k + 2) * 10] as const),
    [['dozen', 12] as const],
  ].flat(),
);
/** Words that multiply the number before them. */
const SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1_000, million: 1_000_000 };

function parseQuantity(token: string, next: string | undefined): number | undefined {
  const value = NUMBER_WORDS[token.toLowerCase()] ?? Number(token.replace(/[,\s\u00a0\u202f]/g, ''));
  if (!Number.isFinite(value) || value <= 0) return undefined;
  return value * (SCALES[next ?? ''] ?? 1);
}

/** Spaces that separate groups of thousands ("1 200", "12 000", with a no-break or thin space too). */
const THOUSANDS_SPACE = /^[ \u00a0\u202f\u2009]$/;

/**
 * The number written from token `i` on, its groups of thousands separated by spaces ("1 200 soldiers" read as "1" and
 * "200"), and the token after it; a year before a number is no group ("in 2024 200 days").
 */
function numberAt(doc: ResolvedArticle['doc'], i: number): { text: string; end: number } {
  let end = i + 1;
  if (/^\d{1,3}$/.test(doc.tokens[i] ?? '')) {
    while (/^\d{3}$/.test(doc.tokens[end] ?? '') && THOUSANDS_SPACE.test(doc.text.slice(doc.ends[end - 1] ?? 0, doc.starts[end] ?? 0))) end++;
  }
  return { text: doc.text.slice(doc.starts[i] ?? 0, doc.ends[end - 1] ?? 0), end };
}

export function quantityNear(article: ResolvedArticle, from: number, to: number, near: ReadonlySet<string> | undefined): number | undefined {
  if (!near) return undefined;
  const { pos, lower } = article.doc;
  for (let i = from; i < to; i++) {
    // ("about a dozen warships")
    if (pos[i] !== 'NUM' && !(lower[i] === 'dozen' && lower[i - 1] === 'a')) continue;
    const { text, end } = numberAt(article.doc, i);
    // ("about 1,200 of the alliance's 5,000 troops had been sent": the part sent, not the whole)
    if (lower[end] === 'of' && /^(the|its|their)$/.test(lower[end + 1] ?? '')) return parseQuantity(text, lower[end]);
    // ("a 4,500-strong peacekeeping force")
    const scale = SCALES[lower[end] ?? ''] !== undefined ? 1 : lower[end] === '-' && lower[end + 1] === 'strong' ? 2 : 0;
    // ("about 200 unarmed civilian monitors": past up to two adjectives to the noun)
    let noun = end + scale;
    while (noun < end + scale + 2 && article.doc.pos[noun] === 'ADJ' && !near.has(lower[noun] ?? '')) noun++;
    // "10,000 North Korean soldiers": past the owner named between the number and the noun
    // ("400 Ground Self-Defense Force (GSDF) troops", "300 Russian military personnel": past its acronym and an adjective)
    const owner = article.mentionAt[end + scale];
    let past = owner ? owner.last : -1;
    if (past >= 0 && lower[past] === '(' && lower[past + 2] === ')') past += 3;
    if (past >= 0 && pos[past] === 'ADJ' && !near.has(lower[past] ?? '')) past++;
    const afterOwner = past >= 0 ? lower[past] ?? '' : '';
    if (near.has(lower[noun] ?? '') || near.has(lower[end + 1 + scale] ?? '') || near.has(afterOwner)) return parseQuantity(text, lower[end]);
    i = end - 1;
  }
  return undefined;
}

/** Signs of money written before an amount, and the units after it. */
const CURRENCY = /^(\$|€|£|US\$|A\$|NZ\$)$/;
const MONEY_UNITS = /^(million|billion|euros?|dollars?|pounds?|yen|francs?)$/;

/** Where an amount right after token `t` ends ("pledged $150 million, ..."): past its sign, number and unit; else -1. */
export function amountEnd(doc: ResolvedArticle['doc'], t: number): number {
  let k = t + 1;
  if (CURRENCY.test(doc.tokens[k] ?? '')) k++;
  if (doc.pos[k] !== 'NUM') return -1;
  while (doc.pos[k] === 'NUM' || MONEY_UNITS.test(doc.lower[k] ?? '')) k++;
  return k;
}

/** A sender named with a number of its own after a deployment's or a pledge's object, the verb and its noun left out. */
export interface GappedSender {
  readonly mention: ResolvedMention;
  readonly quantity: number;
}

/**
 * "Belgium is sending 250 troops to Romania, the Netherlands 200, Portugal 150 and Luxembourg 40": the states after the
 * object, each with a number right after it, send that many to the same place.
 */
export function gappedSenders(article: ResolvedArticle, object: ResolvedMention, last: number, from = object.last): GappedSender[] {
  const { doc } = article;
  const out: GappedSender[] = [];
  let k = from;
  while (k < last && (doc.tokens[k] === ',' || doc.lower[k] === 'and')) {
    let at = k + 1;
    if (doc.lower[at] === 'and') at++;
    if (doc.lower[at] === 'the') at++;
    const m = article.mentionAt[at];
    // (an amount too: "the European Union 120 million euros, Japan $35 million")
    const money = m ? (CURRENCY.test(doc.tokens[m.last] ?? '') ? m.last + 1 : m.last) : -1;
    if (!m || m.first !== at || (typeOf(article, m) !== 'Country' && typeOf(article, m) !== 'Agency') || doc.pos[money] !== 'NUM') break;
    const { text, end } = numberAt(doc, money);
    const quantity = parseQuantity(text, doc.lower[end]);
    if (quantity === undefined) break;
    out.push({ mention: m, quantity });
    k = end;
    while (k < last && MONEY_UNITS.test(doc.lower[k] ?? '')) k++;
  }
  return out;
}

/** Words that may stand before a number of troops ("about 1,200", "more than 900"). */
const APPROXIMATIONS = new Set(['about', 'some', 'around', 'roughly', 'nearly', 'almost', 'another', 'up', 'more', 'over', 'than', 'at', 'least']);
const PLACES: ReadonlySet<string> = new Set(['Country', 'Location']);

/**
 * "deployed about 3,000 troops to Poland and 1,200 to Lithuania", "keeps 2,500 troops in Iraq and roughly 900 in
 * Syria": after a deployment's place, another number sent to another place, the verb and the noun left out.
 */
export function gappedPlaces(article: ResolvedArticle, object: ResolvedMention, last: number): GappedSender[] {
  const { doc } = article;
  const out: GappedSender[] = [];
  let k = object.last;
  while (k < last && (doc.tokens[k] === ',' || doc.lower[k] === 'and')) {
    let at = k + 1;
    if (doc.lower[at] === 'and') at++;
    while (at < last && APPROXIMATIONS.has(doc.lower[at] ?? '') && doc.pos[at] !== 'NUM') at++;
    if (doc.pos[at] !== 'NUM') break;
    const { text, end } = numberAt(doc, at);
    const quantity = parseQuantity(text, doc.lower[end]);
    if (quantity === undefined || !/^(to|in|into)$/.test(doc.lower[end] ?? '')) break;
    const place = article.mentionAt[doc.lower[end + 1] === 'the' ? end + 2 : end + 1];
    if (!place || !PLACES.has(typeOf(article, place) ?? '')) break;
    out.push({ mention: place, quantity });
    k = place.last;
  }
  return out;
}

const AGENCIES: ReadonlySet<string> = new Set(['Agency']);

/**
 * "Pakistan deploys 1,950 personnel to MONUSCO": those sent to a mission serve in the state it serves in, when the
 * article names that state; the mission's mention stands for it.
 */
export function missionHost(article: ResolvedArticle, t: number, bound: number, cue: ReadonlySet<string> | undefined): ResolvedMention[] {
  let mission = nearestMention(article, t + 1, bound, 1, AGENCIES, cue);
  // (past a body that only leads it: "the NATO-led Kosovo Force")
  if (mission && hyphenQualifier(article, mission)) mission = nearestMention(article, mission.last, bound, 1, AGENCIES);
  const iso = mission ? article.entities.get(mission.entity)?.servesIn : undefined;
  if (!mission || !iso) return [];
  for (const [key, e] of article.entities) if (e.type === 'Country' && e.country === iso) return [{ ...mission, entity: key }];
  return [];
}

const HOSTING_VERBS = new Set(['host', 'hosts', 'hosted', 'hosting', 'houses', 'housed', 'housing']);
/** What a base or town that houses forces may be ("the northern city of Gyumri, which houses 3,000 Russian troops"). */
const HOUSING_PLACES: ReadonlySet<string> = new Set(['Country', 'Location']);

/** Nouns of forces a state keeps somewhere, named with their owner and where they are ("French troops in Mali"). */
const FORCES_IN = new Set(['troops', 'soldiers', 'forces', 'brigade', 'battalion', 'battlegroup', 'contingent', 'peacekeepers', 'Brigade', 'Battalion', 'Division', 'Regiment']);

/**
 * "French troops in Mali", "the Bundeswehr's 45th Armored Brigade in Lithuania": forces named with their owner (a
 * state's demonym or possessive, or a force's possessive) right before them and a state or place after "in" are the
 * owner's there; as the sentence says it (denied, supposed), counted when a number stands before them.
 */
export function forcesIn(article: ResolvedArticle): TriggerFinding[] {
  const { doc } = article;
  const out: TriggerFinding[] = [];
  for (let t = 1; t < doc.tokens.length - 2; t++) {
    if (!FORCES_IN.has(doc.tokens[t] ?? '') || doc.lower[t + 1] !== 'in') continue;
    const place = article.mentionAt[doc.lower[t + 2] === 'the' ? t + 3 : t + 2];
    if (!place || (typeOf(article, place) !== 'Country' && typeOf(article, place) !== 'Location')) continue;
    // the owner right before the forces' words: "French troops", "Germany's troops", "the Bundeswehr's 45th Armored Brigade"
    // (past a unit's own name: "45th Armored Brigade")
    const unit = article.mentionAt[t];
    let k = unit && unit.last === t + 1 ? unit.first - 1 : t - 1;
    while (k > t - 5 && !article.mentionAt[k] && (/^\p{Lu}/u.test(doc.tokens[k] ?? '') || /^\d+(st|nd|rd|th)$/.test(doc.lower[k] ?? '') || doc.pos[k] === 'ADJ')) k--;
    const possessive = isPossessiveMark(doc.tokens[k]);
    const owner = article.mentionAt[possessive ? k - 1 : k];
    if (!owner || owner.last !== (possessive ? k : k + 1) || !DEPLOYERS.has(typeOf(article, owner) ?? '')) continue;
    if (owner.entity === place.entity || (owner.kind !== 'demonym' && !possessive)) continue;
    const quantity = quantityNear(article, Math.max(0, owner.first - 3), t + 1, FORCES_IN);
    out.push({ type: 'DEPLOYED_TO', source: owner.entity, target: place.entity, at: t, modality: modalityAt(article, owner.first, t), ...(quantity !== undefined ? { quantity } : {}) });
  }
  return out;
}

const HOSTED_FORCES = new Set(['troops', 'soldiers', 'forces', 'brigade', 'brigades', 'battlegroup', 'battlegroups', 'battalion', 'battalions', 'contingent', 'base', 'bases', 'presence', 'mission']);

/** How far before "hosts" the host may stand, as far as any trigger's subject. */
const HOST_WINDOW_TOKENS = 18;
const HOSTED_REACH_TOKENS = 12;

const COUNTRIES: ReadonlySet<string> = new Set(['Country']);

const DEPLOYERS: ReadonlySet<string> = new Set(['Country', 'Agency']);

/**
 * "Finland will host a new multinational NATO brigade of roughly 3,400 troops", "Romania ... hosts a French-led NATO
 * battlegroup": the host is where the forces are, and the state or body that owns them (or leads them) deployed them.
 */
export function hostedForces(article: ResolvedArticle): TriggerFinding[] {
  const { doc } = article;
  const out: TriggerFinding[] = [];
  for (let t = 0; t < doc.tokens.length; t++) {
    // (a verb, also where the tagger reads "hosts" as a noun, but not "the hosts", "World Cup hosts")
    // (nor a relative pronoun the tagger reads as a determiner: "Gyumri, which houses ...")
    const noun = /^(DET|ADJ|NOUN|PROPN)$/.test(doc.pos[t - 1] ?? '') && !article.mentionAt[t - 1] && !/^(which|that)$/.test(doc.lower[t - 1] ?? '');
    const verb = doc.pos[t] === 'VERB' || (!noun && (/^(a|an|the|some|about|roughly|nearly|more)$/.test(doc.lower[t + 1] ?? '') || doc.pos[t + 1] === 'NUM'));
    if (!HOSTING_VERBS.has(doc.tokens[t] ?? '') || !verb || article.mentionAt[t]) continue;
    const sentence = doc.sentences[doc.sentenceOf[t] ?? 0];
    if (!sentence) continue;
    // (past a relative clause on the host: "Romania, which joined NATO in 2004, hosts ...")
    const opening = article.mentionAt[afterDateline(article, sentence.first, t)];
    const relative = doc.lower.slice(sentence.first, t).includes('which');
    const housing = /^hous/.test(doc.lower[t] ?? '');
    const host = relative && opening && typeOf(article, opening) === 'Country' && !housing ? opening : nearestMention(article, t - 1, Math.max(sentence.first, t - HOST_WINDOW_TOKENS), -1, housing ? HOUSING_PLACES : COUNTRIES);
    if (!host || !actsAsState(article, host, t)) continue;
    const end = Math.min(sentence.last, t + HOSTED_REACH_TOKENS);
    let forces = -1;
    for (let i = t + 1; i < end && forces < 0; i++) if (HOSTED_FORCES.has(doc.lower[i] ?? '')) forces = i;
    if (forces < 0) continue;
    const deployers: ResolvedMention[] = [];
    for (let i = t + 1; i < forces; i++) {
      const m = article.mentionAt[i];
      if (!m || !DEPLOYERS.has(typeOf(article, m) ?? '') || m.entity === host.entity) continue;
      // "a French-led NATO battlegroup": the leader and the owner; "a new multinational NATO brigade"
      if (doc.tokens[m.last] === '-' && /^(led|backed|run)$/.test(doc.lower[m.last + 1] ?? '')) deployers.push(m);
      else if (m.last >= forces - 2) deployers.push(m);
      i = m.last - 1;
    }
    const quantity = quantityNear(article, t + 1, end, HOSTED_FORCES);
    const modality = modalityAt(article, host.first, t);
    for (const m of deployers) out.push({ type: 'DEPLOYED_TO', source: m.entity, target: host.entity, at: t, modality, ...(quantity !== undefined ? { quantity } : {}) });
  }
  return out;
}

/** Nouns of forces a contribution list counts ("3,650 troops from five states: A (1,200), B (1,000)"). */
const COUNTED_FORCES = new Set(['troops', 'soldiers', 'personnel', 'peacekeepers', 'police', 'officers', 'servicemen']);

/**
 * "The regional force has 3,650 troops from five partner states: Kenya (1,200), Uganda (1,000) and Tanzania (300)": each
 * state of a list with a number in brackets after its name sends that many where the force the sentence opens with is
 * deployed (by the article's other deployments of it), else where the sentence says they are ("in Somalia").
 */
export function bracketedContributions(article: ResolvedArticle, found: readonly TriggerFinding[]): TriggerFinding[] {
  const { doc } = article;
  const out: TriggerFinding[] = [];
  for (let colon = 1; colon < doc.tokens.length; colon++) {
    if (doc.tokens[colon] !== ':') continue;
    const sentence = doc.sentences[doc.sentenceOf[colon] ?? 0];
    if (!sentence || !doc.lower.slice(sentence.first, colon).some((w) => COUNTED_FORCES.has(w))) continue;
    const items: { state: ResolvedMention; quantity: number }[] = [];
    let k = colon + 1;
    while (k < sentence.last) {
      const m = article.mentionAt[k];
      if (!m || m.first !== k || typeOf(article, m) !== 'Country' || doc.tokens[m.last] !== '(' || doc.pos[m.last + 1] !== 'NUM' || doc.tokens[m.last + 2] !== ')') break;
      const quantity = parseQuantity(doc.tokens[m.last + 1] ?? '', doc.lower[m.last + 2]);
      if (quantity === undefined) break;
      items.push({ state: m, quantity });
      k = m.last + 3;
      if (doc.tokens[k] === ',') k++;
      if (doc.lower[k] === 'and') k++;
    }
    if (items.length < 2) continue;
    // where: the place the sentence names after "in", else where the force opening the sentence is deployed
    let where: string | undefined;
    for (let i = sentence.first; i < colon && !where; i++) {
      const m = article.mentionAt[i];
      if (m && doc.lower[i - 1] === 'in' && (typeOf(article, m) === 'Country' || typeOf(article, m) === 'Location')) where = m.entity;
    }
    const force = article.mentionAt[afterDateline(article, doc.lower[sentence.first] === 'the' ? sentence.first + 1 : sentence.first, colon)] ?? article.mentionAt[sentence.first + 1];
    const deployedTo = (source: (key: string) => boolean): string | undefined =>
      found.find((f) => f.type === 'DEPLOYED_TO' && f.at < colon && source(f.source) && article.entities.get(f.target)?.type === 'Country')?.target;
    if (!where && force && typeOf(article, force) === 'Agency') where = deployedTo((key) => key === force.entity);
    // ("The regional force has ...": a force named by its noun is the body whose deployment the article reported before)
    const nominal = !force && doc.lower[sentence.first] === 'the' && doc.lower.slice(sentence.first + 1, sentence.first + 4).some((w) => /^(force|mission|contingent|operation)$/.test(w));
    if (!where && nominal) where = deployedTo((key) => article.entities.get(key)?.type === 'Agency');
    if (!where) continue;
    for (const { state, quantity } of items) if (state.entity !== where) out.push({ type: 'DEPLOYED_TO', source: state.entity, target: where, at: state.first, modality: 'asserted', quantity });
  }
  return out;
}

/** Heads of a body sent to serve somewhere, named for the place ("Mission in Armenia", "Force in Kosovo"). */
const SENT_BODY = /\b(?:Mission|Force|Forces|Operation|Contingent|Battlegroup) (?:in|to) (?:the )?(.+)$/;
/** Who a mission's number counts. */
const MISSION_MEMBERS: ReadonlySet<string> = new Set(['monitors', 'observers', 'troops', 'soldiers', 'personnel', 'officers', 'peacekeepers', 'police', 'experts', 'staff', 'gendarmes']);
/** How far after a mission's name its apposition may give its number. */
const MISSION_NUMBER_TOKENS = 12;

/**
 * "the European Union Mission in Armenia (EUMA), a civilian mission of about 200 unarmed monitors": a mission or
 * force named for the state or place it serves in, when the article names that place, is deployed there; its number
 * is the one its apposition gives.
 */
export function missionsNamedForPlace(article: ResolvedArticle): TriggerFinding[] {
  const { doc } = article;
  const out: TriggerFinding[] = [];
  const seen = new Set<string>();
  for (const m of article.mentions) {
    const body = article.entities.get(m.entity);
    if (m.kind !== 'name' || seen.has(m.entity) || body?.type !== 'Agency') continue;
    seen.add(m.entity);
    const served = SENT_BODY.exec(body.name)?.[1];
    if (!served) continue;
    const place = [...article.entities].find(([, e]) => PLACES.has(e.type) && (e.name === served || e.forms.has(served)))?.[0];
    if (!place) continue;
    let from = m.last;
    if (doc.tokens[from] === '(' && doc.tokens[from + 2] === ')') from += 3;
    const apposition = doc.tokens[from] === ',' && /^(a|an|the)$/.test(doc.lower[from + 1] ?? '');
    const quantity = apposition ? quantityNear(article, from + 2, Math.min(doc.sentences[doc.sentenceOf[m.first] ?? 0]?.last ?? from, from + MISSION_NUMBER_TOKENS), MISSION_MEMBERS) : undefined;
    out.push({ type: 'DEPLOYED_TO', source: m.entity, target: place, at: m.first, modality: 'asserted', ...(quantity !== undefined ? { quantity } : {}) });
  }
  return out;
}
