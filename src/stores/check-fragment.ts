// The invariants a fragment must keep before either store writes it; a broken one throws, naming the article.
import { KgError } from '../errors.js';
import { GraphFragment } from '../schema/index.js';

export function checkFragment(fragment: GraphFragment): void {
  const { article } = fragment;
  const fail = (what: string): never => {
    throw new KgError('INPUT_INVALID_RECORD', `fragment for article "${article?.id ?? '?'}": ${what}; fix the fragment builder`);
  };
  // types and labels reach the stores only from the ontology: anything else is refused before a write
  const parsed = GraphFragment.safeParse(fragment);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    fail(`${issue?.path.join('.') ?? 'value'}: ${issue?.message ?? 'invalid'}`);
  }
  const checkSpan = (start: number, end: number, where: string): void => {
    if (start > end || end > article.text.length) {
      fail(`${where} offsets ${start}-${end} fall outside the article text (length ${article.text.length})`);
    }
  };
  const entities = new Set<string>();
  for (const node of fragment.nodes) {
    if (entities.has(node.id)) fail(`entity "${node.id}" is listed twice`);
    entities.add(node.id);
  }
  const needEntity = (id: string, where: string): void => {
    if (!entities.has(id)) fail(`${where} names entity "${id}", which is not among the fragment's nodes`);
  };
  const factKeys = new Set<string>();
  for (const fact of fragment.facts) {
    if (factKeys.has(fact.key)) fail(`fact "${fact.key}" is listed twice`);
    factKeys.add(fact.key);
    needEntity(fact.source, `fact ${fact.type} "${fact.key}"`);
    needEntity(fact.target, `fact ${fact.type} "${fact.key}"`);
    for (const span of fact.evidence) checkSpan(span.start, span.end, `evidence of fact "${fact.key}"`);
  }
  const statementIds = new Set<string>();
  for (const statement of fragment.statements) {
    if (statementIds.has(statement.id)) fail(`statement "${statement.id}" is listed twice`);
    statementIds.add(statement.id);
    needEntity(statement.speaker, `statement "${statement.id}"`);
    for (const about of statement.about) needEntity(about, `statement "${statement.id}"`);
    checkSpan(statement.start, statement.end, `statement "${statement.id}"`);
  }
}

/**
 * Splits fragments into consecutive batches in which each article id appears once, so that a later
 * version of an article in the same call is applied after the earlier one, as if written separately.
 */
export function batchesOfDistinctArticles(fragments: readonly GraphFragment[]): GraphFragment[][] {
  const batches: GraphFragment[][] = [];
  let batch: GraphFragment[] = [];
  let ids = new Set<string>();
  for (const fragment of fragments) {
    if (ids.has(fragment.article.id)) {
      batches.push(batch);
      batch = [];
      ids = new Set();
    }
    batch.push(fragment);
    ids.add(fragment.article.id);
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
