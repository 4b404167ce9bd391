// The entities and mentions of one article as the resolver's passes build them.
import type { AnalysedText } from '../nlp/annotate.js';
import type { MentionKind } from '../schema/index.js';
import type { ResolvedEntity, ResolvedMention } from './resolve.js';

export interface Builder {
  readonly entities: Map<string, ResolvedEntity>;
  readonly mentions: ResolvedMention[];
}

/** The text of tokens `first` to `last` (end exclusive), as written. */
export function textOf(doc: AnalysedText, first: number, last: number): string {
  return doc.text.slice(doc.starts[first] ?? 0, doc.ends[last - 1] ?? 0);
}

/** The entity of `key`, made by `init` when there is none yet. */
export function ensure(b: Builder, key: string, init: () => Omit<ResolvedEntity, 'forms'>): ResolvedEntity {
  let e = b.entities.get(key);
  if (!e) {
    e = { ...init(), forms: new Set() };
    b.entities.set(key, e);
  }
  return e;
}

/** A mention of `entity` over tokens `first` to `last`, its words one of the entity's forms. */
export function addMention(b: Builder, doc: AnalysedText, entity: ResolvedEntity, key: string, first: number, last: number, kind: MentionKind): void {
  entity.forms.add(textOf(doc, first, last));
  b.mentions.push({ first, last, kind, entity: key });
}

/** Moves the entity at `key`, its forms and mentions, into the one at `ownerKey`. */
export function foldInto(b: Builder, key: string, ownerKey: string): void {
  const e = b.entities.get(key);
  const owner = b.entities.get(ownerKey);
  if (!e || !owner) return;
  for (const form of e.forms) owner.forms.add(form);
  for (let i = 0; i < b.mentions.length; i++) {
    const m = b.mentions[i];
    if (m && m.entity === key) b.mentions[i] = { ...m, entity: ownerKey };
  }
  b.entities.delete(key);
}
