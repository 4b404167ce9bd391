// Who sanctions name, past the states and people that only qualify them, and the names on a sanctions list stated
// after the sanctions ("Also on the list are ...").
import type { ResolvedArticle, ResolvedMention } from '../resolve/resolve.js';
import { isHonorificOrTitleWord, isTitleWordAnyCase } from '../lexicon/titles.js';
import { afterDateline, homeCountry, isPossessiveMark } from './context.js';
import type { SentenceSpan } from '../nlp/annotate.js';
import { groupFrom, hyphenQualifier, personAfterTitle, titledPersonFrom, typeOf } from './roles.js';
import { isPerson, PEOPLE } from './title-region.js';
import type { TriggerFinding } from './trigger-rules.js';
import { modalityAt } from './modality.js';

const NAMED_TARGETS: ReadonlySet<string> = new Set(['Official', 'Person', 'Organization', 'Agency']);

/**
 * Who sanctions name: a country or a person's possessive that only qualifies the target ("sanctions on Myanmar's
 * leader, Min Aung Hlaing", "a Belarusian trucking firm", "Burhan's rival, Dagalo") gives way to the target named after it, or to none; so does a target
 * behind a verb ("sanctioned nine officers serving Iranian leader Ali Khamenei").
 */
/** Nouns for a state's own forces and rulers: sanctions on them are on the state. */
const STATE_ITSELF = new Set(['army', 'military', 'navy', 'government', 'junta', 'regime', 'armed']);

/** ... and the people who run it ("sanctions on 17 Belarusian officials and the state airline Belavia": both). */
const STATE_PEOPLE = new Set(['officials', 'authorities', 'leaders', 'leadership']);

export function sanctionedNamed(article: ResolvedArticle, t: number, objects: ResolvedMention[], last: number): ResolvedMention[] {
  const { doc } = article;
  const out: ResolvedMention[] = [];
  for (const m of objects) {
    let verb = false;
    // (not a compound's participle: "Istanbul-based", "Dubai-registered")
    for (let i = t + 1; i < m.first; i++) if (doc.pos[i] === 'VERB' && !article.mentionAt[i] && doc.lower[i] !== 'including' && doc.tokens[i - 1] !== '-') verb = true;
    if (verb) continue;
    // ("sanctions on Myanmar's air force" read from the force: the state too)
    if (m.kind === 'nominal' && typeOf(article, m) === 'Agency') {
      const state = article.mentionAt[isPossessiveMark(doc.tokens[m.first - 1]) ? m.first - 2 : m.first - 1];
      out.push(m, ...(state && typeOf(article, state) === 'Country' ? [state] : []));
      continue;
    }
    const possessive = isPossessiveMark(doc.tokens[m.last]);
    // ("three Somalia-based financiers - A, B and C": a place joined to a word by a hyphen only qualifies it)
    const hyphened = hyphenQualifier(article, m);
    const qualifier = m.kind === 'demonym' || possessive || hyphened;
    const person = possessive && isPerson(article, m) && /^\p{Ll}/u.test(doc.tokens[m.last + 1] ?? '');
    // ("sanctions on Myanmar's air force", "on the Russian military": the state's own forces or government are the state,
    // and the forces when they are a body of their own)
    const own = possessive || m.kind === 'demonym' ? (doc.lower[m.last + (possessive ? 1 : 0)] ?? '') : '';
    const forces = STATE_ITSELF.has(own) || (own === 'air' && doc.lower[m.last + (possessive ? 2 : 1)] === 'force');
    // ("sanctions on two senior RSF commanders, Major General A and Brigadier B": the commanders named, not their force)
    // ("on two RSF field commanders, A and B": past a noun of their trade)
    const people = LEADING_PEOPLE.has(doc.lower[m.last] ?? '') ? m.last : doc.pos[m.last] === 'NOUN' && LEADING_PEOPLE.has(doc.lower[m.last + 1] ?? '') ? m.last + 1 : -1;
    const commanders = !qualifier && (typeOf(article, m) === 'Organization' || typeOf(article, m) === 'Agency') && people >= 0 && doc.tokens[people + 1] === ',';
    const named = commanders ? namedPersonsAfter(article, people + 2, last) : [];
    if (named.length > 0) {
      out.push(...named);
      continue;
    }
    if (!qualifier || (typeOf(article, m) !== 'Country' && !person && !hyphened) || (typeOf(article, m) === 'Country' && forces)) {
      const service = forces ? article.mentionAt[m.last + (possessive ? 1 : 0)] : undefined;
      // ("sanctioned X, a company it accuses of ..., and the company's chairman, Y": the officers listed after a firm)
      const officers = typeOf(article, m) === 'Organization' ? listItems(article, m, last).filter((x) => isPerson(article, x) && !objects.includes(x)) : [];
      // ("travel bans on General A, who heads X; Colonel B; and Major C, its spokesman": a list set apart by semicolons)
      const listed = isPerson(article, m) && doc.tokens.slice(m.last, last).includes(';') ? listItems(article, m, last).filter((x) => x !== m && !objects.includes(x)) : [];
      out.push(m, ...(service && typeOf(article, service) === 'Agency' ? [service] : []), ...officers, ...listed);
      continue;
    }
    if (typeOf(article, m) === 'Country' && STATE_PEOPLE.has(own)) out.push(m);
    // ("eight Venezuelan officials it accused of undermining democracy, among them A and B": the list past a relative clause)
    let among = -1;
    for (let k = m.last; k < Math.min(last, m.last + AMONG_REACH_TOKENS) && among < 0; k++) if (doc.tokens[k] === ',') among = namedAfterList(article, k, last);
    const listed = among >= 0 ? article.mentionAt[among] : undefined;
    if (listed) {
      // (not the body an apposition's title names: "B, president of the National Electoral Council")
      const of = (x: ResolvedMention): boolean => doc.lower[doc.lower[x.first - 1] === 'the' ? x.first - 2 : x.first - 1] === 'of';
      out.push(...groupFrom(article, listed, NAMED_TARGETS, 1, last).filter((x) => !of(x)).map((x) => personAfterTitle(article, x) ?? x));
      continue;
    }
    // "members of Venezuela's security forces and the state oil company PDVSA": the first named target after it
    for (let i = hyphened ? m.last + 2 : m.last; i < Math.min(last, m.last + 12); i++) {
      const named = article.mentionAt[i];
      // ("judges involved in Navalny's trials": a possessor only qualifies another noun)
      // (past "Bishkek-based" before the name)
      if (named && hyphenQualifier(article, named)) {
        i = named.last + 1;
        continue;
      }
      if (named && NAMED_TARGETS.has(typeOf(article, named) ?? '') && !isPossessiveMark(doc.tokens[named.last])) {
        out.push(...groupFrom(article, named, NAMED_TARGETS, 1, last));
        break;
      }
      if ((doc.pos[i] === 'VERB' && doc.lower[i] !== 'including') || doc.tokens[i] === ';' || doc.tokens[i] === '.') break;
    }
  }
  return out;
}

/** Nouns of a body's people a sanctions list may name ("two senior RSF commanders, A and B"). */
const LEADING_PEOPLE = new Set(['commanders', 'commander', 'officials', 'officers', 'leaders', 'members', 'executives', 'generals']);

/** The persons named from token `from` on, past their ranks and titles ("Major General A and Brigadier B"). */
function namedPersonsAfter(article: ResolvedArticle, from: number, last: number): ResolvedMention[] {
  const { doc } = article;
  let k = from;
  while (k < Math.min(last, from + 4) && !article.mentionAt[k] && isHonorificOrTitleWord(doc.tokens[k] ?? '')) k++;
  const first = article.mentionAt[k];
  return first && isPerson(article, first) ? groupFrom(article, first, PEOPLE, 1, last).filter((x) => isPerson(article, x)) : [];
}

/** How far after those described the ", among them" of their names may stand. */
const AMONG_REACH_TOKENS = 16;

/** Who sanctions, where: the subject of an asserted sanctions verb, named targets or not. */
export interface Sanctioner {
  readonly source: string;
  readonly at: number;
}

/** How many sentences after the sanctions "Among them" may stand. */
const THEM_REACH_SENTENCES = 2;
/** ... and how many back the sanctions an agentless passive names a target of ("X was listed"). */
const LISTED_REACH_SENTENCES = 3;

/** How far back the apposition of a passive's subject may open ("A and B, the country's two largest state-owned lenders, are"). */
const APPOSITION_REACH_TOKENS = 12;

/** Words for those a sanctions list names ("among those sanctioned were ..."). */
const LISTED = new Set(['sanctioned', 'targeted', 'designated', 'blacklisted', 'named', 'listed', 'barred']);

/** ... and words for them only after "those", before the verb that lists them ("Those affected are ..."). */
const THOSE_HIT = new Set(['affected', 'hit', 'covered', 'concerned']);

/** Nouns for those a sanctions list names ("the companies sanctioned", "among the individuals"). */
const LISTED_KINDS = new Set(['others', 'companies', 'firms', 'entities', 'individuals', 'people', 'persons', 'officials']);

/** Verbs by which measures name whom they hit ("the sanctions target ...", "the package names ..."). */
const MEASURES_NAMING = new Set(['target', 'targets', 'name', 'names', 'cover', 'covers', 'hit', 'hits']);

/** Nouns of the measures themselves ("The sanctions target ..."). */
const SANCTION_NOUNS = new Set(['sanctions', 'measures', 'listings', 'designations', 'package', 'penalties']);

/** How far back the measures' noun may stand before their verb, past an apposition ("The sanctions, imposed under X, target"). */
const MEASURES_REACH_TOKENS = 12;

/** "The [new] sanctions[, imposed under ...,]" right before the verb at `t`. */
function measuresBefore(article: ResolvedArticle, t: number): boolean {
  const { doc } = article;
  let k = t - 1;
  if (doc.tokens[k] === ',') {
    k--;
    while (k > t - MEASURES_REACH_TOKENS && k > 0 && doc.tokens[k] !== ',') k--;
    if (doc.tokens[k] !== ',') return false;
    k--;
  }
  const opener = doc.lower[k - 1] === 'new' ? k - 2 : k - 1;
  return SANCTION_NOUNS.has(doc.lower[k] ?? '') && /^(the|these|those)$/.test(doc.lower[opener] ?? '');
}

/** Those who imposed the last sanctions named before token `before` (and not before `from`), each once. */
function lastSanctioners(sanctioners: readonly Sanctioner[], before: number, from: number): string[] {
  const earlier = sanctioners.filter((f) => f.at < before && f.at >= from);
  const lastAt = Math.max(...earlier.map((f) => f.at));
  return [...new Set(earlier.filter((f) => f.at === lastAt).map((f) => f.source))];
}

/**
 * Names on a sanctions list stated after the sanctions: "Five judges ... are on the list: A, B and C", "Also on
 * the list are A and B", "Among those sanctioned were A and B". The sanctioners are those of the last sanctions
 * named before the sentence.
 */
export function listedTargets(article: ResolvedArticle, sanctioners: readonly Sanctioner[]): TriggerFinding[] {
  const { doc } = article;
  const out: TriggerFinding[] = [];
  // (a list read here counts as the sanctions' place for a passive after it: "The sanctions target A; B. C, a shipping
  // firm registered in X, was also listed.")
  const anchors: Sanctioner[] = [...sanctioners];
  for (let t = 1; t < doc.tokens.length; t++) {
    // ("Also listed: A, managing director of X")
    // ("The list also includes A")
    const includes = doc.lower[t] === 'list' && doc.lower[t - 1] === 'the' && /^includ(es|ed)$/.test(doc.lower[doc.lower[t + 1] === 'also' ? t + 2 : t + 1] ?? '');
    // ("Also listed is X", inverted)
    const alsoListed = doc.lower[t] === 'listed' && doc.lower[t - 1] === 'also' && (doc.tokens[t + 1] === ':' || /^(is|are|was|were)$/.test(doc.lower[t + 1] ?? ''));
    const onList = (doc.lower[t] === 'list' && doc.lower[t - 1] === 'the' && /^(on|to)$/.test(doc.lower[t - 2] ?? '')) || alsoListed || includes;
    // ("those sanctioned were", "Among the others designated were")
    // ("The companies sanctioned are: A; B", "the individuals designated include A")
    // (not "the individuals named are", a description)
    // ("Those affected are A; B; and C")
    const those = (LISTED.has(doc.lower[t] ?? '') && (doc.lower[t - 1] === 'those' || (LISTED_KINDS.has(doc.lower[t - 1] ?? '') && doc.lower[t - 2] === 'the' && doc.lower[t] !== 'named'))) || (THOSE_HIT.has(doc.lower[t] ?? '') && doc.lower[t - 1] === 'those' && /^(are|were|include|included)$/.test(doc.lower[t + 1] ?? ''));
    // ("The measures target eleven people. Among them is A": right after the sanctions)
    const them = doc.lower[t] === 'them' && doc.lower[t - 1] === 'among';
    // ("Among the individuals are Russian businessmen A and B; ...": those of the sanctions named before)
    const amongKind = doc.lower[t - 2] === 'among' && doc.lower[t - 1] === 'the' && LISTED_KINDS.has(doc.lower[t] ?? '');
    // ("A Dubai-registered trading firm, X, was listed for re-exporting ...": a passive with no agent, after the sanctions)
    // ("A and B were also designated": an adverb between)
    const aux = /^(also|likewise|similarly)$/.test(doc.lower[t - 1] ?? '') ? t - 2 : t - 1;
    const passive = LISTED.has(doc.lower[t] ?? '') && /^(was|were|is|are)$/.test(doc.lower[aux] ?? '') && doc.lower[t + 1] !== 'by';
    // ("They include asset freezes and travel bans on X's Deputy Interior Minister, Y, and on the chairman of Z, W")
    const bans = /^(bans|freezes)$/.test(doc.lower[t] ?? '') && /^(travel|asset|assets)$/.test(doc.lower[t - 1] ?? '') && doc.lower[t + 1] === 'on';
    // ("The sanctions, imposed under the Special Economic Measures Act, target former senator A; businessman B; ...":
    // the measures named before, as the subject of a verb that names whom they hit)
    const measures = MEASURES_NAMING.has(doc.lower[t] ?? '') && measuresBefore(article, t);
    if (!onList && !those && !them && !amongKind && !passive && !bans && !measures) continue;
    const sentence = doc.sentences[doc.sentenceOf[t] ?? 0];
    if (!sentence) continue;
    // (a passive may follow a sentence or two on the measures themselves)
    const reach = passive ? LISTED_REACH_SENTENCES : THEM_REACH_SENTENCES;
    const recent = doc.sentences[Math.max(0, (doc.sentenceOf[t] ?? 0) - reach)]?.first ?? 0;
    // (every one of them: "Britain, Canada and the Baltic states imposed sanctions ...")
    const sources = lastSanctioners(anchors, sentence.first, them || passive ? recent : 0);
    if (sources.length === 0) continue;
    if (bans) {
      for (let on = t + 1; on < sentence.last; on++) {
        if (doc.lower[on] !== 'on' || (on > t + 1 && doc.lower[on - 1] !== 'and')) continue;
        const named = article.mentionAt[doc.lower[on + 1] === 'the' ? on + 2 : on + 1];
        // (a state or body owning the title, or the title's words, before the one named)
        const target = named && NAMED_TARGETS.has(typeOf(article, named) ?? '') && !isPossessiveMark(doc.tokens[named.last]) ? named : titledPersonFrom(article, named && isPossessiveMark(doc.tokens[named.last]) ? named.last : on + 1, sentence.last);
        if (target) for (const source of sources) out.push({ type: 'SANCTIONS', source, target: target.entity, at: t, modality: 'asserted' });
      }
      continue;
    }
    if (passive) {
      // the subject named itself ("X was also sanctioned"), in apposition ("A firm, X, was listed") or before its own
      // apposition ("A and B, the country's two largest lenders, are barred")
      // ("X, a shipping firm registered in Panama, was also listed": past an apposition a determiner opens, whatever it names)
      let subject = article.mentionAt[doc.tokens[aux - 1] === ',' ? aux - 2 : aux - 1];
      if (doc.tokens[aux - 1] === ',') {
        let open = aux - 2;
        while (open > Math.max(sentence.first, t - APPOSITION_REACH_TOKENS) && doc.tokens[open] !== ',') open--;
        const apposition = doc.tokens[open] === ',' && /^(a|an|the)$/.test(doc.lower[open + 1] ?? '');
        if (!subject || apposition) subject = doc.tokens[open] === ',' ? article.mentionAt[open - 1] : undefined;
      }
      const target = subject && NAMED_TARGETS.has(typeOf(article, subject) ?? '') && !isPossessiveMark(doc.tokens[subject.last]) ? subject : undefined;
      for (const m of target ? groupFrom(article, target, NAMED_TARGETS, -1, sentence.first) : []) {
        for (const source of sources) out.push({ type: 'SANCTIONS', source, target: m.entity, at: t, modality: 'asserted' });
      }
      continue;
    }
    // the names after it ("on the list: A, B", "those sanctioned were A and B"), else the ones right before the verb
    let after = t + 1;
    while (after < sentence.last && !article.mentionAt[after] && (/^(:|,|-|are|were|is|was|include|included|includes|also|the|former)$/.test(doc.lower[after] ?? '') || isHonorificOrTitleWord(doc.tokens[after] ?? '') || isTitleWordAnyCase(doc.tokens[after] ?? ''))) after++;
    let opening = article.mentionAt[after];
    // past where a target is based ("Hong Kong-based Sinno Electronics")
    if (opening && doc.tokens[opening.last] === '-' && doc.lower[opening.last + 1] === 'based') opening = article.mentionAt[opening.last + 2];
    // ("Russian businessmen A and B", "Iranian national C": past a nationality and the nouns of the person's trade)
    if (opening && (opening.kind === 'demonym' || typeOf(article, opening) === 'Location')) {
      let k = opening.last;
      while (k < opening.last + 2 && /^\p{Ll}+$/u.test(doc.tokens[k] ?? '') && doc.pos[k] === 'NOUN') k++;
      const person = k > opening.last ? article.mentionAt[k] : undefined;
      if (person && person.first === k && isPerson(article, person)) opening = person;
    }
    // past a state or body that only qualifies a title ("Tehran police chief X")
    const first = opening && (personAfterTitle(article, opening) ?? opening);
    let targets = first && NAMED_TARGETS.has(typeOf(article, first) ?? '') ? listItems(article, first, sentence.last) : [];
    if (targets.length === 0 && onList) {
      let before = t - 3;
      while (before > sentence.first && /^(are|were|is|was|also|now|added|been|have|has)$/.test(doc.lower[before] ?? '')) before--;
      const last = article.mentionAt[before];
      targets = last && NAMED_TARGETS.has(typeOf(article, last) ?? '') ? groupFrom(article, last, NAMED_TARGETS, -1, sentence.first) : [];
    }
    // ("The Council did not add A and B to the list": a listing denied, read before the names)
    const modality = targets[0] && targets[0].first < t ? modalityAt(article, sentence.first, targets[0].first) : 'asserted';
    for (const named of targets) {
      const m = personAfterTitle(article, named) ?? named;
      if (isPossessiveMark(doc.tokens[m.last])) continue;
      for (const source of sources) out.push({ type: 'SANCTIONS', source, target: m.entity, at: t, modality });
    }
    if (targets.length > 0) for (const source of sources) anchors.push({ source, at: t });
  }
  return out;
}

/** How many words may stand between a list's joiner and its next name ("and its managing director X"). */
const ITEM_LEAD_WORDS = 7;

/**
 * The names of a list opening at `first`, each perhaps followed by an apposition ("A, an Isfahan-based maker of drone
 * engines, and its managing director B, as well as C, a shipping firm the Council said ..."): the first name after each
 * joiner (",", "and", "as well as"), past a possessive and the words of a title, up to `end`; a name inside an
 * apposition is none of them.
 */
function listItems(article: ResolvedArticle, first: ResolvedMention, end: number): ResolvedMention[] {
  const { doc } = article;
  const items = groupFrom(article, first, NAMED_TARGETS, 1, end);
  let i = (items[items.length - 1] ?? first).last;
  let apposition = false;
  // (in a list set apart by semicolons, an item's relative clause ends at the next: "A, who heads X; B; and C")
  const semicolons = doc.tokens.slice(i, end).includes(';');
  while (i < end) {
    const w = doc.lower[i] ?? '';
    // (items set apart by semicolons: "A; B and its manager, C; and D")
    // (", along with the bank itself and X": "along with" joins as "as well as" does)
    const alongWith = w === 'along' && doc.lower[i + 1] === 'with' ? 2 : 0;
    // (an apposition opens with a determiner or a participle: "A, a businessman ...", "B, described as the group's ...")
    // (in a list set apart by semicolons, any comma: "A, chairman of the so-called X; B, the junta's defence minister; and C")
    const opensApposition = w === ',' && ((semicolons && !article.mentionAt[i + 1]) || /^(a|an|the)$/.test(doc.lower[i + 1] ?? '') || (doc.pos[i + 1] === 'VERB' && /ed$/.test(doc.lower[i + 1] ?? '')));
    const joiner = alongWith || (w === 'and' ? 1 : w === ';' ? (doc.lower[i + 1] === 'and' ? 2 : 1) : w === 'as' && doc.lower[i + 1] === 'well' && doc.lower[i + 2] === 'as' ? 3 : w === ',' && !opensApposition && doc.lower[i + 1] !== 'and' && doc.lower[i + 1] !== 'as' && doc.lower[i + 1] !== 'along' ? 1 : 0);
    if (w === ';') apposition = false;
    if (opensApposition || (semicolons && w === ',' && /^(who|which|whose)$/.test(doc.lower[i + 1] ?? ''))) apposition = true;
    // (a relative clause inside an apposition ends with it: "A, a manufacturer that Brussels says assembles drones, and B")
    if ((/^(which|who|that|where)$/.test(w) || doc.pos[i] === 'VERB') && !apposition) break;
    if (!joiner) {
      i = article.mentionAt[i]?.last ?? i + 1;
      continue;
    }
    // past "its managing director", "Brigadier General", "his Shenzhen-based firm", "Lebanese national"
    let k = i + joiner;
    while (k < i + joiner + ITEM_LEAD_WORDS) {
      const lead = article.mentionAt[k];
      // (a place no gazetteer knows too: "his Ningbo-based firm")
      const unknownPlace = !lead && doc.tokens[k + 1] === '-' && doc.lower[k + 2] === 'based' && /^\p{Lu}/u.test(doc.tokens[k] ?? '');
      if (unknownPlace) {
        k += 3;
        continue;
      }
      const based = lead && doc.tokens[lead.last] === '-' && doc.lower[lead.last + 1] === 'based';
      const qualifier = lead && (lead.kind === 'demonym' || typeOf(article, lead) === 'Location') && /^\p{Ll}+$/u.test(doc.tokens[lead.last] ?? '') && /^(NOUN|ADJ)$/.test(doc.pos[lead.last] ?? '');
      if (based) k = lead.last + 2;
      else if (qualifier) k = lead.last;
      // (and the comma after the lead's noun: "and its manager, Lebanese national Karim Haddad")
      // ("and the company's chairman, Y")
      // ("; Lieutenant-Colonel D;": a rank's hyphen)
      else if (!lead && (/^(its|their|his|her|the)$/.test(doc.lower[k] ?? '') || (doc.tokens[k] === '-' && isTitleWordAnyCase(doc.tokens[k + 1] ?? '')) || (isPossessiveMark(doc.tokens[k]) && doc.pos[k - 1] === 'NOUN') || isTitleWordAnyCase(doc.tokens[k] ?? '') || (doc.pos[k] === 'VERB' && /ing$/.test(doc.lower[k] ?? '')) || (/^\p{Ll}+$/u.test(doc.tokens[k] ?? '') && /^(NOUN|ADJ|ADV)$/.test(doc.pos[k] ?? '')) || (doc.tokens[k] === ',' && k > i + joiner && doc.pos[k - 1] === 'NOUN'))) k++;
      else break;
    }
    const m = article.mentionAt[k];
    if (m && m.first === k && NAMED_TARGETS.has(typeOf(article, m) ?? '') && !items.some((o) => o.entity === m.entity)) {
      items.push(m);
      apposition = false;
      i = m.last;
    } else i += joiner;
  }
  return items;
}

/** A list's header line in capitals that names who is sanctioned ("SANCTIONED INDIVIDUALS", "DESIGNATED ENTITIES"). */
const LIST_HEADER = /\b(SANCTIONED|DESIGNATED|LISTED|BLACKLISTED|TARGETED)\b/;
/** A line introducing a list in words: "The following persons were designated today pursuant to E.O. 14024:". */
const LIST_INTRO = /\b(sanctioned|designated|listed|blacklisted|targeted)\b.*:$/;
const BULLET = /^[-–—•*·]$/;

/** Where a list item's words start past its bullet ("- ", "• ") or number ("1.", "2)"), or -1 when the sentence is no item. */
function itemStart(doc: ResolvedArticle['doc'], first: number): number {
  if (BULLET.test(doc.tokens[first] ?? '')) return first + 1;
  if (/^\d{1,3}$/.test(doc.tokens[first] ?? '') && /^[.)]$/.test(doc.tokens[first + 1] ?? '')) return first + 2;
  return /^\d{1,3}\.$/.test(doc.tokens[first] ?? '') ? first + 1 : -1;
}

/**
 * A sanctions list set out in lines under a header in capitals, or a line ending with a colon that says who is
 * designated ("The following persons were designated today pursuant to E.O. 14024:"):
 *   SANCTIONED INDIVIDUALS
 *   - Brigadier General X, commander of ... — US, UK, EU
 *   2. Y, director of Z Ltd — US only
 * Each line's first name (past ranks and titles) is sanctioned by the states or bodies named after its last dash,
 * else by those of the last sanctions named before the header.
 */
export function bulletedTargets(article: ResolvedArticle, sanctioners: readonly Sanctioner[]): TriggerFinding[] {
  const { doc } = article;
  const out: TriggerFinding[] = [];
  let sources: string[] = [];
  for (let si = 0; si < doc.sentences.length; si++) {
    const sentence = doc.sentences[si];
    if (!sentence) continue;
    const text = doc.text.slice(sentence.start, sentence.end);
    if ((!/\p{Ll}/u.test(text) && LIST_HEADER.test(text)) || LIST_INTRO.test(text)) {
      sources = lastSanctioners(sanctioners, sentence.first, 0);
      continue;
    }
    const start = itemStart(doc, sentence.first);
    if (start < 0) {
      sources = [];
      continue;
    }
    if (sources.length === 0) continue;
    // the states or bodies after the line's last dash: "— US, UK, EU", "— US only"
    let dash = sentence.last - 1;
    while (dash > sentence.first && !/^[—–]$/.test(doc.tokens[dash] ?? '')) dash--;
    const named: string[] = [];
    if (dash > sentence.first) {
      for (let i = dash + 1; i < sentence.last; i++) {
        const m = article.mentionAt[i];
        const type = m ? typeOf(article, m) : undefined;
        if (m && (type === 'Country' || type === 'Agency')) {
          named.push(m.entity);
          i = m.last - 1;
        } else if (!/^(,|and|only|\.)$/.test(doc.lower[i] ?? '')) {
          named.length = 0;
          break;
        }
      }
    }
    let first = start;
    while (first < sentence.last && !article.mentionAt[first] && isHonorificOrTitleWord(doc.tokens[first] ?? '')) first++;
    const opening = article.mentionAt[first];
    const target = opening && (personAfterTitle(article, opening) ?? opening);
    if (!target || !NAMED_TARGETS.has(typeOf(article, target) ?? '')) continue;
    for (const source of named.length > 0 ? named : sources) {
      if (source !== target.entity) out.push({ type: 'SANCTIONS', source, target: target.entity, at: target.first, modality: 'asserted' });
    }
  }
  return out;
}

const LISTING_VERBS = new Set(['added', 'adds', 'adding', 'put', 'puts', 'putting', 'placed', 'places', 'placing']);
/** Lists whose names sanction: "sanctions list", "blacklist", "Entity List". */
const SANCTIONS_LISTS = new Set(['sanctions', 'sanction', 'blacklist', 'blacklists']);
const SANCTIONERS: ReadonlySet<string> = new Set(['Country', 'Agency']);
const LISTABLE: ReadonlySet<string> = new Set([...NAMED_TARGETS, 'Country']);
const LISTED_REACH_TOKENS = 16;
/** How many words after "to" or "on" may name a sanctions list ("on Poland's national sanctions list"). */
const LIST_NAME_TOKENS = 7;

/** Where the first name stands after ", among them" or ", including" at `from` (past "Shenzhen-based chip distributor"), else -1. */
function namedAfterList(article: ResolvedArticle, from: number, last: number): number {
  const { doc } = article;
  let k = from;
  if (doc.tokens[k] === ',') k++;
  if (doc.lower[k] === 'among' && doc.lower[k + 1] === 'them') k += 2;
  else if (doc.lower[k] === 'including') k++;
  else return -1;
  for (const end = Math.min(last, k + NAMED_AFTER_TOKENS); k < end; k++) {
    const m = article.mentionAt[k];
    if (m && hyphenQualifier(article, m)) k = m.last + 1;
    else if (m) return LISTABLE.has(typeOf(article, m) ?? '') && m.kind !== 'demonym' ? m.first : -1;
    else if (doc.pos[k] === 'PUNCT' || doc.pos[k] === 'AUX') return -1;
  }
  return -1;
}

/** How far after "among them" the first name may stand ("among them Shenzhen-based chip distributor X"). */
const NAMED_AFTER_TOKENS = 6;

/**
 * "Washington added Urdaneta to its sanctions list", "the EU put two banks on its blacklist": the subject sanctions
 * those it lists.
 */
export function addedToLists(article: ResolvedArticle, sanctioners: Sanctioner[] = []): TriggerFinding[] {
  const { doc } = article;
  const out: TriggerFinding[] = [];
  for (let t = 1; t < doc.tokens.length; t++) {
    if (!LISTING_VERBS.has(doc.lower[t] ?? '') || doc.pos[t] !== 'VERB') continue;
    const sentence = doc.sentences[doc.sentenceOf[t] ?? 0];
    if (!sentence) continue;
    const end = Math.min(sentence.last, t + LISTED_REACH_TOKENS);
    let onto = -1;
    for (let k = t + 1; k < end && onto < 0; k++) if (/^(to|on)$/.test(doc.lower[k] ?? '')) onto = k;
    if (onto < 0) continue;
    let k = onto + 1;
    // (past "so-called": "to its so-called Entity List"; "its trade blacklist", "Poland's national sanctions list")
    const listAt = (i: number): boolean => SANCTIONS_LISTS.has(doc.lower[i] ?? '') || (doc.lower[i] === 'entity' && /^lists?$/.test(doc.lower[i + 1] ?? ''));
    while (k < Math.min(sentence.last, onto + LIST_NAME_TOKENS) && !listAt(k) && (doc.pos[k] !== 'VERB' || doc.lower[k] === 'called') && !/^[,.;:]$/.test(doc.tokens[k] ?? '')) k++;
    const list = doc.lower[k] ?? '';
    if (!(SANCTIONS_LISTS.has(list) || list === 'entity') || (list !== 'blacklist' && list !== 'blacklists' && !/^lists?$/.test(doc.lower[k + 1] ?? ''))) continue;
    // ("X had been placed on Poland's national sanctions list": the list's owner sanctions those named before the verb)
    if (/^(was|were|is|are|been|be)$/.test(doc.lower[t - 1] ?? '')) {
      out.push(...passivelyListed(article, t, onto, sentence));
      continue;
    }
    // (past a time or an adverb: "China's Ministry of Commerce on Tuesday added", "Japan also added")
    let before = t - 1;
    for (;;) {
      if (doc.lower[before - 1] === 'on' && /day$/.test(doc.lower[before] ?? '')) before -= 2;
      else if (/^(yesterday|today|formally|also|now|quietly)$/.test(doc.lower[before] ?? '')) before--;
      else break;
    }
    const named = article.mentionAt[before];
    // ("Separately, the government placed two firms on its national sanctions list": the filing state's government)
    const home = !named && doc.lower[before] === 'government' && doc.lower[before - 1] === 'the' ? homeCountry(article) : undefined;
    const subject = named ?? (home ? article.mentions.find((m) => m.entity === home && m.kind === 'name') : undefined);
    let listed: ResolvedMention | undefined;
    for (let i = t + 1; i < onto && !listed; i++) {
      const m = article.mentionAt[i];
      if (m && LISTABLE.has(typeOf(article, m) ?? '') && m.kind !== 'demonym' && !hyphenQualifier(article, m)) listed = m;
    }
    // ("added 23 entities to its Entity List, among them Shenzhen-based chip distributor X and Y")
    const among = listed ? -1 : namedAfterList(article, /^blacklists?$/.test(list) ? k + 1 : k + 2, sentence.last);
    if (!listed && among >= 0) listed = article.mentionAt[among];
    // ("added 14 Chinese companies to its Entity List. Among those named were A, B and C": who lists names them later)
    if (subject && SANCTIONERS.has(typeOf(article, subject) ?? '') && subject.kind !== 'demonym' && !listed) sanctioners.push({ source: subject.entity, at: t });
    if (!subject || !SANCTIONERS.has(typeOf(article, subject) ?? '') || subject.kind === 'demonym' || !listed || (among < 0 && listed.last > onto)) continue;
    for (const m of groupFrom(article, listed, LISTABLE, 1, among >= 0 ? sentence.last : onto)) {
      if (m.entity !== subject.entity) out.push({ type: 'SANCTIONS', source: subject.entity, target: m.entity, at: t, modality: 'asserted' });
    }
  }
  return out;
}

/**
 * "announced that X, the company listed as the vessel's manager, had been placed on Poland's national sanctions list":
 * the state or body owning the list sanctions the names before the passive verb at `t` (from the clause's first one).
 */
function passivelyListed(article: ResolvedArticle, t: number, onto: number, sentence: SentenceSpan): TriggerFinding[] {
  const { doc } = article;
  const owner = article.mentionAt[doc.lower[onto + 1] === 'the' ? onto + 2 : onto + 1];
  if (!owner || !SANCTIONERS.has(typeOf(article, owner) ?? '') || !isPossessiveMark(doc.tokens[owner.last])) return [];
  let aux = t - 1;
  while (aux > sentence.first && /^(was|were|is|are|been|be|has|have|had|also|now)$/.test(doc.lower[aux - 1] ?? '')) aux--;
  // (the clause's subject, from "that" on, or the sentence's)
  const that = doc.lower.slice(sentence.first, aux).lastIndexOf('that');
  const start = that >= 0 ? sentence.first + that + 1 : afterDateline(article, sentence.first, aux);
  let first: ResolvedMention | undefined;
  for (let i = start; i < aux && !first; i++) {
    const m = article.mentionAt[i];
    if (m && m.first === i && LISTABLE.has(typeOf(article, m) ?? '') && m.kind !== 'demonym' && !hyphenQualifier(article, m) && !isPossessiveMark(doc.tokens[m.last])) first = m;
  }
  if (!first || first.entity === owner.entity) return [];
  return groupFrom(article, first, LISTABLE, 1, aux)
    .filter((m) => m.entity !== owner.entity)
    .map((m) => ({ type: 'SANCTIONS' as const, source: owner.entity, target: m.entity, at: t, modality: 'asserted' as const }));
}

/** Nouns a sentence about the sanctions just announced opens with ("The measures, announced on Tuesday, freeze ..."). */
const MEASURES = new Set(['measures', 'sanctions', 'designations', 'penalties', 'restrictions']);

/** Nouns of a target described before it is named ("sanctions on a Dubai-based shipping company"). */
const DESCRIBED_TARGETS = new Set(['company', 'firm', 'bank', 'network', 'entity', 'operator', 'group']);

/**
 * "The UK has imposed sanctions on a Dubai-based shipping company and three of its executives. Meridian Crest Marine
 * Services, which ..., will have its assets frozen": a target described in the sanctions' sentence and named as the
 * subject opening the next one, a firm the article names there first.
 */
export function describedThenNamed(article: ResolvedArticle, sanctioners: readonly Sanctioner[]): TriggerFinding[] {
  const { doc } = article;
  const out: TriggerFinding[] = [];
  for (const sanctioner of sanctioners) {
    const si = doc.sentenceOf[sanctioner.at] ?? 0;
    const sentence = doc.sentences[si];
    const next = doc.sentences[si + 1];
    if (!sentence || !next) continue;
    let described = -1;
    for (let k = sanctioner.at + 1; k < sentence.last && described < 0; k++) if (DESCRIBED_TARGETS.has(doc.lower[k] ?? '') && /^(a|an)$/.test(doc.lower.slice(sanctioner.at + 1, k).find((w) => /^(a|an|the)$/.test(w)) ?? '')) described = k;
    if (described < 0) continue;
    const isFirm = (m: ResolvedMention | undefined): boolean => {
      const e = m ? article.entities.get(m.entity) : undefined;
      return e?.type === 'Organization' || (e?.type === 'Agency' && e.country === undefined);
    };
    // (or, after "The measures ... freeze any assets held in the UK by X", the firm the sentence about them names first)
    const aboutThem = doc.lower[next.first] === 'the' && MEASURES.has(doc.lower[next.first + 1] ?? '');
    const named = aboutThem ? article.mentions.find((m) => m.first >= next.first && m.first < next.last && isFirm(m)) : article.mentionAt[next.first];
    if (!named || (!aboutThem && named.first !== next.first) || !isFirm(named) || article.mentions.some((m) => m.entity === named.entity && m.first < next.first)) continue;
    out.push({ type: 'SANCTIONS', source: sanctioner.source, target: named.entity, at: sanctioner.at, modality: 'asserted' });
  }
  return out;
}
