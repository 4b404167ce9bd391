// The offices lexicon: which words are titles, whether a title points at the country or at a body, honorifics.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { dataPath } from '../data-path.js';
import { tokenizePhrases } from '../nlp/annotate.js';
import { PhraseTrie } from './phrase-trie.js';

const TitlesLexicon = z.object({
  national: z.array(z.string()),
  body: z.array(z.string()),
  modifiers: z.array(z.string()),
  honorifics: z.array(z.string()),
  wholeOnly: z.object({ national: z.array(z.string()), body: z.array(z.string()) }),
  countryOf: z.record(z.string(), z.string()),
  bodyOf: z.record(z.string(), z.string()),
  absentIn: z.record(z.string(), z.array(z.string())).optional(),
});

export interface TitleEntry {
  /** A national portfolio points at the country; a role in a body at the body. */
  readonly national: boolean;
  readonly body: boolean;
  /** ISO-3 of the one state that uses this title, if only one does. */
  readonly country?: string;
  /** The entity id of the one body that uses this title ("High Representative": the EU's). */
  readonly bodyId?: string;
}

interface CompiledTitles {
  readonly trie: PhraseTrie<TitleEntry>;
  readonly modifiers: ReadonlySet<string>;
  readonly words: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
  /** A title (lowercase) -> ISO-3 codes of the states that have no such office. */
  readonly absentIn: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Bodies named in lowercase inside a title, qualifying it ("foreign ministry spokesman", "police chief", "the KGB security service"). */
export const LOWERCASE_BODY_WORDS: ReadonlySet<string> = new Set(['ministry', 'office', 'department', 'government', 'agency', 'military', 'army', 'navy', 'foreign', 'defence', 'defense', 'police', 'security', 'intelligence', 'service', 'junta']);

/** Lowercase words naming a body's kind right after its name ("the Comunidad Ciudadana alliance", "the Multinational Security Support mission"). */
export const BODY_KIND_WORDS: ReadonlySet<string> = new Set(['mission', 'force', 'party', 'alliance', 'coalition', 'movement', 'bloc', 'group', 'front', 'faction', 'operation']);

let cached: CompiledTitles | undefined;

export function loadTitles(): CompiledTitles {
  if (cached) return cached;
  const lexicon = TitlesLexicon.parse(JSON.parse(readFileSync(dataPath('lexicon', 'titles.json'), 'utf8')));
  const trie = new PhraseTrie<TitleEntry>();
  const national = new Set([...lexicon.national, ...lexicon.wholeOnly.national].map((t) => t.toLowerCase()));
  const body = new Set([...lexicon.body, ...lexicon.wholeOnly.body].map((t) => t.toLowerCase()));
  const countryOf = new Map(Object.entries(lexicon.countryOf).map(([t, c]) => [t.toLowerCase(), c]));
  const bodyOf = new Map(Object.entries(lexicon.bodyOf).map(([t, b]) => [t.toLowerCase(), b]));
  const titles = [...new Set([...national, ...body])];
  const tokens = tokenizePhrases(titles);
  titles.forEach((title, i) => {
    const country = countryOf.get(title);
    const bodyId = bodyOf.get(title);
    trie.add(tokens[i] as string[], { national: national.has(title), body: body.has(title), ...(country ? { country } : {}), ...(bodyId ? { bodyId } : {}) });
  });
  const words = new Set<string>();
  for (const h of lexicon.honorifics) words.add(h.toLowerCase());
  // a title matched only whole lends its words to no other name
  for (const t of [...lexicon.national, ...lexicon.body].map((title) => title.toLowerCase())) for (const w of t.split(/\s+/)) if (/^[a-z]/.test(w) && w.length > 3 && w !== 'state' && w !== 'house') words.add(w);
  const absentIn = new Map(Object.entries(lexicon.absentIn ?? {}).map(([t, codes]) => [t.toLowerCase(), new Set(codes)]));
  cached = { trie, modifiers: new Set(lexicon.modifiers.map((m) => m.toLowerCase())), words, honorifics: new Set(lexicon.honorifics.map((h) => h.toLowerCase())), absentIn };
  return cached;
}

/** A word that may stand before a name as part of a title or honorific ("President", "Gen.", "Mr"). */
export function isHonorificOrTitleWord(token: string): boolean {
  const { words, modifiers } = loadTitles();
  const lower = token.toLowerCase();
  if (!/^\p{Lu}/u.test(token)) return false;
  if (words.has(lower) || modifiers.has(lower)) return true;
  // ranks written as one word with a hyphen: "Vice-Admiral", "Lieutenant-General"
  const [first, second, ...rest] = lower.split('-');
  return rest.length === 0 && second !== undefined && words.has(second) && (words.has(first ?? '') || modifiers.has(first ?? ''));
}

/**
 * The first words of two-word honorifics and ranks, and the words that may follow them: Malay honorifics ("Tan Sri",
 * "Dato' Sri") and air forces' ranks ("Air Marshal", "Air Chief Marshal", "Group Captain", "Wing Commander"), and the navy's
 * "First Admiral" (Indonesia's "First Adm.").
 */
const HONORIFIC_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    Tan: ['Sri'],
    Puan: ['Sri'],
    Dato: ['Sri'],
    "Dato'": ['Sri'],
    Datuk: ['Sri'],
    Toh: ['Puan'],
    Air: ['Marshal', 'Commodore', 'Chief', 'Vice', 'Vice-Marshal'],
    Group: ['Captain'],
    Wing: ['Commander'],
    Squadron: ['Leader'],
    Flight: ['Lieutenant'],
    First: ['Admiral', 'Adm.', 'Adm'],
  }).map(([first, seconds]) => [first, new Set(seconds)]),
);

/**
 * A word that is a rank or honorific only beside another: "Gen" after "Lt", "Lieut", "Maj", "Brig" or a lowercase "chief" ("Lt Gen X", "Army chief Gen X"; alone it may
 * be a given name, "Gen Nakatani"); "Tan Sri", "Puan Sri" ("Sri" alone opens names, "Sri Mulyani", and "Tan" is a
 * surname); "Air Marshal", "Wing Commander" ("Air", "Wing" alone open the names of bodies).
 */
export function isRankAfter(previous: string | undefined, token: string | undefined, next?: string): boolean {
  // (or after a title in lowercase: "Army chief Gen Sunil Bhandari")
  if (token === 'Gen') return /^(Lt|Lieut|Maj|Brig)\.?$/.test(previous ?? '') || /^(chief|commander|head)$/.test(previous ?? '');
  if (token === undefined) return false;
  if (next !== undefined && HONORIFIC_PAIRS.get(token)?.has(next)) return true;
  return previous !== undefined && HONORIFIC_PAIRS.get(previous)?.has(token) === true;
}

/**
 * Titles that are also given names: "Sultan bin Rashid Al Kuwari" (a ruler's title is followed by his own name, not
 * by "bin"), "Amir Levin" (the ruler's title is "the Amir", "Kuwait's Amir", "Amir Sheikh X").
 */
export function isGivenNameNotTitle(previous: string | undefined, token: string | undefined, next: string | undefined): boolean {
  if (!/^(Sultan|Amir|Emir)$/.test(token ?? '')) return false;
  if (/^(bin|ibn|bint|ben)$/i.test(next ?? '')) return true;
  if (token !== 'Amir' || !/^\p{Lu}\p{Ll}+$/u.test(next ?? '') || next === 'Sheikh') return false;
  return !/^(the|The|of|['’]s?)$/.test(previous ?? '') && !/(an|ian|i|ese)$/.test(previous ?? '');
}

/** A word that is a whole title or honorific by itself ("Minister", "President", "Gen."), not only part of one ("Trade"). */
export function isWholeTitleWord(token: string): boolean {
  const { trie, honorifics } = loadTitles();
  const lower = token.toLowerCase();
  return honorifics.has(lower) || trie.longest([lower], 0)?.last === 1;
}

/** The same, written in either case ("spokesman" in "NATO spokesman Ingrid Halvorsen"). */
export function isTitleWordAnyCase(token: string): boolean {
  return isHonorificOrTitleWord(token.replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
}
