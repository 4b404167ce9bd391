// Scoring extractions against gold articles (shared/eval/FORMAT.md): typed entities, relations, statements.
import { z } from 'zod';
import type { Extraction } from '../schema/index.js';
import { SYMMETRIC_RELATIONS } from '../schema/index.js';

export const GoldArticle = z.object({
  id: z.string(),
  source: z.string().nullish(),
  published: z.string().nullish(),
  title: z.string().nullish(),
  text: z.string(),
  entities: z.array(z.object({ name: z.string(), type: z.string(), aliases: z.array(z.string()).optional() })),
  relations: z.array(
    z.object({
      type: z.string(),
      source: z.string(),
      target: z.string(),
      title: z.string().nullish(),
      quantity: z.number().nullish(),
      optional: z.boolean().optional(),
    }),
  ),
  statements: z.array(z.object({ speaker: z.string(), quote: z.string() })),
});
export type GoldArticle = z.infer<typeof GoldArticle>;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface Mismatch {
  readonly article: string;
  readonly kind: 'entity' | 'relation' | 'statement';
  readonly error: 'false positive' | 'false negative';
  readonly detail: string;
}

export interface GoldReport {
  readonly entities: Score;
  readonly relations: Score;
  readonly statements: Score;
  readonly entitiesByType: Record<string, Score>;
  readonly relationsByType: Record<string, Score>;
  readonly mismatches: readonly Mismatch[];
}

const TYPE_GROUP: Readonly<Record<string, string>> = {
  Official: 'Person', Person: 'Person', Agency: 'Organization', Organization: 'Organization',
  Country: 'Country', Location: 'Location', Agreement: 'Agreement',
};

/** Case-, whitespace- and punctuation-insensitive form of a name or quote. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function score(c: Counts): Score {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

function add(into: Record<string, Counts>, key: string, field: keyof Counts): void {
  (into[key] ??= { tp: 0, fp: 0, fn: 0 })[field]++;
}

/** Quotes match when, normalised, one contains the other and the shorter is at least this share of the longer. */
const QUOTE_OVERLAP_MIN = 0.8;

function quotesMatch(a: string, b: string): boolean {
  const x = normalise(a);
  const y = normalise(b);
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length > 0 && long.includes(short) && short.length / long.length >= QUOTE_OVERLAP_MIN;
}

export function scoreArticles(pairs: readonly { gold: GoldArticle; extraction: Extraction }[]): GoldReport {
  const total = { entities: { tp: 0, fp: 0, fn: 0 }, relations: { tp: 0, fp: 0, fn: 0 }, statements: { tp: 0, fp: 0, fn: 0 } };
  const entitiesByType: Record<string, Counts> = {};
  const relationsByType: Record<string, Counts> = {};
  const mismatches: Mismatch[] = [];

  for (const { gold, extraction } of pairs) {
    const article = gold.id;
    // entities: an extracted entity matches a gold one by name or any mention, in the same type group
    const goldForms = gold.entities.map((g) => new Set([g.name, ...(g.aliases ?? [])].map(normalise)));
    const matchOf = new Map<string, number>();
    const goldMatched = new Set<number>();
    for (const e of extraction.entities) {
      const forms = new Set([e.name, ...(e.aliases ?? []), ...e.mentions.map((m) => m.text)].map(normalise));
      const index = gold.entities.findIndex((g, i) => !goldMatched.has(i) && TYPE_GROUP[g.type] === TYPE_GROUP[e.type] && [...forms].some((f) => goldForms[i]?.has(f)));
      if (index >= 0) {
        goldMatched.add(index);
        matchOf.set(e.id, index);
        total.entities.tp++;
        add(entitiesByType, gold.entities[index]?.type ?? e.type, 'tp');
      } else {
        total.entities.fp++;
        add(entitiesByType, e.type, 'fp');
        mismatches.push({ article, kind: 'entity', error: 'false positive', detail: `${e.type} "${e.name}"` });
      }
    }
    gold.entities.forEach((g, i) => {
      if (goldMatched.has(i)) return;
      total.entities.fn++;
      add(entitiesByType, g.type, 'fn');
      mismatches.push({ article, kind: 'entity', error: 'false negative', detail: `${g.type} "${g.name}"` });
    });

    // every gold name and alias -> gold entity index, for relation ends and speakers
    const goldIndexOfName = (name: string): number => goldForms.findIndex((forms) => forms.has(normalise(name)));
    const goldName = (i: number | undefined): string => (i === undefined ? '?' : gold.entities[i]?.name ?? '?');

    const used = new Set<number>();
    for (const r of extraction.relations) {
      const s = matchOf.get(r.source);
      const t = matchOf.get(r.target);
      const index = gold.relations.findIndex((g, i) => {
        if (used.has(i) || g.type !== r.type) return false;
        const gs = goldIndexOfName(g.source);
        const gt = goldIndexOfName(g.target);
        return (gs === s && gt === t) || (SYMMETRIC_RELATIONS.has(r.type) && gs === t && gt === s);
      });
      const label = `${r.type} ${goldName(s) !== '?' ? goldName(s) : r.source} -> ${goldName(t) !== '?' ? goldName(t) : r.target}`;
      if (index >= 0) {
        used.add(index);
        if (gold.relations[index]?.optional) continue;
        total.relations.tp++;
        add(relationsByType, r.type, 'tp');
      } else {
        total.relations.fp++;
        add(relationsByType, r.type, 'fp');
        mismatches.push({ article, kind: 'relation', error: 'false positive', detail: label });
      }
    }
    gold.relations.forEach((g, i) => {
      if (used.has(i) || g.optional) return;
      total.relations.fn++;
      add(relationsByType, g.type, 'fn');
      mismatches.push({ article, kind: 'relation', error: 'false negative', detail: `${g.type} ${g.source} -> ${g.target}${g.title ? ` [${g.title}]` : ''}` });
    });

    const usedStatements = new Set<number>();
    for (const st of extraction.statements) {
      const speaker = matchOf.get(st.speaker);
      const index = gold.statements.findIndex((g, i) => !usedStatements.has(i) && goldIndexOfName(g.speaker) === speaker && speaker !== undefined && quotesMatch(g.quote, st.quote));
      if (index >= 0) {
        usedStatements.add(index);
        total.statements.tp++;
      } else {
        total.statements.fp++;
        mismatches.push({ article, kind: 'statement', error: 'false positive', detail: `${goldName(speaker) !== '?' ? goldName(speaker) : st.speaker}: "${st.quote}"` });
      }
    }
    gold.statements.forEach((g, i) => {
      if (usedStatements.has(i)) return;
      total.statements.fn++;
      mismatches.push({ article, kind: 'statement', error: 'false negative', detail: `${g.speaker}: "${g.quote}"` });
    });
  }

  const scoreAll = (byType: Record<string, Counts>): Record<string, Score> =>
    Object.fromEntries(Object.entries(byType).sort().map(([k, v]) => [k, score(v)]));
  return {
    entities: score(total.entities),
    relations: score(total.relations),
    statements: score(total.statements),
    entitiesByType: scoreAll(entitiesByType),
    relationsByType: scoreAll(relationsByType),
    mismatches,
  };
}
