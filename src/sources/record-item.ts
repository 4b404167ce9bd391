// One parsed JSON value (a JSON Lines line, a JSON array element, a JSON object) checked and turned into a source item.
import { ArticleInput, type Article } from '../schema/article.js';
import type { Origin, SourceItem } from '../schema/source.js';
import { badItem } from './bad-item.js';
import { contentId } from './content-id.js';
import { describeIssues } from './describe-issues.js';

/**
 * `label` says where the record is in words ("line 3", "record 3"), and starts the reason of a bad record.
 * Unknown fields are dropped; an optional field of the wrong type makes the whole record bad. The text is kept
 * exactly as given (no line-ending or Unicode normalisation), since downstream offsets index it.
 */
export function recordItem(value: unknown, origin: Origin, label: string): SourceItem {
  const parsed = ArticleInput.safeParse(value, { reportInput: true });
  if (!parsed.success) return badItem(origin, 'INPUT_INVALID_RECORD', `${label}: ${describeIssues(parsed.error.issues)}`);
  const { id, ...fields } = parsed.data;
  if (fields.text.trim() === '') return badItem(origin, 'INPUT_EMPTY', `${label}: "text" is empty`);
  const article: Article = { id: id ?? contentId(fields.text), ...fields };
  return { kind: 'article', article, origin };
}
