// Turns zod's issues (plain data) into the words a person reads in a bad-record report.
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** `"text"`, `"source.name"`, or `the record` for the value itself. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'the record' : `"${path.map(String).join('.')}"`;
}

/** What a JSON value is, in the words of the JSON format. */
export function jsonTypeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function withArticle(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

export function describeIssue(issue: Issue): string {
  const field = fieldName(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `${field} is required`
        : `${field} must be ${withArticle(issue.expected)}, got ${jsonTypeName(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return `${field} must not be empty`;
      return `${field} must be at least ${issue.minimum}${issue.origin === 'string' ? ' characters long' : ''}`;
    case 'too_big':
      return `${field} must be at most ${issue.maximum}${issue.origin === 'string' ? ' characters long' : ''}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    default:
      return `${field}: ${issue.message}`;
  }
}

/** All issues of one record, in zod's order, joined with "; ". */
export function describeIssues(issues: readonly Issue[]): string {
  return issues.map(describeIssue).join('; ');
}
