// A state's embassies and consulates abroad ("the Chinese Embassy in Kuala Lumpur", "Russia's embassy in London",
// "the Embassy of Japan"): bodies of the sending state, named by it and the place they sit in, that speak for
// themselves ("the Chinese Embassy in Kuala Lumpur said ..."), later "the embassy".
import type { AnalysedText } from '../nlp/annotate.js';
import type { Gazetteer } from '../recognize/gazetteer.js';
import { entityId } from '../schema/ids.js';
import { isTitleWordAnyCase } from '../lexicon/titles.js';
import type { ResolvedMention } from './resolve.js';
import { addMention, ensure, textOf, type Builder } from './builder.js';

const MISSIONS: ReadonlyMap<string, string> = new Map([['embassy', 'Embassy'], ['consulate', 'Consulate']]);
/** States named with "the" ("the Embassy of the United States", "of the Philippines"). */
const WITH_THE = /^(United |Democratic |Central African|Dominican Republic|Czech|Republic|Philippines|Netherlands|Gambia|Bahamas|Maldives|Comoros|Marshall Islands|Solomon Islands|Seychelles)/;

/**
 * Adds a body for each embassy or consulate named with its sending state (before it, as a demonym after "the" or a
 * name with or without "'s", or after it with "of"), and the place after "in" when there is one. The mention covers
 * the whole name; the sending state keeps its own mention inside it, the place's is the embassy's; a body the tagger
 * read in the same words ("Chinese Embassy") is folded in. A bare "the embassy" later is the one last named.
 */
export function addEmbassies(doc: AnalysedText, b: Builder, gazetteer: Gazetteer): void {
  if (!/embass|consulat/i.test(doc.text)) return;
  let last: string | undefined;
  /** "Embassy CHN" -> the key of the one last named. */
  const named = new Map<string, string>();
  const typeOf = (m: ResolvedMention | undefined): string | undefined => (m ? b.entities.get(m.entity)?.type : undefined);
  const mentionAt = (first: number, pick: (m: ResolvedMention) => boolean): ResolvedMention | undefined => b.mentions.find((m) => m.first === first && pick(m));
  const mentionEnding = (end: number, pick: (m: ResolvedMention) => boolean): ResolvedMention | undefined => b.mentions.find((m) => m.last === end && pick(m));
  const isState = (m: ResolvedMention): boolean => typeOf(m) === 'Country';
  for (let i = 1; i < doc.tokens.length; i++) {
    const head = MISSIONS.get(doc.lower[i] ?? '');
    if (!head) continue;
    // the sending state: "the Chinese Embassy", "the U.S. embassy", "Russia's embassy", "the Embassy of Japan"
    const possessive = /^['’]s?$/.test(doc.tokens[i - 1] ?? '');
    const before = mentionEnding(possessive ? i - 1 : i, isState);
    const of = doc.lower[i + 1] === 'of' ? mentionAt(doc.lower[i + 2] === 'the' ? i + 3 : i + 2, isState) : undefined;
    // (not a capital: "a letter to the Belgrade embassy" is some state's embassy there)
    const capital = (m: ResolvedMention): boolean => gazetteer.trie.longest(doc.lower, m.first)?.values.some((v) => v.kind === 'capital') === true;
    const stated = before && (possessive || doc.lower[before.first - 1] === 'the') && !capital(before) ? before : of;
    // ("A spokesperson for the Chinese Embassy in Honiara": a demonym the tagger read into the embassy's name)
    const swallowed = stated ? undefined : demonymAt(doc, gazetteer, i - 1);
    const sender = stated ?? (swallowed ? { first: i - 1, last: i } : undefined);
    const iso3 = stated ? b.entities.get(stated.entity)?.country : swallowed;
    if (!sender || !iso3) {
      // ("the embassy said": the one last named)
      // (or before an office: "In a statement, embassy spokesman Ji Wenbo said")
      const office = isTitleWordAnyCase(doc.tokens[i + 1] ?? '') && !b.mentions.some((m) => m.last === i);
      if ((doc.lower[i - 1] === 'the' || office) && last && !b.mentions.some((m) => m.first <= i && i < m.last)) b.mentions.push({ first: i, last: i + 1, kind: 'nominal', entity: last });
      continue;
    }
    const first = sender === of ? i : sender.first;
    let end = sender === of ? sender.last : i + 1;
    // the place it sits in: "in Kuala Lumpur", "in Malaysia"
    const host = doc.lower[end] === 'in' ? mentionAt(end + 1, (m) => typeOf(m) === 'Location' || typeOf(m) === 'Country') : undefined;
    if (host) end = host.last;
    const country = gazetteer.countries.get(iso3)?.name ?? (stated ? b.entities.get(stated.entity)?.name : undefined) ?? iso3;
    const state = WITH_THE.test(country) ? `the ${country}` : country;
    const place = host ? textOf(doc, host.first, host.last) : undefined;
    const name = place ? `${head} of ${state} in ${place}` : `${head} of ${state}`;
    // ("the Chinese Embassy in Kuala Lumpur ... the Chinese Embassy said": one named without its place is the one of
    // that state named last)
    const earlier = place ? undefined : named.get(`${head} ${iso3}`);
    const key = earlier ?? entityId('Agency', name);
    named.set(`${head} ${iso3}`, key);
    const entity = ensure(b, key, () => ({ id: key, type: 'Agency', name, country: iso3, bodyKind: 'government' }));
    // (what else stood in those words is the embassy's: the place it sits in, a body the tagger read)
    const inside = b.mentions.filter((m) => m.first < end && first < m.last && m !== stated);
    for (const m of inside) b.mentions.splice(b.mentions.indexOf(m), 1);
    for (const m of inside) {
      const e = b.entities.get(m.entity);
      if (e && e.type !== 'Country' && !b.mentions.some((o) => o.entity === m.entity)) b.entities.delete(m.entity);
    }
    addMention(b, doc, entity, key, first, end, 'name');
    last = key;
    i = end - 1;
  }
}

/** The state (ISO-3) whose demonym is token `k` alone, after "the" ("the Chinese Embassy"), else undefined. */
function demonymAt(doc: AnalysedText, gazetteer: Gazetteer, k: number): string | undefined {
  if (doc.lower[k - 1] !== 'the') return undefined;
  const match = gazetteer.trie.longest(doc.lower, k);
  return match?.last === k + 1 ? match.values.find((v) => v.kind === 'demonym')?.country : undefined;
}
