// (article, extraction) -> GraphFragment: stable fact keys, statement ids, per-article evidence and dates.
import { createHash } from 'node:crypto';
import type { Article, Extraction, FragmentFact, GraphFragment } from '../schema/index.js';
import { shortHash } from '../schema/ids.js';

/** Identity of a fact across articles: type, ends (already ordered for symmetric types) and, for offices, the title. */
export function factKey(type: string, source: string, target: string, title?: string): string {
  return shortHash(type, source, target, type === 'HOLDS_POSITION' ? (title ?? '').toLowerCase() : '');
}

/** Hash of everything the graph keeps of an article: the same article ingested again is recognised as unchanged. */
export function contentHash(article: Article): string {
  const { id, text, title, source, url, published } = article;
  return createHash('sha256').update(JSON.stringify([id, text, title ?? null, source ?? null, url ?? null, published ?? null])).digest('hex').slice(0, 32);
}

function earliest(dates: readonly (string | undefined)[]): string | undefined {
  const known = dates.filter((d): d is string => d !== undefined).sort();
  return known[0];
}

export function buildFragment(article: Article, extraction: Extraction): GraphFragment {
  const published = article.published?.slice(0, 10);
  const facts: FragmentFact[] = extraction.relations.map((r) => {
    const title = r.properties?.title;
    const evidence = r.evidence.map((e) => ({ start: e.start, end: e.end, ...(e.date ? { date: e.date } : {}) }));
    const date = earliest(evidence.map((e) => e.date)) ?? published;
    return {
      key: factKey(r.type, r.source, r.target, title),
      type: r.type,
      source: r.source,
      target: r.target,
      ...(title ? { title } : {}),
      ...(r.properties?.quantity !== undefined ? { quantity: r.properties.quantity } : {}),
      ...(r.properties?.modality ? { modality: r.properties.modality } : {}),
      evidence,
      ...(date ? { date } : {}),
    };
  });
  return {
    article: { ...article, contentHash: contentHash(article) },
    nodes: extraction.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases ?? [],
      mentions: e.mentions.length,
      ...(e.lat !== undefined && e.lon !== undefined ? { lat: e.lat, lon: e.lon } : {}),
    })),
    facts,
    statements: extraction.statements.map((s) => ({
      id: shortHash(article.id, s.start, s.end, s.speaker),
      speaker: s.speaker,
      quote: s.quote,
      start: s.start,
      end: s.end,
      about: s.about ?? [],
      ...((s.date ?? published) ? { date: s.date ?? published } : {}),
    })),
  };
}
