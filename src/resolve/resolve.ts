// Mentions to entities inside one article: canonical ids, capitals and demonyms to countries, surnames to full names,
// acronyms defined in the text, "the North", bare "the deal" to the agreement named before, "the alliance" to the body.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { dataPath } from '../data-path.js';
import { DATELINE_SENTENCES, type AnalysedText } from '../nlp/annotate.js';
import type { EntityType, MentionKind } from '../schema/index.js';
import type { Gazetteer } from '../recognize/gazetteer.js';
import type { MentionCandidate } from '../recognize/candidates.js';
import { acronymDefinedAt, acronymEnd, acronymText, sameName, spellsAcronym } from '../recognize/acronyms.js';
import { BODY_KIND_WORDS, isGivenNameNotTitle, isHonorificOrTitleWord, isRankAfter, isTitleWordAnyCase } from '../lexicon/titles.js';
import { isAgencyHead, isBodyHead, isPortfolio } from '../recognize/bodies.js';
import { describedAsFirm, isCompanySuffix, isFirmNoun } from '../recognize/things.js';
import { cityCountry } from '../recognize/cities.js';
import { entityId, slug } from '../schema/ids.js';
import { BARE_AGREEMENT, foldAgreements, salientAgreement } from './agreements.js';
import { addMention, ensure, foldInto, textOf, type Builder } from './builder.js';
import { addEmbassies } from './embassies.js';
import { addStateServices } from './state-services.js';

export interface ResolvedMention {
  readonly first: number;
  readonly last: number;
  readonly kind: MentionKind;
  /** Key of the entity in `ResolvedArticle.entities`. */
  readonly entity: string;
}

export interface ResolvedEntity {
  id: string;
  type: EntityType;
  name: string;
  /** ISO-3 of the country a body or place belongs to, from the gazetteer. */
  readonly country?: string;
  /** Body kind from the gazetteer (intergovernmental, armed-group, news, ...). */
  readonly bodyKind?: string;
  /** ISO-3 of the state a mission or force serves in, from the gazetteer. */
  readonly servesIn?: string;
  readonly lat?: number;
  readonly lon?: number;
  /** Surface forms seen in the text. */
  readonly forms: Set<string>;
}

export interface ResolvedArticle {
  readonly doc: AnalysedText;
  readonly mentions: readonly ResolvedMention[];
  readonly entities: Map<string, ResolvedEntity>;
  /** Entity key of the mention covering each token, or undefined. */
  readonly entityAt: readonly (string | undefined)[];
  readonly mentionAt: readonly (ResolvedMention | undefined)[];
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'around', 'across', 'inside', 'within']);
/** Heads that name one kind of agreement, a halt to fighting: "the truce" recalls "a ceasefire". */
const TRUCE_HEADS: ReadonlySet<string> = new Set(['ceasefire', 'truce', 'armistice']);

/** Words before "a ... agreement" that make it one not yet made: "until a final peace agreement is reached". */
const PROSPECTIVE = new Set(['until', 'unless', 'if', 'toward', 'towards', 'before']);

/** A dateline: the capital opens a paragraph, in capitals or followed by a comma, bracket or dash ("SANAA -"). */
function isDateline(doc: AnalysedText, c: MentionCandidate): boolean {
  const sentence = doc.sentences[doc.sentenceOf[c.first] ?? 0];
  if (!sentence || sentence.first !== c.first) return false;
  const opensParagraph = c.first === 0 || doc.text.slice(doc.ends[c.first - 1] ?? 0, doc.starts[c.first] ?? 0).includes('\n');
  if (!opensParagraph) return false;
  // (every word in capitals: "N. Korea has sent ..." opening a headline is none)
  const capitals = doc.tokens.slice(c.first, c.last).every((word) => word === word.toUpperCase());
  const next = doc.tokens[c.last];
  // (a state's name, then a comma and a date or a place, "Lebanon, March 3"; not "Brazil, which shares the border, did
  // not sign" opening a paragraph)
  const dated = next === ',' && (c.entry?.kind !== 'country' || /^[\p{Lu}\d]/u.test(doc.tokens[c.last + 1] ?? ''));
  return capitals || dated || next === '(' || next === '-' || next === '—' || next === '–';
}

/** Those who rule a state from its capital ("the authorities in Niamey"). */
const RULERS: ReadonlySet<string> = new Set(['authorities', 'government', 'junta', 'regime', 'leadership', 'rulers']);

/**
 * A capital is a place after a locative preposition, when its country follows ("Manila, Philippines"), or when it
 * is named as the capital ("in the Nigerien capital Niamey", "vowed to retake the capital, Khartoum").
 */
function capitalUsedAsPlace(doc: AnalysedText, c: MentionCandidate, gazetteer: Gazetteer): boolean {
  const before = doc.lower[c.first - 1];
  // (not the seat of those who rule from it: "the military authorities in Niamey", "the government in Kabul")
  if (before === 'in' && RULERS.has(doc.lower[c.first - 2] ?? '')) return false;
  if (before !== undefined && PLACE_PREPOSITIONS.has(before)) return true;
  if (before === 'capital' || (before === ',' && doc.lower[c.first - 2] === 'capital')) return true;
  // ("the Cairo-based Arab League": where something is based)
  if (doc.tokens[c.last] === '-' && /^(based|headquartered)$/.test(doc.lower[c.last + 1] ?? '')) return true;
  if (doc.tokens[c.last] === ',') {
    const follow = gazetteer.trie.longest(doc.lower, c.last + 1);
    if (follow?.values.some((v) => v.kind === 'country' && v.country === c.entry?.country)) return true;
  }
  return false;
}

/** Strips titles and honorifics a tagger left at the front of a person's name ("President Putin" -> "Putin"). */
function personSpan(doc: AnalysedText, c: MentionCandidate): [number, number] | undefined {
  let first = c.first;
  // (and the hyphen joining two ranks: "Lt.-Col. X")
  const joinsRanks = (k: number): boolean => doc.tokens[k] === '-' && isHonorificOrTitleWord(doc.tokens[k - 1] ?? '') && isHonorificOrTitleWord(doc.tokens[k + 1] ?? '');
  while (first < c.last - 1 && !isGivenNameNotTitle(doc.tokens[first - 1], doc.tokens[first], doc.tokens[first + 1]) && (isHonorificOrTitleWord(doc.tokens[first] ?? '') || joinsRanks(first) || isRankAfter(doc.tokens[first - 1], doc.tokens[first], doc.tokens[first + 1]))) first++;
  if (first === c.last - 1 && isHonorificOrTitleWord(doc.tokens[first] ?? '')) return undefined;
  return [first, c.last];
}

export function resolveArticle(doc: AnalysedText, candidates: readonly MentionCandidate[], gazetteer: Gazetteer): ResolvedArticle {
  const b: Builder = { entities: new Map(), mentions: [] };
  const persons: { first: number; last: number; tokens: string[] }[] = [];
  const acronyms = new Map<string, string>();
  /** A generic body's name, lowercased -> the state it was last named with ("Taiwan's Defense Ministry ... the Defense Ministry"). */
  const qualified = new Map<string, string>();
  // ... and before it is first named with one ("the Supreme Court of Justice ... Venezuela's Supreme Court of Justice")
  const firstOwners = new Map<string, string>();
  for (const c of candidates) {
    if (c.type !== 'Agency' || (c.entry && c.entry.kind !== 'body') || !isGenericBody(doc.lower.slice(c.first, c.last))) continue;
    const name = textOf(doc, c.first, c.last).toLowerCase();
    const state = owningState(doc, candidates, c);
    if (state && !firstOwners.has(name)) firstOwners.set(name, state);
  }
  let lastAgreement: string | undefined;
  const prospective = new Set<string>();

  const countryEntity = (iso3: string): [string, ResolvedEntity] | undefined => {
    const info = gazetteer.countries.get(iso3);
    if (!info) return undefined;
    return [info.id, ensure(b, info.id, () => ({ id: info.id, type: 'Country', name: info.name, country: iso3, ...coords(info) }))];
  };

  // a capital the article also uses for its government is the country throughout, datelines aside
  const metonyms = new Set<string>();
  for (const c of candidates) {
    if (c.entry?.kind === 'capital' && !isDateline(doc, c) && !capitalUsedAsPlace(doc, c, gazetteer)) metonyms.add(c.entry.form);
  }
  const statesNamed = new Set(candidates.filter((o) => o.entry?.kind === 'country' || o.entry?.kind === 'demonym' || o.entry?.kind === 'capital').map((o) => o.entry?.country));
  // "European diplomats say Brussels could impose further measures": a capital standing for the one body named here
  // that sits in it (of several, the one named last before: "the EU's Peace Facility ... agreed with Brussels" where
  // NATO is named later), when the article names its state by no name or demonym
  const bodiesNamed = new Set(candidates.flatMap((o) => (o.entry?.kind === 'body' ? [o.entry.id] : [])));
  const statesByName = new Set(candidates.filter((o) => o.entry?.kind === 'country' || o.entry?.kind === 'demonym').map((o) => o.entry?.country));
  const seatOf = (form: string, country: string | undefined, at: number): string | undefined => {
    const seated = (gazetteer.seats.get(form) ?? []).filter((id) => bodiesNamed.has(id));
    if (statesByName.has(country) || seated.length === 0) return undefined;
    if (seated.length === 1) return seated[0];
    const before = candidates.filter((o) => o.first < at && o.entry?.kind === 'body' && seated.includes(o.entry.id));
    return before[before.length - 1]?.entry?.id;
  };
  const filedFrom = candidates.find((o) => o.entry?.country !== undefined && isDateline(doc, o))?.entry?.country;
  const lead = leadState(doc, candidates);
  // "declared Oscar Ramirez Mejia the winner" read as a body, "Ramirez" and "Oscar Ramirez" as a person elsewhere: a
  // tagged body's name no gazetteer knows, with no body's head, that opens with a person's name of two words or more
  const personNames = candidates.filter((o) => o.type === 'Person' && o.last - o.first > 1).map((o) => doc.lower.slice(o.first, o.last).join(' '));
  const personLike = (c: MentionCandidate): boolean => {
    if (c.entry || c.type !== 'Organization' || c.last - c.first < 2 || doc.tokens.slice(c.first, c.last).some((w) => isBodyHead(w) || !/^\p{Lu}/u.test(w))) return false;
    const name = doc.lower.slice(c.first, c.last).join(' ');
    return personNames.some((p) => name.startsWith(`${p} `));
  };
  for (const c of candidates) {
    // "ISLAMABAD — The Foreign Office summoned ...": a known body's generic name is that body only when its state
    // owns it here, or, owned by none, when the article names that state or was not filed from another one
    // ("Joint Chiefs of Staff": a name of generic words only, no body's head among them, is generic too)
    const words = doc.lower.slice(c.first, c.last);
    const genericForm = c.entry?.kind === 'body' && c.entry.country !== undefined && (isGenericBody(words) || words.every((w) => GENERIC_NAME_WORDS.has(w)));
    const owner = genericForm ? owningState(doc, candidates, c) ?? firstOwners.get(textOf(doc, c.first, c.last).toLowerCase()) : undefined;
    // (any state's body of that name, where another state owns it through its forces: "the Joint Chiefs of Staff of
    // the Armed Forces of Honduras" is no Pentagon body)
    const forcesOwner = c.entry?.kind === 'body' && c.entry.country !== undefined ? ownerThroughBody(doc, candidates, c) : undefined;
    // ("SEOUL (Yonhap) -- ... the Joint Chiefs of Staff (JCS) said": filed from a state the article names, the generic
    // name is that state's, even where the article names the gazetteer's state too)
    // (a military staff's name only: every state has its Joint Chiefs or coast guard, not a "State Department")
    const military = (): boolean => MILITARY_STAFF.test(words.join(' '));
    const filedElsewhere = filedFrom !== undefined && filedFrom !== c.entry?.country && (!statesNamed.has(c.entry?.country) || (statesByName.has(filedFrom) && military()));
    const elsewhere = (forcesOwner !== undefined && forcesOwner !== c.entry?.country) || (genericForm && (owner ? owner !== c.entry?.country : filedElsewhere));
    const entry = elsewhere ? undefined : c.entry;
    // "the Coalition of Patriots for Change (CPC) ... The CPC": an acronym the article spelt out is its, not that of
    // a gazetteer body that does not spell it ("Chinese Communist Party")
    const acronym = textOf(doc, c.first, c.last);
    // (... or spells it for another name: "the Multinational Security Support mission, or MSS ... the MSS")
    const defined = entry?.kind === 'body' && c.last - c.first === 1 ? acronyms.get(acronym) : undefined;
    const definedEntity = defined ? b.entities.get(defined) : undefined;
    const same = entry !== undefined && definedEntity !== undefined && spellsAcronym(entry.name, acronym) && sameName(entry.name, definedEntity.name);
    if (defined && definedEntity && definedEntity.id !== entry?.id && spellsAcronym(definedEntity.name, acronym) && !same) {
      addMention(b, doc, definedEntity, defined, c.first, c.last, 'name');
      continue;
    }
    if (entry && (entry.kind === 'country' || entry.kind === 'demonym' || entry.kind === 'capital')) {
      const place = entry.kind === 'capital' && (isDateline(doc, c) || (!metonyms.has(entry.form) && capitalUsedAsPlace(doc, c, gazetteer)));
      if (place) {
        const id = `location:${slug(entry.form)}`;
        const known = gazetteer.byId.get(id);
        const place = ensure(b, id, () => ({ id, type: 'Location', name: entry.form, ...(entry.country ? { country: entry.country } : {}), ...coords(known ?? {}) }));
        addMention(b, doc, place, id, c.first, c.last, 'name');
        continue;
      }
      const body = entry.kind === 'capital' ? seatOf(entry.form, entry.country, c.first) : undefined;
      const seated = body ? gazetteer.byId.get(body) : undefined;
      if (seated) {
        const e = ensure(b, seated.id, () => ({ id: seated.id, type: seated.type, name: seated.name, ...(seated.bodyKind ? { bodyKind: seated.bodyKind } : {}) }));
        addMention(b, doc, e, seated.id, c.first, c.last, 'name');
        continue;
      }
      const country = countryEntity(entry.country ?? '');
      if (country) addMention(b, doc, country[1], country[0], c.first, c.last, c.kind);
      continue;
    }
    if (entry) {
      const e = ensure(b, entry.id, () => ({
        id: entry.id,
        type: entry.type,
        name: entry.name,
        ...(entry.country ? { country: entry.country } : {}),
        ...(entry.bodyKind ? { bodyKind: entry.bodyKind } : {}),
        ...(entry.servesIn ? { servesIn: entry.servesIn } : {}),
        ...coords(entry),
      }));
      addMention(b, doc, e, entry.id, c.first, c.last, 'name');
      // ("the AU Peace and Security Council (PSC)": an acronym the article gives a known body, spelt by its name as
      // written or that name's last words, names it from now on)
      const spelt = entry.kind === 'body' ? acronymDefinedAt(doc, c.last) : -1;
      const written = doc.tokens.slice(c.first, c.last);
      const acronymFor = spelt >= 0 ? acronymText(doc, spelt) : '';
      if (spelt >= 0 && written.some((_w, k) => /^\p{Lu}/u.test(written[k] ?? '') && spellsAcronym(written.slice(k).join(' '), acronymFor))) acronyms.set(acronymFor, entry.id);
      continue;
    }
    // ("the Maritime Security Agency, known as Bakamla, ... according to Bakamla" read as a person: the body's name)
    const shortName = c.type === 'Person' && c.last - c.first === 1 ? acronyms.get(doc.tokens[c.first] ?? '') : undefined;
    const named = shortName ? b.entities.get(shortName) : undefined;
    if (shortName && named && named.type !== 'Agreement') {
      addMention(b, doc, named, shortName, c.first, c.last, 'name');
      continue;
    }
    if (c.type === 'Person' || personLike(c)) {
      const span = personSpan(doc, c);
      if (span) {
        // ("By NURUL HUDA AZIZ": a name written in capitals is named as written elsewhere)
        const tokens = doc.tokens.slice(span[0], span[1]);
        const capitals = tokens.every((t) => /^\p{Lu}{2,}$/u.test(t));
        persons.push({ first: span[0], last: span[1], tokens: capitals ? tokens.map((t) => t.charAt(0) + t.slice(1).toLowerCase()) : tokens });
      }
      continue;
    }
    if (c.type === 'Agreement') {
      const name = textOf(doc, c.first, c.last);
      // ("signed a memorandum of understanding (MoU) on ... The MoU was signed by": the acronym the text defined)
      const defined = acronyms.get(name);
      const definedAgreement = defined ? b.entities.get(defined) : undefined;
      if (defined && definedAgreement?.type === 'Agreement') {
        addMention(b, doc, definedAgreement, defined, c.first, c.last, 'name');
        lastAgreement = defined;
        continue;
      }
      // ("Russia's pact with North Korea": a bare noun another state owns is another agreement, unnamed)
      if (c.first + 1 === c.last && BARE_AGREEMENT.test(name) && /^['’]s?$/.test(doc.tokens[c.first - 1] ?? '')) continue;
      // ("signed a joint declaration ... by signing a memorandum of understanding with Somaliland": one qualified
      // after "a" is another one; "worked out an agreement that ..." is the same)
      // ("accepted the ceasefire agreement ... signed a declaration as its guarantors": an indefinite one of another
      // kind is another)
      const indefinite = /^(a|an)$/.test(doc.lower[c.first - 1] ?? '');
      const lastName = lastAgreement ? b.entities.get(lastAgreement)?.name.toLowerCase() ?? '' : '';
      // (but "the Kivu Ceasefire Framework, an accord that ...", "signed a cooperation agreement in 2023, a pact she
      // said ...": an apposition describes the one named before it in its sentence)
      const si = doc.sentenceOf[c.first];
      const apposition = doc.tokens[c.first - 2] === ',' && b.mentions.some((m) => m.entity === lastAgreement && m.last < c.first && doc.sentenceOf[m.first] === si);
      const otherKind = indefinite && !apposition && lastName !== name.toLowerCase() && !lastName.endsWith(` ${name.toLowerCase()}`) && !/^(agreement|deal)$/.test(name.toLowerCase());
      const another = doc.lower[c.first - 1] === 'another' || otherKind || (indefinite && /^(of|with|between|on)$/.test(doc.lower[c.last] ?? ''));
      if (c.first + 1 === c.last && BARE_AGREEMENT.test(name) && lastAgreement && !another) {
        // ("the Falepili Union treaty ... defended the pact": the one last named with the same head, else the last one)
        // (or "the ceasefire" named bare before; "the truce" is a ceasefire too)
        const head = name.toLowerCase();
        const heads = TRUCE_HEADS.has(head) ? [...TRUCE_HEADS] : [head];
        const sameHead = (other: string): boolean => heads.some((h) => other === h || other.endsWith(` ${h}`));
        const same = [...b.mentions].reverse().find((m) => b.entities.get(m.entity)?.type === 'Agreement' && !prospective.has(m.entity) && sameHead(b.entities.get(m.entity)?.name.toLowerCase() ?? ''))?.entity;
        // ("the statute", "the charter": only one named with that head)
        // ("The Kundu Treaty was signed ... consistent with the Boe Declaration ... The deal still has to be ratified":
        // of the agreements named, the one named most, the last one on a tie)
        // ("a peace treaty, the text of which was initialed": the agreement right before the comma)
        const comma = doc.lower[c.first - 1] === 'the' ? c.first - 2 : -1;
        const ofWhich = doc.tokens[comma] === ',' && doc.lower[c.last] === 'of' && doc.lower[c.last + 1] === 'which' ? b.mentions.find((m) => m.last === comma && b.entities.get(m.entity)?.type === 'Agreement')?.entity : undefined;
        // ("the ceasefire in the enclave" after a defence agreement: a truce none named before is no other agreement)
        const key = ofWhich ?? same ?? (/^(convention|protocol|charter|statute)$/.test(head) || TRUCE_HEADS.has(head) ? undefined : salientAgreement(b, c.first) ?? lastAgreement);
        const e = key ? b.entities.get(key) : undefined;
        if (e && key) addMention(b, doc, e, key, c.first, c.last, 'nominal');
        continue;
      }
      const key = entityId('Agreement', name);
      const e = ensure(b, key, () => ({ id: key, type: 'Agreement', name }));
      addMention(b, doc, e, key, c.first, c.last, c.kind);
      // ("Doha will remain at their disposal until a final peace agreement is reached ... welcomed the agreement": one
      // only hoped for is not what a later "the agreement" stands for)
      if (indefinite && doc.lower.slice(Math.max(0, c.first - 3), c.first - 1).some((w) => PROSPECTIVE.has(w))) prospective.add(key);
      else lastAgreement = key;
      // "the United Nations Convention on the Law of the Sea (UNCLOS)": the acronym names it from now on
      const spelt = acronymDefinedAt(doc, c.last);
      if (spelt >= 0) acronyms.set(acronymText(doc, spelt), key);
      continue;
    }
    const name = textOf(doc, c.first, c.last);
    const acronymOf = acronyms.get(name);
    if (acronymOf) {
      const e = b.entities.get(acronymOf);
      if (e) addMention(b, doc, e, acronymOf, c.first, c.last, 'name');
      continue;
    }
    // ("Iran's Foreign Ministry rejected the move. Ministry spokesman X said": a body's head alone is that body, named
    // in the sentences just before, not the filing state's)
    // (not one a state owns: "the Indonesian Navy's aircraft")
    // (nor one a capitalised word qualifies: "Presidential Office spokeswoman X" after the Taiwan Affairs Office)
    const owned = b.mentions.some((m) => m.last === c.first || m.last === c.first - 1) || /^['’]s?$/.test(doc.tokens[c.first - 1] ?? '') || qualifiedHead(doc, b, c.first);
    const recent = c.type === 'Agency' && c.last - c.first === 1 && isAgencyHead(name) && !owned ? recentBodyWith(doc, b, name.toLowerCase(), c.first, true) : undefined;
    if (recent) {
      const e = b.entities.get(recent);
      if (e) addMention(b, doc, e, recent, c.first, c.last, 'name');
      continue;
    }
    // "Azerbaijan's Defense Ministry" and "Armenia's Defense Ministry" are two bodies: a generic name is its state's
    const legislature = c.type === 'Agency' && LEGISLATURES.has(doc.lower.slice(c.first, c.last).join(' '));
    // ("the Republic of Korea Navy" read whole: the state's name, then a generic body's, is that state's body)
    const opening = c.type === 'Agency' && !c.entry ? gazetteer.trie.longest(doc.lower, c.first) : undefined;
    const prefix = opening?.values.find((v) => v.kind === 'country');
    const prefixEnd = prefix && opening ? opening.last : c.first;
    const inner = prefix && prefixEnd < c.last && isGenericBody(doc.lower.slice(prefixEnd, c.last)) ? prefix.country : undefined;
    const generic = c.type === 'Agency' && (isGenericBody(doc.lower.slice(c.first, c.last)) || legislature);
    // ("In Beijing, Foreign Ministry spokesperson X said": the state of the place the sentence opens in)
    // (... and a ministry no state owns anywhere, the state the story was filed from: "DOHA — ... at the Ministry of
    // Foreign Affairs"; not a "Commission" in Brussels nor an intelligence service another state's delegation heads)
    // (a state the article names too: "DUBAI -- Saudi Arabia executed ... an Interior Ministry statement" is no UAE's)
    const chamberThere = !legislature || !CHAMBERS_ABSENT.get(name.toLowerCase())?.includes(filedFrom ?? '');
    // (with no dateline, a ministry is of the state the article opens on; a parliament may be anyone's)
    const ministry =
      (/\b(ministry|office)\b/i.test(name) || legislature) && chamberThere ? (statesByName.has(filedFrom) ? filedFrom : filedFrom === undefined && !legislature ? lead : undefined) : undefined;
    const state =
      inner ??
      (generic
        ? owningState(doc, candidates, c) ?? seatedIn(doc, candidates, c) ?? openingSite(doc, candidates, c) ?? qualified.get(name.toLowerCase()) ?? firstOwners.get(name.toLowerCase()) ?? reactingState(doc, candidates, c) ?? ministry
        : c.type === 'Agency'
          ? ownerThroughBody(doc, candidates, c)
          : undefined);
    const stateName = state ? gazetteer.countries.get(state)?.name : undefined;
    if (state && stateName) qualified.set(name.toLowerCase(), state);
    // ("OHRID, North Macedonia —", "MINISTRY OF FOREIGN AFFAIRS" heading a release: a place or body written in
    // capitals is named as written elsewhere)
    const capitals = (c.type === 'Location' || c.type === 'Agency') && /^[\p{Lu}\s'’-]{4,}$/u.test(name);
    const shown = capitals ? name.toLowerCase().replace(/(^|[\s'’-])\p{Ll}/gu, (x) => x.toUpperCase()).replace(/ (Of|The|And|For|On|In)(?= )/g, (x) => x.toLowerCase()) : name;
    // (keyed as the state's body of that name, named as written: "Republic of Korea Navy" is "Navy (South Korea)")
    const full = state && stateName ? `${inner ? textOf(doc, prefixEnd, c.last) : shown} (${stateName})` : shown;
    const written = inner ? shown : full;
    const spelt = acronymDefinedAt(doc, BODY_KIND_WORDS.has(doc.lower[c.last] ?? '') ? c.last + 1 : c.last);
    // ("China's Ministry of Commerce (MOFCOM)": a state's generic body with the acronym of the gazetteer's body of that
    // state is that body)
    const known = spelt >= 0 && state ? gazetteer.trie.longest([doc.lower[spelt] ?? ''], 0)?.values.find((v) => v.kind === 'body' && v.country === state) : undefined;
    const key = known?.id ?? entityId(c.type, full);
    // ("USHUAIA, April 21": a town the gazetteer does not know lies in the country its name alone settles)
    const town = c.type === 'Location' && !state ? cityCountry(shown) : undefined;
    const country = state && stateName ? state : town;
    const e = ensure(b, key, () => (known && state ? { id: known.id, type: known.type, name: known.name, country: state, ...(known.bodyKind ? { bodyKind: known.bodyKind } : {}) } : { id: key, type: c.type, name: written, ...(country ? { country } : {}) }));
    addMention(b, doc, e, key, c.first, c.last, 'name');
    // "National Intelligence Service (NIS)", "the Multinational Security Support mission, or MSS,": the acronym names
    // the same body from now on
    if (spelt >= 0) {
      acronyms.set(acronymText(doc, spelt), key);
      addMention(b, doc, e, key, spelt, acronymEnd(doc, spelt), 'name');
    }
  }

  // ("all parties should respect UNCLOS ... the 1982 United Nations Convention on the Law of the Sea (UNCLOS)": an
  // acronym named before the article spells it out is the name it spells)
  for (const [acronym, key] of acronyms) {
    for (const [other, e] of [...b.entities]) if (other !== key && e.name === acronym && !gazetteer.byId.has(other) && (e.type === 'Organization' || e.type === 'Agency')) foldInto(b, other, key);
  }
  resolvePersons(doc, b, persons);
  foldSurnamesIntoPersons(doc, b);
  foldShortOrganizationNames(doc, b);
  foldAgreements(doc, b);
  resolveRegional(doc, b, gazetteer, countryEntity);
  addRepeatedNames(doc, b, acronyms);
  addBodyNominals(doc, b);
  addFirmNominals(doc, b);
  addStateServices(doc, b, gazetteer);
  addEmbassies(doc, b, gazetteer);
  // (after the state's services, which "Army spokesman" may name)
  foldBodyHeads(doc, b, gazetteer, filedFrom);
  foldFirmBeginnings(doc, b, gazetteer);
  foldBodyBeginnings(b, gazetteer);
  foldPlaceBeginnings(b);
  addOpeningBodyHeads(doc, b);

  // nested mentions (a party named inside an agreement's name) come after the mention that holds them
  // (a span named twice for one entity, by the gazetteer and as a defined acronym, is one mention)
  const sorted = b.mentions.sort((x, y) => x.first - y.first || y.last - y.first - (x.last - x.first));
  const mentions = sorted.filter((m, k) => k === 0 || !sorted.slice(Math.max(0, k - 3), k).some((o) => o.first === m.first && o.last === m.last && o.entity === m.entity));
  const entityAt: (string | undefined)[] = new Array(doc.tokens.length).fill(undefined);
  const mentionAt: (ResolvedMention | undefined)[] = new Array(doc.tokens.length).fill(undefined);
  for (const m of mentions) for (let i = m.first; i < m.last; i++) {
    entityAt[i] = m.entity;
    mentionAt[i] = m;
  }
  return { doc, mentions, entities: b.entities, entityAt, mentionAt };
}

/** Military staffs every state has ("Joint Chiefs of Staff", "coast guard"), unlike a "State Department". */
const MILITARY_STAFF = /\b(chiefs|staff|army|navy|coast guard|armed forces|air force)\b/;

/** Words of bodies' names that name no one body until a state owns it ("Defence Ministry", "Supreme Court of Justice"). */
const GENERIC_NAME_WORDS = new Set([
  'of', 'the', 'and', 'for', 'national', 'supreme', 'constitutional', 'central', 'general', 'federal', 'high', 'armed', 'air', 'coast',
  'border', 'presidential', 'affairs', 'staff', 'chiefs', 'joint', 'special', 'electoral', 'military', 'naval', 'people', "people's",
  // (every state may have a congress, a senate, a house of representatives and a treasury: "BRASILIA - ... without
  // consulting Congress" is Brazil's)
  'congress', 'senate', 'house', 'representatives', 'treasury',
]);

/** The chambers every state may have by these names, bare: "without consulting Congress", "on the Senate floor". */
const LEGISLATURES = new Set(['congress', 'senate', 'house of representatives', 'parliament', 'national assembly']);
/** States with no chamber of that name: "a former National Assembly lawmaker" in a story filed from Washington is another state's. */
const CHAMBERS_ABSENT: ReadonlyMap<string, readonly string[]> = new Map([
  ['national assembly', ['USA', 'GBR']],
  ['parliament', ['USA']],
  ['congress', ['GBR']],
]);

/** A body's name made only of heads, portfolios and generic words ("Defense Ministry", "Ministry of Foreign Affairs", "Coast Guard"). */
function isGenericBody(lower: readonly string[]): boolean {
  return lower.some((w) => isAgencyHead(w)) && lower.every((w) => isAgencyHead(w) || isPortfolio(w) || GENERIC_NAME_WORDS.has(w));
}

/** The ISO-3 of the state named right before a body ("Armenia's", "the Russian") or after it ("of Ukraine"), if any. */
function owningState(doc: AnalysedText, candidates: readonly MentionCandidate[], c: MentionCandidate): string | undefined {
  const stateEnding = (end: number): string | undefined => {
    const owner = candidates.find((o) => o.last === end && (o.entry?.kind === 'country' || o.entry?.kind === 'demonym' || o.entry?.kind === 'capital'));
    return owner?.entry?.country;
  };
  let before = c.first;
  if (before > 0 && /^['’]s?$/.test(doc.lower[before - 1] ?? '')) before--;
  const owner = stateEnding(before);
  if (owner) return owner;
  // ("Malaysia's Chief of Navy", "New Zealand's Chief of Air Force": the state owning the title the body ends)
  if (doc.lower[c.first - 1] === 'of' && isTitleWordAnyCase(doc.tokens[c.first - 2] ?? '') && /^['’]s?$/.test(doc.lower[c.first - 3] ?? '')) {
    const titled = stateEnding(c.first - 3);
    if (titled) return titled;
  }
  if (doc.lower[c.last] !== 'of') return undefined;
  // ("Ministry of Foreign Affairs of the Republic of Azerbaijan")
  const at = doc.lower[c.last + 1] === 'the' ? c.last + 2 : c.last + 1;
  const after = candidates.find((o) => o.first === at && o.entry?.kind === 'country');
  return after?.entry?.country;
}

/** "the Joint Chiefs of Staff of the Armed Forces of Honduras": the state whose body follows "of (the)", with "of" and the state after it. */
function ownerThroughBody(doc: AnalysedText, candidates: readonly MentionCandidate[], c: MentionCandidate): string | undefined {
  if (doc.lower[c.last] !== 'of') return undefined;
  const at = doc.lower[c.last + 1] === 'the' ? c.last + 2 : c.last + 1;
  // (the body's capitalised words, whether or not the tagger read them as a name)
  let end = at;
  while (end < at + 4 && /^\p{Lu}/u.test(doc.tokens[end] ?? '') && !candidates.some((o) => o.first === end && o.entry?.kind === 'country')) end++;
  const head = isBodyHead(doc.tokens[end - 1] ?? '') || /^forces$/i.test(doc.tokens[end - 1] ?? '');
  if (end === at || !head || doc.lower[end] !== 'of') return undefined;
  const state = doc.lower[end + 1] === 'the' ? end + 2 : end + 1;
  return candidates.find((o) => o.first === state && o.entry?.kind === 'country')?.entry?.country;
}

/** The state of the capital or country a sentence opens in ("In Beijing, ..."), when the body is in that sentence. */
function openingSite(doc: AnalysedText, candidates: readonly MentionCandidate[], c: MentionCandidate): string | undefined {
  const sentence = doc.sentences[doc.sentenceOf[c.first] ?? 0];
  if (!sentence || doc.lower[sentence.first] !== 'in') return undefined;
  const place = candidates.find((o) => o.first === sentence.first + 1 && (o.entry?.kind === 'capital' || o.entry?.kind === 'country'));
  // (the body the sentence opens with there, not one a title deep in it names: "In Washington, the Treasury ...
  // sanctioned ..., among them B, president of the National Electoral Council")
  return place && doc.tokens[place.last] === ',' && place.last < c.first && c.first - place.last <= OPENING_SITE_TOKENS ? place.entry?.country : undefined;
}

/** "officials at the Interior Ministry in Asuncion": the state of the capital (or the state) a generic body is placed in. */
function seatedIn(doc: AnalysedText, candidates: readonly MentionCandidate[], c: MentionCandidate): string | undefined {
  if (doc.lower[c.last] !== 'in') return undefined;
  const place = candidates.find((o) => o.first === c.last + 1 && (o.entry?.kind === 'capital' || o.entry?.kind === 'country'));
  return place?.entry?.country;
}

/**
 * An article with no dateline that opens on a state ("Argentina has frozen the assets of ..."): that state, for the
 * ministries no state owns anywhere in it, as a dateline's would be. (Offices ask more of the lead: holds-position's
 * soleLeadState wants no other state named in it, as a ministry nobody owns is seldom a visitor's.)
 */
function leadState(doc: AnalysedText, candidates: readonly MentionCandidate[]): string | undefined {
  for (const sentence of doc.sentences.slice(0, DATELINE_SENTENCES)) {
    const opening = candidates.find((o) => o.first === sentence.first && o.entry?.kind === 'country' && o.kind === 'name');
    if (opening && doc.pos[opening.last] !== 'PUNCT') return opening.entry?.country;
  }
  return undefined;
}

/** Verbs of a state's answer that the next sentence's ministry gives voice to ("Tehran rejected the accusations."). */
const ANSWERING = new Set(['rejected', 'rejects', 'denied', 'denies', 'dismissed', 'dismisses', 'condemned', 'condemns', 'protested', 'responded', 'reacted', 'hit']);

/**
 * "Tehran rejected the accusations. Foreign Ministry spokesman X called ...": a ministry no state owns, opening the
 * sentence after one in which a state answers, is that state's (its id), whatever the dateline.
 */
function reactingState(doc: AnalysedText, candidates: readonly MentionCandidate[], c: MentionCandidate): string | undefined {
  const si = doc.sentenceOf[c.first] ?? 0;
  const sentence = doc.sentences[si];
  const previous = doc.sentences[si - 1];
  if (!sentence || !previous || c.first !== (doc.lower[sentence.first] === 'the' ? sentence.first + 1 : sentence.first)) return undefined;
  const opening = candidates.find((o) => o.first === previous.first && (o.entry?.kind === 'country' || o.entry?.kind === 'capital'));
  const verb = opening ? (doc.pos[opening.last] === 'AUX' ? opening.last + 1 : opening.last) : -1;
  return opening && ANSWERING.has(doc.lower[verb] ?? '') ? opening.entry?.country : undefined;
}

/** How far after "In Beijing," the body placed there may stand ("In Beijing, Foreign Ministry spokesperson X"). */
const OPENING_SITE_TOKENS = 8;

let bodyNominals: ReadonlyMap<string, readonly string[]> | undefined;

/** data/lexicon/body-nominals.json: a common noun, and the words one of which the body it stands for has in its name. */
function loadBodyNominals(): ReadonlyMap<string, readonly string[]> {
  if (bodyNominals) return bodyNominals;
  const raw = z.record(z.string(), z.union([z.string(), z.array(z.string())])).parse(JSON.parse(readFileSync(dataPath('lexicon', 'body-nominals.json'), 'utf8')));
  bodyNominals = new Map(Object.entries(raw).flatMap(([noun, words]) => (Array.isArray(words) && !noun.startsWith('_') ? [[noun, words]] : [])));
  return bodyNominals;
}

/**
 * "Sweden joined NATO ... Finland joined the alliance last year": "the alliance", "the [six-member] bloc", "the union" are the
 * nearest intergovernmental body named before them whose name fits the noun; nothing when none does.
 */
function addBodyNominals(doc: AnalysedText, b: Builder): void {
  const nominals = loadBodyNominals();
  const covered = coveredTokens(doc, b);
  /** "bloc 12" -> the body "the bloc" in sentence 12 stands for. */
  const resolvedIn = new Map<string, string>();
  const bodies = b.mentions
    .filter((m) => m.kind === 'name' && b.entities.get(m.entity)?.bodyKind === 'intergovernmental')
    .sort((x, y) => x.first - y.first);
  for (let i = 1; i < doc.tokens.length; i++) {
    const words = nominals.get(doc.tokens[i] ?? '');
    if (!words || covered[i] === 1) continue;
    // "the bloc", "the six-member bloc", "the 27-nation bloc", "the regional trade bloc"
    let k = i - 1;
    // (not past another noun phrase's "of" or article: "on the part of an alliance that ...")
    while (k > i - 5 && !covered[k] && /^(\p{Ll}+|\d+|-)$/u.test(doc.tokens[k] ?? '') && !/^(the|of|a|an)$/.test(doc.lower[k] ?? '') && doc.pos[k] !== 'VERB') k--;
    // ("alliance spokesperson X": before a title, with no article)
    if (doc.lower[k] !== 'the' && !(k === i - 1 && isTitleWordAnyCase(doc.tokens[i + 1] ?? ''))) continue;
    let named: ResolvedMention | undefined;
    for (const m of bodies) {
      if (m.first >= i) break;
      const name = b.entities.get(m.entity)?.name ?? '';
      // ("for the bloc to conclude its trade agreement with the European Union ... The bloc also includes": a body
      // named in a sentence whose "the bloc" is another is that one's counterpart, not what "the bloc" is now)
      const other = resolvedIn.get(`${doc.lower[i]} ${doc.sentenceOf[m.first]}`);
      if (words.some((word) => name.includes(word)) && (other === undefined || other === m.entity)) named = m;
    }
    if (named) {
      b.mentions.push({ first: i, last: i + 1, kind: 'nominal', entity: named.entity });
      resolvedIn.set(`${doc.lower[i]} ${doc.sentenceOf[i]}`, named.entity);
    }
  }
}

/** Nouns that stand for a firm named before them when they own something ("the company's chief executive"). */
const FIRM_NOMINALS = new Set(['company', 'firm']);
/** How many sentences back the firm a nominal stands for may be named. */
const FIRM_NOMINAL_SENTENCES = 3;

/**
 * "Tasersuaq Resources, a Perth-listed mining company ... the company's chief executive, X": "the company" owning
 * something is the firm named last before it, within a few sentences (a body the gazetteer knows as no firm is none).
 */
function addFirmNominals(doc: AnalysedText, b: Builder): void {
  for (let i = 1; i < doc.tokens.length - 1; i++) {
    if (!FIRM_NOMINALS.has(doc.lower[i] ?? '') || doc.lower[i - 1] !== 'the' || !/^['’]s?$/.test(doc.tokens[i + 1] ?? '')) continue;
    const earliest = (doc.sentenceOf[i] ?? 0) - FIRM_NOMINAL_SENTENCES;
    let firm: ResolvedMention | undefined;
    for (const m of b.mentions) {
      if (m.first >= i || (doc.sentenceOf[m.first] ?? 0) < earliest || m.kind !== 'name') continue;
      const e = b.entities.get(m.entity);
      if (e?.type === 'Organization' && (e.bodyKind === undefined || e.bodyKind === 'company') && (!firm || m.first > firm.first)) firm = m;
    }
    if (firm) b.mentions.push({ first: i, last: i + 1, kind: 'nominal', entity: firm.entity });
  }
}

function coords(source: { readonly lat?: number; readonly lon?: number }): { lat?: number; lon?: number } {
  return source.lat !== undefined && source.lon !== undefined ? { lat: source.lat, lon: source.lon } : {};
}

/** How far before a full name the title a later surname mention repeats may stand ("Secretary of Foreign Affairs X"). */
const TITLE_REACH_TOKENS = 5;

/** How many sentences back a full name makes its surname alone that person, whoever else bears it. */
const RECENT_NAME_SENTENCES = 2;

/** Ranks written short that are also given names ("Gen Nakatani"): a rank only before another person's surname. */
const RANKS_OR_GIVEN_NAMES: ReadonlySet<string> = new Set(['Gen']);

/** Full names are canonical; a single surname or first name joins the full name it belongs to, the nearest before it first. */
function resolvePersons(doc: AnalysedText, b: Builder, named: { first: number; last: number; tokens: string[] }[]): void {
  type Named = (typeof named)[number];
  // ("General Peter Kirui ... Gen Kirui told reporters": a rank that may be a given name, "Gen Nakatani", before the
  // surname of another person of the article is that person's rank; so before the name a Thai or Khmer name is
  // called by, its first: "Gen Sok Vannarith ... Gen Sok said")
  // (and before a name of two words or more: "Chief of Army Staff Gen Shahid Iqbal")
  const unranked = (p: Named): Named => ({ first: p.first + 1, last: p.last, tokens: p.tokens.slice(1) });
  const longer = named.map((p) => (RANKS_OR_GIVEN_NAMES.has(p.tokens[0] ?? '') && p.tokens.length > 2 ? unranked(p) : p));
  const ranked = (p: Named): boolean =>
    RANKS_OR_GIVEN_NAMES.has(p.tokens[0] ?? '') &&
    p.tokens.length === 2 &&
    longer.some((f) => f.tokens.length > 1 && f.tokens[0] !== p.tokens[0] && (f.tokens[f.tokens.length - 1] === p.tokens[1] || f.tokens[0] === p.tokens[1]));
  const persons = longer.map((p) => (ranked(p) ? unranked(p) : p));
  const full = persons.filter((p) => p.tokens.length > 1);
  const keyOf = (tokens: readonly string[]): string => entityId('Person', tokens.join(' ').replace(/ ([-.]) ?/g, '$1'));
  const same = (a: string | undefined, b: string): boolean => a !== undefined && a.toLowerCase() === b.toLowerCase();
  /** The fullest form of a name of several words. */
  const fullest = (p: Named): Named => {
    // "Biden" then "Joe Biden": an earlier longer name containing this one wins too ("Von der Leyen" at a sentence
    // start is "Ursula von der Leyen")
    const longer = full.find((f) => f.tokens.length > p.tokens.length && p.tokens.every((t, i) => same(f.tokens[f.tokens.length - p.tokens.length + i], t)));
    // ("Rodrigo Valdés Echeñique" for "Rodrigo Esteban Valdés Echeñique": a longer name with a middle name more)
    const middle = full.find((f) => f.tokens.length === p.tokens.length + 1 && same(f.tokens[0], p.tokens[0] ?? '') && p.tokens.slice(1).every((t, i) => same(f.tokens[i + 2], t)));
    // ("Lucía Benítez" for "Lucía Benítez Orellana": a name without its second surname)
    const surname = p.tokens.length > 1 ? full.find((f) => f.tokens.length === p.tokens.length + 1 && p.tokens.every((t, i) => same(f.tokens[i], t))) : undefined;
    return longer ?? middle ?? surname ?? p;
  };
  /**
   * Of several persons a surname ends, the one named last when named within the last sentences ("Ms. Ishikawa told
   * reporters" after "Gov. Ishikawa Megumi"), else the one named most so far: "Albrecht rejected this" is the minister
   * the article follows, not the general of that surname introduced paragraphs before.
   */
  const bySalience = (named: readonly Named[], at: number): Named | undefined => {
    let last = named[named.length - 1];
    // ("Kim Yo Jong, the influential sister of North Korean leader Kim Jong-un, ... Kim, a vice department director,":
    // one named inside the apposition of another of the sentence, after its "of", only describes that one)
    const described = last ? named.find((f) => f !== last && f.first < (last?.first ?? 0) && doc.sentenceOf[f.first] === doc.sentenceOf[last?.first ?? 0] && doc.tokens[f.last] === ',') : undefined;
    if (last && described && doc.lower.slice(described.last, last.first).includes('of')) last = described;
    if (!last || (doc.sentenceOf[at] ?? 0) - (doc.sentenceOf[last.first] ?? 0) <= RECENT_NAME_SENTENCES) return last;
    const count = (f: Named): number => {
      const key = keyOf(fullest(f).tokens);
      return b.mentions.filter((m) => m.entity === key && m.first < at).length;
    };
    return named.reduce<Named>((best, f) => (count(f) > count(best) || (count(f) === count(best) && f.first > best.first) ? f : best), last);
  };
  /** The sex an honorific gave each person named by a surname so far ("Ms Rehman" the spokeswoman, "Mr Rehman" the minister). */
  const sexOf = new Map<string, 'f' | 'm'>();
  for (const p of persons) {
    let target = p;
    const sex = honorificSex(doc.tokens[p.first - 1]);
    if (p.tokens.length === 1) {
      const word = p.tokens[0] ?? '';
      // ("King Hussein" is no "Hussein Khalaf": a monarch is named by a first name of his own)
      const regnal = /^(King|Queen|Prince|Princess|Emir|Amir|Sultan|Shah)$/.test(doc.tokens[p.first - 1] ?? '');
      // (but "Prince Khalid" after "HRH Prince Khalid bin Mishaal": one named in full with the same royal title)
      const royal = (f: Named): boolean => doc.tokens.slice(Math.max(0, f.first - TITLE_REACH_TOKENS), f.first).includes(doc.tokens[p.first - 1] ?? '');
      const ends = full.filter((f) => f.tokens[f.tokens.length - 1] === word || (f.tokens[0] === word && (!regnal || royal(f))));
      // "Lula" for "Luiz Inacio Lula da Silva": a name inside a longer one, when no name begins or ends with it
      const candidates = ends.length > 0 ? ends : full.filter((f) => f.tokens.length > 2 && f.tokens.slice(1, -1).includes(word) && /^\p{Lu}\p{Ll}/u.test(word));
      // ("Ms Rehman" after "Mr Rehman": not the one an honorific of the other sex named)
      const before = candidates.filter((f) => f.first < p.first && !(sex && sexOf.get(keyOf(fullest(f).tokens)) === (sex === 'f' ? 'm' : 'f')));
      // (of several names a surname stands inside, the first named: "Rodrigo Valdés Echeñique ... his daughter, Consuelo
      // Valdés Riquelme, ... Valdés joined" is the one the article is about)
      // ("Admiral Lazaro" after "Commandant Admiral Jaime R. Lazaro" and "Secretary of Foreign Affairs Enrique P.
      // Lazaro": the one first named with the title this mention carries)
      const title = doc.tokens[p.first - 1] ?? '';
      const titled = isHonorificOrTitleWord(title) && !/^(Mr|Mrs|Ms|Dr|Mr\.|Mrs\.|Ms\.|Dr\.)$/.test(title) ? before.filter((f) => doc.tokens.slice(Math.max(0, f.first - TITLE_REACH_TOKENS), f.first).includes(title)) : [];
      const byTitle = new Set(titled.map((f) => keyOf(fullest(f).tokens))).size === 1 ? titled[titled.length - 1] : undefined;
      const chosen = byTitle ?? (ends.length > 0 ? bySalience(before, p.first) : before[0]) ?? candidates[0];
      target = chosen ? fullest(chosen) : p;
    } else target = fullest(p);
    const written = textOf(doc, target.first, target.last);
    // (a name written in capitals, "By NURUL HUDA AZIZ", is named in its tokens' case)
    const name = /\p{Ll}/u.test(written) ? written : target.tokens.join(' ');
    const key = keyOf(target.tokens);
    const e = ensure(b, key, () => ({ id: key, type: 'Person', name }));
    addMention(b, doc, e, key, p.first, p.last, 'name');
    if (sex && !sexOf.has(key)) sexOf.set(key, sex);
  }
}

/** The sex an honorific before a name says: "Mr" a man's, "Ms", "Mrs", "Miss" a woman's. */
function honorificSex(token: string | undefined): 'f' | 'm' | undefined {
  if (/^Mr\.?$/.test(token ?? '')) return 'm';
  if (/^(Ms|Mrs|Miss|Mme|Madam)\.?$/.test(token ?? '')) return 'f';
  return undefined;
}

/**
 * "Caspian Horizon Shipping Lines ... payments linked to Caspian Horizon's ships": a place's name of two words or more
 * no gazetteer knows, the beginning of one longer organisation's name in the article, is that organisation's short name.
 */
function foldShortOrganizationNames(doc: AnalysedText, b: Builder): void {
  const organizations = [...b.entities.entries()].filter(([, e]) => e.type === 'Organization');
  for (const [key, e] of [...b.entities]) {
    // (a place the tagger read in the firm's name; not a group's shorter name, "Islamic State" for a province of it)
    if (e.type !== 'Location' || e.country !== undefined || e.lat !== undefined || !e.name.includes(' ')) continue;
    // (nor a place named as one anywhere: "At Kansas City, X tossed a six-hitter" after "Kansas City Royals")
    if (b.mentions.some((m) => m.entity === key && /^(at|in|from|to|near)$/i.test(doc.tokens[m.first - 1] ?? '') && !/^['’]s?$/.test(doc.tokens[m.last] ?? ''))) continue;
    if (!key.startsWith('org:') && !key.startsWith('location:')) continue;
    const longer = organizations.filter(([other, o]) => other !== key && b.entities.has(other) && o.name.startsWith(`${e.name} `));
    if (longer.length === 1 && longer[0]) foldInto(b, key, longer[0][0]);
  }
}

/**
 * The tagger sometimes reads a surname alone as a body or place ("Von der Leyen's arrival", "Leyen"): a tagged name
 * the gazetteer does not know, equal to the end of a person's full name in the article, is that person.
 */
function foldSurnamesIntoPersons(doc: AnalysedText, b: Builder): void {
  const persons = [...b.entities.entries()].filter(([, e]) => e.type === 'Person' && e.name.includes(' '));
  for (const [key, e] of [...b.entities]) {
    if (e.type !== 'Organization' && e.type !== 'Location') continue;
    if (key.startsWith('location:') && actsAsPerson(doc, b, key)) {
      // ("Chinese foreign ministry spokesman Gao Wenjie said ... Gao denied that": a town the gazetteer knows, named
      // only as the subject of a verb, is the person of the article whose name begins or ends with it)
      // (or the first of two surnames: "Lucena said" after "Alberto Lucena Ortiz", a town too)
      const word = e.name.toLowerCase();
      const owners = persons.filter(([, p]) => {
        const name = p.name.toLowerCase();
        return name.startsWith(`${word} `) || name.endsWith(` ${word}`) || (name.split(' ').length === 3 && name.split(' ')[1] === word);
      });
      if (owners.length === 1 && owners[0]) foldInto(b, key, owners[0][0]);
      continue;
    }
    // (a town placed only by the towns table is no gazetteer place: "by Lucena and his counterpart")
    const town = e.type === 'Location' && e.lat === undefined && e.country !== undefined && cityCountry(e.name) === e.country;
    if ((e.country !== undefined && !town) || e.lat !== undefined || !key.startsWith('org:') && !key.startsWith('location:')) continue;
    const words = e.name.toLowerCase();
    // (or, of one person only, the first of two surnames: "A spokesman for Benitez" after "Lucia Benitez Orellana")
    const inside = persons.filter(([, p]) => p.name.toLowerCase().split(' ').length === 3 && p.name.toLowerCase().split(' ')[1] === words);
    // (or, of one person only, a family name written first: "Park said" after "Park Sung-min")
    // (or a Vietnamese name of three words or more: "Le, speaking to reporters, said" after "Le Thi Minh Chau")
    const family = persons.filter(([, p]) => p.name.toLowerCase().startsWith(`${words} `) && (/^\S+ \p{Lu}\p{Ll}+-\p{Ll}+$/u.test(p.name) || (VIETNAMESE_FAMILY_NAMES.has(e.name) && p.name.split(' ').length > 2)));
    const owner = persons.find(([, p]) => p.name.toLowerCase().endsWith(` ${words}`)) ?? (inside.length === 1 ? inside[0] : undefined) ?? (family.length === 1 ? family[0] : undefined);
    if (!owner) continue;
    foldInto(b, key, owner[0]);
  }
}

/**
 * The commonest Vietnamese family names, written first, by which English-language reports often call the person. "Le"
 * and "Do" also open other names and phrases, so a name of three words or more must follow.
 */
const VIETNAMESE_FAMILY_NAMES: ReadonlySet<string> = new Set(['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Huynh', 'Phan', 'Vu', 'Vo', 'Dang', 'Bui', 'Do', 'Ho', 'Ngo', 'Duong', 'Ly', 'Dinh', 'Trinh', 'Truong']);

/** Every mention of `key` is one word that a verb follows, with no preposition before it: "Gao denied", not "in Gao". */
function actsAsPerson(doc: AnalysedText, b: Builder, key: string): boolean {
  const mentions = b.mentions.filter((m) => m.entity === key);
  return mentions.length > 0 && mentions.every((m) => m.last - m.first === 1 && (doc.pos[m.last] === 'VERB' || doc.pos[m.last] === 'AUX') && doc.pos[m.first - 1] !== 'ADP');
}

/**
 * "the Pacific Islands Forum ... the Forum's secretariat": a one-word body name no gazetteer knows (or a longer one
 * no state owns: "Defence Forces" after the "Kenya Defence Forces"), the head of a longer body name of the article
 * ("... Forum", "Organization of Turkic States", "Army (Burundi)"), is that body; of
 * several, the one the article's heading names, else the one named last before it ("the Organization of Turkic
 * States ... joined the Organization", not NATO named later).
 */
function foldBodyHeads(doc: AnalysedText, b: Builder, gazetteer: Gazetteer, filedFrom?: string): void {
  const bodies = [...b.entities.entries()].filter(([, e]) => (e.type === 'Agency' || e.type === 'Organization') && e.name.includes(' '));
  const firstAt = (key: string): number => b.mentions.find((m) => m.entity === key)?.first ?? Number.POSITIVE_INFINITY;
  for (const [key, e] of [...b.entities]) {
    // ("the House" is a legislature's, not the White House)
    // (or a longer one, a body no state owns: "the Chief of the Defence Forces" after the Kenya Defence Forces)
    const longer = e.name.includes(' ');
    if ((e.type !== 'Agency' && e.type !== 'Organization') || (longer && (e.type !== 'Agency' || e.country !== undefined)) || e.name === 'House' || gazetteer.byId.has(key)) continue;
    // (also a state's own body of that name: "Burundi's army says ... Army spokesman X")
    const head = e.name.toLowerCase();
    // (not a head a capitalised word qualifies: "Presidential Office spokeswoman X" after the Taiwan Affairs Office)
    if (b.mentions.some((m) => m.entity === key && qualifiedHead(doc, b, m.first))) continue;
    // ("the Alliance" after NATO, known also as the North Atlantic Alliance; "the Court" after the International
    // Court of Justice)
    const owners = bodies.filter(([o, body]) =>
      [body.name, ...(gazetteer.aliases.get(o) ?? [])].some((form) => {
        const name = form.toLowerCase();
        return name.endsWith(` ${head}`) || name.startsWith(`${head} of `) || name.startsWith(`${head} (`) || (name.includes(` ${head} of `) && /^\p{Lu}/u.test(form));
      }),
    );
    const at = firstAt(key);
    const before = owners.filter(([o]) => firstAt(o) < at).sort(([x], [y]) => firstAt(y) - firstAt(x));
    // (a press release's "the Ministry" is the one its heading names)
    const heading = owners.find(([o]) => firstAt(o) < (doc.sentences[0]?.last ?? 0));
    const owner = owners.length === 1 ? owners[0] : heading ?? before[0];
    // (a longer name only into a state's body: "Democratic Union" is no short "Social Democratic Union")
    if (longer && (owner?.[1].type !== 'Agency' || owner[1].country === undefined)) continue;
    // ("Jammu (PTI) ... the Army said ... Pakistan Army ... The Army has moved two battalions": in a story filed from one
    // state, its own body of that name, not another state's)
    const foreign = owner?.[1].country !== undefined && filedFrom !== undefined && owner[1].country !== filedFrom;
    if (owner && !foreign) foldInto(b, key, owner[0]);
  }
}

/**
 * Words of a firm's trade in its name ("Industries", "Trading"), and legal forms a firm's name is not carried through
 * (a name may end before "A.S.").
 */
const FIRM_TRADES = new Set(['Industries', 'Trading', 'Group', 'Holdings', 'Electronics', 'Technologies', 'Systems', 'JSC', 'A.S.']);

/** A firm's name by its legal form or trade ("Co Ltd", "Industries", "Trading"). */
function isFirmName(name: string): boolean {
  return name.split(' ').some((w) => isCompanySuffix(w) || FIRM_TRADES.has(w));
}

/**
 * "Anadolu Veri Elektronik ... Anadolu Veri", "Kaiyuan Microsystems Co. ... Kaiyuan": a firm named again by the first
 * words of its name, when one firm of the article has that beginning, is that firm.
 */
function foldFirmBeginnings(doc: AnalysedText, b: Builder, gazetteer: Gazetteer): void {
  // ("Huaxin Jietong Electronics Co Ltd ... Huaxin Jietong said": also a name of two words or more read as a person's)
  const firms = [...b.entities.entries()].filter(([key, e]) => (e.type === 'Organization' || (e.type === 'Person' && e.name.includes(' '))) && !gazetteer.byId.has(key));
  // ("Meridian Crest Marine Services ... Meridian Crest": also a longer name read as a body no state owns)
  const named = [...b.entities.entries()].filter(([key, e]) => (e.type === 'Organization' || (e.type === 'Agency' && e.country === undefined)) && !gazetteer.byId.has(key));
  for (const [key, e] of firms) {
    const short = e.name.toLowerCase();
    // ("Volzhsky Aerosystems, a manufacturer ... Volzhsky Aerosystems denied": the same name read as a person's elsewhere)
    // (an organisation the article says is a firm: not a headline's name the tagger read as a body)
    const firm = (other: string): boolean => b.mentions.some((m) => m.entity === other && (describedAsFirm(doc, m.last) || isFirmNoun(doc.lower[m.first - 1] ?? '')));
    const same = (other: string, o: { readonly name: string; readonly type: string }): boolean => e.type === 'Person' && o.type === 'Organization' && o.name.toLowerCase() === short && firm(other);
    const longer = named.filter(([other, o]) => other !== key && b.entities.has(other) && (same(other, o) || (o.name.toLowerCase().startsWith(`${short} `) && (e.type !== 'Person' || isFirmName(o.name)))));
    if (longer.length === 1 && longer[0]) foldInto(b, key, longer[0][0]);
  }
}

/**
 * "the Coordination Headquarters for the Treatment of Prisoners of War ... the Coordination Headquarters": a
 * government body named again by its name up to "for" or "of", when one body of the article begins so, is that body.
 */
function foldBodyBeginnings(b: Builder, gazetteer: Gazetteer): void {
  const bodies = [...b.entities.entries()].filter(([key, e]) => e.type === 'Agency' && !gazetteer.byId.has(key)).map(([key, e]) => ({ key, e, lower: e.name.toLowerCase() }));
  for (const { key, e, lower: short } of bodies) {
    if (!short.includes(' ') || !isAgencyHead(short.slice(short.lastIndexOf(' ') + 1))) continue;
    const longer = bodies.filter((o) => o.key !== key && b.entities.has(o.key) && o.e.country === e.country && o.lower.startsWith(`${short} `) && /^(for|of) /.test(o.lower.slice(short.length + 1)));
    if (longer.length === 1 && longer[0]) foldInto(b, key, longer[0].key);
  }
}

/**
 * "sending troops to Sucumbios" after "Ecuador's Sucumbios province": a name read as a person's that is a place's
 * name as written in the article, named as often or less, is that place; so is a one-word one that is the first word
 * of one place's name ("Ayungin resupply boats" in a headline over a story on "Ayungin Shoal").
 */
function foldPlaceBeginnings(b: Builder): void {
  const places = [...b.entities.entries()].filter(([, e]) => e.type === 'Location');
  const forms = (place: ResolvedEntity): string[] => [place.name, ...place.forms].map((form) => form.toLowerCase());
  // (of a name read both ways, the reading of most of its mentions: "Hen Vipheak" stays a person named three times)
  const count = (k: string): number => b.mentions.filter((m) => m.entity === k).length;
  for (const [key, e] of [...b.entities.entries()]) {
    if (e.type !== 'Person') continue;
    const name = e.name.toLowerCase();
    const same = places.filter(([other, place]) => forms(place).includes(name) && count(other) >= count(key));
    const named = /\s/.test(name) ? [] : places.filter(([, place]) => forms(place).some((form) => form.startsWith(`${name} `)));
    const place = same.length === 1 ? same[0] : named.length === 1 ? named[0] : undefined;
    if (place) foldInto(b, key, place[0]);
  }
}

/** How many sentences back "Ministry spokesman X" looks for the ministry. */
const BODY_HEAD_SENTENCES = 3;

/**
 * "China's Ministry of Commerce accused ... Ministry spokesman Gao Lirong said": a body's head word opening a sentence
 * (or in lowercase, owned by no name before it) before an office, named as no mention, is the body with that word in
 * its name named last, a few sentences back.
 */
function addOpeningBodyHeads(doc: AnalysedText, b: Builder): void {
  const covered = new Uint8Array(doc.tokens.length);
  for (const m of b.mentions) covered.fill(1, m.first, m.last);
  for (let i = 0; i < doc.tokens.length; i++) {
    const word = doc.tokens[i] ?? '';
    // (cheaply first: a body's head not yet named)
    if (covered[i] || !isAgencyHead(word)) continue;
    const si = doc.sentenceOf[i] ?? 0;
    // (or in lowercase anywhere, owned by no name before it: "“...,” ministry spokesman Rear Admiral X told")
    const opening = doc.sentences[si]?.first === i && /^\p{Lu}\p{Ll}+$/u.test(word);
    const bare = /^\p{Ll}+$/u.test(word) && !covered[i - 1] && !/^['’]s?$/.test(doc.tokens[i - 1] ?? '') && doc.pos[i - 1] !== 'ADJ';
    // ("Russia's Defence Ministry gave another account. In a statement, the ministry claimed ...": "the" and the head
    // alone, before no name)
    const definite = bare && doc.lower[i - 1] === 'the' && !/^\p{Lu}/u.test(doc.tokens[i + 1] ?? '');
    if ((!opening && !bare) || (!definite && !isTitleWordAnyCase(doc.tokens[i + 1] ?? ''))) continue;
    const named = recentBodyWith(doc, b, word.toLowerCase(), i);
    const e = named ? b.entities.get(named) : undefined;
    if (named && e) addMention(b, doc, e, named, i, i + 1, 'nominal');
  }
}

/** A capitalised word no mention covers right before the body's head at `at` qualifies it ("Presidential Office"). */
function qualifiedHead(doc: AnalysedText, b: Builder, at: number): boolean {
  return /^(ADJ|PROPN)$/.test(doc.pos[at - 1] ?? '') && /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[at - 1] ?? '') && !b.mentions.some((m) => m.first < at && m.last >= at);
}

/** The body (its key) with `head` in its name named last before token `at`, within a few sentences back. */
function recentBodyWith(doc: AnalysedText, b: Builder, head: string, at: number, named = false): string | undefined {
  const from = doc.sentences[Math.max(0, (doc.sentenceOf[at] ?? 0) - BODY_HEAD_SENTENCES)]?.first ?? 0;
  let found: ResolvedMention | undefined;
  for (const m of b.mentions) {
    if (m.first < from || m.first >= at || (found && found.first > m.first)) continue;
    const e = b.entities.get(m.entity);
    // (with `named`, a body of a longer name than the head alone)
    if (e?.type === 'Agency' && (!named || e.name.includes(' ')) && e.name.toLowerCase().split(/\s+/).includes(head)) found = m;
  }
  return found?.entity;
}

/** "the North" stands for the northern state of a divided pair the article names ("North Korea"). */
function resolveRegional(
  doc: AnalysedText,
  b: Builder,
  gazetteer: Gazetteer,
  countryEntity: (iso3: string) => [string, ResolvedEntity] | undefined,
): void {
  for (let i = 0; i + 1 < doc.tokens.length; i++) {
    let j = i + 1;
    if (doc.lower[i] === 'the') {
      // "the North", also with modifiers between ("the nuclear-armed North")
      while (j < doc.tokens.length && j < i + 5 && (/^\p{Ll}/u.test(doc.tokens[j] ?? '') || doc.tokens[j] === '-')) j++;
    } else if (!(/^[;:]$/.test(doc.tokens[i] ?? '') && doc.pos[j + 1] === 'VERB')) {
      // a headline's "...; North warns of response": the word alone opens a clause as its subject
      continue;
    }
    // (of two words too: "the Islamic Republic")
    const two = gazetteer.regional.get(`the ${doc.lower[j]} ${doc.lower[j + 1]}`) && /^\p{Lu}/u.test(doc.tokens[j + 1] ?? '') ? 2 : 1;
    const codes = gazetteer.regional.get(two === 2 ? `the ${doc.lower[j]} ${doc.lower[j + 1]}` : `the ${doc.lower[j]}`);
    if (!codes || !/^\p{Lu}/u.test(doc.tokens[j] ?? '') || /^\p{Lu}/u.test(doc.tokens[j + two] ?? '')) continue;
    const named = codes.find((code) => b.entities.has(gazetteer.countries.get(code)?.id ?? ''));
    if (!named) continue;
    const country = countryEntity(named);
    if (!country) continue;
    const at = b.mentions.findIndex((m) => m.first <= j && m.last > j);
    const covering = b.mentions[at];
    if (!covering) {
      addMention(b, doc, country[1], country[0], j, j + two, 'name');
      continue;
    }
    // the tagger read the word alone as a place ("the isolated North"): it is the country
    const tagged = b.entities.get(covering.entity);
    if (covering.first !== j || covering.last !== j + two || !tagged || tagged.type === 'Country') continue;
    b.mentions[at] = { ...covering, entity: country[0] };
    country[1].forms.add(doc.tokens.slice(j, j + two).join(' '));
    if (!b.mentions.some((m) => m.entity === covering.entity)) b.entities.delete(covering.entity);
  }
}

/** Document-level consistency: a name or surname the article already resolved is a mention wherever it recurs. */
/** 1 for each token some mention already covers. */
function coveredTokens(doc: AnalysedText, b: Builder): Uint8Array {
  const covered = new Uint8Array(doc.tokens.length);
  for (const m of b.mentions) covered.fill(1, m.first, m.last);
  return covered;
}

function addRepeatedNames(doc: AnalysedText, b: Builder, acronyms: ReadonlyMap<string, string>): void {
  const covered = coveredTokens(doc, b);
  const single = new Map<string, string>(acronyms);
  // (not a state's name a person's name ends with: "Mapping Malaysia" read as a person)
  const states = new Set([...b.entities.values()].filter((e) => e.type === 'Country').map((e) => e.name));
  for (const [key, e] of b.entities) {
    if (e.type !== 'Person' && e.type !== 'Official') continue;
    const parts = e.name.split(/\s+/);
    const last = parts[parts.length - 1];
    if (last && last.length > 2 && !single.has(last) && !states.has(last)) single.set(last, key);
  }
  // a first name alone, or a family name written first ("Xi" for "Xi Jinping"), when one person of the article has it
  const firsts = new Map<string, string | null>();
  for (const [key, e] of b.entities) {
    if (e.type !== 'Person' && e.type !== 'Official') continue;
    const parts = e.name.split(/\s+/);
    const first = parts[0];
    if (parts.length < 2 || !first || first.length < 2 || !/^\p{Lu}\p{Ll}/u.test(first)) continue;
    firsts.set(first, firsts.has(first) && firsts.get(first) !== key ? null : key);
  }
  for (let i = 0; i < doc.tokens.length; i++) {
    if (covered[i]) continue;
    const token = doc.tokens[i] ?? '';
    const firstOf = firsts.get(token);
    // (at a sentence's start only as the subject of its verb: "Seo later told reporters" after "Adm. Seo Jae-won")
    const verb = doc.pos[i + 1] === 'ADV' ? i + 2 : i + 1;
    // (not a pronoun that is also a name: "He denied" after "He Qing")
    const sentenceStart = doc.sentences[doc.sentenceOf[i] ?? 0]?.first === i && (doc.pos[i] !== 'PROPN' || (doc.pos[verb] !== 'VERB' && doc.pos[verb] !== 'AUX'));
    const key = single.get(token) ?? (firstOf && !sentenceStart && !/^\p{Lu}/u.test(doc.tokens[i + 1] ?? '') ? firstOf : undefined);
    if (!key) continue;
    const e = b.entities.get(key);
    if (e) addMention(b, doc, e, key, i, i + 1, 'name');
  }
}
