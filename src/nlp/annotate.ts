// The only importer of wink-nlp: reads an article once into tokens with exact character offsets, POS and sentences.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { LETTERS_WITHOUT_DECOMPOSITION } from '../schema/ids.js';

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

export interface SentenceSpan {
  /** First token index. */
  readonly first: number;
  /** One past the last token index. */
  readonly last: number;
  /** Character offsets of the sentence text (trimmed), end exclusive. */
  readonly start: number;
  readonly end: number;
}

/** An analysed text: parallel arrays over tokens (the hot path is index-based), and sentences over them. */
export interface AnalysedText {
  readonly text: string;
  readonly tokens: readonly string[];
  readonly lower: readonly string[];
  readonly pos: readonly string[];
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Index of the sentence each token belongs to. */
  readonly sentenceOf: Int32Array;
  readonly sentences: readonly SentenceSpan[];
}

/**
 * Token `k` is a hyphen, or an en dash, touching the tokens on both sides of it ("so-called", "Almaz-Antey",
 * "Rwanda–Mozambique"), which wink splits.
 */
export function joinedHyphen(doc: AnalysedText, k: number): boolean {
  return (doc.tokens[k] === '-' || doc.tokens[k] === '–') && doc.ends[k - 1] === doc.starts[k] && doc.ends[k] === doc.starts[k + 1];
}

/** How many sentences into an article its dateline may stand (after a headline and a byline). */
export const DATELINE_SENTENCES = 3;

/** The article's first sentence when a line break ends it, as a headline's does ("Kiribati signs pact with China\n\n..."). */
export function headlineOf(doc: AnalysedText): SentenceSpan | undefined {
  const [first, next] = doc.sentences;
  return first && next && doc.text.slice(first.end, next.start).includes('\n') ? first : undefined;
}

const WHITESPACE = /\s+/g;
const VISIBLE = /\S/;
const MAX_SKIPPED_CHARS = 8;

/**
 * Letters of Latin Extended-A/B, IPA Extensions (the schwa of Azerbaijani, the open o of West African languages) and
 * Extended Additional, at which wink-nlp's tokenizer splits words ("Stojković", "Łódź", "Kəsik").
 */
const EXTENDED_LATIN = /[\u0100-\u02AF\u1E00-\u1EFF]/;
const EXTENDED_LATIN_ALL = new RegExp(EXTENDED_LATIN.source, 'g');
function baseLetter(letter: string): string {
  // (one code unit for one, so that offsets hold)
  const known = LETTERS_WITHOUT_DECOMPOSITION[letter];
  if (known?.length === 1) return known;
  const base = letter.normalize('NFD').charAt(0);
  return /^[A-Za-z]$/.test(base) ? base : letter === letter.toUpperCase() ? 'X' : 'x';
}

/**
 * The text wink-nlp reads: every such letter as its base letter, one code unit for one, so that "Stojković" stays one
 * token and every offset in the folded text is the same in the original.
 */
function foldForWink(text: string): string {
  return EXTENDED_LATIN.test(text) ? text.replace(EXTENDED_LATIN_ALL, baseLetter) : text;
}

/** Tokens wink-nlp found in `folded`, as the original text writes them (same offsets); a token not found stays as it is. */
function originalTokens(tokens: readonly string[], folded: string, original: string): string[] {
  if (folded === original) return [...tokens];
  let cursor = 0;
  return tokens.map((token) => {
    const at = folded.indexOf(token, cursor);
    if (at < 0) return token;
    cursor = at + token.length;
    return original.slice(at, cursor);
  });
}

/** Tokenises, tags and splits `text`; every token's offsets slice out exactly its text. */
export function annotate(text: string): AnalysedText {
  // (read with its extended Latin letters folded; tokens and offsets are the original's)
  const folded = foldForWink(text);
  const doc = nlp.readDoc(folded);
  const raw = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const sentenceSpans = doc.sentences().out(its.span) as unknown as [number, number][];

  const tokens: string[] = [];
  const tags: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const keptIndex = new Int32Array(raw.length).fill(-1);
  /** Full stops split from a surname wink read as a title written short: each ends a sentence. */
  const stops = new Set<number>();
  let cursor = 0;
  for (let i = 0; i < raw.length; i++) {
    const read = raw[i] ?? '';
    const at = folded.startsWith(read, cursor) ? cursor : folded.indexOf(read, cursor);
    // a token wink normalised away from the text cannot carry offsets; never jump far to a later copy
    if (at < 0 || (at - cursor > MAX_SKIPPED_CHARS && folded.slice(cursor, at).replace(WHITESPACE, '').length > MAX_SKIPPED_CHARS)) continue;
    cursor = at + read.length;
    if (!VISIBLE.test(read)) continue; // newline and tab tokens carry no meaning downstream
    // ("Maj." and "Adm.", which wink splits from their dot where it keeps "Gen.": one token, as the title it is)
    const previous = tokens.length - 1;
    if (read === '.' && ends[previous] === at && TITLE_ABBREVIATIONS.has(tokens[previous] ?? '') && !surnameAtStop(text, tokens[previous - 1], cursor)) {
      tokens[previous] = `${tokens[previous] ?? ''}.`;
      ends[previous] = cursor;
      keptIndex[i] = previous;
      continue;
    }
    // ("called on Foreign Minister Nandita Sen. He later ...", which wink keeps as one token "Sen.": a surname and the
    // full stop that ends the sentence)
    const stem = read.endsWith('.') ? read.slice(0, -1) : '';
    if (TITLE_ABBREVIATIONS.has(stem) && surnameAtStop(text, tokens[previous], cursor)) {
      tokens.push(text.slice(at, cursor - 1), '.');
      tags.push('PROPN', 'PUNCT');
      starts.push(at, cursor - 1);
      ends.push(cursor - 1, cursor);
      keptIndex[i] = tokens.length - 1;
      stops.add(tokens.length - 1);
      continue;
    }
    keptIndex[i] = tokens.length;
    tokens.push(folded === text ? read : text.slice(at, cursor));
    tags.push(pos[i] ?? 'X');
    starts.push(at);
    ends.push(cursor);
  }

  const sentenceOf = new Int32Array(tokens.length);
  const sentences: SentenceSpan[] = [];
  for (const [from, to] of sentenceSpans) {
    let first = -1;
    let last = -1;
    for (let i = from; i <= to; i++) {
      const k = keptIndex[i] ?? -1;
      if (k < 0) continue;
      if (first < 0) first = k;
      last = k + 1;
    }
    if (first < 0) continue;
    // wink does not break at newlines inside a sentence span; paragraphs always end sentences
    let segmentStart = first;
    for (let k = first + 1; k <= last; k++) {
      const breaks = k === last || text.slice(ends[k - 1] ?? 0, starts[k] ?? 0).includes('\n') || stops.has(k - 1);
      if (!breaks) continue;
      const index = sentences.length;
      for (let t = segmentStart; t < k; t++) sentenceOf[t] = index;
      sentences.push({ first: segmentStart, last: k, start: starts[segmentStart] ?? 0, end: ends[k - 1] ?? 0 });
      segmentStart = k;
    }
  }
  joinListNumbers(text, tokens, starts, sentences, sentenceOf);
  joinAfterAbbreviations(text, tokens, starts, ends, sentences, sentenceOf);
  return {
    text,
    tokens,
    lower: tokens.map((t) => t.toLowerCase()),
    pos: tags,
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    sentenceOf,
    sentences,
  };
}

/** A list item's number read as a sentence of its own: "1 .", "2.", "(3)", "4 )". */
const LIST_NUMBER = /^(\d{1,3}\.?|\(\d{1,3}\)|\d{1,3}\)|\(?[a-h]\))$/;

/**
 * "1. Brigadier General X, the commander of ..." on a line of its own: wink ends a sentence at the item's number; the
 * number opens the item's sentence instead (sentences and sentenceOf are rewritten in place).
 */
function joinListNumbers(text: string, tokens: readonly string[], starts: readonly number[], sentences: SentenceSpan[], sentenceOf: Int32Array): void {
  for (let i = 0; i + 1 < sentences.length; i++) {
    const item = sentences[i] as SentenceSpan;
    const next = sentences[i + 1] as SentenceSpan;
    if (item.last - item.first > 3 || !LIST_NUMBER.test(tokens.slice(item.first, item.last).join('')) || text.slice(item.end, next.start).includes('\n')) continue;
    // (the number opens its line)
    const start = starts[item.first] ?? 0;
    if (text.slice(text.lastIndexOf('\n', start - 1) + 1, start).trim() !== '') continue;
    sentences.splice(i, 2, { first: item.first, last: next.last, start: item.start, end: next.end });
  }
  sentences.forEach((s, index) => {
    for (let t = s.first; t < s.last; t++) sentenceOf[t] = index;
  });
}

/** Titles written short that wink-nlp may end a sentence at ("Maj. Gen. X", "Lt. Col. Y"). */
const TITLE_ABBREVIATIONS = new Set(['Maj', 'Gen', 'Lt', 'Col', 'Brig', 'Sgt', 'Capt', 'Adm', 'Cmdr', 'Cdr', 'Gov', 'Sen', 'Rep', 'Dr', 'Prof', 'Amb', 'Rev',
  // given names written short, which a name goes on after: "Mohd. Razak", "Md. Shahriar Alam", "Ma. Lourdes Reyes"
  'Mohd', 'Md', 'Muhd', 'Ma']);

/** Words that open a sentence and never follow a title: "... met Nandita Sen. He said" ends at "Sen". */
const SENTENCE_OPENERS = new Set(['He', 'She', 'It', 'They', 'We', 'I', 'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Its', 'Their', 'In', 'On', 'At', 'But', 'And', 'Both', 'Asked']);

/**
 * A title written short right after a capitalised word, then the end of the text, a line or a sentence ("called on
 * Foreign Minister Nandita Sen. He later ..."): a surname and a full stop, no title ("Democratic Sen. Bob Casey" is one).
 */
function surnameAtStop(text: string, before: string | undefined, after: number): boolean {
  if (!before || !/^\p{Lu}\p{Ll}/u.test(before)) return false;
  const rest = /^[ \t]*(\n|$|(\p{L}+))/u.exec(text.slice(after));
  return rest !== null && (rest[1] === '\n' || rest[1] === '' || SENTENCE_OPENERS.has(rest[2] ?? ''));
}

/**
 * "Maj. Gen. Darnell K. Ashford": wink ends a sentence at a title written short; the sentence goes on, when the next
 * one follows on the same line and opens with a capital (sentences and sentenceOf are rewritten in place).
 */
function joinAfterAbbreviations(text: string, tokens: readonly string[], starts: readonly number[], ends: readonly number[], sentences: SentenceSpan[], sentenceOf: Int32Array): void {
  let joined = false;
  for (let i = 0; i + 1 < sentences.length; i++) {
    const item = sentences[i] as SentenceSpan;
    const next = sentences[i + 1] as SentenceSpan;
    const dot = item.last - 1;
    const abbreviation = tokens[dot] === '.' ? dot - 1 : /\.$/.test(tokens[dot] ?? '') ? dot : -1;
    const word = abbreviation === dot ? (tokens[dot] ?? '').slice(0, -1) : tokens[abbreviation] ?? '';
    // ("Maj" right before its dot, no space between)
    const attached = abbreviation === dot || (ends[abbreviation] ?? 0) === (starts[dot] ?? 0);
    if (abbreviation < item.first || !TITLE_ABBREVIATIONS.has(word) || !attached || !/^\p{Lu}/u.test(tokens[next.first] ?? '') || text.slice(item.end, next.start).includes('\n')) continue;
    if (surnameAtStop(text, tokens[abbreviation - 1], ends[dot] ?? 0)) continue;
    sentences.splice(i, 2, { first: item.first, last: next.last, start: item.start, end: next.end });
    joined = true;
    i--;
  }
  if (!joined) return;
  sentences.forEach((s, index) => {
    for (let t = s.first; t < s.last; t++) sentenceOf[t] = index;
  });
}

/** Tokens of a short phrase, as `annotate` would split them (for compiling gazetteers). */
export function tokenizePhrase(phrase: string): string[] {
  const folded = foldForWink(phrase);
  return originalTokens(nlp.readDoc(folded).tokens().out() as string[], folded, phrase).filter((t) => VISIBLE.test(t));
}

const PARAGRAPH_BREAK = '\n\n';

/**
 * The tokens of many phrases, each as `tokenizePhrase` gives them, read in one pass: the phrases are joined as
 * paragraphs, which wink-nlp never tokenizes across. Blank phrases and phrases with a line break are read alone.
 */
export function tokenizePhrases(phrases: readonly string[]): string[][] {
  const out: string[][] = phrases.map(() => []);
  const batched = phrases.flatMap((phrase, i) => (VISIBLE.test(phrase) && !phrase.includes('\n') ? [i] : []));
  const groups: string[][] = [[]];
  const joined = batched.map((i) => phrases[i]).join(PARAGRAPH_BREAK);
  const folded = foldForWink(joined);
  for (const token of originalTokens(nlp.readDoc(folded).tokens().out() as string[], folded, joined)) {
    if (token.includes('\n')) {
      if ((groups.at(-1) as string[]).length > 0) groups.push([]);
    } else if (VISIBLE.test(token)) (groups.at(-1) as string[]).push(token);
  }
  if (groups.length !== batched.length) return phrases.map((phrase) => tokenizePhrase(phrase));
  const read = new Uint8Array(phrases.length);
  batched.forEach((phrase, k) => {
    out[phrase] = groups[k] as string[];
    read[phrase] = 1;
  });
  for (let i = 0; i < phrases.length; i++) if (read[i] === 0) out[i] = tokenizePhrase(phrases[i] as string);
  // ("Rear Adm.": a title written short keeps its dot, as `annotate` reads it in a text, in any case)
  return out.map((tokens) => tokens.reduce<string[]>((words, w) => {
    const previous = words[words.length - 1] ?? '';
    const short = previous.charAt(0).toUpperCase() + previous.slice(1).toLowerCase();
    return w === '.' && TITLE_ABBREVIATIONS.has(short) ? [...words.slice(0, -1), `${previous}.`] : [...words, w];
  }, []));
}
