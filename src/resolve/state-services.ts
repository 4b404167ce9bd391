// A state's armed services and police written in lowercase ("the Sudanese army", "Thailand's navy said", "the
// Israeli military", later "the army"): bodies of that state, not the state itself and not nothing.
import type { AnalysedText } from '../nlp/annotate.js';
import type { Gazetteer, GazetteerEntry } from '../recognize/gazetteer.js';
import { entityId } from '../schema/ids.js';
import type { ResolvedMention } from './resolve.js';
import { addMention, ensure, textOf, type Builder } from './builder.js';

interface Service {
  /** The words as written, lowercase. */
  readonly words: readonly string[];
  /** The head of the body's name when the gazetteer knows none: "Army (Sudan)". */
  readonly head: string;
  /** Other words the gazetteer may name the same body by ("the Israeli military" is the Israel Defense Forces). */
  readonly also: readonly (readonly string[])[];
}

const SERVICES: readonly Service[] = [
  { words: ['army'], head: 'Army', also: [['armed', 'forces']] },
  { words: ['navy'], head: 'Navy', also: [] },
  { words: ['air', 'force'], head: 'Air Force', also: [] },
  { words: ['coast', 'guard'], head: 'Coast Guard', also: [] },
  { words: ['military'], head: 'Armed Forces', also: [['armed', 'forces'], ['defense', 'forces'], ['defence', 'forces']] },
  { words: ['armed', 'forces'], head: 'Armed Forces', also: [['defense', 'forces'], ['defence', 'forces']] },
  { words: ['police'], head: 'Police', also: [['national', 'police']] },
];

/** A word after the service that makes it a modifier: "army chief", "military units", "coast guard vessels". */
const COMPOUNDING = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

const FIRST_WORDS = new Set(SERVICES.map((s) => s.words[0]));

/** The service written at `i` in lowercase ("Army spokesman X" opening a sentence is resolve's addOpeningBodyHeads). */
function serviceAt(doc: AnalysedText, i: number): Service | undefined {
  if (!FIRST_WORDS.has(doc.tokens[i] ?? '')) return undefined;
  return SERVICES.find((s) => s.words.every((w, k) => doc.tokens[i + k] === w));
}

/** The gazetteer's body of state `iso3` named by one of `forms` (the state's name or demonym) and the service's words. */
function knownBody(gazetteer: Gazetteer, iso3: string, forms: readonly string[], service: Service): GazetteerEntry | undefined {
  const country = gazetteer.countries.get(iso3)?.name.toLowerCase().split(/\s+/) ?? [];
  const names: string[][] = [];
  for (const words of [service.words, ...service.also]) {
    for (const form of forms) names.push([...form.toLowerCase().split(/\s+/), ...words]);
    // "Armed Forces of the Philippines", "Armed Forces of Ukraine"
    names.push([...words, 'of', 'the', ...country], [...words, 'of', ...country]);
  }
  for (const tokens of names) {
    const match = gazetteer.trie.longest(tokens, 0);
    const body = match?.last === tokens.length ? match.values.find((v) => v.kind === 'body' && v.country === iso3) : undefined;
    if (body) return body;
  }
  return undefined;
}

/**
 * "The Sudanese army", "Thailand's navy said", "the Israeli military said": a service after a state's demonym (with
 * "the") or its name and "'s", not itself a modifier ("army chief", "military units"), is that state's body; a bare
 * "the army" later is the one of that service last named. The mention is the service's words, the state keeps its own.
 */
export function addStateServices(doc: AnalysedText, b: Builder, gazetteer: Gazetteer): void {
  const covered = new Uint8Array(doc.tokens.length);
  const mentionEnding = new Map<number, ResolvedMention>();
  for (const m of b.mentions) {
    covered.fill(1, m.first, m.last);
    mentionEnding.set(m.last, m);
  }
  const named = new Map<string, string>(); // service head -> entity key of the one last named
  for (let i = 1; i < doc.tokens.length; i++) {
    const service = serviceAt(doc, i);
    if (!service || covered[i]) continue;
    const end = i + service.words.length;
    // (wink may read a verb after it as a noun: "Peru's navy rescued the crew")
    const verb = /ed$/.test(doc.lower[end] ?? '') || doc.pos[end + 1] === 'DET' || doc.pos[end + 1] === 'PRON';
    if (COMPOUNDING.has(doc.pos[end] ?? '') && /^\p{L}/u.test(doc.tokens[end] ?? '') && !verb) continue;
    const possessive = /^['’]s?$/.test(doc.tokens[i - 1] ?? '');
    const owner = mentionEnding.get(possessive ? i - 1 : i);
    const state = owner ? b.entities.get(owner.entity) : undefined;
    const owned = state?.type === 'Country' && state.country !== undefined && (possessive ? owner?.kind === 'name' : owner?.kind === 'demonym' && doc.lower[(owner?.first ?? 0) - 1] === 'the');
    let key: string | undefined;
    const iso3 = owned ? state?.country : undefined;
    if (iso3 !== undefined && state && owner) {
      const info = gazetteer.countries.get(iso3);
      const forms = [textOf(doc, owner.first, owner.last), state.name, ...(info?.demonyms ?? [])];
      const body = knownBody(gazetteer, iso3, forms, service);
      const name = body?.name ?? `${service.head} (${info?.name ?? state.name})`;
      const id = body?.id ?? entityId('Agency', name);
      ensure(b, id, () => ({ id, type: 'Agency', name, country: iso3, ...(body?.bodyKind ? { bodyKind: body.bodyKind } : {}) }));
      named.set(service.head, id);
      key = id;
    } else if (doc.lower[i - 1] === 'the') key = named.get(service.head);
    const e = key ? b.entities.get(key) : undefined;
    if (!key || !e) continue;
    addMention(b, doc, e, key, i, end, 'nominal');
    covered.fill(1, i, end);
  }
}
