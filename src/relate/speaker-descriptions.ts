// Who a description of a speaker stands for: a state's bodies and voices named bare ("the foreign ministry", "Indian
// officials"), an office's holder ("the president said"), a press office's owner, a body's one holder or agency.
import type { ResolvedArticle, ResolvedMention } from '../resolve/resolve.js';
import type { OfficeFinding } from './holds-position.js';
import { isPossessiveMark } from './context.js';
import { KINSHIP_NOUNS } from '../lexicon/kinship.js';
import { isHonorificOrTitleWord, isTitleWordAnyCase } from '../lexicon/titles.js';

/** Bodies that speak for a state when named bare, and the words that may qualify them ("the foreign ministry"). */
const STATE_BODIES = new Set(['government', 'ministry', 'military', 'army', 'navy', 'police', 'authorities', 'embassy']);
const BODY_QUALIFIERS = new Set(['foreign', 'defence', 'defense', 'interior', 'security', 'intelligence', 'finance', 'health', 'trade', 'economy', 'federal', 'national']);

/** Spokespeople and officials named bare speak for the filing state as its bodies do; leaders and diplomats may be anyone's. */
export const UNNAMED_VOICES: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials']);
const UNNAMED_PEOPLE = new Set(['diplomats', 'leaders', 'ministers']);

/**
 * Words that make a state's voice after its demonym or possessive ("Indian officials", "the Kenyan foreign ministry",
 * "the Ukrainian presidential press office").
 */
export const STATE_VOICES: ReadonlySet<string> = new Set([...STATE_BODIES, ...BODY_QUALIFIERS, ...UNNAMED_VOICES, ...UNNAMED_PEOPLE, 'senior', 'top', 'government’s', "government's", 'presidential', 'press', 'office', 'service']);

export const SPEAKER_TYPES: ReadonlySet<string> = new Set(['Official', 'Person', 'Country', 'Agency', 'Organization']);

export function speakerType(article: ResolvedArticle, m: ResolvedMention | undefined): boolean {
  return m !== undefined && SPEAKER_TYPES.has(article.entities.get(m.entity)?.type ?? '') && m.kind !== 'demonym';
}

export function isPersonAt(article: ResolvedArticle, i: number): boolean {
  const m = article.mentionAt[i];
  const type = m ? article.entities.get(m.entity)?.type : undefined;
  return type === 'Person' || type === 'Official';
}

const JOB_WORDS = 3;

/** Where a person's name starts after lowercase job nouns and titles from `at` ("team physician Dr. X"), else -1. */
export function personAfterJob(article: ResolvedArticle, at: number): number {
  const { doc } = article;
  let j = at;
  while (j < at + JOB_WORDS && /^\p{Ll}+$/u.test(doc.tokens[j] ?? '') && doc.pos[j] === 'NOUN') j++;
  while (j < at + JOB_WORDS + 3 && isHonorificOrTitleWord(doc.tokens[j] ?? '')) j++;
  return j > at && isPersonAt(article, j) && article.mentionAt[j]?.first === j ? j : -1;
}

/** Words that make another office of the one after them ("Prime Minister", "Vice President"). */
const OTHER_OFFICE = new Set(['prime', 'vice', 'deputy', 'under', 'assistant']);

/** "the president" right before the verb at `v`: the person named last before `v` with an office of that head word. */
export function titledHolder(article: ResolvedArticle, v: number, from: number, offices: readonly OfficeFinding[]): string | undefined {
  const { doc } = article;
  let j = v - 1;
  while (j >= from && !article.mentionAt[j] && isTitleWordAnyCase(doc.tokens[j] ?? '')) j--;
  if (j === v - 1 || doc.lower[j] !== 'the') return undefined;
  // ("the prime minister" is not the one last named "Minister"; "the minister" not the prime minister)
  const phrase = doc.lower.slice(j + 1, v).join(' ');
  const words = phrase.split(' ');
  const holds = (title: string): boolean => {
    const lower = title.toLowerCase();
    // ("the army chief" for the "Chief of Army Staff": every word of a description of two or more in the title)
    const inTitle = lower.split(/\s+/);
    if (words.length >= 2 && words.every((w) => inTitle.includes(w)) && !inTitle.some((w) => OTHER_OFFICE.has(w))) return true;
    if (lower !== phrase && !lower.endsWith(` ${phrase}`)) return false;
    const before = lower.slice(0, lower.length - phrase.length).trim().split(/\s+/).pop() ?? '';
    return !OTHER_OFFICE.has(before);
  };
  const named = offices.filter((o) => o.at < v && holds(o.title));
  // (of two holders, the one named last: "his counterpart, General Y ... According to X, ... The minister stressed")
  const lastNamed = (person: string): number => {
    let at = -1;
    for (const m of article.mentions) if (m.entity === person && m.first < v && m.first > at) at = m.first;
    return at;
  };
  return named.reduce<OfficeFinding | undefined>((a, o) => (a && (a.person === o.person ? a.at > o.at : lastNamed(a.person) > lastNamed(o.person)) ? a : o), undefined)?.person;
}

/**
 * The words before the verb at `v` are "the", perhaps qualifiers, and in lowercase a state body ("the foreign
 * ministry", "the military") or an unnamed person ("the spokesman"); else undefined.
 */
export function unnamedSpeaker(article: ResolvedArticle, v: number, from: number): 'body' | 'person' | 'owned' | undefined {
  const { doc } = article;
  const head = doc.tokens[v - 1] ?? '';
  const kind = STATE_BODIES.has(head) || UNNAMED_VOICES.has(head) ? 'body' : UNNAMED_PEOPLE.has(head) ? 'person' : undefined;
  if (!kind) return undefined;
  let k = v - 2;
  let stateBody = STATE_BODIES.has(head);
  while (k >= from && (BODY_QUALIFIERS.has(doc.tokens[k] ?? '') || STATE_BODIES.has(doc.tokens[k] ?? '')) && !article.mentionAt[k]) {
    if (STATE_BODIES.has(doc.tokens[k] ?? '')) stateBody = true;
    k--;
  }
  // ("..., but officials said": unnamed people after a conjunction, nobody we know; "and European diplomats say":
  // nor people a word no state's name qualifies)
  let q = v - 2;
  while (kind === 'person' && q >= from && q > v - 4 && !article.mentionAt[q] && /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[q] ?? '')) q--;
  if (q < v - 2 && (/^(and|but|while|,)$/.test(doc.lower[q] ?? '') || q < from)) return 'person';
  // ("a subject that diplomats said Beijing had refused to include": people opening a relative clause)
  if (k === v - 2 && /s$/.test(head) && /^(and|but|while|that|which)$/.test(doc.lower[k] ?? '')) return 'person';
  // (or opens a relative clause with no "that": "a provision the government said it had fought for")
  const relative = doc.pos[k - 1] === 'NOUN' && /^\p{Ll}/u.test(doc.tokens[k - 1] ?? '') && !article.mentionAt[k - 1];
  // (or a clause joined by a conjunction: "..., and the foreign ministry said")
  const joined = /^(and|but|while)$/.test(doc.lower[k - 1] ?? '');
  const opens = k === from || doc.tokens[k - 1] === ',' || doc.sentences[doc.sentenceOf[k] ?? 0]?.first === k || ((relative || joined) && doc.lower[k] === 'the');
  // "Belarus has denied the accusations. Its foreign ministry said ...": the body of the state "its" stands for
  if (kind === 'body' && doc.lower[k] === 'its' && opens) return 'owned';
  // "..., a government spokesman said": the filing state's voice; "..., a spokesman said": someone's, unnamed
  if (kind === 'body' && /^(a|an)$/.test(doc.lower[k] ?? '') && opens) return stateBody ? 'body' : 'person';
  return doc.lower[k] === 'the' && opens ? kind : undefined;
}

/** Nouns of the people close to a person, who speak for themselves, not for the person as a lawyer does ("the sister of leader Kim Jong Un"). */
const RELATIVES = new Set([...KINSHIP_NOUNS, 'relatives', 'family', 'friend', 'friends']);

/** The person `m` is named as whose relative someone is: "the sister of leader Kim Jong Un", "Kim's sister". */
export function relativeOf(article: ResolvedArticle, m: ResolvedMention): boolean {
  const { doc } = article;
  if (!isPersonAt(article, m.first)) return false;
  if (isPossessiveMark(doc.tokens[m.last]) && RELATIVES.has(doc.lower[m.last + 1] ?? '')) return true;
  let k = m.first - 1;
  while (k > m.first - 4 && isTitleWordAnyCase(doc.tokens[k] ?? '')) k--;
  return doc.lower[k] === 'of' && RELATIVES.has(doc.lower[k - 1] ?? '');
}

/** Nouns of a press office ("press service", "press office"). */
export const PRESS_OFFICES: ReadonlySet<string> = new Set(['service', 'office']);

/**
 * The owner of the press office named last before token `before` ("the Kremlin press service", "Erdogan's press
 * office", "the Ukrainian presidential press office"): a speaker right before its words or before "'s", or a state's
 * demonym; undefined when none is named.
 */
export function pressOfficeOwner(article: ResolvedArticle, before: number): string | undefined {
  const { doc } = article;
  for (let k = before - 1; k > 0; k--) {
    if (!PRESS_OFFICES.has(doc.lower[k] ?? '') || doc.lower[k - 1] !== 'press') continue;
    let o = k - 2;
    if (doc.lower[o] === 'presidential') o--;
    if (isPossessiveMark(doc.tokens[o])) o--;
    const m = article.mentionAt[o];
    if (m && (m.kind === 'demonym' || speakerType(article, m))) return m.entity;
    return undefined;
  }
  return undefined;
}

const DESCRIBED_BODIES = new Set(['agency', 'ministry', 'service', 'office', 'department', 'army', 'military', 'government', 'intelligence']);

/** "the UN chief said" -> the one person holding an office at the UN; "Seoul's spy agency said" -> its one agency. */
export function describedSpeaker(article: ResolvedArticle, m: ResolvedMention, v: number, offices: readonly OfficeFinding[]): string | undefined {
  const { doc } = article;
  if (m.last >= v) return undefined;
  const words = doc.lower.slice(m.last, v).filter((w) => !/^(['’]s?|the)$/.test(w));
  if (words.length === 0 || words.length > 3 || words.some((w) => w === ',' || w === 'and')) return undefined;
  const head = words[words.length - 1] ?? '';
  // ("A NATO official told us", "NATO officials said": someone unnamed, not the one holder named at the body)
  const unnamed = /^(a|an|one)$/.test(doc.lower[m.first - 1] ?? '') || /^officials?$/.test(head);
  // "Thailand's army said": a body of the state, though "army" also heads titles ("army chief")
  if (isTitleWordAnyCase(head) && !DESCRIBED_BODIES.has(head) && !unnamed) {
    const holders = [...new Set(offices.filter((o) => o.target === m.entity).map((o) => o.person))];
    return holders.length === 1 ? holders[0] : holderTitled(offices, m.entity, head, v);
  }
  if (DESCRIBED_BODIES.has(head) && article.entities.get(m.entity)?.type === 'Country') {
    // ("the DRC government says": the state itself, not its army named before)
    if (head === 'government') return m.entity;
    const iso = article.entities.get(m.entity)?.country;
    // ("Thailand's army said": of the state's bodies, one of that kind: its army, not its foreign ministry)
    const military = head === 'army' || head === 'military';
    // (and "Lebanon's health ministry said": a ministry of those words, not the state's army; "Seoul's spy agency" may be
    // its one agency of any name)
    const ministry = head === 'ministry' || head === 'department';
    const named = (name: string): boolean => words.every((w) => name.toLowerCase().includes(w));
    const bodies = [...article.entities.entries()].filter(([, e]) => e.type === 'Agency' && e.country !== undefined && e.country === iso && (military ? e.bodyKind === 'military' || e.bodyKind === undefined : !ministry || named(e.name)));
    return bodies.length === 1 ? bodies[0]?.[0] : undefined;
  }
  return undefined;
}

/** Diplomats' titles that recall one another: "the envoy" for "Pakistan's Permanent Representative to the UN". */
const ENVOY_WORDS: ReadonlySet<string> = new Set(['envoy', 'ambassador', 'representative', 'emissary']);
/** How many sentences back a bare office looks for the office it recalls. */
const RECALLED_OFFICE_SENTENCES = 2;
/** How many words of a title may stand between its state and its head ("Pakistan's Deputy Permanent Representative"). */
const RECALLED_TITLE_WORDS = 4;

/**
 * A bare office ("the envoy", "the defence minister") right before the verb at `v`, recalling an office named in its
 * sentence or the two before: the person named with it ("Ambassador X"), else the state owning it when its holder went
 * unnamed ("remarks by Pakistan's Permanent Representative to the UN, in which the envoy accused India"); else undefined.
 */
export function recalledOffice(article: ResolvedArticle, v: number, from: number): ResolvedMention | undefined {
  const { doc } = article;
  let k = v - 1;
  while (k >= from && !article.mentionAt[k] && /^\p{Ll}/u.test(doc.tokens[k] ?? '') && isTitleWordAnyCase(doc.tokens[k] ?? '')) k--;
  if (k === v - 1 || doc.lower[k] !== 'the') return undefined;
  const head = doc.lower[v - 1] ?? '';
  const heads = ENVOY_WORDS.has(head) ? ENVOY_WORDS : new Set([head]);
  const si = doc.sentenceOf[k] ?? 0;
  const start = doc.sentences[Math.max(0, si - RECALLED_OFFICE_SENTENCES)]?.first ?? 0;
  for (let j = k - 1; j >= start; j--) {
    if (!heads.has(doc.lower[j] ?? '') || article.mentionAt[j]) continue;
    // (the person named with it: "Permanent Representative X", "the ambassador, X,")
    const named = article.mentionAt[j + 1] ?? (doc.tokens[j + 1] === ',' ? article.mentionAt[j + 2] : undefined);
    if (named && isPersonAt(article, named.first)) return named;
    // (else the state owning it: "Pakistan's Permanent Representative", "the Pakistani envoy")
    let i = j;
    while (i > Math.max(start, j - RECALLED_TITLE_WORDS) && !article.mentionAt[i - 1] && (isTitleWordAnyCase(doc.tokens[i - 1] ?? '') || /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[i - 1] ?? ''))) i--;
    const owner = isPossessiveMark(doc.tokens[i - 1]) ? article.mentionAt[i - 2] : article.mentionAt[i - 1];
    if (owner && article.entities.get(owner.entity)?.type === 'Country' && (owner.kind === 'demonym' || owner.last === i - 1)) return owner;
  }
  return undefined;
}

/**
 * The one person named before token `v` with an office of `target` whose title has the word `head` ("Defense Minister"
 * for "the Indonesian minister", not the state's ambassador).
 */
export function holderTitled(offices: readonly OfficeFinding[], target: string, head: string, v: number): string | undefined {
  const titled = new Set(offices.filter((o) => o.target === target && o.at < v && o.title.toLowerCase().split(/[\s-]+/).includes(head)).map((o) => o.person));
  return titled.size === 1 ? [...titled][0] : undefined;
}

/** How many words a title's "of ..." or "for ..." may run before the person ("for Terrorism and Financial Intelligence"). */
const TITLE_OBJECT_TOKENS = 8;

/** Where a person's name starts after the capitalised words, "the", "and", "of" and "for" of a title's object from `k`, or -1. */
export function personAfterTitleWords(article: ResolvedArticle, k: number, to: number): number {
  const { doc } = article;
  for (let i = k; i < Math.min(to, k + TITLE_OBJECT_TOKENS); i++) {
    if (isPersonAt(article, i)) return i;
    const m = article.mentionAt[i];
    if (m) {
      i = m.last - 1;
      continue;
    }
    if (!/^(the|and|of|for)$/.test(doc.lower[i] ?? '') && !/^\p{Lu}/u.test(doc.tokens[i] ?? '')) return -1;
  }
  return -1;
}
