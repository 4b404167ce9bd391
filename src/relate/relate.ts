// All relations and statements of one resolved article, each with its evidence sentence and date.
import type { Evidence, Modality, Relation, RelationType, Statement } from '../schema/index.js';
import { SYMMETRIC_RELATIONS } from '../schema/index.js';
import type { ResolvedArticle } from '../resolve/resolve.js';
import { accusations } from './accusations.js';
import { sentenceDate } from './dates.js';
import { holdsPosition } from './holds-position.js';
import { deniedClaimAfter } from './modality.js';
import { statements as findStatements } from './statements.js';
import { structuralRelations } from './structural.js';
import { triggerRelations } from './triggers.js';

export interface Related {
  readonly relations: Relation[];
  readonly statements: Statement[];
  /** Entities that hold an office in this article (typed Official). */
  readonly officials: ReadonlySet<string>;
}

interface Finding {
  readonly type: RelationType;
  readonly source: string;
  readonly target: string;
  readonly at: number;
  readonly title?: string;
  readonly quantity?: number;
  readonly modality?: Modality;
}

const MODALITY_RANK: Readonly<Record<Modality, number>> = { asserted: 2, hypothetical: 1, denied: 0 };

/** Facts a claim denied later in their sentence does not touch: the accusation itself, offices, and what is part of what. */
const UNCLAIMED: ReadonlySet<RelationType> = new Set(['ACCUSES', 'HOLDS_POSITION', 'PART_OF', 'LOCATED_IN']);

export function relate(article: ResolvedArticle, published: Date | undefined): Related {
  const { doc } = article;
  const { offices, unplaced } = holdsPosition(article);
  const triggers = triggerRelations(article);
  const structural = structuralRelations(article, offices, triggers);
  const said = findStatements(article, offices);
  const findings: Finding[] = [
    ...offices.map((o) => ({ type: 'HOLDS_POSITION' as const, source: o.person, target: o.target, at: o.at, title: o.title })),
    ...triggers.filter((f) => f.type !== 'SIGNED' || article.entities.get(f.source)?.type !== 'Agency'),
    ...structural,
    ...accusations(article, said),
  ];

  const evidenceOf = (at: number): Evidence => {
    const sentence = doc.sentences[doc.sentenceOf[at] ?? 0];
    const start = sentence?.start ?? 0;
    const end = sentence?.end ?? doc.text.length;
    const date = sentence ? sentenceDate(doc, sentence.first, sentence.last, published) : undefined;
    return { start, end, text: doc.text.slice(start, end), ...(date ? { date } : {}) };
  };

  const byKey = new Map<string, { relation: Relation; modality: Modality }>();
  for (const f of findings) {
    if (f.source === f.target || !article.entities.has(f.source) || !article.entities.has(f.target)) continue;
    const [source, target] = SYMMETRIC_RELATIONS.has(f.type) && f.target < f.source ? [f.target, f.source] : [f.source, f.target];
    // one office per person and state or body: the title named first stands ("Foreign Minister", not "top diplomat" after it)
    const key = [f.type, source, target].join('|');
    const evidence = evidenceOf(f.at);
    // ("Venezuela had moved 1,500 soldiers there, a claim Caracas denied": a fact its own sentence calls a denied claim)
    const stated = f.modality ?? 'asserted';
    // (not an office, a body's state or a place's: "..., Foreign Minister X said that ..., an allegation Y denied")
    const modality = stated === 'asserted' && !UNCLAIMED.has(f.type) && deniedClaimAfter(doc, f.at) ? 'denied' : stated;
    const existing = byKey.get(key);
    if (existing) {
      if (!existing.relation.evidence.some((e) => e.start === evidence.start)) existing.relation.evidence.push(evidence);
      // a fact stated plainly anywhere in the article is asserted, whatever else the article hedges
      if (MODALITY_RANK[modality] > MODALITY_RANK[existing.modality]) existing.modality = modality;
      if (f.quantity !== undefined && existing.relation.properties?.quantity === undefined) {
        existing.relation.properties = { ...existing.relation.properties, quantity: f.quantity };
      }
      continue;
    }
    const properties = {
      ...(f.title ? { title: f.title } : {}),
      ...(f.quantity !== undefined ? { quantity: f.quantity } : {}),
    };
    byKey.set(key, { relation: { type: f.type, source, target, ...(Object.keys(properties).length ? { properties } : {}), evidence: [evidence] }, modality });
  }
  // (each relation's sentences in the order the article gives them, whichever rule found them first)
  for (const { relation } of byKey.values()) relation.evidence.sort((a, b) => a.start - b.start);
  const relations = [...byKey.values()].map(({ relation, modality }) =>
    modality === 'asserted' ? relation : { ...relation, properties: { ...relation.properties, modality } },
  );

  const statements: Statement[] = said.map((s) => {
    const sentence = doc.sentences[doc.sentenceOf[s.at] ?? 0];
    const date = sentence ? sentenceDate(doc, sentence.first, sentence.last, published) : undefined;
    return {
      speaker: s.speaker,
      quote: doc.text.slice(s.start, s.end),
      start: s.start,
      end: s.end,
      ...(s.about.length ? { about: [...s.about] } : {}),
      ...(date ? { date } : {}),
    };
  });
  return { relations, statements, officials: new Set([...offices.map((o) => o.person), ...unplaced]) };
}

