// Canonical ids of SPEC section 3, and the hashes that name facts and statements.
import { createHash } from 'node:crypto';
import type { EntityType } from './ontology.js';

/** Latin letters with no base letter in their canonical decomposition, and the base letter each stands for. */
export const LETTERS_WITHOUT_DECOMPOSITION: Readonly<Record<string, string>> = {
  Đ: 'D', đ: 'd', Ł: 'L', ł: 'l', ı: 'i', Ħ: 'H', ħ: 'h', Ŧ: 'T', ŧ: 't', Ŋ: 'N', ŋ: 'n', Œ: 'O', œ: 'o', ſ: 's', ƒ: 'f',
  Ə: 'E', ə: 'e', Ɛ: 'E', ɛ: 'e', Ɔ: 'O', ɔ: 'o', Ɓ: 'B', ɓ: 'b', Ɗ: 'D', ɗ: 'd', ɲ: 'n', Ø: 'O', ø: 'o', Æ: 'AE', æ: 'ae', ß: 'ss', Þ: 'Th', þ: 'th', Ð: 'D', ð: 'd',
};
const UNDECOMPOSED = new RegExp(`[${Object.keys(LETTERS_WITHOUT_DECOMPOSITION).join('')}]`, 'g');

/** Lowercase ASCII slug: accents folded ("Łódź" -> "lodz", "Kəsik" -> "kesik"), runs of other characters turned into single hyphens. */
export function slug(name: string): string {
  return name
    .replace(UNDECOMPOSED, (letter) => LETTERS_WITHOUT_DECOMPOSITION[letter] ?? letter)
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
