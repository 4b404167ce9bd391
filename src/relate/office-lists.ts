// Plural titles before lists of persons: "Five judges of the Supreme Court are on the list: A, B and C", "the leaders
// of A and B, X and Y", "their Philippine counterparts, C and D".
import type { ResolvedArticle, ResolvedMention } from '../resolve/resolve.js';
import { isPossessiveMark } from './context.js';
import { isHonorificOrTitleWord, loadTitles } from '../lexicon/titles.js';
import { groupFrom } from './roles.js';
import { chooseTarget, isPerson, PEOPLE, RELATIVE_TITLE, type OfficeFinding } from './title-region.js';

/** Words that open a list of the holders of a plural title ("Five judges of X are on the list: A, B and C"). */
const LIST_OPENERS = new Set([':', 'including', 'namely']);
/** Marks that open a list in apposition, whose holders pair with the states named one by one ("the leaders of A and B, X and Y"). */
const APPOSITION_OPENERS = new Set([',', '–', '—', '-', '(']);
/** How far before the list a plural title may stand. */
const LIST_TITLE_TOKENS = 14;

/** "judges" -> "judge", "secretaries" -> "secretary", "spokesmen" -> "spokesman"; undefined for no plural. */
function singular(word: string): string | undefined {
  if (word.endsWith('men')) return `${word.slice(0, -3)}man`;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return undefined;
}

/** The persons of the list `p` stands in ("A, B, C and D", "Crown Prince A, President B and Emir C"), in order; `p` alone when it stands in none. */
function listOf(article: ResolvedArticle, p: ResolvedMention): ResolvedMention[] {
  const sentence = article.doc.sentences[article.doc.sentenceOf[p.first] ?? 0];
  if (!sentence) return [p];
  const before = groupFrom(article, p, PEOPLE, -1, sentence.first);
  const after = groupFrom(article, p, PEOPLE, 1, sentence.last);
  // (the last of "A and B", which the backward reading does not join: the list read forward from A)
  const previous = article.doc.lower[p.first - 1] === 'and' ? article.mentionAt[p.first - 2] : undefined;
  if (before.length === 1 && previous && isPerson(article, previous)) {
    const forward = listOf(article, previous);
    if (forward.includes(p)) return forward;
  }
  return [...before.slice(1).reverse(), p, ...after.slice(1)];
}

/**
 * "Five judges of Venezuela's Supreme Court of Justice are on the list: A, B, ... and E", "sanctioned three
 * generals of the Russian army, including A and B": a plural title before a list of persons is each one's office.
 */
export function listOffice(article: ResolvedArticle, p: ResolvedMention, found: readonly OfficeFinding[]): OfficeFinding | undefined {
  const { doc } = article;
  const { trie } = loadTitles();
  const list = listOf(article, p);
  const sentence = doc.sentences[doc.sentenceOf[p.first] ?? 0];
  let opener = (list[0] ?? p).first - 1;
  while (sentence && opener > sentence.first && isHonorificOrTitleWord(doc.tokens[opener] ?? '')) opener--;
  const respective = APPOSITION_OPENERS.has(doc.lower[opener] ?? '');
  if (!sentence || (!LIST_OPENERS.has(doc.lower[opener] ?? '') && !respective)) return undefined;
  for (let j = opener - 1; j >= Math.max(sentence.first, opener - LIST_TITLE_TOKENS); j--) {
    if (/^[;:]$/.test(doc.tokens[j] ?? '')) return undefined;
    const one = singular(doc.lower[j] ?? '');
    if (!one || article.mentionAt[j] || !/^\p{Ll}/u.test(doc.tokens[j] ?? '')) continue;
    // the title's words up to the plural, the plural read as its singular ("foreign ministers")
    const words = [...doc.lower.slice(Math.max(sentence.first, j - 3), j), one];
    let start = -1;
    for (let k = 0; k < words.length && start < 0; k++) if (trie.longest(words, k, (_v, last) => last === words.length)) start = j - (words.length - 1 - k);
    if (start < 0) continue;
    // the title's noun phrase: its modifiers before it, "of X['s Y]" after it
    let end = j + 1;
    if (doc.lower[end] === 'of') {
      end++;
      while (end < opener && (article.mentionAt[end] || /^(the|['’]s?|,|and)$/.test(doc.lower[end] ?? ''))) end = article.mentionAt[end]?.last ?? end + 1;
    }
    let from = start;
    // (and over "and" between two states: "his Swedish and Norwegian counterparts")
    const joined = (k: number): boolean => doc.lower[k] === 'and' && article.mentionAt[k - 1] !== undefined && article.mentionAt[k + 1] !== undefined;
    while (from > sentence.first && (article.mentionAt[from - 1] || isPossessiveMark(doc.lower[from - 1]) || /^(DET|NUM|ADJ)$/.test(doc.pos[from - 1] ?? '') || joined(from - 1))) from = article.mentionAt[from - 1]?.first ?? from - 1;
    const targets: ResolvedMention[] = [];
    for (let i = from; i < end; i++) {
      const m = article.mentionAt[i];
      if (m && m.first === i && !isPerson(article, m)) targets.push(m);
    }
    const title = doc.lower.slice(start, j).concat(one).join(' ');
    // "The military rulers of Mali, Niger and Burkina Faso – A, B and C –": one state for each, in order
    const states = targets.filter((m) => article.entities.get(m.entity)?.type === 'Country');
    // "A and B signed it with their Philippine counterparts, C and D": the offices named before, in order, at the state
    // "X hosted his Swedish and Norwegian counterparts, A and B": the office named last before, at each state in turn
    if (one === RELATIVE_TITLE && states.length > 1 && states.length === list.length) {
      const before = found.filter((o) => o.at < from && doc.sentenceOf[o.at] === doc.sentenceOf[p.first]);
      const office = before[before.length - 1];
      const state = states[list.indexOf(p)];
      return office && state ? { person: p.entity, target: state.entity, title: office.title, at: p.first } : undefined;
    }
    if (one === RELATIVE_TITLE && states.length === 1 && states[0]) {
      const before = found.filter((o) => o.at < from && doc.sentenceOf[o.at] === doc.sentenceOf[p.first]);
      const office = before.length >= list.length ? before[before.length - list.length + list.indexOf(p)] : undefined;
      return office ? { person: p.entity, target: states[0].entity, title: office.title, at: p.first } : undefined;
    }
    if (states.length > 1 || respective) {
      const state = states.length === list.length && end === opener && list.length > 1 ? states[list.indexOf(p)] : undefined;
      return state ? { person: p.entity, target: state.entity, title, at: p.first } : undefined;
    }
    const entry = trie.longest(words, words.length - 1 - (j - start))?.values[0];
    const target = entry && chooseTarget(article, { title: one, written: one, entry, targets });
    if (!target) return undefined;
    return { person: p.entity, target, title, at: p.first };
  }
  return undefined;
}

/** How many capitalised words a plural title before a list of names may take ("Foreign Ministers"). */
const PLURAL_TITLE_WORDS = 3;

/**
 * "Presidents Luiz Inácio Lula da Silva of Brazil and Javier Milei of Argentina": a capitalised plural title before a
 * list of names, each followed by "of" and its state, is each one's office at that state.
 */
export function pluralTitleOf(article: ResolvedArticle, p: ResolvedMention): OfficeFinding | undefined {
  const { doc } = article;
  const { trie } = loadTitles();
  const of = doc.lower[p.last] === 'of' ? (doc.lower[p.last + 1] === 'the' ? p.last + 2 : p.last + 1) : -1;
  const state = of >= 0 ? article.mentionAt[of] : undefined;
  if (!state || state.first !== of || article.entities.get(state.entity)?.type !== 'Country') return undefined;
  const list = listOf(article, p);
  const last = (list[0] ?? p).first - 1;
  const one = singular(doc.lower[last] ?? '');
  // (the first of the list, read forward past its state: "A of Brazil and B of Argentina")
  const next = doc.lower[state.last] === 'and' ? article.mentionAt[state.last + 1] : undefined;
  const listed = list.length > 1 || (next !== undefined && next.first === state.last + 1 && isPerson(article, next));
  if (!one || !listed || !/^\p{Lu}/u.test(doc.tokens[last] ?? '') || article.mentionAt[last]) return undefined;
  let first = last;
  while (first > last - PLURAL_TITLE_WORDS + 1 && /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[first - 1] ?? '') && !article.mentionAt[first - 1]) first--;
  for (let k = first; k <= last; k++) {
    const words = [...doc.lower.slice(k, last), one];
    if (trie.longest(words, 0, (_v, end) => end === words.length)) {
      const title = [...doc.tokens.slice(k, last), one.charAt(0).toUpperCase() + one.slice(1)].join(' ');
      return { person: p.entity, target: state.entity, title, at: p.first };
    }
  }
  return undefined;
}
