// The tagger's weights file: a small JSON header, then typed arrays (quantised weights, hashed word lists).
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { KgError } from '../../errors.js';
import { MAX_CLUSTER_LEVELS } from './features.js';
import { labelNames } from './labels.js';
import { buildLexicon, lexiconData, type StageWeights, type TaggerModel } from './model.js';

const MAGIC = 'NKGT';
const FORMAT_VERSION = 1;

const SectionType = z.enum(['int8', 'int16', 'int32', 'uint8', 'uint16']);
type SectionType = z.infer<typeof SectionType>;

const Section = z.object({
  type: SectionType,
  offset: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
});

// Per stage: feature ids, how many weights each has, and the weights as (label, value) pairs.
const SECTION_NAMES = [
  'firstKeys',
  'firstCounts',
  'firstLabels',
  'firstValues',
  'secondKeys',
  'secondCounts',
  'secondLabels',
  'secondValues',
  'gazetteerKeys',
  'gazetteerTypes',
  'lowercaseWords',
  'clusterWords',
  'clusterIds',
] as const;

export const ModelFileHeader = z.object({
  format: z.literal('news-kg-tagger'),
  version: z.literal(FORMAT_VERSION),
  scheme: z.enum(['bio', 'bilou']),
  labels: z.array(z.string()),
  /** 1 or 2; with 1, the second-stage sections are empty. */
  stages: z.union([z.literal(1), z.literal(2)]),
  /** A stored weight q of stage s means q * weightScales[s]. */
  weightScales: z.array(z.number().positive()),
  gazetteerMaxLength: z.number().int().nonnegative(),
  clusterLevels: z.number().int().min(0).max(MAX_CLUSTER_LEVELS),
  sections: z.object(Object.fromEntries(SECTION_NAMES.map((name) => [name, Section])) as Record<
    (typeof SECTION_NAMES)[number],
    typeof Section
  >),
  /** How the weights were made and what they scored, for the record. */
  training: z.record(z.string(), z.unknown()).optional(),
});
export type ModelFileHeader = z.infer<typeof ModelFileHeader>;

type TypedArray = Int8Array | Int16Array | Int32Array | Uint8Array | Uint16Array;

const CONSTRUCTORS = {
  int8: Int8Array,
  int16: Int16Array,
  int32: Int32Array,
  uint8: Uint8Array,
  uint16: Uint16Array,
} as const;

export interface EncodeOptions {
  /** Bits per stored weight. */
  readonly weightBits: 8 | 16;
  /** Weights smaller than this (in absolute value) are dropped, and features left without any. */
  readonly pruneBelow: number;
  readonly gzip: boolean;
  readonly training?: Record<string, unknown>;
}

/** Serialises a model: weights pruned and quantised to `weightBits`, everything else as stored. */
export function encodeModelFile(model: TaggerModel, options: EncodeOptions): Uint8Array {
  const quantised = [0, 1].map((s) => {
    const stage = model.stages[s];
    return stage === undefined
      ? { keys: new Int32Array(0), counts: new Uint8Array(0), labels: new Uint8Array(0), values: new Int8Array(0), scale: 1 }
      : quantise(stage, options);
  });
  const first = quantised[0] as ReturnType<typeof quantise>;
  const second = quantised[1] as ReturnType<typeof quantise>;
  const lexicon = lexiconData(model.lexicon);
  const arrays: Record<(typeof SECTION_NAMES)[number], TypedArray> = {
    firstKeys: first.keys,
    firstCounts: first.counts,
    firstLabels: first.labels,
    firstValues: first.values,
    secondKeys: second.keys,
    secondCounts: second.counts,
    secondLabels: second.labels,
    secondValues: second.values,
    gazetteerKeys: lexicon.gazetteerKeys,
    gazetteerTypes: lexicon.gazetteerTypes,
    lowercaseWords: lexicon.lowercaseWords,
    clusterWords: lexicon.clusterWords,
    clusterIds: Uint16Array.from(lexicon.clusterIds),
  };
  const sections: Record<string, z.infer<typeof Section>> = {};
  let offset = 0;
  for (const name of SECTION_NAMES) {
    const array = arrays[name];
    sections[name] = { type: sectionType(array), offset, length: array.length };
    offset = align8(offset + array.byteLength);
  }
  const header: ModelFileHeader = {
    format: 'news-kg-tagger',
    version: FORMAT_VERSION,
    scheme: model.scheme,
    labels: labelNames(model.scheme),
    stages: model.stages.length === 1 ? 1 : 2,
    weightScales: model.stages.map((_, s) => (quantised[s] as ReturnType<typeof quantise>).scale),
    gazetteerMaxLength: lexicon.gazetteerMaxLength,
    clusterLevels: lexicon.clusterLevels,
    sections: sections as ModelFileHeader['sections'],
    ...(options.training === undefined ? {} : { training: options.training }),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const dataStart = align8(8 + headerBytes.length);
  const bytes = new Uint8Array(dataStart + offset);
  bytes.set(Buffer.from(MAGIC, 'latin1'), 0);
  new DataView(bytes.buffer).setUint32(4, headerBytes.length, true);
  bytes.set(headerBytes, 8);
  for (const name of SECTION_NAMES) {
    const array = arrays[name];
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), dataStart + (sections[name]?.offset ?? 0));
  }
  return options.gzip ? gzipSync(bytes, { level: 9 }) : bytes;
}

/** Reads a model from the bytes of a weights file (gzipped or not); `source` names the file in errors. */
export function decodeModelFile(input: Uint8Array, source: string): { model: TaggerModel; header: ModelFileHeader } {
  let bytes = input[0] === 0x1f && input[1] === 0x8b ? gunzipSync(input) : input;
  if (bytes.byteOffset % 8 !== 0) bytes = Uint8Array.from(bytes);
  const invalid = (what: string, cause?: unknown): KgError =>
    new KgError(
      'INPUT_INVALID_RECORD',
      `The tagger weights file ${source} is not usable: ${what}. Retrain it with the train-tagger script or restore it from the repository.`,
      cause === undefined ? undefined : { cause },
    );
  if (bytes.length < 8 || Buffer.from(bytes.subarray(0, 4)).toString('latin1') !== MAGIC) throw invalid('it does not start with NKGT');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes.subarray(8, 8 + headerLength)).toString('utf8'));
  } catch (error) {
    throw invalid('its header is not JSON', error);
  }
  const parsed = ModelFileHeader.safeParse(json);
  if (!parsed.success) throw invalid(`its header does not match the format (${parsed.error.issues[0]?.message ?? 'unknown'})`);
  const header = parsed.data;
  const dataStart = align8(8 + headerLength);
  const view = (name: (typeof SECTION_NAMES)[number]): TypedArray => {
    const section = header.sections[name];
    const Constructor = CONSTRUCTORS[section.type];
    const start = bytes.byteOffset + dataStart + section.offset;
    if (dataStart + section.offset + section.length * Constructor.BYTES_PER_ELEMENT > bytes.length) throw invalid(`section ${name} is truncated`);
    return new Constructor(bytes.buffer as ArrayBuffer, start, section.length);
  };
  const expectedLabels = labelNames(header.scheme);
  if (header.labels.join(' ') !== expectedLabels.join(' ')) throw invalid('its labels are not those of its scheme');
  const stage = (prefix: 'first' | 'second', scale: number): StageWeights => {
    const featureKeys = view(`${prefix}Keys`);
    const counts = view(`${prefix}Counts`);
    const labels = view(`${prefix}Labels`);
    const values = view(`${prefix}Values`);
    const labelCount = expectedLabels.length;
    if (!(featureKeys instanceof Int32Array) || counts.length !== featureKeys.length || labels.length !== values.length) {
      throw invalid(`its ${prefix}-stage sections do not match`);
    }
    if (!(counts instanceof Uint8Array) || !(labels instanceof Uint8Array)) throw invalid(`its ${prefix}-stage sections have the wrong types`);
    let total = 0;
    for (let row = 0; row < counts.length; row++) total += counts[row] as number;
    if (total !== labels.length) throw invalid(`its ${prefix}-stage weight counts do not add up`);
    const weights = new Float32Array(values.length);
    let outOfRange = false;
    for (let e = 0; e < values.length; e++) {
      weights[e] = (values[e] as number) * scale;
      if ((labels[e] as number) >= labelCount) outOfRange = true;
    }
    if (outOfRange) throw invalid(`its ${prefix}-stage labels are out of range`);
    return { featureKeys, counts, labels, values: weights };
  };
  if (header.weightScales.length !== header.stages) throw invalid('it does not give one weight scale per stage');
  const firstStage = stage('first', header.weightScales[0] as number);
  const stages: TaggerModel['stages'] =
    header.stages === 2 ? [firstStage, stage('second', header.weightScales[1] as number)] : [firstStage];
  const int32 = (name: (typeof SECTION_NAMES)[number]): Int32Array => {
    const array = view(name);
    if (!(array instanceof Int32Array)) throw invalid(`section ${name} is not int32`);
    return array;
  };
  const gazetteerTypes = view('gazetteerTypes');
  if (!(gazetteerTypes instanceof Uint8Array)) throw invalid('section gazetteerTypes is not uint8');
  const lexicon = buildLexicon({
    gazetteerKeys: int32('gazetteerKeys'),
    gazetteerTypes,
    gazetteerMaxLength: header.gazetteerMaxLength,
    lowercaseWords: int32('lowercaseWords'),
    clusterWords: int32('clusterWords'),
    clusterIds: Int32Array.from(view('clusterIds')),
    clusterLevels: header.clusterLevels,
  });
  return { model: { scheme: header.scheme, stages, lexicon }, header };
}

/** Keeps the weights of at least `pruneBelow`, as integers times a scale, grouped by feature. */
function quantise(
  stage: StageWeights,
  options: EncodeOptions,
): { keys: Int32Array; counts: Uint8Array; labels: Uint8Array; values: Int8Array | Int16Array; scale: number } {
  let largest = 0;
  for (const w of stage.values) largest = Math.max(largest, Math.abs(w));
  const scale = largest > 0 ? largest / (options.weightBits === 8 ? 127 : 32767) : 1;
  const keys: number[] = [];
  const counts: number[] = [];
  const labels: number[] = [];
  const values: number[] = [];
  let entry = 0;
  stage.featureKeys.forEach((key, row) => {
    let count = 0;
    for (let k = 0; k < (stage.counts[row] as number); k++, entry++) {
      const w = stage.values[entry] as number;
      const q = Math.round(w / scale);
      if (Math.abs(w) < options.pruneBelow || q === 0) continue;
      labels.push(stage.labels[entry] as number);
      values.push(q);
      count++;
    }
    if (count === 0) return;
    keys.push(key);
    counts.push(count);
  });
  return {
    keys: Int32Array.from(keys),
    counts: Uint8Array.from(counts),
    labels: Uint8Array.from(labels),
    values: options.weightBits === 8 ? Int8Array.from(values) : Int16Array.from(values),
    scale,
  };
}

function sectionType(array: TypedArray): SectionType {
  if (array instanceof Int8Array) return 'int8';
  if (array instanceof Int16Array) return 'int16';
  if (array instanceof Int32Array) return 'int32';
  if (array instanceof Uint16Array) return 'uint16';
  return 'uint8';
}

function align8(n: number): number {
  return (n + 7) & ~7;
}
