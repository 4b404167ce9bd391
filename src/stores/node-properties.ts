// Metrics written back onto entities: any name but those that carry the entity's own identity and data.
import { KgError } from '../errors.js';

export type NodePropertyValues = ReadonlyMap<string, Readonly<Record<string, number | string>>>;

/** Property names a metric may not overwrite (the entity's own fields, and `label` as read out). */
export const RESERVED_NODE_PROPERTIES: ReadonlySet<string> = new Set([
  'id', 'type', 'name', 'label', 'aliases', 'lat', 'lon', 'articleCount', 'kind', 'properties',
]);

export function checkNodeProperties(values: NodePropertyValues): void {
  for (const [id, properties] of values) {
    for (const name of Object.keys(properties)) {
      if (RESERVED_NODE_PROPERTIES.has(name)) {
        throw new KgError('CONFIG_INVALID', `cannot write node property "${name}" on "${id}": it is reserved for the entity itself; name the metric otherwise`);
      }
    }
  }
}
