// Mention candidates, and the token tests and span operations the recognizer's passes share.
import type { AnalysedText } from '../nlp/annotate.js';
import type { EntityType, MentionKind } from '../schema/index.js';
import type { GazetteerEntry } from './gazetteer.js';

/** IOB2 tags (B-PER, I-ORG, O, ...) for each sentence of one document, the document read as a whole. */
export type TagTokens = (sentences: readonly (readonly string[])[]) => readonly (readonly string[])[];

export interface MentionCandidate {
  /** Token range, end exclusive. */
  readonly first: number;
  readonly last: number;
  readonly kind: MentionKind;
  readonly type: EntityType;
  /** The gazetteer entry, when the gazetteer knows the entity. */
  readonly entry?: GazetteerEntry;
  /** Tagger label (PER, ORG, LOC, MISC) or the pattern that found the mention. */
  readonly origin: string;
}

/** The two token ranges share a token. */
export function overlaps(a: MentionCandidate, b: MentionCandidate): boolean {
  return a.first < b.last && b.first < a.last;
}

/** The candidates, those that overlap any of `added` replaced by them, in text order. */
export function replacedBy(candidates: MentionCandidate[], added: readonly MentionCandidate[]): MentionCandidate[] {
  if (added.length === 0) return candidates;
  return [...candidates.filter((c) => !added.some((a) => overlaps(a, c))), ...added].sort((a, b) => a.first - b.first);
}

/** Removes overlapping candidates, keeping the earlier (and on ties the longer) one. */
export function nonOverlapping(candidates: MentionCandidate[]): MentionCandidate[] {
  const sorted = [...candidates].sort((a, b) => a.first - b.first || b.last - a.last);
  const out: MentionCandidate[] = [];
  for (const c of sorted) {
    const previous = out[out.length - 1];
    if (previous && overlaps(previous, c)) continue;
    out.push(c);
  }
  return out;
}

/** 1 for each token some candidate covers. */
export function coverage(doc: AnalysedText, candidates: readonly MentionCandidate[]): Uint8Array {
  const covered = new Uint8Array(doc.tokens.length);
  for (const c of candidates) covered.fill(1, c.first, c.last);
  return covered;
}

/** A word that may be part of a name: a capital, then letters, apostrophes or dots. */
export const NAME_TOKEN = /^\p{Lu}[\p{L}'’.]*$/u;

/** Most words in a person's name read from its context. */
export const MAX_NAME_TOKENS = 5;

/** A word in capitals: an acronym or a word of a headline in capitals, no name's part. */
export const ALL_CAPS = /^\p{Lu}{2,}$/u;

/** Nouns of a state or an act by their endings ("Membership", "Operations", "Cooperation"), longer than a surname's "Ness". */
export const ACT_NOUN = /^\p{Lu}\p{Ll}{3,}(tions?|sions?|ments?|ships?|ness|isms?|ities)$/u;

/** Capitalised determiners, which open a sentence and no name. */
export const DETERMINER = /^(The|A|An|This|That|These|Those|Its|His|Her|Their|Our|Your|My|Some|Any|Every|Each|No)$/;

/** Days and months, capitalised and no name's. */
export const CALENDAR_WORD = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** A day of the week (months are names too: "Theresa May"). */
export const WEEKDAY = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Nouns written after a place's name ("Donetsk region", "Rafah border"). */
export const PLACE_HEADS = new Set(['region', 'province', 'oblast', 'state', 'district', 'county', 'area', 'city', 'town', 'village', 'border', 'coast', 'port', 'governorate', 'prefecture', 'territory', 'valley', 'island', 'islands']);

/** Verbs a headline in title case puts before a name ("... Tells Security Council", "... Urges NATO"). */
export const HEADLINE_VERBS = new Set(['Tells', 'Says', 'Warns', 'Urges', 'Asks', 'Calls', 'Accuses', 'Meets', 'Joins', 'Backs', 'Slams', 'Hits', 'Sanctions']);

/** Nouns of administrative units, written after the unit's name ("Sucumbios province", "San Miguel municipality"). */
export const ADMINISTRATIVE_HEADS = new Set(['province', 'region', 'district', 'county', 'municipality', 'department', 'governorate', 'prefecture', 'oblast', 'canton', 'commune']);

/** An administrative unit's word written as the end of its name ("Busia County", "Great Lakes Region"); not "Department", a body's. */
export function isUnitNameHead(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && word !== 'Department' && ADMINISTRATIVE_HEADS.has(word.toLowerCase());
}

/** Nouns of settlements written right before their names ("the state capital Boa Vista"). */
export const SETTLEMENT_NOUNS = new Set(['capital', 'town', 'city', 'village', 'hamlet', 'port', 'township']);
