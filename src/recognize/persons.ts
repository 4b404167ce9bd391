// Persons' names: joined across initials and particles, read from bylines, titles, appositions, honorifics and lists.
import type { AnalysedText } from '../nlp/annotate.js';
import { bodyTypeOf, isAgencyHead, isBodyHead, isCapitalisedPortfolioWord, isOrganizationHead, isPortfolioWord } from './bodies.js';
import { KINSHIP_NOUNS } from '../lexicon/kinship.js';
import { isGivenNameNotTitle, isHonorificOrTitleWord, isRankAfter, isTitleWordAnyCase, isWholeTitleWord, loadTitles } from '../lexicon/titles.js';
import { ACT_NOUN, ALL_CAPS, CALENDAR_WORD, coverage, DETERMINER, MAX_NAME_TOKENS, NAME_TOKEN, PLACE_HEADS, replacedBy, WEEKDAY, type MentionCandidate } from './candidates.js';

/**
 * "Admiral Jaime R. Lazaro" read as "Admiral Jaime" and "Lazaro" around an initial left out: a person's name, a
 * middle initial and the name right after it are one name.
 */
export function joinInitials(doc: AnalysedText, spans: MentionCandidate[]): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  for (let k = 0; k < spans.length; k++) {
    const c = spans[k] as MentionCandidate;
    const next = spans[k + 1];
    const initial = /^\p{Lu}\.$/u.test(doc.tokens[c.last] ?? '');
    if (c.origin === 'PER' && initial && next && next.first === c.last + 1 && next.origin === 'PER') {
      out.push({ ...c, last: next.last });
      k++;
    } else out.push(c);
  }
  return out;
}

/** Particles inside places' names ("Mocímboa da Praia", "Ciudad del Este", "Santa Cruz de la Sierra"). */
export const PLACE_PARTICLES = new Set(['da', 'de', 'do', 'dos', 'das', 'del']);

export const NAME_PARTICLES = new Set(['da', 'de', 'do', 'dos', 'das', 'di', 'du', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'al', 'el', 'la', 'le']);

/** "Luiz Inacio Lula da Silva" read as two names around a lowercase particle is one name. */
export function joinNameParticles(doc: AnalysedText, spans: MentionCandidate[]): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  for (const c of spans) {
    const previous = out[out.length - 1];
    const gap = previous ? c.first - previous.last : 0;
    // "... Al Thani", "Abdel Fattah el-Sisi": capitalised, or joined to the name by a hyphen
    const particles = previous && gap >= 1 && gap <= 2 && doc.tokens.slice(previous.last, c.first).every((t, k) => NAME_PARTICLES.has(t.toLowerCase()) || (t === '-' && k > 0 && doc.ends[previous.last + k] === doc.starts[c.first]));
    // the name after the particle may be read as a place or body on its own ("Lula da Silva")
    const joined = previous?.origin === 'PER' && (c.origin === 'PER' || c.last - c.first === 1);
    // ("Van der Berg said" opening a sentence, "Van" read as a place: a capitalised particle before the surname)
    const opening = previous !== undefined && previous.last - previous.first === 1 && NAME_PARTICLES.has(doc.lower[previous.first] ?? '') && c.origin === 'PER';
    // ("Abdullatif bin Rashid Al Zayani", the given name read apart: a lowercase "son of" between two names joins them)
    const patronymic =
      previous !== undefined && !previous.entry && previous.last - previous.first === 1 && c.origin === 'PER' && gap === 1 && /^(bin|ibn|bint)$/.test(doc.tokens[previous.last] ?? '') && /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[previous.first] ?? '');
    if (previous && particles && (joined || opening || patronymic) && doc.sentenceOf[previous.first] === doc.sentenceOf[c.first]) {
      out[out.length - 1] = { ...previous, last: c.last, type: 'Person', origin: 'PER' };
    } else out.push(c);
  }
  // "Mocímboa da Praia", "Ciudad del Este": a place read up to a particle goes on through the capitalised word after it
  for (const [n, c] of out.entries()) {
    const after = c.last + 1;
    const next = out[n + 1];
    if (c.origin !== 'LOC' || !PLACE_PARTICLES.has(doc.tokens[c.last] ?? '') || !/^\p{Lu}\p{Ll}/u.test(doc.tokens[after] ?? '') || doc.sentenceOf[after] !== doc.sentenceOf[c.first]) continue;
    if (next && next.first <= after && !(next.first === after && next.last === after + 1)) continue;
    out[n] = { ...c, last: after + 1 };
    if (next && next.first === after) out.splice(n + 1, 1);
  }
  // "Abdel Fattah el-Sisi" with "el-Sisi" left out: a particle hyphened to a capitalised word goes on the name, and
  // so may a second one ("Mishal al-Ahmad al-Sabah")
  /** A word opening after a space and hyphened, with no space, to the word after it ("al-Sabah", "Asante-Mensah"). */
  const hyphened = (at: number): boolean =>
    doc.text[(doc.starts[at] ?? 0) - 1] === ' ' && doc.tokens[at + 1] === '-' && doc.ends[at] === doc.starts[at + 1] && doc.ends[at + 1] === doc.starts[at + 2] && doc.sentenceOf[at + 2] === doc.sentenceOf[at];
  const hyphenedAt = (at: number): boolean =>
    NAME_PARTICLES.has(doc.lower[at] ?? '') && !ALL_CAPS.test(doc.tokens[at] ?? '') && hyphened(at) && /^\p{Lu}/u.test(doc.tokens[at + 2] ?? '');
  // "Kwabena Asante-Mensah" with the hyphened surname left out: it goes on the name
  const hyphenedSurname = (at: number): boolean => /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[at] ?? '') && hyphened(at) && /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[at + 2] ?? '');
  const extended = out.map((c, n) => {
    // ("Sultan bin Rashid Al Kuwari" read as MISC from "bin" on: a chain of "son of" names is a person's)
    if (c.origin === 'MISC' && /^(bin|ibn|bint)$/.test(doc.lower[c.first] ?? '') && doc.tokens[c.first] === doc.lower[c.first] && c.last - c.first >= 2) c = { ...c, type: 'Person', origin: 'PER' };
    if (c.origin !== 'PER') return c;
    let last = c.last;
    // (a span of the particle and its name alone, "al-Sabah", goes into the name)
    for (const next = out[n + 1]; hyphenedAt(last) && (!next || next.first >= last + 3 || (next.first === last && next.last === last + 3)); ) last += 3;
    const next = out[n + 1];
    if (last === c.last && doc.tokens[last - 1] !== '-' && hyphenedSurname(last) && (!next || next.first >= last + 3)) last += 3;
    // "Khalid bin Nasser Al Harthy" read from "bin" on: the given name before the particle is the name's
    const previous = out[n - 1];
    // (the particle capitalised too: "Dr Khalid Al Mansouri" read as "Al Mansouri")
    const word = doc.tokens[c.first - 1] ?? '';
    const given = NAME_PARTICLES.has(doc.lower[c.first] ?? '') && c.last - c.first >= 2 && /^\p{Lu}\p{Ll}+$/u.test(word) && (!isHonorificOrTitleWord(word) || isGivenNameNotTitle(doc.tokens[c.first - 2], word, doc.tokens[c.first])) && !CALENDAR_WORD.test(word) && !DETERMINER.test(word) && doc.starts[c.first] === (doc.ends[c.first - 1] ?? 0) + 1;
    // ("General Secretary To Lam", the surname read as the preposition: capitalised between a title and a name)
    const surnameTo = word === 'To' && isHonorificOrTitleWord(doc.tokens[c.first - 2] ?? '') && doc.starts[c.first] === (doc.ends[c.first - 1] ?? 0) + 1;
    const first = (given || surnameTo) && (!previous || previous.last < c.first - 1) && doc.sentenceOf[c.first - 1] === doc.sentenceOf[c.first] ? c.first - 1 : c.first;
    return last === c.last && first === c.first ? c : { ...c, first, last };
  });
  return extended.filter((c, n) => !extended.some((o, k) => k !== n && o.first < c.first && c.last <= o.last));
}

/** Words of a byline that name a role, not a writer. */
const BYLINE_ROLES = new Set(['staff', 'our', 'correspondent', 'correspondents', 'reporter', 'reporters', 'writer', 'writers', 'editor', 'editors', 'desk', 'team', 'bureau', 'agencies', 'news', 'special']);

/** How many words a byline's name may hold. */
const BYLINE_NAME_WORDS = 4;

/**
 * "By NURUL HUDA AZIZ", "By Anna Berg and Piotr Nowak": a line that opens with "By" names its writers, each a whole
 * person's name (up to a bar or comma, where the place and the agency follow), whatever the tagger kept of it.
 */
export function bylineNames(doc: AnalysedText, candidates: MentionCandidate[]): MentionCandidate[] {
  const names: MentionCandidate[] = [];
  for (const sentence of doc.sentences) {
    const by = sentence.first;
    if (!/^(By|BY)$/.test(doc.tokens[by] ?? '') || !/(^|\n)\s*$/.test(doc.text.slice(0, doc.starts[by]))) continue;
    const lineEnd = doc.text.indexOf('\n', doc.starts[by]);
    let k = by + 1;
    const found: MentionCandidate[] = [];
    for (;;) {
      let last = k;
      // ("By ANDRÉS SILVA Associated Press": a name in capitals ends where the agency's name in title case begins)
      const capitals = ALL_CAPS.test(doc.tokens[k] ?? '');
      while (
        last < k + BYLINE_NAME_WORDS &&
        /^\p{Lu}[\p{L}'’.-]*$/u.test(doc.tokens[last] ?? '') &&
        (lineEnd < 0 || (doc.starts[last] ?? 0) < lineEnd) &&
        !(capitals && last > k && !ALL_CAPS.test(doc.tokens[last] ?? ''))
      )
        last++;
      // ("By Staff Correspondent", "By Our Reporter": a role, no name)
      if (last - k < 2 || doc.lower.slice(k, last).some((w) => BYLINE_ROLES.has(w))) break;
      found.push({ first: k, last, kind: 'name', type: 'Person', origin: 'PER' });
      // ("By Ardita Berisha in Pristina and Milan Jovanović in Belgrade": past where each writer files from)
      if (doc.lower[last] === 'in') {
        let place = last + 1;
        while (/^\p{Lu}/u.test(doc.tokens[place] ?? '') && (lineEnd < 0 || (doc.starts[place] ?? 0) < lineEnd)) place++;
        if (place > last + 1) last = place;
      }
      if (!/^(and|AND|&)$/.test(doc.tokens[last] ?? '')) {
        k = last;
        break;
      }
      k = last + 1;
    }
    // (the name ends the line or stands before a bar or comma)
    // (or before the agency's name in title case after a name in capitals: "By ANDRÉS SILVA Associated Press")
    const agency = found.length > 0 && ALL_CAPS.test(doc.tokens[found[found.length - 1]?.first ?? k] ?? '') && /^\p{Lu}\p{Ll}/u.test(doc.tokens[k] ?? '');
    const ends = agency || (lineEnd < 0 ? k >= sentence.last : (doc.starts[k] ?? Number.POSITIVE_INFINITY) > lineEnd || /^[|,·•\/]$/.test(doc.tokens[k] ?? ''));
    if (found.length > 0 && ends) names.push(...found);
  }
  return replacedBy(candidates, names);
}

/**
 * "Foreign Ministry spokesperson Zhang Weiming said", read as "Zhang", "Foreign Minister Luiz Antônio Fonseca Pereira"
 * without "Pereira": a person's name right after a title goes on to a capitalised word no other name holds, on the
 * same line, before a word that is no name's.
 */
export function titledSurnamesGoOn(doc: AnalysedText, candidates: MentionCandidate[]): MentionCandidate[] {
  let covered: Uint8Array | undefined;
  return candidates.map((c) => {
    // (or a longer name after a title: "Foreign Minister Luiz Antônio Fonseca Pereira" read without "Pereira")
    if (c.type !== 'Person' || c.last - c.first > 3 || !isTitleWordAnyCase(doc.tokens[c.first - 1] ?? '')) return c;
    const next = doc.tokens[c.last] ?? '';
    const plain = NAME_TOKEN.test(next) && !ALL_CAPS.test(next) && !isHonorificOrTitleWord(next) && !isBodyHead(next) && !CALENDAR_WORD.test(next) && !DETERMINER.test(next);
    const spaced = doc.starts[c.last] === (doc.ends[c.last - 1] ?? 0) + 1;
    const closes = !NAME_TOKEN.test(doc.tokens[c.last + 1] ?? '');
    if (!plain || !spaced || !closes) return c;
    covered ??= coverage(doc, candidates);
    return covered[c.last] ? c : { ...c, last: c.last + 1 };
  });
}

/**
 * Names the tagger missed but the context gives away as a person's: capitalised words right after a title
 * ("Deputy Director Hong Jang-won"), before an apposition with a title ("Hong Jang-won, deputy director of"),
 * or after a trailing "said" ("..., said Hong Jang-won.").
 */
export function contextualPersons(doc: AnalysedText, taken: readonly MentionCandidate[]): MentionCandidate[] {
  const covered = coverage(doc, taken);
  const out: MentionCandidate[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    if (covered[i] || !NAME_TOKEN.test(doc.tokens[i] ?? '') || isHonorificOrTitleWord(doc.tokens[i] ?? '') || ALL_CAPS.test(doc.tokens[i] ?? '')) continue;
    let last = i + 1;
    // (a name stays on its line)
    const lineBreak = (k: number): boolean => doc.text.slice(doc.ends[k - 1] ?? 0, doc.starts[k] ?? 0).includes('\n');
    while (last < doc.tokens.length && last - i < MAX_NAME_TOKENS * 2 && !covered[last] && !lineBreak(last)) {
      const t = doc.tokens[last] ?? '';
      const hyphen = t === '-' && doc.ends[last - 1] === doc.starts[last] && NAME_TOKEN.test(doc.tokens[last + 1] ?? '') || (t === '-' && /^\p{Ll}/u.test(doc.tokens[last + 1] ?? '') && doc.ends[last] === doc.starts[last + 1]);
      if (hyphen) last += 2;
      else if (NAME_TOKEN.test(t) && !isHonorificOrTitleWord(t) && !ALL_CAPS.test(t)) last++;
      else break;
    }
    const words = doc.tokens.slice(i, last).filter((t) => t !== '-').length;
    const before = doc.tokens[i - 1] ?? '';
    const afterTitle = isHonorificOrTitleWord(before) && /^\p{Lu}/u.test(before) && !lineBreak(i);
    const apposition = doc.tokens[last] === ',' && (doc.tokens[last + 1] === 'the' ? isHonorificOrTitleWord(doc.tokens[last + 2] ?? '') : isTitleWordAnyCase(doc.tokens[last + 1] ?? ''));
    const saidBefore = doc.lower[i - 1] === 'said' && (doc.tokens[last] === ',' || doc.tokens[last] === '.');
    // "Aerospace Force, the Treasury said": a body's name is no person's
    const bodyName = isAgencyHead(doc.tokens[last - 1] ?? '');
    // ("On Monday, Gen. Thomas Ridley, ...": a preposition opens no name, a day or a month is none's)
    const phrase = /^(ADP|DET|PRON|SCONJ|CCONJ)$/.test(doc.pos[i] ?? '') || doc.tokens.slice(i, last).some((t) => CALENDAR_WORD.test(t));
    if (words >= 2 && words <= MAX_NAME_TOKENS && !bodyName && !phrase && (afterTitle || apposition || saidBefore)) {
      out.push({ first: i, last, kind: 'name', type: 'Person', origin: 'PER' });
      covered.fill(1, i, last);
    }
    i = last - 1;
  }
  return out;
}

/** How far before an apposition a title may stand ("South Sudan's ambassador to the U.N., NAME,"). */
const APPOSITION_TITLE_TOKENS = 6;

/**
 * A name the tagger read as a body, standing alone between commas right after a title ("South Sudan's ambassador
 * to the U.N., Akuei Bona Malwal, thanked ..."): the person holding it.
 */
export function personInTitledApposition(doc: AnalysedText, c: MentionCandidate): MentionCandidate {
  if ((c.origin !== 'ORG' && c.origin !== 'LOC') || c.entry || c.last - c.first < 2 || c.last - c.first > MAX_NAME_TOKENS + 2) return c;
  if (doc.tokens[c.first - 1] !== ',' || doc.tokens[c.last] !== ',' || isAgencyHead(doc.tokens[c.last - 1] ?? '')) return c;
  // (read as a place too: "his South Korean counterpart, Park Sung-min,"; a syllable hyphened on is the name's)
  const hyphened = (k: number): boolean => doc.starts[k] === doc.ends[k - 1] && (doc.tokens[k] === '-' ? /^\p{Lu}/u.test(doc.tokens[k - 1] ?? '') : doc.tokens[k - 1] === '-');
  if (!doc.tokens.slice(c.first, c.last).every((t, j) => (NAME_TOKEN.test(t) && !ALL_CAPS.test(t)) || (j > 0 && hyphened(c.first + j)))) return c;
  // ("Ecuador's Foreign Minister, María Paz Villacís,": a capitalised title right before the comma)
  if (/^\p{Lu}\p{Ll}+$/u.test(doc.tokens[c.first - 2] ?? '') && isWholeTitleWord(doc.tokens[c.first - 2] ?? '')) return { ...c, type: 'Person', origin: 'PER' };
  // the title heads the words before the comma, perhaps followed by where it serves ("ambassador to the U.N.")
  let k = c.first - 2;
  for (let steps = 0; steps < APPOSITION_TITLE_TOKENS && k > 0 && !/^\p{Ll}/u.test(doc.tokens[k] ?? '') && doc.tokens[k] !== ','; steps++) k--;
  if (k < c.first - 2 || doc.lower[k] === 'the') {
    if (doc.lower[k] === 'the') k--;
    if (!/^(to|at|of)$/.test(doc.lower[k] ?? '')) return c;
    k--;
  }
  const title = doc.tokens[k] ?? '';
  return /^\p{Ll}/u.test(title) && isTitleWordAnyCase(title) && doc.sentenceOf[k] === doc.sentenceOf[c.first] ? { ...c, type: 'Person', origin: 'PER' } : c;
}

/** Arabic particles written in lowercase and hyphened to a surname ("al-Jubouri", "el-Sisi"). */
const HYPHENED_PARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an']);

/**
 * "..., al-Jubouri said", the tagger reading the one token "al-Jubouri" as a body or a place: a lowercase particle
 * hyphened to a capitalised word is a surname, unless a noun after it says what the name is ("the al-Hol camp").
 */
export function hyphenedSurname(doc: AnalysedText, c: MentionCandidate): MentionCandidate {
  if (c.entry || (c.origin !== 'ORG' && c.origin !== 'LOC') || c.last - c.first !== 3) return c;
  if (!HYPHENED_PARTICLES.has(doc.tokens[c.first] ?? '') || doc.tokens[c.first + 1] !== '-' || !/^\p{Lu}\p{Ll}+$/u.test(doc.tokens[c.first + 2] ?? '')) return c;
  if (doc.pos[c.last] === 'NOUN' && /^\p{Ll}/u.test(doc.tokens[c.last] ?? '')) return c;
  // (nor after a preposition or a noun: "to pray at al-Aqsa", "the monthly newspaper al-Tadamun")
  if (/^(ADP|NOUN|DET)$/.test(doc.pos[c.first - 1] ?? '') && !isTitleWordAnyCase(doc.tokens[c.first - 1] ?? '')) return c;
  return { ...c, type: 'Person', origin: 'PER' };
}

/**
 * "leader Kim Jong Un ... Kim Jong Un and Russian President Vladimir Putin signed", the second read as "Kim Jong": a
 * person's name goes on through a capitalised word the tagger left out when the article names the person so.
 */
export function namesGoOnAsNamed(doc: AnalysedText, candidates: MentionCandidate[]): MentionCandidate[] {
  const persons = candidates.filter((c) => c.type === 'Person');
  if (persons.length < 2) return candidates;
  const named = new Set(persons.map((c) => doc.lower.slice(c.first, c.last).join(' ')));
  let covered: Uint8Array | undefined;
  return candidates.map((c) => {
    const next = doc.tokens[c.last] ?? '';
    if (c.type !== 'Person' || !NAME_TOKEN.test(next) || ALL_CAPS.test(next) || !named.has(doc.lower.slice(c.first, c.last + 1).join(' '))) return c;
    covered ??= coverage(doc, candidates);
    return covered[c.last] ? c : { ...c, last: c.last + 1 };
  });
}

const SAYING = new Set(['said', 'says', 'told', 'added', 'warned', 'stated', 'wrote']);
/** Heads of works named after a person ("Trump Route", "Mandela Bridge"). */
const WORKS = new Set(['route', 'road', 'corridor', 'bridge', 'highway', 'street', 'avenue', 'square', 'airport', 'dam', 'canal', 'line', 'plan', 'doctrine', 'initiative']);

/**
 * "a statement by Kang Chol Ung, the North's vice minister ... Kang said": a name the tagger read as a body's, of
 * plain capitalised words and no body's head, whose first or last word the article names alone as a person who speaks,
 * is that person's full name.
 */
export function personsReadAsBodies(doc: AnalysedText, candidates: MentionCandidate[]): MentionCandidate[] {
  // (a person who speaks: "Kang said", not a team's word the tagger read as a person's)
  const alone = new Set(candidates.filter((c) => c.type === 'Person' && c.last - c.first === 1 && SAYING.has(doc.lower[c.last] ?? '')).map((c) => doc.tokens[c.first] ?? ''));
  if (alone.size === 0) return candidates;
  return candidates.map((c) => {
    if (c.origin !== 'ORG' || c.entry || c.last - c.first < 2 || c.last - c.first > 4) return c;
    const words = doc.tokens.slice(c.first, c.last);
    if (!words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isAgencyHead(w) && !isBodyHead(w) && !isHonorificOrTitleWord(w) && !WORKS.has(w.toLowerCase()) && !PLACE_HEADS.has(w.toLowerCase()))) return c;
    return alone.has(words[0] ?? '') || alone.has(words[words.length - 1] ?? '') ? { ...c, type: 'Person', origin: 'PER' } : c;
  });
}

/**
 * "spokesman Maj. Gen. Winthai Suvaree ... according to Winthai": a single word the tagger read as a body's, no
 * lexicon's, that is the first or last word of a person's full name in the article, is that person, where it speaks or
 * is the source "according to" names.
 */
export function namedAloneAsBodies(doc: AnalysedText, candidates: MentionCandidate[]): MentionCandidate[] {
  const parts = new Set<string>();
  for (const c of candidates) {
    if (c.type !== 'Person' || c.last - c.first < 2) continue;
    parts.add(doc.tokens[c.first] ?? '');
    parts.add(doc.tokens[c.last - 1] ?? '');
  }
  if (parts.size === 0) return candidates;
  return candidates.map((c) => {
    if ((c.origin !== 'ORG' && c.origin !== 'MISC') || c.entry || c.last - c.first !== 1 || !parts.has(doc.tokens[c.first] ?? '') || !/^\p{Lu}\p{Ll}+$/u.test(doc.tokens[c.first] ?? '')) return c;
    const speaks = SAYING.has(doc.lower[c.last] ?? '') || (doc.lower[c.first - 1] === 'to' && doc.lower[c.first - 2] === 'according');
    return speaks ? { ...c, type: 'Person', origin: 'PER' } : c;
  });
}

/** Words that follow a name by a hyphen and make it an adjective ("Kim-led", "Putin-era"), no part of a given name. */
const HYPHENED_QUALIFIERS = /^(\p{Ll}+ed|era|style|type|like|free|wide|run|born|made|class)$/u;

/** "Yoon Hae-sung" read as "Yoon Hae": a lowercase syllable hyphened to a person's name goes on in it. */
function withHyphenedGivenName(doc: AnalysedText, c: MentionCandidate): MentionCandidate {
  const part = doc.tokens[c.last + 1] ?? '';
  const joined = doc.tokens[c.last] === '-' && doc.starts[c.last] === doc.ends[c.last - 1] && doc.ends[c.last] === doc.starts[c.last + 1];
  return joined && /^\p{Ll}{2,6}$/u.test(part) && !HYPHENED_QUALIFIERS.test(part) && c.last + 2 - c.first <= MAX_NAME_TOKENS ? { ...c, last: c.last + 2 } : c;
}

/**
 * "Mohamed Al-Tayeb Haroun" read as "Mohamed Al-Tayeb" and "Haroun": two persons' names a single space joins, on one
 * line, are one name.
 */
export function adjacentPersonsJoin(doc: AnalysedText, candidates: MentionCandidate[]): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  for (const read of [...candidates].sort((a, b) => a.first - b.first || b.last - a.last)) {
    const c = read.type === 'Person' && !read.entry ? withHyphenedGivenName(doc, read) : read;
    const previous = out[out.length - 1];
    const touching = previous !== undefined && previous.last === c.first && doc.starts[c.first] === (doc.ends[c.first - 1] ?? 0) + 1 && doc.text[(doc.starts[c.first] ?? 0) - 1] === ' ';
    if (touching && previous.type === 'Person' && c.type === 'Person' && !previous.entry && !c.entry && c.last - previous.first <= MAX_NAME_TOKENS) out[out.length - 1] = { ...previous, last: c.last };
    else out.push(c);
  }
  return out;
}

/**
 * "Foreign Minister Saad al-Jubouri ... al-Jubouri said", the second one read as nothing: a hyphened surname a
 * person's name ends with, written again where no name stands, is that person's.
 */
export function hyphenedSurnamesAgain(doc: AnalysedText, candidates: MentionCandidate[]): MentionCandidate[] {
  const surnames = new Set<string>();
  for (const c of candidates) {
    if (c.type !== 'Person' || c.last - c.first < 4 || doc.tokens[c.last - 2] !== '-' || !HYPHENED_PARTICLES.has(doc.lower[c.last - 3] ?? '')) continue;
    surnames.add(doc.lower.slice(c.last - 3, c.last).join(' '));
  }
  if (surnames.size === 0) return candidates;
  const covered = coverage(doc, candidates);
  const added: MentionCandidate[] = [];
  for (let i = 0; i + 2 < doc.tokens.length; i++) {
    if (covered[i] || covered[i + 2] || doc.tokens[i + 1] !== '-' || !surnames.has(doc.lower.slice(i, i + 3).join(' '))) continue;
    if (doc.ends[i] !== doc.starts[i + 1] || doc.ends[i + 1] !== doc.starts[i + 2]) continue;
    added.push({ first: i, last: i + 3, kind: 'name', type: 'Person', origin: 'PER' });
  }
  return added.length === 0 ? candidates : [...candidates, ...added].sort((a, b) => a.first - b.first);
}

/** Most words of a person's name read as a body's right after a title. */
const TITLED_NAME_WORDS = 4;

/**
 * "Chinese Foreign Ministry spokesperson Liu Jianhong said", the name read as a body's: capitalised words right after a
 * title's word, none of them a body's head, a title's or a portfolio's, name the person holding it.
 */
export function personAfterTitleWord(doc: AnalysedText, c: MentionCandidate): MentionCandidate {
  if (c.origin !== 'ORG' || c.entry || c.last - c.first < 2 || c.last - c.first > TITLED_NAME_WORDS) return c;
  // (a title whole in one word and a noun: "spokesperson", "leader"; not "the official Beirut Stock Exchange")
  const title = doc.tokens[c.first - 1] ?? '';
  if (!isWholeTitleWord(title) || !/^(NOUN|PROPN)$/.test(doc.pos[c.first - 1] ?? '') || /^(the|a|an)$/.test(doc.lower[c.first - 2] ?? '') || doc.sentenceOf[c.first - 1] !== doc.sentenceOf[c.first]) return c;
  const words = doc.tokens.slice(c.first, c.last);
  if (!words.every((w) => NAME_TOKEN.test(w) && !ALL_CAPS.test(w) && !isBodyHead(w) && !isHonorificOrTitleWord(w) && !isPortfolioWord(w) && !ACT_NOUN.test(w))) return c;
  return { ...c, type: 'Person', origin: 'PER' };
}

/** How many lowercase words may stand before the title of an apposition ("X, a senior foreign ministry spokeswoman for"). */
const OFFICE_APPOSITION_WORDS = 4;

/**
 * "Đoàn Minh Khuê, spokeswoman for Vietnam's Ministry of Foreign Affairs," read as a body: a name of capitalised words
 * (no body's head among them) whose apposition is an office held by someone (a title, then "for", "of", "at", "to" or
 * the apposition's end) is a person's ("Xinhua, a spokesman said" is no apposition).
 */
export function personByOffice(doc: AnalysedText, c: MentionCandidate): MentionCandidate {
  if (doc.tokens[c.last] !== ',' || isBodyHead(doc.tokens[c.last - 1] ?? '')) return c;
  const words = doc.tokens.slice(c.first, c.last);
  if (!words.every((w) => NAME_TOKEN.test(w) && !ALL_CAPS.test(w) && !isHonorificOrTitleWord(w) && !ACT_NOUN.test(w))) return c;
  const { trie } = loadTitles();
  let k = c.last + 1;
  if (/^(a|an|the)$/.test(doc.lower[k] ?? '')) k++;
  for (const end = k + OFFICE_APPOSITION_WORDS; k < end; k++) {
    const title = trie.longest(doc.lower, k);
    if (title && /^(for|of|at|to|[,;.])$/.test(doc.lower[title.last] ?? '.')) return { ...c, type: 'Person', origin: 'PER' };
    // ("Kim Yo Jong, the influential sister of North Korean leader Kim Jong-un,": a relative of someone is a person)
    if (KINSHIP_NOUNS.has(doc.lower[k] ?? '') && doc.lower[k + 1] === 'of') return { ...c, type: 'Person', origin: 'PER' };
    if (!/^\p{Ll}+$/u.test(doc.tokens[k] ?? '')) break;
  }
  return c;
}

/**
 * A tagged name that starts with a country or demonym and title words ("Lithuanian Defence Minister Rasa
 * Jankauskiene") keeps only the words after them; one made only of such words ("Defence") is no name.
 */
export function withoutLeadingTitles(doc: AnalysedText, c: MentionCandidate, gazetteer: readonly MentionCandidate[], taken: Uint8Array): MentionCandidate | undefined {
  // ("Wing Commander X" read as a place: a rank of two words opens it as an honorific does)
  if (c.origin === 'LOC') {
    const person = personAfterHonorific(doc, c, taken);
    if (person !== c || !isRankAfter(undefined, doc.tokens[c.first], doc.tokens[c.first + 1])) return person;
  }
  if (c.origin !== 'PER' && c.origin !== 'ORG' && c.origin !== 'MISC') return c;
  // ("Minister of Defence and Military Veterans Thandiwe Mokoena" read as one name: the portfolio's words before the
  // person's name, after a title's "of" or "for", are the title's)
  const portfolioWord = (k: number): boolean => isPortfolioWord(doc.tokens[k] ?? '') || isHonorificOrTitleWord(doc.tokens[k] ?? '') || doc.lower[k] === 'and';
  let opening = c.first - 1;
  while (opening > c.first - 5 && portfolioWord(opening) && /^\p{Lu}|^and$/u.test(doc.tokens[opening] ?? '')) opening--;
  // ("Minister for the Armed Forces Hélène Marchetti-Roux": past "the")
  // (only where the portfolio's words open the name read: not "President of the Republic")
  const the = doc.lower[opening] === 'the' && opening === c.first - 1 && /^(of|for)$/.test(doc.lower[opening - 1] ?? '');
  if (the) opening--;
  if (/^(of|for)$/.test(doc.lower[opening] ?? '') && isTitleWordAnyCase(doc.tokens[opening - 1] ?? '')) {
    let name = c.first;
    while (name < c.last - 1 && portfolioWord(name)) name++;
    // (a hyphened surname's hyphen is no word: "Marchetti-Roux"; the name may go on past the span: "Armed Forces
    // Claire" read without "Dubois-Martin")
    const last = nameGoesOn(doc, name, c.last, taken);
    // ("Lin Mei-hua": a given name of two parts joined by a hyphen is one word, its second part in lowercase)
    const nameWords = doc.tokens.slice(name, last).filter((w, k) => w !== '-' && !(doc.tokens[name + k - 1] === '-' && /^\p{Ll}+$/u.test(w)));
    if ((name > c.first || (opening < c.first - 1 && !the)) && doc.lower[name - 1] !== 'and' && nameWords.every((w) => NAME_TOKEN.test(w) && !isBodyHead(w)) && nameWords.length >= 2 && nameWords.length <= 4) {
      return { ...c, first: name, last, type: 'Person', origin: 'PER' };
    }
  }
  let first = c.first;
  let titled = false;
  // ("Supreme Court of Justice": a body's name may open with a title's word)
  const body = c.origin === 'ORG' && bodyTypeOf(doc.tokens.slice(c.first, c.last)) === 'Agency';
  for (;;) {
    const g = gazetteer.find((m) => m.first === first && m.last < c.last && (m.entry?.kind === 'country' || m.entry?.kind === 'demonym'));
    if (g) first = g.last;
    else if (first < c.last && !body && !isGivenNameNotTitle(doc.tokens[first - 1], doc.tokens[first], doc.tokens[first + 1]) && (isHonorificOrTitleWord(doc.tokens[first] ?? '') || isRankAfter(doc.tokens[first - 1], doc.tokens[first], doc.tokens[first + 1]))) {
      first++;
      titled = true;
    } else if (first < c.last && !body && portfolioOfTitle(doc, first)) first++;
    else break;
  }
  if (first === c.first) return c;
  if (first >= c.last) return undefined;
  // "Saudi Prince Sultan telephones": what follows the titles must be a name
  if (!/^\p{Lu}/u.test(doc.tokens[first] ?? '')) return c;
  // ("Gen Z protesters": a lone letter after a rank's abbreviation is no one's name)
  if (titled && first === c.last - 1 && /^\p{Lu}\.?$/u.test(doc.tokens[first] ?? '')) return undefined;
  // "Foreign Minister Israel Katz": after a title, a country's name that opens a person's name is a first name
  const head = gazetteer.find((m) => m.first === c.first);
  const firstName = c.origin === 'PER' && !titled && head?.entry?.kind === 'country' && head.last === c.first + 1 && isHonorificOrTitleWord(doc.tokens[c.first - 1] ?? '');
  if (firstName) return c;
  if (c.origin === 'PER') return { ...c, first, last: nameGoesOn(doc, first, c.last, taken) };
  // "Lithuanian Defence Minister Rasa Jankauskiene" tagged as one ORG: a title, then a person's name
  // ("Maritime Trade Operations": a title's first word alone makes no title)
  // ("Lt Gen Hashim Babiker al-Nur": a hyphened particle's hyphen is no word)
  const words = doc.tokens.slice(first, c.last).filter((t) => t !== '-').length;
  const ranked = isWholeTitleWord(doc.tokens[first - 1] ?? '') || isRankAfter(doc.tokens[first - 2], doc.tokens[first - 1]);
  // ("Director of Defence Media Operations": what a title heads, a noun of acts, is no one's name)
  if (titled && words <= 4 && !isAgencyHead(doc.tokens[c.last - 1] ?? '') && ranked && !ACT_NOUN.test(doc.tokens[c.last - 1] ?? '')) {
    return { ...c, first, last: nameGoesOn(doc, first, c.last, taken), type: 'Person', origin: 'PER' };
  }
  return c;
}

/** A capitalised portfolio's word at `k` that a title's word follows, perhaps past another ("Transport Minister", "National Defense Minister"). */
function portfolioOfTitle(doc: AnalysedText, k: number): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(doc.tokens[k] ?? '') || !isPortfolioWord(doc.tokens[k] ?? '')) return false;
  const next = doc.tokens[k + 1] ?? '';
  return isHonorificOrTitleWord(next) || (/^\p{Lu}\p{Ll}+$/u.test(next) && isPortfolioWord(next) && isHonorificOrTitleWord(doc.tokens[k + 2] ?? ''));
}

/** Ranks written short, with their dot or without, that a surname alone may follow ("Col Rattana", "Maj. Smith"). */
const SHORT_RANKS = new Set(['col', 'col.', 'maj', 'maj.', 'lt', 'lt.', 'brig', 'brig.', 'capt', 'capt.', 'sgt', 'sgt.', 'cmdr', 'cmdr.', 'adm', 'adm.']);

/** Honorifics only a person's name follows ("Prince" opens islands and towns, ranks open bases and streets too). */
const PERSONAL_HONORIFICS = new Set([
  ...SHORT_RANKS,
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sheikh', 'sir', 'dame',
  // (ranks written short: "Gen. Raymond Whitcomb" read as a place)
  'gen.',
]);

/** Words that make a name opening with an honorific a place's: "Sheikh Zayed Road", "Sir Seretse Khama International Airport". */
const NAMED_AFTER_HEADS: ReadonlySet<string> = new Set([
  ...PLACE_HEADS, 'road', 'street', 'avenue', 'boulevard', 'highway', 'airport', 'mosque', 'palace', 'bridge', 'square', 'park', 'hospital',
  'university', 'stadium', 'dam', 'canal', 'center', 'centre', 'school', 'college', 'camp', 'base',
]);

/**
 * "the foreign minister, Sheikh Salem Al-Sabah," read as a place: a place's name opening with an honorific that only
 * persons take, then two or more name words and no head of a place named after someone, is that person's name.
 */
function personAfterHonorific(doc: AnalysedText, c: MentionCandidate, taken: Uint8Array): MentionCandidate {
  // ("Tan Sri Ahmad Fuad Rashid" read as a place: an honorific of two words)
  const pair = isRankAfter(undefined, doc.tokens[c.first], doc.tokens[c.first + 1]) && c.last - c.first >= 4 && doc.tokens.slice(c.first + 2, c.last).every((w) => NAME_TOKEN.test(w));
  if (pair) return { ...c, first: c.first + 2, type: 'Person', origin: 'PER' };
  if (!PERSONAL_HONORIFICS.has(doc.lower[c.first] ?? '')) return c;
  let last = c.last;
  // ("Al-Sabah" left out: a particle and the hyphened parts right after it are the name's)
  if (NAME_PARTICLES.has(doc.lower[last] ?? '') && doc.tokens[last + 1] === '-' && !taken[last]) last++;
  while (doc.tokens[last] === '-' && doc.starts[last] === doc.ends[last - 1] && /^\p{Lu}/u.test(doc.tokens[last + 1] ?? '') && doc.starts[last + 1] === doc.ends[last] && !taken[last + 1]) last += 2;
  if (doc.tokens[last - 1] === '-' || NAME_PARTICLES.has(doc.lower[last - 1] ?? '')) return c;
  const words = doc.tokens.slice(c.first + 1, last).filter((t) => t !== '-');
  // (one word after "Mr." is a surname: "Mr. Suryadi, a retired general,"; after "Sheikh" or "Sir" it may name a place)
  // (nor after a rank: "according to Col Rattana")
  const surnamed = words.length === 1 && (/^(mr|mrs|ms)\.?$/.test(doc.lower[c.first] ?? '') || SHORT_RANKS.has(doc.lower[c.first] ?? ''));
  if ((words.length < 2 && !surnamed) || doc.lower.slice(c.first + 1, last + 1).some((w) => NAMED_AFTER_HEADS.has(w))) return c;
  return { ...c, first: c.first + 1, last: nameGoesOn(doc, c.first + 1, last, taken), type: 'Person', origin: 'PER' };
}

/**
 * Where a person's name that follows a title ends: "Philippine Defence Secretary Gilberto" tagged as one name and
 * "Teodoro" as none, the capitalised words the tagger left out right after it are the rest of the name.
 */
export function nameGoesOn(doc: AnalysedText, first: number, last: number, taken: Uint8Array): number {
  let end = last;
  while (end < doc.tokens.length && end - first < MAX_NAME_TOKENS && !taken[end] && doc.starts[end] === (doc.ends[end - 1] ?? 0) + 1 && doc.text[(doc.starts[end] ?? 0) - 1] === ' ') {
    const t = doc.tokens[end] ?? '';
    if (!NAME_TOKEN.test(t) || isHonorificOrTitleWord(t) || ALL_CAPS.test(t)) break;
    end++;
    // (through a hyphened part: "Claire Dubois-Martin")
    while (doc.tokens[end] === '-' && !taken[end] && doc.starts[end] === doc.ends[end - 1] && doc.ends[end] === doc.starts[end + 1] && NAME_TOKEN.test(doc.tokens[end + 1] ?? '')) end += 2;
  }
  return end;
}

/**
 * "his Congolese counterpart, Constant Mbuyi Kalala" read as "Mbuyi Kalala": a capitalised word the tagger left out
 * right before a person's name, after a comma or bracket in a sentence of running text, is the name's.
 */
export function personGoesBack(doc: AnalysedText, c: MentionCandidate, taken: Uint8Array): MentionCandidate {
  const at = c.first - 1;
  if (c.origin !== 'PER' || at < 1 || taken[at] || doc.starts[c.first] !== (doc.ends[at] ?? 0) + 1) return c;
  const word = doc.tokens[at] ?? '';
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || CALENDAR_WORD.test(word) || DETERMINER.test(word) || isHonorificOrTitleWord(word)) return c;
  // ("Minister of Water Resources and Irrigation Hani Sewilam": the last word of a title's portfolio is no given name)
  if (isCapitalisedPortfolioWord(word) && /^(and|of|for|&)$/.test(doc.lower[at - 1] ?? '')) return c;
  const sentence = doc.sentences[doc.sentenceOf[at] ?? 0];
  // (or after a title's portfolio: "Minister for Trade and Industry Grace Lee Siew Ling")
  let k = at - 1;
  while (k > at - 5 && (isCapitalisedPortfolioWord(doc.tokens[k] ?? '') || doc.lower[k] === 'and')) k--;
  // (or a title's word in lowercase: "his Malaysian counterpart Loh Kean Wah")
  const afterPortfolio = (k < at - 1 && /^(of|for)$/.test(doc.lower[k] ?? '') && isTitleWordAnyCase(doc.tokens[k - 1] ?? '')) || (/^\p{Ll}+$/u.test(doc.tokens[at - 1] ?? '') && isTitleWordAnyCase(doc.tokens[at - 1] ?? ''));
  if (!sentence || sentence.first === at || (!/^[,(]$/.test(doc.tokens[at - 1] ?? '') && !afterPortfolio)) return c;
  // (not in a headline's capitalised words)
  const words = doc.tokens.slice(sentence.first, sentence.last).filter((t) => /^\p{L}/u.test(t));
  if (!afterPortfolio && words.filter((t) => /^\p{Ll}/u.test(t)).length * 2 < words.length) return c;
  return { ...c, first: at };
}

/** Fewest names in a list before its other names are read by them. */
const LIST_MIN_NAMES = 3;

/** The tokens between two items of a list of names: a comma, "and", "or", or a comma and one of those. */
function listSeparator(doc: AnalysedText, from: number, to: number): boolean {
  const gap = doc.lower.slice(from, to).join(' ');
  return gap === ',' || gap === 'and' || gap === 'or' || gap === ', and' || gap === ', or';
}

/**
 * A list of names most of which the tagger read as persons' ("... are on the list: Inocencio Antonio Figueroa
 * Arizaleta, Malaquías Gil Rodríguez, ... and Fanny Beatriz Márquez Cordero"): a long name in it read as a body's
 * is a person's too, and a capitalised word the tagger left out at the end of a person's name is part of it
 * ("Caryslia Beatriz Rodríguez Rodríguez").
 */
export function personLists(doc: AnalysedText, candidates: readonly MentionCandidate[]): MentionCandidate[] {
  const sorted = [...candidates].sort((a, b) => a.first - b.first);
  const covered = coverage(doc, sorted);
  const out: MentionCandidate[] = [];
  let list: MentionCandidate[] = [];
  /** Where a name's left-out last words end ("Caryslia Beatriz Rodríguez Rodríguez"). */
  const tail = (c: MentionCandidate): number => nameGoesOn(doc, c.first, c.last, covered);
  const flush = (): void => {
    const persons = list.filter((c) => c.origin === 'PER' && !c.entry).length;
    const read = list.length >= LIST_MIN_NAMES && persons >= 2 && persons * 2 > list.length;
    for (const c of list) {
      if (!read) out.push(c);
      else if (c.origin === 'ORG' && !c.entry && c.last - c.first >= 3 && c.last - c.first <= MAX_NAME_TOKENS && !isAgencyHead(doc.tokens[c.last - 1] ?? '') && doc.tokens.slice(c.first, c.last).every((t) => NAME_TOKEN.test(t) && !ALL_CAPS.test(t))) {
        out.push({ ...c, type: 'Person', origin: 'PER' });
      } else if (c.origin === 'PER' && !c.entry && tail(c) > c.last && (listSeparator(doc, tail(c), tail(c) + 1) || doc.tokens[tail(c)] === '.')) out.push({ ...c, last: tail(c) });
      else out.push(c);
    }
    list = [];
  };
  for (const c of sorted) {
    const previous = list[list.length - 1];
    const next = previous && doc.sentenceOf[previous.first] === doc.sentenceOf[c.first] && (listSeparator(doc, previous.last, c.first) || (previous.origin === 'PER' && listSeparator(doc, tail(previous), c.first)));
    if (!next) flush();
    list.push(c);
  }
  flush();
  return out;
}

/** How far before the comma the lowercase title of a person named after it may stand ("special envoy for Asian affairs,"). */
const TITLE_BEFORE_NAME_TOKENS = 6;

/** How many words of a person's name may end a body's span ("Cabinet of Ministers Merdan Annayev"). */
const NAME_IN_BODY_WORDS = 2;

/**
 * Persons the tagger read into bodies' (or places') spans: "Secretary of State Daniel Hargrove" read from "State" (the
 * title's portfolio, then the holder); "special envoy for Asian affairs, Liu Hanbin" (a name after a title and its
 * comma); "the Chief of the Naval Staff, Admiral R. Krishnan" read as one body (past the comma, the rank and the name
 * are a person's); "Deputy Chairman of the Cabinet of Ministers Merdan Annayev" (a title's "of the" body, then the
 * holder's name); "Mining Secretary Federico Rojas and Chile" (a title opening the span, then a name before "and");
 * "(SJB) MP Dilini" and "Perera" read as a body and a person (a title, then one word of a name the next span goes on
 * with, is one person).
 */
export function personsInBodySpans(doc: AnalysedText, spans: readonly MentionCandidate[]): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  const person = (first: number, last: number): MentionCandidate => ({ first, last, kind: 'name', type: 'Person', origin: 'PER' });
  const nameWords = (first: number, last: number): boolean =>
    last - first >= 2 && doc.tokens.slice(first, last).every((w) => NAME_TOKEN.test(w) && !isBodyHead(w) && !isPortfolioWord(w) && !isHonorificOrTitleWord(w) && !ACT_NOUN.test(w));
  for (let n = 0; n < spans.length; n++) {
    const c = spans[n] as MentionCandidate;
    // ("US Secretary of State Daniel Hargrove" read as a place from "State": the title's portfolio, then the holder)
    const portfolio = doc.lower[c.first - 1] === 'of' && isTitleWordAnyCase(doc.tokens[c.first - 2] ?? '') && isCapitalisedPortfolioWord(doc.tokens[c.first] ?? '');
    if ((c.origin === 'ORG' || c.origin === 'LOC') && portfolio && nameWords(c.first + 1, c.last)) {
      out.push(person(c.first + 1, c.last));
      continue;
    }
    if (c.origin !== 'ORG') {
      out.push(c);
      continue;
    }
    // ("Beijing's special envoy for Asian affairs, Liu Hanbin" read as a body: a name after a title and its comma)
    if (doc.tokens[c.first - 1] === ',' && c.last - c.first <= 3 && nameWords(c.first, c.last) && !doc.tokens.slice(c.first, c.last).some((w) => isOrganizationHead(w))) {
      let k = c.first - 2;
      while (k > c.first - TITLE_BEFORE_NAME_TOKENS && !isWholeTitleWord(doc.tokens[k] ?? '') && /^(\p{Ll}+|\p{Lu}\p{Ll}+)$/u.test(doc.tokens[k] ?? '')) k--;
      if (isWholeTitleWord(doc.tokens[k] ?? '') && /^\p{Ll}/u.test(doc.tokens[k] ?? '')) {
        out.push(person(c.first, c.last));
        continue;
      }
    }
    // (past the comma, a rank or title, then the name)
    const comma = doc.tokens.slice(c.first, c.last).indexOf(',') + c.first;
    if (comma > c.first) {
      let name = comma + 1;
      while (name < c.last && (isHonorificOrTitleWord(doc.tokens[name] ?? '') || isRankAfter(doc.tokens[name - 1], doc.tokens[name], doc.tokens[name + 1]))) name++;
      if (name > comma + 1 && nameWords(name, c.last)) {
        out.push({ ...c, last: comma }, person(name, c.last));
        continue;
      }
    }
    // (after a title's "of the": "Chairman of the Cabinet of Ministers Merdan Annayev")
    const ofTitle = doc.lower[c.first - 2] === 'of' && doc.lower[c.first - 1] === 'the' && isHonorificOrTitleWord(doc.tokens[c.first - 3] ?? '');
    const split = c.last - NAME_IN_BODY_WORDS;
    if (ofTitle && split > c.first && doc.tokens.slice(c.first, split).some((w) => isBodyHead(w)) && nameWords(split, c.last)) {
      out.push({ ...c, last: split }, person(split, c.last));
      continue;
    }
    // ("Mining Secretary Federico Rojas and Chile" read as one body: a title opening the span, then a person's name)
    // (past a portfolio no lexicon knows: "Mining")
    let named = c.first;
    while (named < Math.min(c.last, c.first + 3) && !isWholeTitleWord(doc.tokens[named] ?? '') && /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[named] ?? '')) named++;
    while (named < c.last && (isCapitalisedPortfolioWord(doc.tokens[named] ?? '') || isHonorificOrTitleWord(doc.tokens[named] ?? '') || isWholeTitleWord(doc.tokens[named] ?? ''))) named++;
    let end = named;
    while (end < c.last && NAME_TOKEN.test(doc.tokens[end] ?? '') && !isBodyHead(doc.tokens[end] ?? '') && !isHonorificOrTitleWord(doc.tokens[end] ?? '')) end++;
    if (named > c.first && isWholeTitleWord(doc.tokens[named - 1] ?? '') && end - named >= 2 && end < c.last && doc.lower[end] === 'and') {
      out.push(person(named, end));
      continue;
    }
    // (a title and one word of a name, and the next span a person's right after: "MP Dilini" "Perera")
    const next = spans[n + 1];
    let name = c.first;
    while (name < c.last && (isHonorificOrTitleWord(doc.tokens[name] ?? '') || isWholeTitleWord(doc.tokens[name] ?? ''))) name++;
    if (name > c.first && name === c.last - 1 && NAME_TOKEN.test(doc.tokens[name] ?? '') && !isBodyHead(doc.tokens[name] ?? '') && next?.origin === 'PER' && next.first === c.last) {
      out.push(person(name, next.last));
      n++;
      continue;
    }
    out.push(c);
  }
  return out;
}

/**
 * "Interior Minister Bekim Hoxha on Tuesday accused ..." read as one name: a person's name ends before the time it
 * runs into ("on Tuesday", "last week", "Monday"), or before a preposition or article of the sentence ("President Ruto
 * on the sidelines").
 */
export function personEndsInSentence(doc: AnalysedText, c: MentionCandidate): MentionCandidate {
  if (c.type !== 'Person') return c;
  for (let i = c.first + 1; i < c.last; i++) {
    const time = (k: number): boolean => WEEKDAY.test(doc.tokens[k] ?? '') || /^(week|month|year|night|morning|evening)$/.test(doc.lower[k] ?? '');
    if (WEEKDAY.test(doc.tokens[i] ?? '') || (/^(on|last|this|late|early)$/.test(doc.tokens[i] ?? '') && time(i + 1))) return { ...c, last: i };
    // (nor a lowercase preposition or article no name carries: "talks with President Ruto on the sidelines" read as one name)
    // ("Saint of the Gutters": a title's words, no name)
    if (SENTENCE_WORDS.has(doc.tokens[i] ?? '')) return /^\p{Ll}/u.test(doc.tokens[i - 1] ?? '') ? c : { ...c, last: i };
  }
  return c;
}

/** Lowercase words that are no name's particle: a person's name read on past its end into the sentence. */
const SENTENCE_WORDS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'for', 'with', 'from', 'the', 'to', 'by']);
