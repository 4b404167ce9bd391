// Mentions from an analysed text: gazetteer matches first, then the trained tagger's names, then patterns.
import { DATELINE_SENTENCES, headlineOf, joinedHyphen, type AnalysedText } from '../nlp/annotate.js';
import type { EntityType, MentionKind } from '../schema/index.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';
import { agreementHead, agreementMentions, isAgreementHead } from './agreements.js';
import { definedAcronyms, spellsAcronym, withoutCommonNounAcronyms } from './acronyms.js';
import { BODY_ORGANS, bodyTypeOf, isAgencyHead, isBodyHead, isCapitalisedPortfolioWord, isOrganizationHead, isPortfolioWord } from './bodies.js';
import { isHonorificOrTitleWord, isRankAfter, isTitleWordAnyCase, isWholeTitleWord, loadTitles, LOWERCASE_BODY_WORDS } from '../lexicon/titles.js';
import {
  ACT_NOUN, ADMINISTRATIVE_HEADS, ALL_CAPS, CALENDAR_WORD, coverage, DETERMINER, HEADLINE_VERBS, isUnitNameHead, MAX_NAME_TOKENS, NAME_TOKEN, nonOverlapping, overlaps, PLACE_HEADS, SETTLEMENT_NOUNS, type MentionCandidate,
  type TagTokens,
} from './candidates.js';
import {
  bodyNameGoesBack, bodyNameGoesOn, bodyNameGoesOnPastAnd, joinBodyNames, joinedByAnd, joinedByFor, longerBodyName, portfolioAfterTitle, portfolioBeforeTitle, portfolioGoesOn, prefixedBody,
  servicesNamedByState, stateGovernment, listedPortfolios, titleInside, titleReadAsName,
} from './body-names.js';
import { compassRegion, continentalDemonym, jointRegions, placeHeaded, placePair } from './places.js';
import {
  adjacentPersonsJoin, bylineNames, namedAloneAsBodies, personsReadAsBodies, contextualPersons, hyphenedSurname, hyphenedSurnamesAgain, joinInitials, joinNameParticles, nameGoesOn, NAME_PARTICLES, namesGoOnAsNamed, personAfterTitleWord, personByOffice, personGoesBack, personInTitledApposition,
  personEndsInSentence, personLists, personsInBodySpans, PLACE_PARTICLES, titledSurnamesGoOn, withoutLeadingTitles,
} from './persons.js';
import { companySuffixes, describedAsFirm, describedCompanies, isCompanySuffix, isFirmNoun, namesExercise, namesProduct, namesShip, shipNamedForPlace, venueNames } from './things.js';

export type { MentionCandidate, TagTokens } from './candidates.js';

/** Heads of forces' names ("Armed Forces", "National Guard"), which name no place. */
const FORCE_HEADS = new Set(['Forces', 'Army', 'Navy', 'Guard', 'Police', 'Gendarmerie', 'Command', 'Fleet', 'Corps']);

/** Names of seas, straits, rivers and other features of the earth, by the word that opens or closes them. */
const GEOGRAPHIC_NAME =
  /^(Bay|Gulf|Sea|Strait|Straits|Lake|Mount|Isle|Cape|Horn) of \p{Lu}|^\p{Lu}.* (Sea|Ocean|Strait|Straits|Gulf|Bay|River|Lake|Mountains|Islands|Peninsula|Desert|Basin|Channel|Canal|Shoal|Reef|Atoll|Island|Archipelago|Strip|Corridor|Valley|Plateau|Heights|Delta|Highlands)$/u;

function isGeographicName(doc: AnalysedText, span: { readonly first: number; readonly last: number }): boolean {
  return GEOGRAPHIC_NAME.test(doc.tokens.slice(span.first, span.last).join(' '));
}

const TAGGER_TYPES: Readonly<Record<string, EntityType>> = { PER: 'Person', LOC: 'Location', ORG: 'Organization' };

/** Opens with a capital or digit, past an elided particle ("d'Ivoire", "d’Ivoire"). */
function startsUpper(token: string | undefined): boolean {
  return token !== undefined && /^(\p{Ll}['’])?[\p{Lu}\d]/u.test(token);
}

function gazetteerMatches(doc: AnalysedText, gazetteer: Gazetteer): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  // a name of several countries ("Congo"): the candidates, by the index of its mention in `out`
  const shared = new Map<number, GazetteerEntry[]>();
  for (let i = 0; i < doc.tokens.length; ) {
    const match = gazetteer.trie.longest(doc.lower, i, (entry, last) => {
      if (entry.exactCase) return doc.tokens.slice(i, last).join('') === entry.form.replace(/\s+/g, '');
      // every capitalised word of the form must be capitalised in the text ("the Netherlands" keeps "the" free);
      // a form that opens in lowercase opens so in the text too ("al-Shabaab")
      return startsUpper(doc.tokens[last - 1]) && (startsUpper(doc.tokens[i]) || doc.lower[i] === 'the' || entry.form.startsWith(doc.tokens[i] ?? ' '));
    });
    if (!match) {
      i++;
      continue;
    }
    const entry = preferredEntry(match.values);
    const kind: MentionKind = entry.kind === 'demonym' ? 'demonym' : 'name';
    // "the Netherlands": the name is the capitalised words, without the article
    const first = doc.tokens[i] === 'the' && match.last > i + 1 ? i + 1 : i;
    const owner = out[out.length - 1];
    const ownerCountry = owner && owner.last >= first - 2 && (owner.entry?.kind === 'demonym' || owner.entry?.kind === 'country') ? owner.entry.country : undefined;
    // "the House of Representatives (DPR)": an acronym in brackets that does not name the known body makes it another
    const acronym = doc.tokens[match.last] === '(' && doc.tokens[match.last + 2] === ')' ? doc.tokens[match.last + 1] ?? '' : '';
    const named = (form: string): boolean => spellsAcronym(entry.name, form) || (gazetteer.trie.longest([form.toLowerCase()], 0)?.values.some((v) => v.id === entry.id) ?? false);
    const another = entry.kind === 'body' && entry.country !== undefined && /^[A-Z]{2,8}$/.test(acronym) && !named(acronym);
    // "Kyrgyzstan's Security Council said": a short name of an intergovernmental body after a state is that state's
    // own body ("Japan's Security Council seat" is still the UN's)
    const possessive = ownerCountry !== undefined && owner !== undefined && owner.last === first - 1 && /^['’]s?$/.test(doc.tokens[owner.last] ?? '');
    const qualifiesNoun = doc.pos[match.last] === 'NOUN' && /^\p{Ll}/u.test(doc.tokens[match.last] ?? '');
    const statesOwn = entry.kind === 'body' && entry.bodyKind === 'intergovernmental' && possessive && match.last - first <= 2 && !qualifiesNoun;
    const othersOwn = ownerCountry !== undefined && ownerCountry !== entry.country && owner !== undefined && possessedBy(doc, owner, first);
    if (statesOwn || (entry.kind === 'body' && entry.country !== undefined && (othersOwn || another))) {
      // "Pakistani Foreign Office", "India's Foreign Office": the state's own office, not the British one of that name
      out.push({ first, last: match.last, kind: 'name', type: entry.type, origin: 'ORG' });
    } else {
      const countries = match.values.filter((value) => value.kind === 'country');
      if (new Set(countries.map((value) => value.country)).size > 1) shared.set(out.length, countries);
      out.push({ first, last: match.last, kind, type: entry.type, entry, origin: `gazetteer:${entry.kind}` });
    }
    i = match.last;
  }
  // the country the article names otherwise is meant, else the first listed
  const named = new Set(out.flatMap((c, k) => (shared.has(k) || c.entry?.country === undefined ? [] : [c.entry.country])));
  for (const [k, candidates] of shared) {
    const entry = candidates.find((candidate) => named.has(candidate.country ?? '')) ?? candidates[0];
    const mention = out[k];
    if (mention && entry) out[k] = { ...mention, type: entry.type, entry };
  }
  return out;
}

/** The country mention qualifies the name at `first`: right before it, or with a possessive between. */
function possessedBy(doc: AnalysedText, owner: MentionCandidate, first: number): boolean {
  return owner.last === first || (owner.last === first - 1 && /^['’]s?$/.test(doc.tokens[owner.last] ?? ''));
}

/** Several entries can share a form ("Georgia"): countries first, then bodies, then places. */
function preferredEntry(values: readonly GazetteerEntry[]): GazetteerEntry {
  const rank: Readonly<Record<string, number>> = { country: 0, demonym: 1, capital: 2, body: 3, place: 4 };
  return [...values].sort((a, b) => (rank[a.kind] ?? 9) - (rank[b.kind] ?? 9))[0] as GazetteerEntry;
}

/**
 * The tagger learnt CoNLL's tokens, where "Jang-won" and "U.S.-led" are one token; wink splits at hyphens.
 * Tokens joined by a hyphen with no space around it are merged for tagging, and the tags mapped back.
 */
function taggerTokens(doc: AnalysedText, first: number, last: number): { tokens: string[]; startOf: number[] } {
  const tokens: string[] = [];
  const startOf: number[] = [];
  for (let i = first; i < last; i++) {
    const joined = i > first && i + 1 < last && joinedHyphen(doc, i);
    if (joined && tokens.length > 0) {
      tokens[tokens.length - 1] += `-${doc.tokens[i + 1] ?? ''}`;
      i++;
      continue;
    }
    const token = doc.tokens[i] ?? '';
    tokens.push(BRITISH_SPELLING.get(token) ?? token);
    startOf.push(i);
  }
  return { tokens, startOf };
}

/**
 * CoNLL's Reuters texts spell the British way, and the tagger hardly knows "Defense Ministry" from "Defence
 * Ministry"; the words of bodies' names American news spells otherwise are read as the tagger learnt them.
 */
const BRITISH_SPELLING: ReadonlyMap<string, string> = new Map([
  ['Defense', 'Defence'],
  ['Defenses', 'Defences'],
  ['Organization', 'Organisation'],
  ['Organizations', 'Organisations'],
  ['Center', 'Centre'],
  ['DEFENSE', 'DEFENCE'],
  ['ORGANIZATION', 'ORGANISATION'],
]);

/** Heads of publications' names ("Official Journal", "Jakarta Post"), which end no person's name. */
const PUBLICATION_HEADS = new Set(['Journal', 'Gazette', 'Herald', 'Tribune', 'Bulletin', 'Chronicle']);

function taggerSpans(doc: AnalysedText, tag: TagTokens): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  const merged = doc.sentences.map((s) => taggerTokens(doc, s.first, s.last));
  const tagged = tag(merged.map((m) => m.tokens));
  for (const [index, sentence] of doc.sentences.entries()) {
    const tags = tagged[index] ?? [];
    const { startOf } = merged[index] ?? { startOf: [] };
    /** The span read so far: its label, and the tagger's when a rank after a comma made it a person's. */
    let open: { first: number; label: string; tagged?: string } | undefined;
    const close = (last: number): void => {
      if (!open) return;
      // MISC spans (events, products, "U.S. Open") name no entity, but they tell which gazetteer words are not places
      // "Bay of Bengal", "Dnipro River": a geographic name is a place whatever the tagger read
      // "Plastic Surgery Society" read as a person's name: a name that ends as a body's does is a body's
      // (and a place's that ends as an organisation's does: "Non-Aligned Movement", not "West Bank" or "Soviet Union")
      const head = doc.tokens[last - 1] ?? '';
      // ("Ukraine's Armed Forces" read as a place: a name ending with a force's head is a body's)
      // ("The Finnish Border Guard" read as MISC: a state's adjective and a government body's head)
      const stateBody = open.label === 'MISC' && STATE_BODY_HEADS.has(head.toLowerCase()) && /^\p{Lu}\p{Ll}+(ish|ian|an|ese|ch)$/u.test(doc.tokens[open.first] ?? '');
      const bodyEnd = last - open.first >= 2 && ((open.label === 'PER' && isBodyHead(head)) || (open.label === 'LOC' && (isOrganizationHead(head) || FORCE_HEADS.has(head))) || stateBody);
      // ("the EU's Official Journal" read as a person "Journal": a publication's head ends no person's name; the
      // capitalised words before it are the publication's)
      if (open.label === 'PER' && PUBLICATION_HEADS.has(head)) {
        while (open.first > sentence.first && /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[open.first - 1] ?? '') && !DETERMINER.test(doc.tokens[open.first - 1] ?? '')) open.first--;
        open.label = 'ORG';
      }
      // ("San Antonio del Tachira" read as a person's: a saint's name opens places, not persons)
      const saint = open.label === 'PER' && /^(San|São|Santo)$/.test(doc.tokens[open.first] ?? '');
      // ("Al-Wadi Gold Trading Co." read as MISC: a name ending with a firm's legal form is a firm's)
      const firm = open.label === 'MISC' && isCompanySuffix(head);
      // ("Karen State" read as a person's name: a name ending with a federated unit's head is a place's)
      const unit = open.label === 'PER' && last - open.first >= 2 && (isUnitNameHead(head) || head === 'State');
      const label = isGeographicName(doc, { first: open.first, last }) || saint || unit ? 'LOC' : bodyEnd || firm ? 'ORG' : open.label;
      const type = TAGGER_TYPES[label] ?? (label === 'MISC' ? 'Organization' : undefined);
      // (not a title heading a noun of acts: "Director of Defence Media Operations")
      const inside = type ? titleInside(doc, open.first, last) : undefined;
      const title = inside && !doc.tokens.slice(inside.last, last).some((w) => ACT_NOUN.test(w)) ? inside : undefined;
      if (type && title) {
        // "Kharkiv Governor Oleh Syniehubov" read as one name: the place or body, the title, the person
        // ("Foreign Ministry spokesperson X" read from "Ministry": the body's name goes back over its portfolio)
        let from = open.first;
        if (label === 'ORG') while (from > sentence.first && isCapitalisedPortfolioWord(doc.tokens[from - 1] ?? '')) from--;
        // ("Wing Commander X" read as a place, "of Defence, Air Marshal X" as a body: the first word of a rank of two
        // names nothing, nor a comma before it)
        let end = isRankAfter(undefined, doc.tokens[title.first - 1], doc.tokens[title.first]) ? title.first - 1 : title.first;
        while (end > from && doc.tokens[end - 1] === ',') end--;
        // ("Chief of the Naval Staff Admiral X" read from "Naval": words a title's "of the" leads to are the title's)
        const ofTitle = /^(of|the|for)$/.test(doc.lower[from - 1] ?? '') && [from - 2, from - 3].some((k) => isTitleWordAnyCase(doc.tokens[k] ?? ''));
        if (end > from && !ofTitle) out.push({ first: from, last: end, kind: 'name', type: type === 'Person' ? 'Location' : type, origin: label === 'PER' ? 'LOC' : label });
        out.push({ first: title.last, last, kind: 'name', type: 'Person', origin: 'PER' });
      } else if (type) out.push({ first: open.first, last, kind: 'name', type, origin: label });
      open = undefined;
    };
    // ("Chief of Defence Staff, Gen Innocent Kabera" read as one body: a comma before a rank or a title ends a name, and
    // a rank after it opens a person; not "Goldman, Sachs & Co")
    let afterComma = false;
    for (let k = 0; k < tags.length; k++) {
      const t = tags[k] ?? 'O';
      const at = startOf[k] ?? sentence.last;
      const next = doc.tokens[at + 1] ?? '';
      if (t === 'O') close(at);
      else if (open && doc.tokens[at] === ',' && (isWholeTitleWord(next) || isRankAfter(undefined, next, doc.tokens[at + 2]) || next === 'Gen')) {
        close(at);
        afterComma = true;
        continue;
      } else if (t.startsWith('B-') || !open || (open.tagged ?? open.label) !== t.slice(2)) {
        close(at);
        const word = doc.tokens[at] ?? '';
        const ranked = afterComma && t.startsWith('I-') && (loadTitles().honorifics.has(word.toLowerCase()) || isRankAfter(undefined, word, doc.tokens[at + 1]) || word === 'Gen');
        open = ranked ? { first: at, label: 'PER', tagged: t.slice(2) } : { first: at, label: t.slice(2) };
      }
      afterComma = false;
    }
    close(sentence.last);
  }
  return joinBodyNames(doc, joinInitials(doc, joinNameParticles(doc, out)));
}

const SENTENCE_OPENING_PREPOSITIONS = new Set(['In', 'At', 'Near', 'From', 'On', 'After', 'Before', 'During', 'Outside', 'Inside', 'Across', 'Since', 'Under', 'Despite', 'Following', 'Amid']);

/** Subordinating conjunctions that open sentences ("If", "When", "Although"). */
const SENTENCE_CONJUNCTIONS = new Set(['If', 'When', 'Although', 'Though', 'Unless', 'While', 'Because', 'Whether', 'Once', 'Until', 'As', 'Since']);

/** Months written short ("Sept.", "Oct", "Jan."). */
const MONTH_ABBREVIATION = /^(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;

/** A named agreement whose name ends with "in" and a city the gazetteer knows ends before them. */
function signedIn(doc: AnalysedText, a: MentionCandidate, gazetteer: readonly MentionCandidate[]): MentionCandidate {
  if (a.origin !== 'pattern:named-agreement' || doc.lower[a.last - 2] !== 'in') return a;
  const city = gazetteer.find((g) => g.first === a.last - 1 && g.last === a.last && (g.entry?.kind === 'capital' || g.entry?.kind === 'place'));
  return city && a.last - 2 > agreementHead(doc, a) ? { ...a, last: a.last - 2 } : a;
}

/** Token `k` opens its sentence. */
function opensSentence(doc: AnalysedText, k: number): boolean {
  return doc.sentences[doc.sentenceOf[k] ?? 0]?.first === k;
}

/** Drops a leading determiner or possessive marker a tagger span may carry; keeps a span's own trailing period. */
function trimSpan(doc: AnalysedText, c: MentionCandidate): MentionCandidate | undefined {
  let { first, last } = c;
  // a name ends at a line break ("Press Service\n\nThe ...") and before a lowercase verb ("The Ministry recalls that talks")
  for (let k = first + 1; k < last; k++) {
    const verb = doc.pos[k] === 'VERB' && /^\p{Ll}+$/u.test(doc.tokens[k] ?? '') && doc.tokens[k - 1] !== '-';
    // (... and at a dash set apart by spaces: "ERBIL, Kurdistan Region — The US-led coalition")
    const dash = /^[—–]$/.test(doc.tokens[k] ?? '') && /\s/.test(doc.text[(doc.starts[k] ?? 0) - 1] ?? '');
    if (verb || dash || doc.text.slice(doc.ends[k - 1] ?? 0, doc.starts[k] ?? 0).includes('\n')) {
      last = k;
      break;
    }
  }
  // "Near Voronezh, a helicopter ...": a preposition capitalised only because it opens the sentence (a longer
  // name may begin with one: "In Home Health Inc")
  if (last - first === 2 && SENTENCE_OPENING_PREPOSITIONS.has(doc.tokens[first] ?? '') && opensSentence(doc, first)) first++;
  while (first < last && /^(the|a|an)$/.test(doc.tokens[first] ?? '')) first++;
  // ('"If Russia ever attacked': a conjunction capitalised where a quotation opens a sentence is no name's)
  while (last - first > 1 && SENTENCE_CONJUNCTIONS.has(doc.tokens[first] ?? '') && doc.pos[first] === 'SCONJ') first++;
  // ("Kenya's Defence Cabinet Secretary, A": portfolios and the first word of a title the next word ends are the title's)
  if (c.origin === 'ORG' && last === c.last && last - first >= 2 && (loadTitles().trie.longest(doc.lower, last - 1)?.last ?? 0) > last && doc.tokens.slice(first, last - 1).every((w) => isCapitalisedPortfolioWord(w))) return undefined;
  // ("the Chief of Army Staff" with "Army Staff" read as a place: a place inside a title's words is none)
  if (c.origin === 'LOC' && !c.entry) {
    for (let k = Math.max(0, first - 3); k < first; k++) if ((loadTitles().trie.longest(doc.lower, k)?.last ?? 0) >= last) return undefined;
  }
  // ("VCG Commander Lieutenant General X": a body's name ends before the title of the one named after it)
  if (c.origin === 'ORG' && last - first >= 2 && isWholeTitleWord(doc.tokens[last - 1] ?? '') && last === c.last && isHonorificOrTitleWord(doc.tokens[last] ?? '')) last--;
  // ('"Membership in the SCO is not directed against anyone"': a noun of state or act capitalised where a sentence
  // or a quote opens is no one's name)
  if (c.origin === 'PER' && last - first === 1 && ACT_NOUN.test(doc.tokens[first] ?? '') && (opensSentence(doc, first) || /^["“']$/.test(doc.tokens[first - 1] ?? ''))) return undefined;
  // ("DOHA: International donors pledged": an adjective written capitalised before a lowercase noun names nothing)
  if (last - first === 1 && COMMON_ADJECTIVES.test(doc.tokens[first] ?? '') && /^\p{Ll}/u.test(doc.tokens[last] ?? '')) return undefined;
  // ("the Bandar Abbas-based Khalij Marine Services" read as one name: where a firm is based only qualifies it)
  for (let k = first + 1; k + 2 < last; k++) {
    if (doc.tokens[k] === '-' && /^(based|registered|headquartered)$/.test(doc.lower[k + 1] ?? '') && /^\p{Lu}/u.test(doc.tokens[k + 2] ?? '')) first = k + 2;
  }
  // ("Zenit Dynamics and Norway's Nordic Aero Systems" read through "and Norway": the owner of what follows is no part)
  if (c.origin !== 'PER' && last - first > 3 && doc.lower[last - 2] === 'and' && /^['’]s?$/.test(doc.tokens[last] ?? '')) last -= 2;
  // ("Fisheries officials say ...": a portfolio capitalised where a sentence opens, before a lowercase noun, names nothing)
  if (!c.entry && last - first === 1 && isPortfolioWord(doc.tokens[first] ?? '') && /^\p{Ll}/u.test(doc.tokens[last] ?? '') && doc.pos[last] === 'NOUN' && opensSentence(doc, first)) return undefined;
  // ("Junta leader X" read as a place: a body's common noun capitalised where a sentence opens is a body, if anything)
  if (c.origin === 'LOC' && !c.entry && last - first === 1 && LOWERCASE_BODY_WORDS.has(doc.lower[first] ?? '') && opensSentence(doc, first)) return { ...c, first, last, origin: 'ORG', type: 'Organization' };
  // ("TOKYO, Sept. 12 Kyodo": a month written short is no name)
  if (last - first === 1 && MONTH_ABBREVIATION.test(doc.tokens[first] ?? '') && (/\.$/.test(doc.tokens[first] ?? '') || /^\d/.test(doc.tokens[last] ?? ''))) return undefined;
  // ("PRESS RELEASE No. 214-2025": nor a number's sign)
  if (last - first === 1 && /^(No|Nos|Nr)\.$/.test(doc.tokens[first] ?? '') && /^\d/.test(doc.tokens[last] ?? '')) return undefined;
  // ("Senior Official Tells Security Council": a headline's verb before a name is none of it)
  // (... nor a headline's gerund after "of": "Accuses Rwanda of Arming M23 Rebels"; "Racing Club" keeps its first word)
  const gerund = (k: number): boolean => /^\p{Lu}\p{Ll}+ing$/u.test(doc.tokens[k] ?? '') && /^(VERB|PROPN)$/.test(doc.pos[k] ?? '') && doc.lower[k - 1] === 'of' && titleCased(doc, k);
  while (last - first > 1 && (HEADLINE_VERBS.has(doc.tokens[first] ?? '') || gerund(first))) first++;
  // ("Comunidad Ciudadana alliance, accused the government" read as one name: a name ends before a comma that
  // lowercase words follow, and before the lowercase words that close it; "Goldman, Sachs & Co" goes on)
  // (and always before a semicolon: "names Ramirez president-elect; rival Benitez cries fraud" in a headline)
  const semicolon = doc.tokens.slice(first, last).indexOf(';');
  const comma = semicolon > 0 ? semicolon : doc.tokens.slice(first, last).indexOf(',');
  if (comma > 0 && (semicolon > 0 || /^\p{Ll}/u.test(doc.tokens[first + comma + 1] ?? ''))) {
    last = first + comma;
    while (last > first + 1 && (/^\p{Ll}+$/u.test(doc.tokens[last - 1] ?? '') || doc.tokens[last - 1] === '-') && !NAME_PARTICLES.has(doc.tokens[last - 1] ?? '')) last--;
  }
  // ("the Chamber of Deputies" read as "Chamber", then "of Deputies" a person): a name opens with no lowercase word but a particle
  if (/^[\p{Ll}]+$/u.test(doc.tokens[first] ?? '') && !NAME_PARTICLES.has(doc.tokens[first] ?? '')) return undefined;
  // (nor with a quotation mark or a dangling "of": 'the National Office of Electoral Processes of "manipulating"')
  while (last > first && (/^(['’]s|['’]|,|\.|-|"|“|”|\()$/.test(doc.tokens[last - 1] ?? '') || (last - first > 1 && /^(of|and|the)$/.test(doc.tokens[last - 1] ?? '')))) last--;
  // (nor with a date or a verb read into it: "the Organization in 2019", "The Ministry recalls that")
  if (last - first > 2 && /^\d{4}$/.test(doc.tokens[last - 1] ?? '') && /^(in|on|since|from|until|by)$/.test(doc.tokens[last - 2] ?? '')) last -= 2;
  // ("Ministry may exercise", "Resistance would continue"; not "Kai-ming", "State-owned")
  while (last - first > 1 && /^(VERB|AUX|ADV)$/.test(doc.pos[last - 1] ?? '') && /^\p{Ll}+$/u.test(doc.tokens[last - 1] ?? '') && doc.tokens[last - 2] !== '-') last--;
  return first < last ? { ...c, first, last } : undefined;
}

/** How many words a title's first portfolio may have before the comma that lists more ("Minister of Foreign Affairs,"). */
const PORTFOLIO_WORDS = 4;

/**
 * "Minister of Foreign Affairs, African Integration and Togolese Abroad", "Minister for Trade, Industry and Tourism":
 * the portfolios a title lists after its first one, capitalised words up to the next comma or lowercase word with
 * "and" among them; each range [first, last) names no place, body or people.
 */
function portfolioLists(doc: AnalysedText): [number, number][] {
  const out: [number, number][] = [];
  const capitalised = (k: number): boolean => /^\p{Lu}/u.test(doc.tokens[k] ?? '');
  for (let k = 1; k < doc.tokens.length; k++) {
    if (!/^(of|for)$/.test(doc.tokens[k] ?? '') || !isTitleWordAnyCase(doc.tokens[k - 1] ?? '')) continue;
    let comma = k + 1;
    while (comma < k + 1 + PORTFOLIO_WORDS && capitalised(comma)) comma++;
    // (the first a portfolio's: not "the foreign ministers of Kenya, Uganda and Tanzania")
    if (comma === k + 1 || doc.tokens[comma] !== ',' || !doc.tokens.slice(k + 1, comma).some((w) => isCapitalisedPortfolioWord(w))) continue;
    const end = listedPortfolios(doc, comma);
    if (end > comma) out.push([comma + 1, end]);
  }
  return out;
}

/**
 * "to the BBC, Meridian Crest said" read as one name: a tagger span whose words up to a comma are a name the gazetteer
 * knows is two names, that one and the capitalised words after the comma.
 */
function splitAfterKnownName(doc: AnalysedText, c: MentionCandidate, gazetteer: readonly MentionCandidate[]): MentionCandidate[] {
  // ("US Ambassador to the Philippines Karen Whitford" read as one body: the state a title names, then its holder)
  const state = c.origin === 'ORG' ? gazetteer.find((g) => g.first === c.first && g.last < c.last - 1 && g.entry?.kind === 'country') : undefined;
  const titled = state !== undefined && /^(to|of|the)$/.test(doc.lower[c.first - 1] ?? '') && doc.tokens.slice(Math.max(0, c.first - 4), c.first).some((w) => isWholeTitleWord(w));
  const named = (w: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(w) && !isBodyHead(w) && !isHonorificOrTitleWord(w);
  if (state && titled && c.last - state.last <= 3 && doc.tokens.slice(state.last, c.last).every(named)) {
    return [{ ...c, last: state.last }, { first: state.last, last: c.last, kind: 'name', type: 'Person', origin: 'PER' }];
  }
  let comma = c.first + 1;
  while (comma < c.last - 1 && doc.tokens[comma] !== ',') comma++;
  if (comma >= c.last - 1 || !/^\p{Lu}/u.test(doc.tokens[comma + 1] ?? '')) return [c];
  if (!gazetteer.some((g) => g.first === c.first && g.last === comma && g.entry !== undefined)) return [c];
  return [{ ...c, last: comma }, { ...c, first: comma + 1 }];
}

/**
 * Merges gazetteer and tagger candidates. The gazetteer wins where spans coincide or the tagger span lies within it;
 * a tagger PER/ORG span that strictly contains a gazetteer match wins ("Royal Australian Navy", "Michael Jordan"),
 * unless the gazetteer match is a whole known body or the span is a country plus a known body ("US State Department").
 */
function merge(doc: AnalysedText, gazetteer: MentionCandidate[], tagged: MentionCandidate[]): MentionCandidate[] {
  const kept: MentionCandidate[] = [];
  const taken = new Set<MentionCandidate>();
  const personWords = new Set(tagged.filter((t) => t.origin === 'PER').flatMap((t) => doc.tokens.slice(t.first, t.last)));
  let covered: Uint8Array | undefined;
  for (const t of tagged) {
    const inside = gazetteer.filter((g) => overlaps(g, t));
    if (inside.length === 0) {
      kept.push(t);
      continue;
    }
    // ("Chinese Foreign Ministry spokesperson Zhang Weiming" read as a person from "Ministry" to "Zhang": the person
    // is what follows the known body and the title after it)
    const body = inside.length === 1 && inside[0]?.entry?.kind === 'body' ? inside[0] : undefined;
    // (also read as a body's name: "Ministry spokesperson Zhang Weiming" tagged ORG, when no body's head follows the title)
    if ((t.origin === 'PER' || t.origin === 'ORG') && body && body.first <= t.first && body.last < t.last) {
      let first = body.last;
      while (first < t.last && isTitleWordAnyCase(doc.tokens[first] ?? '')) first++;
      // (a person's whole name: two words or more, none a title's: not "United Nations Special Coordinator", nor
      // "ASEAN Foreign Ministers' Meeting")
      const rest = doc.tokens.slice(first, t.last);
      const named = rest.length >= 2 && rest.every((w, k) => NAME_TOKEN.test(w) && !isBodyHead(w) && !isTitleWordAnyCase(w) && !loadTitles().trie.longest(doc.lower, first + k));
      if (first > body.last && first < t.last && NAME_TOKEN.test(doc.tokens[first] ?? '') && (t.origin === 'PER' || named)) {
        covered ??= coverage(doc, [...gazetteer, ...tagged]);
        kept.push({ ...t, first, last: nameGoesOn(doc, first, t.last, covered), type: 'Person', origin: 'PER' });
        continue;
      }
    }
    // a city the tagger reads as a team or company from its context ("Leeds beat Chelsea 2-1", "CHICAGO 5 Houston 3")
    // is that, unless the words around it make it a place ("Ukraine's eastern Donetsk region")
    const asBody = !placeContext(doc, t) || doc.tokens.slice(t.first, t.last).every((w) => ALL_CAPS.test(w));
    if (asBody && inside.length === 1 && inside[0]?.first === t.first && inside[0]?.last === t.last && inside[0]?.entry?.kind === 'place' && t.origin === 'ORG') {
      kept.push(t);
      taken.add(inside[0]);
      continue;
    }
    const contains = inside.every((g) => g.first >= t.first && g.last <= t.last) && inside.some((g) => g.last - g.first < t.last - t.first);
    // a place the tagger read wider than the gazetteer's stays the gazetteer's, unless it names a feature ("Dnipro River")
    // ... and a body's name stays the gazetteer's, unless a longer name ends with it ("the AU's Peace and Security Council")
    // (... or a state's demonym opens it and the known body is another state's: "the Maldivian Democratic Party")
    const head = inside.find((g) => g.first === t.first);
    // (gazetteerMatches already read such a body as the state's own, entry-less: no government's body then, whose
    // name the demonym only qualifies, "the Pakistani Foreign Office")
    const ownBody = (g: MentionCandidate): boolean => g.origin === 'ORG' && g.entry === undefined && g.last === t.last && !doc.tokens.slice(g.first, g.last).some((w) => isAgencyHead(w));
    const foreignBody = head !== undefined && (head.entry?.kind === 'country' || head.entry?.kind === 'demonym') && inside.some((g) => g !== head && ((g.entry?.kind === 'body' && g.entry.country !== undefined && g.entry.country !== head.entry?.country) || ownBody(g)));
    if (contains && foreignBody && t.origin === 'ORG') {
      kept.push(t);
      for (const g of inside) taken.add(g);
      continue;
    }
    // ("Foreign Minister Thérèse Kayikwamba Wagner": a body's one-word name ending a person's name of three words is a
    // surname, not the Wagner Group)
    const only = inside.length === 1 ? inside[0] : undefined;
    const surname = t.origin === 'PER' && only?.entry?.kind === 'body' && only.last === t.last && only.last - only.first === 1 && only.first - t.first >= 2 && doc.tokens.slice(t.first, only.first).every((w) => NAME_TOKEN.test(w) && !isHonorificOrTitleWord(w));
    if (surname && only) {
      kept.push(t);
      taken.add(only);
      continue;
    }
    const bodyInside = inside.some((g) => g.entry?.kind === 'body') && !longerBodyName(doc, t, inside, personWords);
    // ("Mocímboa da Praia" is no Praia)
    const particled = t.origin === 'LOC' && doc.tokens.slice(t.first + 1, t.last - 1).some((w) => PLACE_PARTICLES.has(w));
    const wins = contains && (t.origin !== 'LOC' || isGeographicName(doc, t) || particled) && !bodyInside && !prefixedBody(inside, t) && !onlyTitlesBeside(doc, t, inside) && !describedState(doc, t, inside);
    if (wins) {
      kept.push(t);
      for (const g of inside) taken.add(g);
    }
  }
  for (const g of gazetteer) if (!taken.has(g)) kept.push(g);
  return kept;
}

/** Words that open a place's own name before a country's ("Northern Ireland", "New Caledonia", "Upper Austria"). */
const NAME_OPENERS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'new', 'great', 'greater', 'old']);

/** "Neighbouring Sweden became ...", "Landlocked Mali": a sentence's first word, a participle capitalised there, only describes the country after it. */
function describedState(doc: AnalysedText, span: MentionCandidate, inside: readonly MentionCandidate[]): boolean {
  const country = inside[0];
  if (inside.length !== 1 || country?.entry?.kind !== 'country' || country.last !== span.last || country.first !== span.first + 1) return false;
  const opening = doc.sentences[doc.sentenceOf[span.first] ?? 0]?.first === span.first;
  const word = doc.lower[span.first] ?? '';
  // (the tagger may read the participle as a name's first word: "Neighboring Ghana closed")
  return opening && /^(ADJ|VERB|PROPN)$/.test(doc.pos[span.first] ?? '') && /(ing|ed)$/.test(word) && !NAME_OPENERS.has(word);
}

/** "US President" tagged as one ORG: the words beside the country are only a title, so the country stands alone. */
function onlyTitlesBeside(doc: AnalysedText, span: MentionCandidate, inside: readonly MentionCandidate[]): boolean {
  for (let i = span.first; i < span.last; i++) {
    if (inside.some((g) => i >= g.first && i < g.last)) continue;
    if (!isHonorificOrTitleWord(doc.tokens[i] ?? '') && !/^(['’]s?|of)$/.test(doc.lower[i] ?? '')) return false;
  }
  return true;
}

const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'around', 'across', 'into', 'toward', 'towards']);

/** "Ukraine's eastern Donetsk region", "fighting near Bakhmut": the words around a name make it a place. */
function placeContext(doc: AnalysedText, span: MentionCandidate): boolean {
  return PLACE_HEADS.has(doc.lower[span.last] ?? '') || PLACE_PREPOSITIONS.has(doc.lower[span.first - 1] ?? '');
}

/** Lowercase nouns of sites a name may stand before ("the Preah Vihear temple", "the Rafah crossing"); not works a firm runs ("Elf refinery"). */
const SITE_NOUNS = new Set(['temple', 'pagoda', 'mosque', 'shrine', 'monastery', 'church', 'crossing', 'checkpoint', 'airbase', 'airfield']);

/** Types a tagger ORG by its words (ministries, armies and courts are Agencies) and a MISC by nothing: it is dropped. */
function typed(doc: AnalysedText, c: MentionCandidate): MentionCandidate {
  if (c.entry || c.origin !== 'ORG') return c;
  // ("the country's Western Province": a name an administrative unit's noun ends is that unit's)
  // ("the Iranian port of Bandar Anzali": what a settlement or a unit is "of" is a place)
  if (doc.lower[c.first - 1] === 'of' && (SETTLEMENT_NOUNS.has(doc.lower[c.first - 2] ?? '') || PLACE_HEADS.has(doc.lower[c.first - 2] ?? ''))) return { ...c, type: 'Location', origin: 'LOC' };
  // ("the Ta Muen Thom temple in Surin province": a name before a lowercase noun of a site or unit is that place's)
  if (/^\p{Ll}/u.test(doc.tokens[c.last] ?? '') && (SITE_NOUNS.has(doc.lower[c.last] ?? '') || ADMINISTRATIVE_HEADS.has(doc.lower[c.last] ?? '') || SETTLEMENT_NOUNS.has(doc.lower[c.last] ?? ''))) return { ...c, type: 'Location', origin: 'LOC' };
  // (not a department, a body, nor a county, a football club's name as often as a place's)
  if (c.last - c.first >= 2 && UNIT_NAME_HEADS.has(doc.tokens[c.last - 1] ?? '')) return { ...c, type: 'Location', origin: 'LOC' };
  return { ...c, type: bodyTypeOf(doc.tokens.slice(c.first, c.last)) };
}

/** Capitalised heads that end the name of an administrative unit ("Western Province", "Kurdistan Region"). */
const UNIT_NAME_HEADS = new Set(['Province', 'Region', 'District', 'Governorate', 'Prefecture', 'Oblast', 'Canton', 'Municipality']);

/** Nouns an apposition names a body or a place by ("X, a Maputo-based monitoring group", "X, the largest US base"). */
const APPOSITION_TYPES: Readonly<Record<string, EntityType>> = {
  group: 'Organization', organisation: 'Organization', organization: 'Organization', ngo: 'Organization', charity: 'Organization',
  watchdog: 'Organization', coalition: 'Organization', network: 'Organization', movement: 'Organization', institute: 'Organization',
  militia: 'Organization', faction: 'Organization', company: 'Organization', firm: 'Organization',
  base: 'Location', camp: 'Location', town: 'Location', village: 'Location', city: 'Location', port: 'Location', island: 'Location', airport: 'Location',
};

/** Lowercase nouns of armed forces a unit's name stands before ("Kopassus special forces", "Wagner mercenaries"). */
const FORCE_NOUNS = new Set(['forces', 'commandos', 'mercenaries', 'paramilitaries', 'militiamen', 'fighters', 'rebels', 'militants', 'insurgents']);

/** Heads of a state's own bodies ("Border Guard", "Navy", "Interior Ministry"), not of leagues or unions. */
const STATE_BODY_HEADS = new Set(['guard', 'ministry', 'army', 'navy', 'police', 'service', 'forces', 'force', 'command', 'agency', 'office', 'corps', 'gendarmerie', 'directorate', 'bureau', 'government']);

/** Words wire services end a story with. */
const SIGN_OFFS = new Set(['Enditem', 'ENDITEM', 'END', 'Ends']);

/** Officers of a firm, whose "of" names the firm ("chairman of X", "majority owner of X"). */
const FIRM_OFFICERS = new Set(['chairman', 'chairwoman', 'chairperson', 'owner', 'founder', 'co-founder', 'shareholder', 'ceo', 'executive']);

/** How many words of description may stand between "a" and the noun ("a Maputo-based conflict monitoring group"). */
const APPOSITION_WORDS = 7;

/** A name the tagger read as a person's that a military place name opens ("Camp Lemonnier", "Fort Bragg"). */
const PLACE_OPENERS = new Set(['Camp', 'Fort']);

/**
 * "Cabo Delgado Watch, a Maputo-based monitoring group", "Camp Lemonnier, the largest US military base": a name the
 * tagger read as a person's is the body or place its apposition says it is.
 */
function typedByDescription(doc: AnalysedText, c: MentionCandidate): MentionCandidate {
  // ("deployed 700 gendarmes along the Côte d'Opale" read as a body: what runs along is a place)
  const along = doc.lower[c.first - 1] === 'along' || (doc.lower[c.first - 1] === 'the' && doc.lower[c.first - 2] === 'along');
  if (along && (c.origin === 'ORG' || c.origin === 'PER') && !c.entry && !/^['’]s?$/.test(doc.tokens[c.last] ?? '')) return { ...c, type: 'Location', origin: 'LOC' };
  // ("to Kataib Sayf al-Haq, a militia Washington designated ..." read as a place: a body, as its apposition says)
  if (c.origin === 'LOC' && !c.entry && appositionType(doc, c) === 'Organization') return { ...c, type: 'Organization', origin: 'ORG' };
  // ("Arkady Belyanin, chairman of Uralpromkredit" read as a place: what a chairman or an owner heads is a firm)
  if (c.origin === 'LOC' && !c.entry && doc.lower[c.first - 1] === 'of' && FIRM_OFFICERS.has(doc.lower[c.first - 2] ?? '')) return { ...c, type: 'Organization', origin: 'ORG' };
  // ("Indonesia's Kopassus special forces", "the Wagner mercenaries" read as a place or person: a force's name)
  const forces = doc.lower[c.last] === 'special' ? c.last + 1 : c.last;
  if (FORCE_NOUNS.has(doc.tokens[forces] ?? '') && (c.origin === 'LOC' || c.origin === 'PER') && !c.entry) return { ...c, type: 'Organization', origin: 'ORG' };
  // ("The Saudi Foreign Ministry said" read as a person "Ministry": a body's head alone is the body, with the portfolio
  // written before it)
  if (c.origin === 'PER' && c.last - c.first === 1 && !c.entry && isAgencyHead(doc.tokens[c.first] ?? '') && /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[c.first] ?? '')) {
    let first = c.first;
    while (isCapitalisedPortfolioWord(doc.tokens[first - 1] ?? '') && doc.sentenceOf[first - 1] === doc.sentenceOf[c.first]) first--;
    return { ...c, first, type: 'Agency', origin: 'ORG' };
  }
  // ("The Finnish Border Guard said" read as a person "Border Guard": a name ending with a state body's head is the body's)
  if (c.origin === 'PER' && c.last - c.first >= 2 && !c.entry && STATE_BODY_HEADS.has((doc.tokens[c.last - 1] ?? '').toLowerCase())) return { ...c, type: 'Agency', origin: 'ORG' };
  // ("in Kenya's Busia County" read as a body: a name ending with an administrative unit's word, after a state's
  // possessive or a preposition of place, is that unit; not "Notts County 1 Wrexham 2", a club, nor a department)
  const unit = doc.tokens[c.last - 1] ?? '';
  const placed = PLACE_PREPOSITIONS.has(doc.lower[c.first - 1] ?? '') || (/^['’]s?$/.test(doc.tokens[c.first - 1] ?? '') && PLACE_PREPOSITIONS.has(doc.lower[c.first - 3] ?? ''));
  if (c.origin === 'ORG' && !c.entry && c.last - c.first >= 2 && placed && isUnitNameHead(unit) && !isBodyHead(doc.tokens[c.last] ?? '')) {
    return { ...c, type: 'Location', origin: 'LOC' };
  }
  if (c.origin !== 'PER') return personByOffice(doc, c);
  if (PLACE_OPENERS.has(doc.tokens[c.first] ?? '') && c.last - c.first >= 2) return { ...c, type: 'Location', origin: 'LOC' };
  // ("the Argentine newspaper La Nación", "the shipping company Severny Tranzit": a name a firm's noun stands right
  // before is that firm's)
  if (isFirmNoun(doc.lower[c.first - 1] ?? '') && doc.pos[c.first - 1] === 'NOUN' && !/^['’]s?$/.test(doc.tokens[c.last] ?? '')) return { ...c, type: 'Organization', origin: 'ORG' };
  // ("Ren'ai Jiao, China's name for the shoal": a name an apposition calls another's name for a place is a place's)
  if (c.origin === 'PER' && doc.tokens[c.last] === ',' && nameForAfter(doc, c.last + 1)) return { ...c, type: 'Location', origin: 'LOC' };
  // ("Volzhsky Aerosystems, a manufacturer in Tatarstan": a name an apposition calls a firm)
  if (describedAsFirm(doc, c.last)) return { ...c, type: 'Organization', origin: 'ORG' };
  // ("the state capital Boa Vista", "the border town Pacaraima": a name a settlement's noun stands right before)
  if (SETTLEMENT_NOUNS.has(doc.tokens[c.first - 1] ?? '') && doc.pos[c.first - 1] === 'NOUN') return { ...c, type: 'Location', origin: 'LOC' };
  // ("Putumayo's San Miguel municipality": a name an administrative unit's noun follows is that unit's, after no title)
  if (ADMINISTRATIVE_HEADS.has(doc.tokens[c.last] ?? '') && !isHonorificOrTitleWord(doc.tokens[c.first - 1] ?? '')) return { ...c, type: 'Location', origin: 'LOC' };
  // ("a former mayor of San Pedro Sula": what a mayor or governor serves is a place)
  if (doc.lower[c.first - 1] === 'of' && /^(mayor|governor|mayors|governors)$/.test(doc.lower[c.first - 2] ?? '')) return { ...c, type: 'Location', origin: 'LOC' };
  // ("Residents who fled to Tawila told ...": where people flee or move to is a place)
  if (/^(to|from)$/.test(doc.lower[c.first - 1] ?? '') && /^(fled|flee|fleeing|moved|returned|travelled|traveled|displaced|evacuated|relocated)$/.test(doc.lower[c.first - 2] ?? '') && !/^['’]s?$/.test(doc.tokens[c.last] ?? '')) return { ...c, type: 'Location', origin: 'LOC' };
  // ("a base near Sake came under fire": what a thing is near or outside is a place, not someone's possession)
  if (/^(near|outside)$/.test(doc.lower[c.first - 1] ?? '') && !/^['’]s?$/.test(doc.tokens[c.last] ?? '')) return { ...c, type: 'Location', origin: 'LOC' };
  const type = appositionType(doc, c);
  return type ? { ...c, type, origin: type === 'Location' ? 'LOC' : 'ORG' } : c;
}

/**
 * "X, a Maputo-based monitoring group,", "X, the largest US military base in Africa", "X, a militia Washington
 * designated ...": the type the head of an apposition after the name gives (its last word before a preposition, a
 * comma, a clause or a name), else undefined; not "a spokesman for the group".
 */
function appositionType(doc: AnalysedText, c: MentionCandidate): EntityType | undefined {
  if (doc.tokens[c.last] !== ',' || !/^(a|an|the)$/.test(doc.lower[c.last + 1] ?? '')) return undefined;
  for (let k = c.last + 3; k < Math.min(doc.tokens.length, c.last + 3 + APPOSITION_WORDS); k++) {
    const clause = doc.pos[k] === 'ADP' || doc.pos[k] === 'PUNCT' || doc.pos[k] === 'AUX' || doc.pos[k] === 'SCONJ' || /^(who|which|that)$/.test(doc.lower[k] ?? '');
    if (clause || /^\p{Lu}/u.test(doc.tokens[k] ?? '')) {
      if (doc.tokens[k] === '-') continue;
      return APPOSITION_TYPES[doc.lower[k - 1] ?? ''];
    }
  }
  return undefined;
}

/** The sentence of token `k` is written in title case, as headlines are: most of its words capitalised. */
function titleCased(doc: AnalysedText, k: number): boolean {
  const sentence = doc.sentences[doc.sentenceOf[k] ?? 0];
  if (!sentence) return false;
  const words = doc.tokens.slice(sentence.first, sentence.last).filter((t) => /^\p{L}/u.test(t));
  return words.filter((t) => /^\p{Ll}/u.test(t)).length * 2 < words.length;
}

/** Words a headline in title case leaves in lowercase. */
const TITLE_CASE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'as', 'by', 'from', 'vs', 'via', 'into', 'over']);

/** Every word of the sentence but the small ones is capitalised, most in lowercase after their capital ("Russia and Belarus Sign ..."; not a headline in capitals). */
function inTitleCase(doc: AnalysedText, sentence: { readonly first: number; readonly last: number }): boolean {
  const words = doc.tokens.slice(sentence.first, sentence.last).filter((t) => /^\p{L}/u.test(t));
  if (words.length < 4 || !words.every((w) => TITLE_CASE_SMALL_WORDS.has(w) || /^\p{Lu}/u.test(w))) return false;
  return words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).length * 2 > words.length;
}

/**
 * In a headline written in title case, capitals say nothing: a name read there that the article's body does not repeat
 * is the headline's words ("Russia and Belarus Sign Security Guarantees Treaty, Extending Moscow's Nuclear Umbrella"),
 * and a person's name needs its last word repeated, no agreement's or body's head ("Biden Meets Xi" ... "Chinese
 * President Xi Jinping"; not "Guarantees Treaty"). True for every candidate outside such a headline.
 */
function repeatedFromHeadline(doc: AnalysedText): (c: MentionCandidate) => boolean {
  const headline = headlineOf(doc);
  const next = doc.sentences[1];
  if (!headline || !next || !inTitleCase(doc, headline)) return () => true;
  const body = doc.text.slice(next.start).toLowerCase();
  const said = (words: string): boolean => {
    for (let at = body.indexOf(words); at >= 0; at = body.indexOf(words, at + 1)) {
      if (!/[\p{L}\p{N}]/u.test(body[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(body[at + words.length] ?? '')) return true;
    }
    return false;
  };
  return (c) => {
    if (c.first >= headline.last) return true;
    if (c.origin !== 'PER') return said(doc.text.slice(doc.starts[c.first], doc.ends[c.last - 1]).toLowerCase());
    const surname = doc.tokens[c.last - 1] ?? '';
    return said(surname.toLowerCase()) && !isAgreementHead(surname) && !isBodyHead(surname);
  };
}

/** Where the dateline sentence of token `k` opens, when it is one of the article's first (a dateline's); else -1. */
function datelineOpening(doc: AnalysedText, k: number): number {
  const si = doc.sentenceOf[k] ?? DATELINE_SENTENCES;
  return si < DATELINE_SENTENCES ? doc.sentences[si]?.first ?? -1 : -1;
}

/**
 * "IZMIR (AA) - ...", "KISUMU, March 3 -": a place in capitals opening the article's dateline, which the tagger read
 * as another name, is the gazetteer's place.
 */
function datelinePlaceReadAsName(doc: AnalysedText, c: MentionCandidate, gazetteer: readonly MentionCandidate[]): boolean {
  if (c.entry || c.type === 'Location' || datelineOpening(doc, c.first) !== c.first) return false;
  if (!doc.tokens.slice(c.first, c.last).every((t) => ALL_CAPS.test(t))) return false;
  const next = doc.tokens[c.last] ?? '';
  if (next !== '(' && next !== ',' && !/^([—–-]|--)$/.test(next)) return false;
  return gazetteer.some((g) => g.first === c.first && g.last === c.last && (g.entry?.kind === 'place' || g.entry?.kind === 'capital'));
}

/** "CARTAGENA DE INDIAS —": the words after a particle of a place's name in a dateline in capitals are the place's. */
function datelinePlaceTail(doc: AnalysedText, c: MentionCandidate): boolean {
  if (c.entry || !/^(DE|DEL|DA|DO|DOS|DAS|DI|DU|LA|LAS|LOS|EL)$/.test(doc.tokens[c.first - 1] ?? '') || !ALL_CAPS.test(doc.tokens[c.first - 2] ?? '')) return false;
  const opening = datelineOpening(doc, c.first);
  return opening >= 0 && doc.tokens.slice(opening, c.last).every((t) => ALL_CAPS.test(t));
}

/** "ANKARA (AA) -": the agency credited in brackets after a dateline's place in capitals, no entity of the story. */
/**
 * "New York - Asharq Al-Awsat" on a line of its own under the headline: the name after the place and a spaced dash,
 * closing the line, is the outlet's.
 */
function datelineOutlet(doc: AnalysedText, c: MentionCandidate): boolean {
  const dash = c.first - 1;
  const opening = datelineOpening(doc, c.first);
  if (c.entry || opening < 0 || opening >= dash || !/^([—–-]|--)$/.test(doc.tokens[dash] ?? '') || doc.starts[dash] === doc.ends[dash - 1]) return false;
  // (the line ends with the name; the place before the dash opens it)
  const lineEnd = doc.text.indexOf('\n', doc.ends[c.last - 1] ?? 0);
  const next = doc.starts[c.last] ?? doc.text.length;
  if (c.last < doc.tokens.length && (lineEnd < 0 || lineEnd > next)) return false;
  const lineStart = doc.text.lastIndexOf('\n', (doc.starts[opening] ?? 0) - 1) + 1;
  return doc.text.slice(lineStart, doc.starts[opening] ?? 0).trim() === '' && dash - opening <= 3 && doc.tokens.slice(opening, dash).every((t) => /^\p{Lu}/u.test(t));
}

function datelineAgency(doc: AnalysedText, c: MentionCandidate): boolean {
  if (c.entry || doc.tokens[c.first - 1] !== '(' || doc.tokens[c.last] !== ')' || !/^([—–-]|--)$/.test(doc.tokens[c.last + 1] ?? '')) return false;
  const opening = datelineOpening(doc, c.first);
  return opening >= 0 && opening < c.first - 1 && doc.tokens.slice(opening, c.first - 1).every((t) => ALL_CAPS.test(t) || t === ',');
}

/**
 * "BRIDGETOWN, Barbados, Feb 26, CMC - ...": an acronym between a dateline's date and its dash credits a news agency;
 * it names no body the gazetteer gives those letters (the Central Military Commission), a news agency's aside.
 */
function datelineCredit(doc: AnalysedText, g: MentionCandidate): boolean {
  if (g.entry?.kind !== 'body' || g.entry.bodyKind === 'news' || g.last - g.first !== 1 || !ALL_CAPS.test(doc.tokens[g.first] ?? '')) return false;
  if (doc.tokens[g.first - 1] !== ',' || !/^([—–-]|--)$/.test(doc.tokens[g.last] ?? '')) return false;
  const date = doc.tokens[g.first - 2] ?? '';
  return /^\d{1,2}(st|nd|rd|th)?$/.test(date) || CALENDAR_WORD.test(date);
}

/** How many words may stand before "name for" in an apposition ("China's name for", "the Philippine name for"). */
const NAME_FOR_TOKENS = 4;

/** From token `from`, an apposition "X's name for", "the Chinese name for": a name given to something named before. */
function nameForAfter(doc: AnalysedText, from: number): boolean {
  for (let k = from; k < from + NAME_FOR_TOKENS; k++) {
    if (doc.lower[k] === 'name' && doc.lower[k + 1] === 'for') return k > from;
    if (doc.pos[k] === 'VERB' || doc.pos[k] === 'PUNCT' && !/^['’]s?$/.test(doc.tokens[k] ?? '')) return false;
  }
  return false;
}

/** Adjectives that open sentences and names alike ("International donors", "the International Court"). */
const COMMON_ADJECTIVES = /^(International|National|Regional|Global|Local|Federal|Foreign|Western|Eastern|Northern|Southern|Central)$/;

/** Heads of agreements made under a body rather than between its members ("United Nations Convention on ...", "the UN Arms Trade Treaty"). */
const SPONSORED = /^(convention|conventions|charter|protocol|declaration|statute|treaty)$/;

/**
 * "ECOWAS Commission President X": an intergovernmental body the gazetteer knows, named right before one of its organs
 * the gazetteer lacks, names that organ (a body of its own).
 */
function organOfBody(doc: AnalysedText, g: MentionCandidate): MentionCandidate {
  if (g.entry?.kind !== 'body' || g.entry.bodyKind !== 'intergovernmental' || !BODY_ORGANS.has(doc.tokens[g.last] ?? '') || doc.lower[g.last + 1] === 'of') return g;
  return { first: g.first, last: g.last + 1, kind: 'name', type: 'Agency', origin: 'ORG' };
}

/**
 * "Anadolu Veri Elektronik": an organisation known by a one-word short form ("Anadolu" for Anadolu Agency) that
 * opens a longer capitalised name, of two or more words the lexicons do not know, is that other name's, an
 * organisation the gazetteer lacks.
 */
function longerUnknownName(doc: AnalysedText, g: MentionCandidate, gazetteer: readonly MentionCandidate[], known: readonly string[] = []): MentionCandidate {
  // (not an acronym, "UN Group of Experts", nor a government's body, "EU Farm Commissioner")
  if (g.entry?.kind !== 'body' || g.entry.type !== 'Organization' || g.last - g.first !== 1 || ALL_CAPS.test(doc.tokens[g.first] ?? '') || g.entry.name.toLowerCase() === doc.lower[g.first]) return g;
  let last = g.last;
  const plain = (k: number): boolean => {
    const token = doc.tokens[k] ?? '';
    return NAME_TOKEN.test(token) && !ALL_CAPS.test(token) && !isHonorificOrTitleWord(token) && !isAgencyHead(token) && !gazetteer.some((o) => o.first <= k && k < o.last);
  };
  while (last < g.first + MAX_NAME_TOKENS && plain(last) && !doc.text.slice(doc.ends[last - 1] ?? 0, doc.starts[last] ?? 0).includes('\n')) last++;
  // (two unknown words at least: "Labour Day" is no firm; one, where it begins a longer such name the article gave:
  // "Anadolu Veri" after "Anadolu Veri Elektronik")
  const words = doc.lower.slice(g.first, last).join(' ');
  const begins = last > g.last && known.some((name) => name.startsWith(`${words} `));
  return last > g.last + 1 || begins ? { first: g.first, last, kind: 'name', type: 'Organization', origin: 'ORG' } : g;
}

export function recognize(doc: AnalysedText, gazetteer: Gazetteer, tag: TagTokens): MentionCandidate[] {
  const matched = gazetteerMatches(doc, gazetteer).filter((g) => !datelineCredit(doc, g) && !continentalDemonym(doc, g) && !shipNamedForPlace(doc, g)).map((g) => organOfBody(doc, compassRegion(doc, g)));
  const longer = matched.map((g) => longerUnknownName(doc, g, matched));
  const known = longer.filter((c, k) => c !== matched[k]).map((c) => doc.lower.slice(c.first, c.last).join(' '));
  const fromGazetteer = known.length === 0 ? longer : matched.map((g) => longerUnknownName(doc, g, matched, known));
  // ("a Treaty on Comprehensive Strategic Partnership in Pyongyang": a named agreement ends before the city it was signed in)
  const repeated = repeatedFromHeadline(doc);
  const found = agreementMentions(doc)
    .map((a) => signedIn(doc, a, fromGazetteer))
    .filter((a) => a.origin !== 'pattern:named-agreement' || repeated(a));
  const namedAgreements = found.filter((a) => a.origin === 'pattern:named-agreement');
  // a named agreement ("Danube Energy Corridor Agreement") wins over the tagger's reading of its words
  const spans = personsInBodySpans(doc, taggerSpans(doc, tag).filter(repeated).flatMap((c) => splitAfterKnownName(doc, c, fromGazetteer)))
    .map((c) => trimSpan(doc, c))
    .filter((c): c is MentionCandidate => c !== undefined && !namedAgreements.some((a) => overlaps(a, c)));
  const taken = coverage(doc, [...spans, ...fromGazetteer]);
  // (a publication's name keeps its capitalised first word, no title: "Official Journal")
  const fromTagger = spans
    .map((c) => (PUBLICATION_HEADS.has(doc.tokens[c.last - 1] ?? '') && c.origin === 'ORG' ? c : withoutLeadingTitles(doc, c, fromGazetteer, taken)))
    .map((c) => c && bodyNameGoesOn(doc, bodyNameGoesBack(doc, c, taken), taken))
    .map((c) => c && personGoesBack(doc, personEndsInSentence(doc, c), taken))
    .map((c) => c && typedByDescription(doc, personAfterTitleWord(doc, hyphenedSurname(doc, c))))
    .filter((c) => !c || (!portfolioAfterTitle(doc, c) && !portfolioBeforeTitle(doc, c)))
    .filter((c) => !c || !stateGovernment(doc, c, fromGazetteer))
    .filter((c) => !c || !titleReadAsName(doc, c))
    .filter((c) => !c || (!datelinePlaceReadAsName(doc, c, fromGazetteer) && !datelineAgency(doc, c) && !datelinePlaceTail(doc, c)))
    // ("... in Tashkent in 2026. Enditem": a wire service's sign-off names nothing)
    .filter((c) => !c || !SIGN_OFFS.has(doc.tokens.slice(c.first, c.last).join(' ')))
    .map((c) => (c && datelineOutlet(doc, c) ? { ...c, type: 'Organization' as const, origin: 'ORG' } : c))
    .filter((c): c is MentionCandidate => c !== undefined)
    .map((c, k, all) => placePair(doc, c, all, fromGazetteer));
  // (a ship named again without its noun is still the ship: "the aircraft carrier Carl Vinson ... The Carl Vinson")
  const shipped = new Set(fromTagger.filter((c) => namesShip(doc, c)));
  const ships = new Set([...shipped].map((c) => doc.lower.slice(c.first, c.last).join(' ')));
  const shipNamed = (c: MentionCandidate): boolean => !c.entry && (shipped.has(c) || (ships.size > 0 && ships.has(doc.lower.slice(c.first, c.last).join(' '))));
  // names of no entity: MISC, exercises, ships; read once, for the gazetteer's words inside them and for the merge
  const misc = fromTagger.filter((c) => c.origin === 'MISC' || namesExercise(doc, c) || namesProduct(doc, c) || shipNamed(c));
  const unnamed = new Set(misc);
  // "U.S. Open", "Australian Grand Prix": a place inside a longer capitalised MISC name is part of that name ("Iran-backed" is not)
  // ("the French-German mission": states joined by a hyphen are each a mention)
  const stateAt = (i: number): boolean => fromGazetteer.some((g) => (g.entry?.kind === 'country' || g.entry?.kind === 'demonym') && g.first <= i && i < g.last);
  const longerMisc = (g: MentionCandidate): boolean =>
    (g.entry?.kind === 'country' || g.entry?.kind === 'capital' || g.entry?.kind === 'place') &&
    misc.some((m) => m.first <= g.first && g.last <= m.last && doc.tokens.slice(m.first, m.last).some((w, k) => (m.first + k < g.first || m.first + k >= g.last) && /^\p{Lu}/u.test(w) && !stateAt(m.first + k)));
  const recognized = withoutCommonNounAcronyms(doc, definedAcronyms(doc, bylineNames(doc, jointRegions(doc, venueNames(doc, servicesNamedByState(doc, portfolioGoesOn(doc, bodyNameGoesOnPastAnd(doc, joinedByFor(doc, joinedByAnd(doc, merge(doc, fromGazetteer.filter((g) => !longerMisc(g)), fromTagger.filter((c) => !unnamed.has(c))))))))))))).map((c) => typed(doc, c));
  const merged = companySuffixes(doc, adjacentPersonsJoin(doc, personsReadAsBodies(doc, namedAloneAsBodies(doc, namesGoOnAsNamed(doc, hyphenedSurnamesAgain(doc, titledSurnamesGoOn(doc, personLists(doc, [...recognized.map((c) => personInTitledApposition(doc, c)), ...contextualPersons(doc, recognized), ...describedCompanies(doc, recognized)]))))))));
  // (the passes that read names from their context read the headline's capitals too)
  // ("the vessel SAS King Sekhukhune I": no person read from a ship's name by its title)
  const shipSpans = [...shipped];
  const named = merged.filter((c) => (c.entry !== undefined || repeated(c)) && !shipSpans.some((m) => m.first < c.first && c.last <= m.last && c.type === 'Person'));
  const within = (inner: MentionCandidate, outer: MentionCandidate): boolean => inner.first >= outer.first && inner.last <= outer.last;
  // an agreement is dropped where a name crosses its edge; names inside a named one stay as its parties ("EU-Mercosur agreement")
  const agreements = found.filter((a) => !named.some((m) => overlaps(m, a) && !(a.origin === 'pattern:named-agreement' && within(m, a))));
  // ... but a city or place it is named after is not ("Algiers Agreement", "Minsk agreements"), nor a body named after
  // its head ("Rome Statute of the International Criminal Court")
  const party = (m: MentionCandidate): boolean => m.entry !== undefined && m.entry.kind !== 'capital' && m.entry.kind !== 'place';
  // ... nor the intergovernmental body a convention or charter is made under ("United Nations Convention on ...")
  const sponsor = (m: MentionCandidate, a: MentionCandidate): boolean =>
    m.entry?.bodyKind === 'intergovernmental' && SPONSORED.test(doc.lower[agreementHead(doc, a)] ?? '') && doc.tokens[m.last] !== '-' && doc.tokens[m.first - 1] !== '-';
  // ... nor "American" opening a treaty of the Americas ("American Treaty on Pacific Settlement", "Inter-American Treaty")
  const continental = (m: MentionCandidate, a: MentionCandidate): boolean => doc.lower[m.first] === 'american' && (m.first === a.first || doc.lower[m.first - 2] === 'inter');
  // (... and the states named "between" in it: "Agreement between the Republic of Indonesia and the Republic of Palau")
  const between = (m: MentionCandidate, a: MentionCandidate): boolean => doc.lower[agreementHead(doc, a) + 1] === 'between' && m.entry?.kind === 'country';
  const inner = named.filter((m) => party(m) && agreements.some((a) => a.origin === 'pattern:named-agreement' && within(m, a) && (m.last <= agreementHead(doc, a) || between(m, a)) && !sponsor(m, a) && !continental(m, a)));
  const outer = named.filter((m) => !agreements.some((a) => overlaps(m, a)));
  // ("Minister of Foreign Affairs, African Integration and Togolese Abroad": a title's portfolios name nothing)
  const portfolios = portfolioLists(doc);
  const portfolio = (c: MentionCandidate): boolean => c.type !== 'Person' && c.entry?.kind !== 'country' && portfolios.some(([from, to]) => from <= c.first && c.last <= to);
  return oneTypePerName(doc, [...nonOverlapping([...outer, ...agreements]), ...inner].filter((c) => !portfolio(c)).sort((a, b) => a.first - b.first || b.last - a.last)).map((c) => placeHeaded(doc, c));
}

/** Types a name no lexicon knows may take throughout an article, when the tagger read it both ways. */
const ONE_TYPE = new Set<EntityType>(['Location', 'Organization']);

/**
 * "positioned around Manbij ... froze front lines around Manbij", "told Al-Monitor ... told Al-Monitor by phone": a name
 * no lexicon knows, read as a place here and an organisation there, is one thing throughout. Each reading is a vote, and
 * so is a context that says which (a locative preposition or a region's noun: a place; "told" before it: an outlet); on
 * a tie, each reading stands. A sea or a region the gazetteer knows elsewhere in the article is a place throughout.
 */
function oneTypePerName(doc: AnalysedText, candidates: MentionCandidate[]): MentionCandidate[] {
  const votes = new Map<string, Map<EntityType, number>>();
  const nameOf = (c: MentionCandidate): string => doc.lower.slice(c.first, c.last).join(' ');
  const open = (c: MentionCandidate): boolean => !c.entry && c.kind === 'name' && ONE_TYPE.has(c.type);
  for (const c of candidates) {
    if (!open(c)) continue;
    const before = doc.lower[c.first - 1] === 'the' ? doc.lower[c.first - 2] : doc.lower[c.first - 1];
    const place = PLACE_PREPOSITIONS.has(before ?? '') || ADMINISTRATIVE_HEADS.has(doc.lower[c.last] ?? '');
    const name = nameOf(c);
    const tally = votes.get(name) ?? new Map<EntityType, number>();
    const vote = (type: EntityType): void => void tally.set(type, (tally.get(type) ?? 0) + 1);
    vote(c.type);
    if (place) vote('Location');
    else if (before === 'told') vote('Organization');
    votes.set(name, tally);
  }
  const chosen = new Map<string, EntityType>();
  // (a sea or a region of no one state: a city's name is also its teams', "Chicago" in "St Louis at Chicago")
  for (const c of candidates) if (c.entry?.kind === 'place' && c.entry.country === undefined && votes.has(nameOf(c))) chosen.set(nameOf(c), c.type);
  for (const [name, tally] of votes) {
    if (chosen.has(name) || tally.size < 2) continue;
    const [first, second] = [...tally].sort((a, b) => b[1] - a[1]);
    if (first && second && first[1] > second[1]) chosen.set(name, first[0]);
  }
  if (chosen.size === 0) return candidates;
  return candidates.map((c) => {
    const type = open(c) ? chosen.get(nameOf(c)) : undefined;
    return type === undefined || type === c.type ? c : { ...c, type, origin: type === 'Location' ? 'LOC' : 'ORG' };
  });
}
