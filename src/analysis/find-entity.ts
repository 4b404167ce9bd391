// Finds the entity an analyst names (id, name or alias, any case) for an ego network; suggests close names when none matches.
import { KgError } from '../errors.js';
import type { EntityNodeAttributes, KnowledgeGraph } from '../stores/store.js';

const MAX_SUGGESTIONS = 5;

/**
 * The entity id for `query`: an entity id as is, else a name or alias (case-insensitive). Several matches:
 * a name before an alias, then the entity with the most articles, then the smallest id.
 */
export function findEntity(graph: KnowledgeGraph, query: string): string {
  if (graph.hasNode(query)) return query;
  const wanted = normalise(query);
  let best: { id: string; rank: number; articles: number } | undefined;
  graph.forEachNode((id, attributes) => {
    const rank = normalise(id) === wanted || normalise(attributes.label) === wanted ? 0
      : attributes.aliases.some((alias) => normalise(alias) === wanted) ? 1 : undefined;
    if (rank === undefined) return;
    const candidate = { id, rank, articles: attributes.articleCount };
    if (best === undefined || compare(candidate, best) < 0) best = candidate;
  });
  if (best !== undefined) return best.id;
  throw new KgError('ENTITY_NOT_FOUND', notFoundMessage(query, suggestEntities(graph, query)));
}

/** Entities whose name or an alias is close to `query` (contains it, or within a few edits), closest first. */
export function suggestEntities(graph: KnowledgeGraph, query: string): { id: string; name: string }[] {
  const wanted = normalise(query);
  const allowed = Math.max(2, Math.floor(wanted.length / 3));
  const scored: { id: string; name: string; distance: number; articles: number }[] = [];
  graph.forEachNode((id, attributes: EntityNodeAttributes) => {
    let distance = Infinity;
    for (const name of [attributes.label, ...attributes.aliases]) {
      const form = normalise(name);
      distance = Math.min(distance, form.includes(wanted) || (form.length > 2 && wanted.includes(form)) ? 0 : editDistance(form, wanted));
    }
    if (distance <= allowed) scored.push({ id, name: attributes.label, distance, articles: attributes.articleCount });
  });
  scored.sort((a, b) => a.distance - b.distance || b.articles - a.articles || (a.id < b.id ? -1 : 1));
  return scored.slice(0, MAX_SUGGESTIONS).map(({ id, name }) => ({ id, name }));
}

function notFoundMessage(query: string, suggestions: readonly { id: string; name: string }[]): string {
  const head = `no entity with id, name or alias "${query}" in the graph`;
  if (suggestions.length === 0) return `${head}; give an entity id (e.g. country:RUS), a name or an alias that the graph holds`;
  return `${head}; did you mean ${suggestions.map((s) => `"${s.name}" (${s.id})`).join(', ')}?`;
}

function compare(a: { id: string; rank: number; articles: number }, b: { id: string; rank: number; articles: number }): number {
  return a.rank - b.rank || b.articles - a.articles || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function normalise(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Levenshtein distance, two rows. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
