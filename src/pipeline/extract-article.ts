// One article through the extraction stages: annotate -> recognize -> resolve -> relate, into the `kg extract` contract.
import type { Article, Entity, Extraction } from '../schema/index.js';
import { annotate } from '../nlp/annotate.js';
import { loadGazetteer, type Gazetteer } from '../recognize/gazetteer.js';
import { recognize, type TagTokens } from '../recognize/recognize.js';
import { loadTagger } from '../recognize/tagger/index.js';
import { resolveArticle } from '../resolve/resolve.js';
import { entityId } from '../schema/ids.js';
import { parsePublished } from '../relate/dates.js';
import { relate } from '../relate/relate.js';

export interface Extractor {
  (article: Article): Extraction;
}

/** Builds an extractor with the gazetteer and the tagger loaded once. */
export function createExtractor(options: { gazetteer?: Gazetteer; tag?: TagTokens } = {}): Extractor {
  const gazetteer = options.gazetteer ?? loadGazetteer();
  const tag = options.tag ?? taggerFunction();
  return (article) => extractArticle(article, gazetteer, tag);
}

function taggerFunction(): TagTokens {
  const tagger = loadTagger();
  return (sentences) => tagger.tagDocument(sentences);
}

export function extractArticle(article: Article, gazetteer: Gazetteer, tag: TagTokens): Extraction {
  const doc = annotate(article.text);
  const candidates = recognize(doc, gazetteer, tag);
  const resolved = resolveArticle(doc, candidates, gazetteer);
  const related = relate(resolved, parsePublished(article.published));

  // persons holding an office are Officials, and their ids follow the type
  const renamed = new Map<string, string>();
  for (const [key, e] of resolved.entities) {
    if (e.type === 'Person' && related.officials.has(key)) e.type = 'Official';
    const id = e.type === 'Country' || e.id.startsWith('location:') || e.id.startsWith('org:') ? e.id : entityId(e.type, e.name);
    renamed.set(key, id);
  }
  const idOf = (key: string): string => renamed.get(key) ?? key;

  const mentionsOf = new Map<string, Entity['mentions'][number][]>();
  for (const m of resolved.mentions) {
    const start = doc.starts[m.first] ?? 0;
    const end = doc.ends[m.last - 1] ?? 0;
    const list = mentionsOf.get(m.entity);
    const mention = { start, end, text: article.text.slice(start, end), kind: m.kind };
    if (list) list.push(mention);
    else mentionsOf.set(m.entity, [mention]);
  }
  const entities: Entity[] = [];
  for (const [key, e] of resolved.entities) {
    const mentions = mentionsOf.get(key) ?? [];
    const aliases = [...e.forms].filter((f) => f !== e.name);
    entities.push({
      id: idOf(key),
      type: e.type,
      name: e.name,
      ...(aliases.length ? { aliases } : {}),
      mentions,
      ...(e.lat !== undefined && e.lon !== undefined ? { lat: e.lat, lon: e.lon } : {}),
    });
  }
  const { id: _id, text: _text, ...meta } = article;
  return {
    article: { id: article.id, ...meta },
    entities,
    relations: related.relations.map((r) => ({ ...r, source: idOf(r.source), target: idOf(r.target) })),
    statements: related.statements.map((s) => ({
      ...s,
      speaker: idOf(s.speaker),
      ...(s.about ? { about: s.about.map(idOf) } : {}),
    })),
  };
}
