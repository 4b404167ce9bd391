// The colour of each entity type in the HTML viewer and its legend.
import type { EntityType } from '../../schema/index.js';

export const TYPE_COLORS: Readonly<Record<EntityType, string>> = {
  Country: '#2f6db5',
  Official: '#c8414b',
  Person: '#e59b1f',
  Agency: '#1f9e89',
  Organization: '#7b55a6',
  Agreement: '#5b8c2a',
  Location: '#8a6a4f',
};
