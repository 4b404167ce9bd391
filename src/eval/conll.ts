// CoNLL-2003 reading and conlleval-style entity scoring (exact span and type, micro-averaged).
import { KgError } from '../errors.js';

/** One sentence of a CoNLL file: its tokens, their gold tags, and the document it belongs to (counted from 0). */
export interface ConllSentence {
  readonly document: number;
  readonly tokens: readonly string[];
  readonly tags: readonly string[];
}

/**
 * An entity occurrence: tokens [start, end) of a sentence, or characters [start, end) of a text when
 * `sentence` is absent. Two spans match when sentence, start, end and type are all equal.
 */
export interface EntitySpan {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly sentence?: number;
}

export interface TypeScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Counts behind the ratios: gold spans, predicted spans, predicted spans that match a gold one. */
  readonly gold: number;
  readonly predicted: number;
  readonly correct: number;
}

export interface EntityScores {
  readonly byType: Readonly<Record<string, TypeScore>>;
  readonly micro: TypeScore;
}

const DOCSTART = '-DOCSTART-';
const TAG_PATTERN = /^(?:O|[BI]-[A-Za-z]+)$/;

/**
 * Parses CoNLL text: one token a line with the token in the first column and the tag in the last
 * (two-column `EU B-ORG` or four-column `EU NNP B-NP B-ORG`), blank lines between sentences,
 * `-DOCSTART-` lines between documents. Throws EVAL_INVALID_GOLD on a line it cannot read.
 */
export function readConll(text: string): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let document = -1;
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (tokens.length > 0) sentences.push({ document: Math.max(document, 0), tokens, tags });
    tokens = [];
    tags = [];
  };
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = (lines[n] ?? '').trim();
    if (line === '') {
      flush();
      continue;
    }
    const columns = line.split(/\s+/);
    const token = columns[0] ?? '';
    if (token === DOCSTART) {
      flush();
      document++;
      continue;
    }
    const tag = columns[columns.length - 1] ?? '';
    if (columns.length < 2 || !TAG_PATTERN.test(tag)) {
      throw new KgError(
        'EVAL_INVALID_GOLD',
        `CoNLL line ${n + 1} is not "token ... tag" with a tag such as O, B-PER or I-LOC: ${JSON.stringify(line)}. Fix or remove that line.`,
      );
    }
    tokens.push(token);
    tags.push(tag);
  }
  flush();
  return sentences;
}

/**
 * The entities of one tagged sentence, the way conlleval reads IOB1 and IOB2 alike: an entity starts
 * at B-X, or at I-X that does not continue an entity of type X, and runs over the I-X that follow.
 */
export function spansFromTags(tags: readonly string[], sentence?: number): EntitySpan[] {
  const spans: EntitySpan[] = [];
  let start = -1;
  let type = '';
  const close = (end: number): void => {
    if (start >= 0) spans.push(sentence === undefined ? { type, start, end } : { type, start, end, sentence });
    start = -1;
  };
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] ?? 'O';
    if (tag === 'O' || tag.length < 3) {
      close(i);
      continue;
    }
    const prefix = tag[0];
    const tagType = tag.slice(2);
    if (prefix === 'B' || start < 0 || tagType !== type) {
      close(i);
      start = i;
      type = tagType;
    }
  }
  close(tags.length);
  return spans;
}

/**
 * Precision, recall and F1 per type and micro-averaged over all types, counting a predicted span as
 * correct only when a gold span has the same position and type. With `types`, spans of other types
 * are left out of both sides (e.g. PER/LOC/ORG without MISC).
 */
export function scoreEntities(
  gold: readonly EntitySpan[],
  predicted: readonly EntitySpan[],
  options: { readonly types?: readonly string[] } = {},
): EntityScores {
  const wanted = options.types === undefined ? undefined : new Set(options.types);
  const counts = new Map<string, { gold: number; predicted: number; correct: number }>();
  const countsFor = (type: string): { gold: number; predicted: number; correct: number } => {
    let entry = counts.get(type);
    if (entry === undefined) {
      entry = { gold: 0, predicted: 0, correct: 0 };
      counts.set(type, entry);
    }
    return entry;
  };
  for (const type of options.types ?? []) countsFor(type);
  const goldKeys = new Set<string>();
  for (const span of gold) {
    if (wanted !== undefined && !wanted.has(span.type)) continue;
    const key = spanKey(span);
    if (goldKeys.has(key)) continue;
    goldKeys.add(key);
    countsFor(span.type).gold++;
  }
  const seen = new Set<string>();
  for (const span of predicted) {
    if (wanted !== undefined && !wanted.has(span.type)) continue;
    const key = spanKey(span);
    if (seen.has(key)) continue;
    seen.add(key);
    const entry = countsFor(span.type);
    entry.predicted++;
    if (goldKeys.has(key)) entry.correct++;
  }
  const byType: Record<string, TypeScore> = {};
  let goldTotal = 0;
  let predictedTotal = 0;
  let correctTotal = 0;
  for (const [type, entry] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    byType[type] = ratios(entry.gold, entry.predicted, entry.correct);
    goldTotal += entry.gold;
    predictedTotal += entry.predicted;
    correctTotal += entry.correct;
  }
  return { byType, micro: ratios(goldTotal, predictedTotal, correctTotal) };
}

function spanKey(span: EntitySpan): string {
  return `${span.sentence ?? 0}:${span.start}:${span.end}:${span.type}`;
}

function ratios(gold: number, predicted: number, correct: number): TypeScore {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, gold, predicted, correct };
}
