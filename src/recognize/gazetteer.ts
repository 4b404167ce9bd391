// The offline gazetteer: countries (names, capitals, demonyms, ISO-3, coordinates), bodies and places, compiled into tries.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import { z } from 'zod';
import { dataPath } from '../data-path.js';
import { tokenizePhrases } from '../nlp/annotate.js';
import { PhraseTrie } from '../lexicon/phrase-trie.js';
import { slug } from '../schema/ids.js';

export type GazetteerKind = 'country' | 'demonym' | 'capital' | 'body' | 'place';

export interface GazetteerEntry {
  readonly kind: GazetteerKind;
  /** Canonical entity id (SPEC section 3). */
  readonly id: string;
  readonly type: 'Country' | 'Agency' | 'Organization' | 'Location';
  /** Canonical name. */
  readonly name: string;
  /** The surface form this entry was compiled from. */
  readonly form: string;
  /** ISO-3 of the country a body or place belongs to; the country itself for capitals and demonyms. */
  readonly country?: string;
  readonly lat?: number;
  readonly lon?: number;
  /** Exact-case match required (acronyms). */
  readonly exactCase: boolean;
  /** Body kind from the organizations gazetteer (intergovernmental, armed-group, news, ...). */
  readonly bodyKind?: string;
  /** ISO-3 of the state a mission or force serves in ("MONUSCO" in the DR Congo): where those sent to it are. */
  readonly servesIn?: string;
}

export interface CountryInfo {
  readonly iso3: string;
  readonly id: string;
  readonly name: string;
  readonly capitals: readonly string[];
  /** Its people's adjectives ("Sudanese", "South Korean"). */
  readonly demonyms: readonly string[];
  readonly lat?: number;
  readonly lon?: number;
}

const CountriesLexicon = z.object({
  sovereign: z.array(z.string()),
  aliases: z.record(z.string(), z.array(z.string())),
  demonyms: z.record(z.string(), z.array(z.string())),
  regional: z.record(z.string(), z.union([z.array(z.string()), z.string()])),
  ambiguous: z.record(z.string(), z.union([z.array(z.string()), z.string()])),
  notNames: z.array(z.string()),
  capitals: z.record(z.string(), z.array(z.string())),
});

const OrganizationRecord = z.object({
  name: z.string(),
  type: z.enum(['Agency', 'Organization']),
  aliases: z.array(z.string()).optional(),
  country: z.string().optional(),
  kind: z.string().optional(),
  /** The capital an intergovernmental body sits in, which may stand for it ("Brussels could impose measures"). */
  seat: z.string().optional(),
  /** ISO-3 of the state a mission or force serves in: troops sent to it are deployed there. */
  servesIn: z.string().optional(),
});

const LocationRecord = z.object({
  name: z.string(),
  country: z.string().optional(),
  kind: z.string().optional(),
  lat: z.number(),
  lon: z.number(),
  aliases: z.array(z.string()).optional(),
});

export interface Gazetteer {
  readonly trie: PhraseTrie<GazetteerEntry>;
  readonly countries: ReadonlyMap<string, CountryInfo>;
  /** "the North" -> candidate ISO-3 codes. */
  readonly regional: ReadonlyMap<string, readonly string[]>;
  /** Entity id -> entry of bodies and places, for PART_OF / LOCATED_IN from the gazetteer. */
  readonly byId: ReadonlyMap<string, GazetteerEntry>;
  /** A capital -> ids of the intergovernmental bodies that sit there. */
  readonly seats: ReadonlyMap<string, readonly string[]>;
  /** A body's id -> the other names it goes by ("North Atlantic Alliance" for NATO). */
  readonly aliases: ReadonlyMap<string, readonly string[]>;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(dataPath(...file.split('/')), 'utf8'));
}

function isAcronym(form: string): boolean {
  return /^[A-Z][A-Z0-9.&-]*[A-Z0-9.]$/.test(form) && form.replace(/[^A-Za-z]/g, '').length <= 6;
}

const countries = createRequire(import.meta.url)('world-countries/countries.json') as Countries;

let cached: Gazetteer | undefined;

/** Loads and compiles the gazetteer once per process. */
export function loadGazetteer(): Gazetteer {
  cached ??= compileGazetteer();
  return cached;
}

function compileGazetteer(): Gazetteer {
  const lexicon = CountriesLexicon.parse(readJson('lexicon/countries.json'));
  const trie = new PhraseTrie<GazetteerEntry>();
  const byId = new Map<string, GazetteerEntry>();
  const aliases = new Map<string, readonly string[]>();
  const countryInfo = new Map<string, CountryInfo>();
  const seats = new Map<string, string[]>();
  const sovereign = new Set(lexicon.sovereign);
  // names of several countries: each country's entry for the name is added after all others, in the listed order
  const notNames = new Set(lexicon.notNames);
  const ambiguous = new Map<string, string[]>();
  for (const [form, codes] of Object.entries(lexicon.ambiguous)) if (!form.startsWith('_') && Array.isArray(codes)) ambiguous.set(form, codes);
  const countryBase = new Map<string, Omit<GazetteerEntry, 'exactCase' | 'kind' | 'form'>>();
  // entries are tokenized all at once at the end, then added in the order they came
  const entries: GazetteerEntry[] = [];
  const add = (entry: Omit<GazetteerEntry, 'exactCase'>): void => {
    entries.push({ ...entry, exactCase: isAcronym(entry.form) });
  };

  for (const c of countries) {
    const [lat, lon] = c.latlng;
    const coords = lat === undefined || lon === undefined ? {} : { lat, lon };
    if (!c.independent && !sovereign.has(c.cca3)) {
      const id = `location:${slug(c.name.common)}`;
      const entry = { kind: 'place' as const, id, type: 'Location' as const, name: c.name.common, form: c.name.common, ...coords };
      add(entry);
      byId.set(id, { ...entry, exactCase: false });
      continue;
    }
    const id = `country:${c.cca3}`;
    const name = c.cca3 === 'USA' ? 'United States' : c.name.common;
    const base = { id, type: 'Country' as const, name, country: c.cca3, ...coords };
    const forms = new Set([c.name.common, name, c.name.official, ...(lexicon.aliases[c.cca3] ?? [])]);
    for (const spelling of c.altSpellings) if (spelling.length > 3 && /^[A-Z]/.test(spelling) && !spelling.includes(',') && !notNames.has(spelling)) forms.add(spelling);
    for (const form of forms) {
      if (ambiguous.has(form)) continue;
      add({ ...base, kind: 'country', form });
    }
    countryBase.set(c.cca3, base);
    const demonyms = new Set(lexicon.demonyms[c.cca3] ?? []);
    const eng = c.demonyms?.['eng'];
    // ("Bosnian, Herzegovinian", "Kittitian or Nevisian": two demonyms in one field)
    if (eng) for (const d of [eng.m, eng.f]) for (const form of d ? d.split(/,\s*|\s+or\s+/) : []) demonyms.add(form);
    for (const form of demonyms) if (!forms.has(form)) add({ ...base, kind: 'demonym', form });
    countryInfo.set(c.cca3, { iso3: c.cca3, id, name, capitals: c.capital, demonyms: [...demonyms], ...coords });
    for (const capital of new Set([...c.capital, ...(lexicon.capitals[c.cca3] ?? [])])) add({ ...base, kind: 'capital', form: capital });
  }

  for (const [form, codes] of ambiguous) {
    for (const code of codes) {
      const base = countryBase.get(code);
      if (base === undefined) throw new Error(`countries.json: the ambiguous name ${JSON.stringify(form)} lists ${code}, which is no sovereign country`);
      add({ ...base, kind: 'country', form });
    }
  }

  /** A body's name as British and American writers spell it ("Stabilisation Mission", "World Health Organization"). */
  const spellings = (name: string): string[] => {
    const other = name.replace(/(?<=\p{L}{2})i([sz])(ation|ing|ed)\b/gu, (_all, letter: string, end: string) => `i${letter === 's' ? 'z' : 's'}${end}`);
    return other === name ? [name] : [name, other];
  };
  for (const raw of z.array(OrganizationRecord).parse(readJson('gazetteer/organizations.json'))) {
    const id = `org:${slug(raw.name)}`;
    const entry = {
      kind: 'body' as const, id, type: raw.type, name: raw.name,
      ...(raw.country ? { country: raw.country } : {}), ...(raw.kind ? { bodyKind: raw.kind } : {}),
      ...(raw.servesIn ? { servesIn: raw.servesIn } : {}),
    };
    byId.set(id, { ...entry, form: raw.name, exactCase: false });
    for (const form of new Set([raw.name, ...(raw.aliases ?? [])].flatMap(spellings))) add({ ...entry, form });
    if (raw.aliases) aliases.set(id, raw.aliases);
    if (raw.seat) seats.set(raw.seat, [...(seats.get(raw.seat) ?? []), id]);
  }

  for (const raw of z.array(LocationRecord).parse(readJson('gazetteer/locations.json'))) {
    const id = `location:${slug(raw.name)}`;
    const entry = {
      kind: 'place' as const, id, type: 'Location' as const, name: raw.name, lat: raw.lat, lon: raw.lon,
      ...(raw.country ? { country: raw.country } : {}),
    };
    byId.set(id, { ...entry, form: raw.name, exactCase: false });
    for (const form of new Set([raw.name, ...(raw.aliases ?? [])])) add({ ...entry, form });
  }

  const tokens = tokenizePhrases(entries.map((entry) => entry.form));
  entries.forEach((entry, i) => trie.add(tokens[i] as string[], entry));

  const regional = new Map<string, readonly string[]>();
  for (const [phrase, codes] of Object.entries(lexicon.regional)) {
    if (!phrase.startsWith('_') && Array.isArray(codes)) regional.set(phrase.toLowerCase(), codes);
  }
  return { trie, countries: countryInfo, regional, byId, seats, aliases };
}
