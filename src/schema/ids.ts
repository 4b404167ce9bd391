// Canonical ids of SPEC section 3, and the hashes that name facts and statements.
import { createHash } from 'node:crypto';
import type { EntityType } from './ontology.js';

/** Lowercase ASCII slug: accents folded, runs of other characters turned into single hyphens. */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const PREFIX: Readonly<Record<EntityType, string>> = {
  Country: 'country',
  Official: 'person',
  Person: 'person',
  Agency: 'org',
  Organization: 'org',
  Agreement: 'agreement',
  Location: 'location',
};

export function entityId(type: EntityType, name: string): string {
  return `${PREFIX[type]}:${slug(name)}`;
}

export function shortHash(...parts: readonly (string | number)[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}
