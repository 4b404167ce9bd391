// Names of things: exercises and ships (events and vessels, no entity), venues (places) and firms (organisations).
import { joinedHyphen, type AnalysedText } from '../nlp/annotate.js';
import { isHonorificOrTitleWord } from '../lexicon/titles.js';
import { ALL_CAPS, coverage, DETERMINER, MAX_NAME_TOKENS, NAME_TOKEN, replacedBy, type MentionCandidate } from './candidates.js';

/** Lowercase nouns of military exercises, whose names name events, no entity. */
const EXERCISE_NOUNS = new Set(['exercise', 'exercises', 'drill', 'drills', 'manoeuvres', 'maneuvers', 'wargames', 'war-games']);

/** "the joint strategic exercise Union Shield", "the Cobra Gold exercises", "Operation Claw-Lock": a tagged name of an exercise or an operation. */
export function namesExercise(doc: AnalysedText, c: MentionCandidate): boolean {
  if (c.entry) return false;
  // ("Operation Claw-Lock", "Operation Sindoor": a military operation's name, whatever the tagger read in it)
  if ((doc.tokens[c.first] === 'Operation' && c.last - c.first >= 2) || doc.tokens[c.first - 1] === 'Operation') return true;
  // ("The drills, codenamed Pacific Vanguard,": a code name is an event's)
  if (/^(codenamed|code-named|dubbed)$/.test(doc.lower[c.first - 1] ?? '') || (doc.lower[c.first - 1] === 'named' && doc.lower[c.first - 2] === 'code')) return true;
  if (c.type === 'Person') return false;
  const before = doc.tokens[c.first - 1] ?? '';
  // ("their three-day Freedom Edge trilateral exercise": past lowercase adjectives to the noun)
  let k = c.last;
  while (k < c.last + 3 && /^\p{Ll}+$/u.test(doc.tokens[k] ?? '') && /^(ADJ|NOUN)$/.test(doc.pos[k] ?? '') && !EXERCISE_NOUNS.has(doc.tokens[k] ?? '')) k++;
  return (EXERCISE_NOUNS.has(before) && doc.pos[c.first - 1] === 'NOUN') || EXERCISE_NOUNS.has(doc.tokens[k] ?? '');
}

/** Nouns of weapons and craft a maker's or model's name stands before ("Garpiya long-range attack drones", "two Ilyushin transport planes"). */
const PRODUCT_NOUNS = new Set(['drone', 'drones', 'missile', 'missiles', 'plane', 'planes', 'aircraft', 'jet', 'jets', 'helicopter', 'helicopters', 'tank', 'tanks', 'launcher', 'launchers', 'rocket', 'rockets', 'howitzer', 'howitzers', 'rifle', 'rifles', 'interceptor', 'interceptors', 'fighters', 'bombers', 'vehicles']);

/**
 * "Garpiya long-range attack drones", "aboard two Ilyushin transport planes": a name the tagger read as a person's or a
 * place's, right before the nouns of a weapon or craft, is the weapon's or the maker's, no person or place.
 */
export function namesProduct(doc: AnalysedText, c: MentionCandidate): boolean {
  if (c.entry || (c.type !== 'Person' && c.type !== 'Location')) return false;
  // (past lowercase words and hyphens: "long-range attack")
  let k = c.last;
  while (k < c.last + PRODUCT_WORDS && (doc.tokens[k] === '-' || (/^\p{Ll}+$/u.test(doc.tokens[k] ?? '') && /^(ADJ|NOUN)$/.test(doc.pos[k] ?? ''))) && !PRODUCT_NOUNS.has(doc.tokens[k] ?? '')) k++;
  return PRODUCT_NOUNS.has(doc.tokens[k] ?? '');
}

/** How many lowercase words and hyphens may stand between such a name and its noun. */
const PRODUCT_WORDS = 5;

/**
 * Prefixes of warships' and state vessels' names ("HMS Anson", "USS Carl Vinson", "BRP Sierra Madre", "INS Vikrant",
 * "ARA Bouchard", "USCGC Hamilton") and of merchant ships' ("MV Rubymar").
 */
const SHIP_PREFIXES = new Set([
  'HMS', 'USS', 'USNS', 'USCGC', 'HMAS', 'HMCS', 'CCGS', 'HMNZS', 'INS', 'BRP', 'ROKS', 'ROCS', 'TCG', 'HNLMS', 'KRI', 'KD', 'RSS', 'HTMS', 'BNS', 'PNS', 'SLNS',
  'NRP', 'ESPS', 'FGS', 'HDMS', 'HNoMS', 'HSwMS', 'ORP', 'RFS', 'ITS', 'ARA', 'BAP', 'ARC', 'NNS', 'GNS', 'SAS', 'MV',
]);

/** Lowercase nouns of vessels before a ship's name ("the research vessel Xiang Yang Hong 03", "the frigate Admiral Gorshkov"). */
const VESSEL_NOUNS = new Set([
  'vessel', 'ship', 'warship', 'frigate', 'destroyer', 'corvette', 'cruiser', 'carrier', 'submarine', 'tanker', 'freighter', 'trawler', 'cutter',
  'icebreaker', 'yacht', 'ferry', 'vessels', 'ships', 'warships', 'frigates', 'destroyers', 'carriers', 'submarines', 'tankers',
]);

/** A tagged name that names a ship ("HMS Anson", "the research vessel Xiang Yang Hong 03"), no person nor body. */
export function namesShip(doc: AnalysedText, c: MentionCandidate): boolean {
  if (c.entry) return false;
  // (past a rank the ship is named with: "the frigate Admiral Gorshkov")
  let k = c.first - 1;
  while (k > c.first - 3 && isHonorificOrTitleWord(doc.tokens[k] ?? '')) k--;
  // (a prefix alone is no ship: "ARC", "SAS" are bodies' acronyms too)
  const prefixed = SHIP_PREFIXES.has(doc.tokens[c.first] ?? '') && c.last - c.first > 1;
  // ("the offshore patrol vessel SAS King Sekhukhune I": past a ship named after a king or a rank)
  // (in the same sentence: not a headline's "... on merchant ships" above a dateline's "New Delhi")
  const vessel = VESSEL_NOUNS.has(doc.tokens[k] ?? '') && doc.pos[k] === 'NOUN' && doc.sentenceOf[k] === doc.sentenceOf[c.first];
  return prefixed || SHIP_PREFIXES.has(doc.tokens[c.first - 1] ?? '') || (k < c.first - 1 && SHIP_PREFIXES.has(doc.tokens[k] ?? '')) || vessel || describedAsVessel(doc, c) || flagged(doc, c);
}

/** "The German frigate Hamburg": a place's name right after a vessel's noun is the ship's name, no place. */
export function shipNamedForPlace(doc: AnalysedText, g: MentionCandidate): boolean {
  const kind = g.entry?.kind;
  return (kind === 'place' || kind === 'capital') && VESSEL_NOUNS.has(doc.tokens[g.first - 1] ?? '') && doc.pos[g.first - 1] === 'NOUN' && doc.sentenceOf[g.first - 1] === doc.sentenceOf[g.first];
}

/** "the Cook Islands-flagged Vela Star": a name a flag state's "-flagged" stands before, or inside, is a ship's. */
function flagged(doc: AnalysedText, c: MentionCandidate): boolean {
  if (doc.lower[c.first - 1] === 'flagged' && doc.tokens[c.first - 2] === '-') return true;
  for (let k = c.first + 1; k < c.last - 1; k++) if (doc.lower[k] === 'flagged' && doc.tokens[k - 1] === '-') return true;
  return false;
}

/** How many words an apposition may hold before the vessel's noun ("a 4,800-tonne Chinese research vessel"). */
const VESSEL_APPOSITION_WORDS = 7;

/** "the Xiang Yang Hong 11, a 4,800-tonne vessel operated by ...": a name (and its number) an apposition calls a vessel. */
function describedAsVessel(doc: AnalysedText, c: MentionCandidate): boolean {
  let k = c.last;
  if (/^\d+$/.test(doc.tokens[k] ?? '')) k++;
  if (doc.tokens[k] !== ',' || !/^(a|an|the)$/.test(doc.lower[k + 1] ?? '')) return false;
  for (let j = k + 2; j < k + 2 + VESSEL_APPOSITION_WORDS; j++) {
    if (VESSEL_NOUNS.has(doc.lower[j] ?? '')) return true;
    if (/^[,;.()]$/.test(doc.tokens[j] ?? '') || doc.pos[j] === 'VERB' || doc.pos[j] === 'ADP') return false;
  }
  return false;
}

/** Heads of buildings and works named after a place or founder ("Kuala Lumpur International Airport", "Aswan High Dam", "Simon Bolivar International Bridge", "Lombrum Naval Base"). */
const VENUE_HEADS = new Set(['Airport', 'Stadium', 'Palace', 'Mosque', 'Cathedral', 'Hotel', 'Dam', 'Arena', 'House', 'Bridge', 'Base', 'Airbase', 'Crossing', 'Canal']);

/** Words before "Centre", "Center" or "Hall" that make it a venue ("Convention Centre"), not an institute ("Wilson Center"). */
const VENUE_KINDS = new Set(['Convention', 'Exhibition', 'Conference', 'Congress', 'Expo', 'Trade', 'Press', 'Concert']);

/** Heads a venue's kind must stand before ("Convention Centre", not "Wilson Center"). */
const VENUE_HALLS = new Set(['Centre', 'Center', 'Hall']);

/** How many capitalised words a venue's name may hold before its head. */
const VENUE_WORDS = 6;

/**
 * "the Kuala Lumpur Convention Centre", "the Grand Ethiopian Renaissance Dam", "the Palace of Independence": capitalised
 * words ending with a building's head (or a palace "of" a name) name one place, whatever the tagger or the gazetteer
 * made of the words inside (a capital, a demonym, "Convention" read as an agreement's head).
 */
export function venueNames(doc: AnalysedText, candidates: MentionCandidate[]): MentionCandidate[] {
  const venues: MentionCandidate[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    const token = doc.tokens[i] ?? '';
    // (cheaply first: every head is capitalised)
    const c0 = token.charCodeAt(0);
    if (c0 < 65 || c0 > 90) continue;
    // ("Hyderabad House": a house named after a place; not "the Clinton White House", "the Republican House")
    const house = token === 'House' && candidates.some((c) => c.last === i && (c.entry?.kind === 'place' || c.entry?.kind === 'capital'));
    const headed = (VENUE_HEADS.has(token) && token !== 'House') || house || (VENUE_HALLS.has(token) && VENUE_KINDS.has(doc.tokens[i - 1] ?? ''));
    if (!headed && token !== 'Palace') continue;
    // (a known body ending at the head stays the gazetteer's: "the Clinton White House")
    if (candidates.some((c) => c.entry?.kind === 'body' && c.last === i + 1)) continue;
    let first = i;
    let last = i + 1;
    if (token === 'Palace' && doc.lower[i + 1] === 'of' && /^\p{Lu}\p{Ll}/u.test(doc.tokens[i + 2] ?? '')) {
      last = i + 3;
      while (last < i + VENUE_WORDS && /^\p{Lu}\p{Ll}/u.test(doc.tokens[last] ?? '')) last++;
    } else if (headed) {
      while (first > i - VENUE_WORDS && doc.sentenceOf[first - 1] === doc.sentenceOf[i] && NAME_TOKEN.test(doc.tokens[first - 1] ?? '') && !DETERMINER.test(doc.tokens[first - 1] ?? '') && !isHonorificOrTitleWord(doc.tokens[first - 1] ?? '')) first--;
    }
    if (first === i && last === i + 1) continue;
    // (not in a headline's capitalised words, where no lowercase word but a short one stands, nor where the sentence
    // opens with a capitalised run)
    const sentence = doc.sentences[doc.sentenceOf[i] ?? 0];
    if (!sentence || sentence.first === first || !doc.tokens.slice(sentence.first, sentence.last).some((t) => /^\p{Ll}{4,}/u.test(t))) continue;
    const span = { first, last };
    // (a known body or place of that whole name stays what the gazetteer says: "Elysee Palace")
    if (candidates.some((c) => c.entry && c.first <= first && last <= c.last)) continue;
    venues.push({ first, last, kind: 'name', type: 'Location', origin: 'LOC' });
    i = span.last - 1;
  }
  for (const c of candidates) {
    if (c.entry || venues.some((v) => v.first < c.last && c.first < v.last)) continue;
    if ((c.type === 'Person' && facilityAfter(doc, c.last)) || (c.last - c.first > 1 && VENUE_OPENERS.has(doc.tokens[c.first] ?? ''))) {
      venues.push({ first: c.first, last: c.last, kind: 'name', type: 'Location', origin: 'LOC' });
    }
  }
  return replacedBy(candidates, venues);
}

/** Words of Romance languages that open a building's name ("the Torre Ejecutiva", "Palacio Quemado", "Palazzo Chigi"). */
const VENUE_OPENERS = new Set(['Torre', 'Palacio', 'Palácio', 'Palazzo', 'Palais', 'Edificio', 'Edifício', 'Castillo', 'Castelo', 'Quinta', 'Casa']);

/** Works and sites named after a person, by the common noun after the name ("the Ben Gurion airport", "the General San Martín bridge"). */
const FACILITY_NOUNS = new Set(['airport', 'airbase', 'airfield', 'bridge', 'stadium', 'street', 'avenue', 'square', 'hospital', 'canal', 'dam', 'highway', 'port', 'station', 'terminal', 'crossing', 'barracks', 'prison', 'university']);

/** A lowercase facility noun at `k`: one of FACILITY_NOUNS, or a base ("air base", "naval base"). */
function facilityAfter(doc: AnalysedText, k: number): boolean {
  const word = doc.tokens[k] ?? '';
  if (word !== doc.lower[k]) return false;
  return FACILITY_NOUNS.has(word) || (/^(air|naval|military|army)$/.test(word) && doc.lower[k + 1] === 'base');
}

/** Words that close a company's name ("Co.", "Ltd.", "Inc.", "Corp."). */
const COMPANY_SUFFIXES = new Set([
  'Co.', 'Co', 'Ltd.', 'Ltd', 'Limited', 'Inc.', 'Inc', 'Corp.', 'Corp', 'LLC', 'LLP', 'LP', 'PLC', 'Plc', 'plc', 'NV', 'N.V.', 'BV', 'B.V.', 'AG', 'GmbH',
  'S.A.', 'SpA', 'S.p.A.', 'SARL', 'Ltda', 'Ltda.', 'SE', 'AB', 'ASA', 'Oyj', 'FZE', 'FZCO', 'FZC', 'DMCC', 'JSC', 'PJSC', 'Pte', 'Pvt', 'Pty', 'Bhd', 'Bhd.', 'Tbk',
]);

/** Legal forms written before a firm's name (Russian and post-Soviet joint-stock and limited companies). */
const COMPANY_PREFIXES = new Set(['JSC', 'PJSC', 'OJSC', 'CJSC', 'OAO', 'ZAO', 'PAO', 'OOO']);

/** The word is a company's legal form ("Ltd.", "GmbH"). */
export function isCompanySuffix(word: string): boolean {
  return COMPANY_SUFFIXES.has(word);
}

/** How many capitalised words a firm's name may go on over to its legal form ("Al-Wadi Gold Trading Co."). */
const SUFFIX_REACH_TOKENS = 3;

/**
 * "Hefei Qiyuan Microelectronics Co. Ltd." read as a firm and a name "Ltd.": a firm's name goes on through the
 * company suffixes after it (and the capitalised words before them no other name holds), and a name made only of
 * them is none.
 */
export function companySuffixes(doc: AnalysedText, candidates: MentionCandidate[]): MentionCandidate[] {
  const suffix = (k: number): boolean => isCompanySuffix(doc.tokens[k] ?? '');
  const covered = coverage(doc, candidates);
  const out: MentionCandidate[] = [];
  // ("Sinotek Components (HK) Ltd": a place's code in brackets before the legal form)
  const bracketed = (k: number): number => (doc.tokens[k] === '(' && ALL_CAPS.test(doc.tokens[k + 1] ?? '') && doc.tokens[k + 2] === ')' && suffix(k + 3) ? k + 3 : k);
  for (const c of candidates) {
    // (a person's name the legal form follows is a firm's: "Sinotek Components Ltd" read as a person)
    const firm = c.type === 'Person' && !c.entry && suffix(bracketed(c.last));
    if ((c.type === 'Person' && !firm) || c.entry || c.type === 'Agreement') {
      out.push(c);
      continue;
    }
    // (nor is a list's name a body's: "added them to its Entity List")
    if (doc.tokens.slice(c.first, c.last).every((_w, k) => suffix(c.first + k)) || (doc.tokens[c.last - 1] === 'List' && c.last - c.first > 1)) continue;
    let last = c.last;
    // ("Al-Wadi Gold Trading Co." with only "Al-Wadi" read: capitalised words no other name holds, up to the legal form)
    let words = last;
    while (words < c.last + SUFFIX_REACH_TOKENS && NAME_TOKEN.test(doc.tokens[words] ?? '') && !suffix(words) && !covered[words] && doc.sentenceOf[words] === doc.sentenceOf[c.first]) words++;
    if (words > last && suffix(bracketed(words))) last = bracketed(words);
    last = bracketed(last);
    while (suffix(last) && (doc.starts[last] === (doc.ends[last - 1] ?? 0) + 1 || doc.tokens[last - 1] === ')')) last++;
    out.push(last === c.last ? c : { ...c, last, type: 'Organization', origin: 'ORG' });
  }
  return out.filter((c, k) => !out.some((o, j) => j !== k && o.first <= c.first && c.last <= o.last && (o.last - o.first > c.last - c.first)));
}

/** Common nouns for a firm that a name may follow ("the shipping company Sovcomflot", "state lender VTB"). */
/** Common nouns only firms and outlets take ("the shipping company X", "the Argentine newspaper La Nación"). */
const FIRM_NOUNS = new Set(['company', 'firm', 'airline', 'carrier', 'conglomerate', 'manufacturer', 'operator', 'shipowner', 'shipbuilder', 'carmaker', 'automaker', 'chipmaker', 'planemaker', 'newspaper', 'daily', 'weekly', 'tabloid', 'magazine', 'broadcaster']);
/** ... and those a person may take too ("insurer Thierry Dehaan"), for names no one read. */
const COMPANY_NOUNS = new Set([...FIRM_NOUNS, 'bank', 'lender', 'insurer', 'maker', 'producer', 'exporter', 'contractor', 'giant', 'shipper', 'refiner', 'miner']);

/** A common noun only a firm or an outlet takes, which its name may stand right after. */
export function isFirmNoun(word: string): boolean {
  return FIRM_NOUNS.has(word);
}

/** How many words may qualify a firm's noun in an apposition ("a Shenzhen-based electronics company"). */
const FIRM_APPOSITION_TOKENS = 5;

/** The name ending before token `end` is described right after as a firm: "X, a manufacturer in ...", "X, a Shenzhen-based company". */
export function describedAsFirm(doc: AnalysedText, end: number): boolean {
  if (doc.tokens[end] !== ',' || !/^(a|an)$/.test(doc.lower[end + 1] ?? '')) return false;
  for (let k = end + 2; k < end + 2 + FIRM_APPOSITION_TOKENS; k++) {
    if (FIRM_NOUNS.has(doc.lower[k] ?? '') && doc.pos[k] === 'NOUN') return true;
    if (doc.pos[k] === 'PUNCT' && doc.tokens[k] !== '-') return false;
  }
  return false;
}

/** Names the tagger missed right after a common noun for a firm ("sanctions on the shipping company Sovcomflot"). */
export function describedCompanies(doc: AnalysedText, taken: readonly MentionCandidate[]): MentionCandidate[] {
  const covered = coverage(doc, taken);
  const out: MentionCandidate[] = [];
  for (let i = 1; i < doc.tokens.length; i++) {
    // ("a Hong Kong-registered trading firm, Silver Reef Logistics, was listed": in an apposition between commas too)
    const apposed = doc.tokens[i - 1] === ',' && FIRM_NOUNS.has(doc.tokens[i - 2] ?? '');
    // ("PJSC Sovcomflot", "OOO Stroygazmontazh": a legal form written before the name is the name's)
    // (read alone as a name, as the tagger may)
    const prefixed = COMPANY_PREFIXES.has(doc.tokens[i - 1] ?? '') && (!covered[i - 1] || taken.some((c) => c.first === i - 1 && c.last === i));
    if ((!COMPANY_NOUNS.has(doc.tokens[i - 1] ?? '') && !apposed && !prefixed) || covered[i] || !NAME_TOKEN.test(doc.tokens[i] ?? '') || doc.sentenceOf[i - 1] !== doc.sentenceOf[i]) continue;
    let last = i;
    while (last < doc.tokens.length && last - i < MAX_NAME_TOKENS && !covered[last] && NAME_TOKEN.test(doc.tokens[last] ?? '') && !isHonorificOrTitleWord(doc.tokens[last] ?? '')) {
      last++;
      // ("the company Almaz-Antey": capitalised words hyphened with no space are one word of the name)
      while (joinedHyphen(doc, last) && NAME_TOKEN.test(doc.tokens[last + 1] ?? '') && !covered[last + 1]) last += 2;
    }
    // a name running into another mention ("firm North American Equity Services") or a lone letter ("company N / A") is none
    const runsOn = covered[last] === 1 && NAME_TOKEN.test(doc.tokens[last] ?? '');
    const closed = !apposed || (doc.tokens[last] === ',' && last - i >= 2);
    if (last > i && !runsOn && closed && (doc.tokens[i] ?? '').length > 1) out.push({ first: prefixed ? i - 1 : i, last, kind: 'name', type: 'Organization', origin: 'ORG' });
    i = last;
  }
  return out;
}
