// Places read as persons or bodies: the names of a list of places, a pair after "near" or "around", a compass
// region named after a country ("East Azerbaijan province").
import type { AnalysedText } from '../nlp/annotate.js';
import { isBodyHead } from './bodies.js';
import { isHonorificOrTitleWord } from '../lexicon/titles.js';
import { ADMINISTRATIVE_HEADS, isUnitNameHead, overlaps, replacedBy, type MentionCandidate } from './candidates.js';

/** Prepositions of where, before two places joined by "and". */
const PAIR_PLACE_PREPOSITIONS = new Set(['near', 'outside', 'around']);

/** ... and those before a list that holds a known place ("in Qandil, Gara and Metina"). */
const LIST_PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'around', 'across', 'from', 'at', 'to', 'into']);

/** Plural nouns of administrative units that close a list of their names. */
const PLURAL_UNITS = new Set(['oblasts', 'provinces', 'regions', 'districts', 'states', 'governorates', 'prefectures', 'counties', 'republics', 'cantons', 'municipalities']);

/** Most names in a list of places. */
const PLACE_LIST_NAMES = 6;

/**
 * "deployed around Zubin Potok and Leposavić", read as a body and a person: two names joined by "and" after a
 * preposition of where, neither a body's nor titled, are places; so are the names of a list after one ("in Qandil,
 * Gara and Metina") when another of them is a known place.
 */
export function placePair(doc: AnalysedText, c: MentionCandidate, tagged: readonly MentionCandidate[], gazetteer: readonly MentionCandidate[]): MentionCandidate {
  if (c.type === 'Location' || c.entry) return c;
  // (cheaply first: "and" or a comma on one side)
  const joiner = (k: number): boolean => doc.lower[k] === 'and' || doc.tokens[k] === ',';
  if (!joiner(c.first - 1) && !joiner(c.last)) return c;
  const plain = (m: MentionCandidate): boolean => !m.entry && (m.origin === 'PER' || m.origin === 'ORG' || m.origin === 'LOC') && !doc.tokens.slice(m.first, m.last).some((w) => isBodyHead(w) || isHonorificOrTitleWord(w));
  if (!plain(c)) return c;
  const all = [...tagged, ...gazetteer];
  // the list c stands in: names joined by ",", "and" or ", and"
  const before = (m: MentionCandidate): MentionCandidate | undefined => {
    const gap = doc.tokens[m.first - 2] === ',' && doc.lower[m.first - 1] === 'and' ? 2 : joiner(m.first - 1) ? 1 : 0;
    return gap > 0 ? all.find((o) => o.last === m.first - gap) : undefined;
  };
  const after = (m: MentionCandidate): MentionCandidate | undefined => {
    const gap = doc.tokens[m.last] === ',' && doc.lower[m.last + 1] === 'and' ? 2 : joiner(m.last) ? 1 : 0;
    return gap > 0 ? all.find((o) => o.first === m.last + gap) : undefined;
  };
  const members = [c];
  for (let m = before(c); m && members.length < PLACE_LIST_NAMES; m = before(m)) members.unshift(m);
  // (a list ends at the name "and" joins: not on to "in Qandil, Gara and Metina, Karaduman said")
  for (let m = doc.lower[c.first - 1] === 'and' ? undefined : after(c); m && members.length < PLACE_LIST_NAMES; m = doc.lower[m.first - 1] === 'and' ? undefined : after(m)) members.push(m);
  // (read back, the list ends at the name "and" joins: "in Qandil, Gara and Metina, Karaduman said" holds no Karaduman)
  const andAt = members.findIndex((m, k) => k > 0 && doc.lower[m.first - 1] === 'and');
  if (andAt >= 0 && andAt < members.indexOf(c)) return c;
  const head = members[0] as MentionCandidate;
  const preposition = doc.lower[head.first - 1] ?? '';
  // (a place the gazetteer knows, or one the tagger read where the gazetteer names no state: "from Portugal and Pedro I")
  const state = (m: MentionCandidate): boolean => all.some((o) => o.entry?.kind === 'country' && overlaps(o, m));
  const known = (m: MentionCandidate): boolean => m.type === 'Location' && (m.entry?.kind === 'place' || m.entry?.kind === 'capital' || (m.origin === 'LOC' && !state(m)));
  // (a list closes with "and": "In New York, Ines Carvalho, spokesperson for ..." is none)
  const closed = members.length >= 2 && doc.lower[(members[members.length - 1] as MentionCandidate).first - 1] === 'and';
  const pair = members.length === 2 && doc.lower[head.last] === 'and' && PAIR_PLACE_PREPOSITIONS.has(preposition) && members.every(plain);
  // ("including Belgorod, Kursk and Bryansk oblasts": a list an administrative unit's plural noun closes)
  const units = closed && PLURAL_UNITS.has(doc.lower[(members[members.length - 1] as MentionCandidate).last] ?? '') && members.every((m) => known(m) || plain(m));
  if (units) return { ...c, type: 'Location', origin: 'LOC' };
  // (names of one word: "In New York, Garret Anderson and Gary DiSarcina drove in two runs" opens with a place, then
  // names people)
  // (nor a unit's name and number: "in Bavaria and Panzerbataillon 203")
  const oneWord = (m: MentionCandidate): boolean => m.last - m.first === 1 && !/^\d/.test(doc.tokens[m.last] ?? '');
  const list = closed && LIST_PLACE_PREPOSITIONS.has(preposition) && members.some((m) => m !== c && known(m)) && members.every((m) => known(m) || (plain(m) && oneWord(m)));
  return pair || list ? { ...c, type: 'Location', origin: 'LOC' } : c;
}

/** Compass words that open a region's name before a country's ("East Azerbaijan province" in Iran). */
const COMPASS = new Set(['East', 'West', 'North', 'South']);

/** "Iran's East Azerbaijan province": a compass word, a country's name and an administrative unit's noun name a region. */
export function compassRegion(doc: AnalysedText, g: MentionCandidate): MentionCandidate {
  if (g.entry?.kind !== 'country' || !COMPASS.has(doc.tokens[g.first - 1] ?? '') || !ADMINISTRATIVE_HEADS.has(doc.tokens[g.last] ?? '')) return g;
  return { first: g.first - 1, last: g.last, kind: 'name', type: 'Location', origin: 'LOC' };
}

/**
 * "the South American rivals", "Latin American states": "American" after a part of the continent names the continent's
 * people, not the United States'.
 */
export function continentalDemonym(doc: AnalysedText, g: MentionCandidate): boolean {
  return g.entry?.kind === 'demonym' && /^Americans?$/.test(doc.tokens[g.first] ?? '') && /^(South|Latin|Central|Meso|Pan)$/.test(doc.tokens[g.first - 1] ?? '');
}

/** Singular heads of a region a state is divided into, after its name ("Sistan and Baluchestan province"). */
const REGION_HEADS = new Set(['province', 'region', 'state', 'governorate', 'oblast', 'county', 'district', 'prefecture', 'territory', 'department']);

/**
 * "Sistan and Baluchestan province", "Kasai and Lomami region": two places joined by "and" before a singular region's
 * head are one region's name ("the Gedo and Bay regions" are two); "Russia's Republic of Tatarstan" read as the places
 * "Republic" and "Tatarstan": a region's head alone, "of" and a place are one region's name.
 */
export function jointRegions(doc: AnalysedText, candidates: MentionCandidate[]): MentionCandidate[] {
  const joined: MentionCandidate[] = [];
  // (not a state or its capital: "Russia and Ukraine state media")
  const state = (m: MentionCandidate): boolean => m.entry?.kind === 'country' || m.entry?.kind === 'capital' || m.entry?.kind === 'demonym';
  for (const a of candidates) {
    const head = a.type === 'Location' && a.last === a.first + 1 && /^\p{Lu}/u.test(doc.tokens[a.first] ?? '') && (REGION_HEADS.has(doc.lower[a.first] ?? '') || doc.lower[a.first] === 'republic');
    const place = head && doc.lower[a.last] === 'of' ? candidates.find((o) => o.first === a.last + 1 && o.type === 'Location' && !state(o)) : undefined;
    if (place) joined.push({ first: a.first, last: place.last, kind: 'name', type: 'Location', origin: 'LOC' });
    if (a.type !== 'Location' || doc.lower[a.last] !== 'and') continue;
    const b = candidates.find((o) => o.first === a.last + 1 && o.type === 'Location');
    if (b && REGION_HEADS.has(doc.tokens[b.last] ?? '') && !state(a) && !state(b)) joined.push({ first: a.first, last: b.last, kind: 'name', type: 'Location', origin: 'LOC' });
  }
  return replacedBy(candidates, joined);
}

/** Heads of natural places' names, beside administrative units' ("the Rift Valley", "the Korean Peninsula"). */
const NATURAL_NAME_HEADS = new Set(['Valley', 'Islands', 'Peninsula']);

/** "the Special Envoy for the Great Lakes Region, Mr X" read as a person: a name ending with a place's head is a place. */
export function placeHeaded(doc: AnalysedText, c: MentionCandidate): MentionCandidate {
  const head = doc.tokens[c.last - 1] ?? '';
  return c.type === 'Person' && c.last - c.first >= 2 && (isUnitNameHead(head) || NATURAL_NAME_HEADS.has(head)) ? { ...c, type: 'Location', origin: 'LOC' } : c;
}
