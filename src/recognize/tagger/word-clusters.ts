// Word clusters for the tagger: hierarchical spherical k-means over word vectors, read and written as TSV.
import { KgError } from '../../errors.js';
import { hashToken } from './hash.js';
import type { WordClusters } from './train.js';

export interface ClusterOptions {
  /** Clusters per parent at each level: [32, 8, 4] gives 32, 256 and 1024 clusters. */
  readonly branching: readonly number[];
  readonly iterations: number;
  readonly seed: number;
}

/**
 * Groups the rows of `vectors` (count x dimensions) top-down: k-means on all rows, then on the rows
 * of each cluster, and so on. Returns ids[row * levels + level], numbered from 1 at every level.
 */
export function clusterVectors(vectors: Float32Array, dimensions: number, options: ClusterOptions): Int32Array {
  const count = vectors.length / dimensions;
  const levels = options.branching.length;
  const unit = new Float32Array(vectors);
  for (let row = 0; row < count; row++) {
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += (unit[row * dimensions + d] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dimensions; d++) unit[row * dimensions + d] = (unit[row * dimensions + d] as number) / norm;
  }
  const ids = new Int32Array(count * levels);
  let random = options.seed >>> 0 || 1;
  const next = (): number => {
    random ^= random << 13;
    random ^= random >>> 17;
    random ^= random << 5;
    return (random >>> 0) / 4294967296;
  };
  let groups: { parent: number; rows: Int32Array }[] = [{ parent: 0, rows: Int32Array.from({ length: count }, (_, i) => i) }];
  options.branching.forEach((k, level) => {
    const nextGroups: { parent: number; rows: Int32Array }[] = [];
    for (const group of groups) {
      const assignment = kMeans(unit, dimensions, group.rows, k, options.iterations, next);
      const members: number[][] = Array.from({ length: k }, () => []);
      group.rows.forEach((row, i) => {
        const cluster = assignment[i] as number;
        ids[row * levels + level] = group.parent * k + cluster + 1;
        members[cluster]?.push(row);
      });
      members.forEach((rows, cluster) => {
        if (rows.length > 0) nextGroups.push({ parent: group.parent * k + cluster, rows: Int32Array.from(rows) });
      });
    }
    groups = nextGroups;
  });
  return ids;
}

/** Spherical k-means with k-means++ seeding; returns the cluster of each listed row. */
function kMeans(unit: Float32Array, dimensions: number, rows: Int32Array, k: number, iterations: number, random: () => number): Int32Array {
  const n = rows.length;
  const assignment = new Int32Array(n);
  if (n <= k) {
    for (let i = 0; i < n; i++) assignment[i] = i;
    return assignment;
  }
  const centres = new Float32Array(k * dimensions);
  const similarity = (i: number, c: number): number => {
    const base = (rows[i] as number) * dimensions;
    let dot = 0;
    for (let d = 0; d < dimensions; d++) dot += (unit[base + d] as number) * (centres[c * dimensions + d] as number);
    return dot;
  };
  // k-means++: each new centre drawn with probability proportional to distance from the nearest chosen one.
  const nearest = new Float64Array(n).fill(Infinity);
  let chosen = Math.floor(random() * n);
  for (let c = 0; c < k; c++) {
    centres.set(unit.subarray((rows[chosen] as number) * dimensions, (rows[chosen] as number + 1) * dimensions), c * dimensions);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const distance = Math.max(0, 2 - 2 * similarity(i, c));
      if (distance < (nearest[i] as number)) nearest[i] = distance;
      total += nearest[i] as number;
    }
    let target = random() * total;
    chosen = n - 1;
    for (let i = 0; i < n; i++) {
      target -= nearest[i] as number;
      if (target <= 0) {
        chosen = i;
        break;
      }
    }
  }
  const sums = new Float64Array(k * dimensions);
  for (let iteration = 0; iteration < iterations; iteration++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestSimilarity = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = similarity(i, c);
        if (s > bestSimilarity) {
          bestSimilarity = s;
          best = c;
        }
      }
      if (assignment[i] !== best) moved++;
      assignment[i] = best;
    }
    if (moved === 0 && iteration > 0) break;
    sums.fill(0);
    for (let i = 0; i < n; i++) {
      const base = (rows[i] as number) * dimensions;
      const c = (assignment[i] as number) * dimensions;
      for (let d = 0; d < dimensions; d++) sums[c + d] = (sums[c + d] as number) + (unit[base + d] as number);
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dimensions; d++) norm += (sums[c * dimensions + d] as number) ** 2;
      if (norm === 0) continue;
      norm = Math.sqrt(norm);
      for (let d = 0; d < dimensions; d++) centres[c * dimensions + d] = (sums[c * dimensions + d] as number) / norm;
    }
  }
  return assignment;
}

/** One line a word: `word<TAB>id id id`, ids by level. */
export function formatClusters(words: readonly string[], ids: Int32Array, levels: number): string {
  return words.map((word, row) => `${word}\t${Array.from(ids.subarray(row * levels, (row + 1) * levels)).join(' ')}`).join('\n') + '\n';
}

/** Reads `formatClusters` text into the hashed form the tagger uses; the first line of a folded word wins. */
export function parseClusters(text: string): WordClusters {
  const words: number[] = [];
  const ids: number[] = [];
  const seen = new Set<number>();
  let levels = -1;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const tab = line.indexOf('\t');
    const levelIds = line.slice(tab + 1).split(' ').map(Number);
    if (levels < 0) levels = levelIds.length;
    if (tab <= 0 || levelIds.length !== levels || levelIds.some((id) => !Number.isInteger(id))) {
      throw new KgError('INPUT_INVALID_RECORD', `Word clusters line ${JSON.stringify(line)} is not "word<TAB>id id ..." with one id per level. Rebuild the file with --cluster-words.`);
    }
    const key = hashToken(line.slice(0, tab));
    if (seen.has(key)) continue;
    seen.add(key);
    words.push(key);
    ids.push(...levelIds);
  }
  return { words: Int32Array.from(words), ids: Int32Array.from(ids), levels: Math.max(levels, 0) };
}
