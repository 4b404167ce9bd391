// What the Neo4j store reads back, checked with zod at the boundary, and turned into the shared graph attributes.
import { z } from 'zod';
import { EntityType, RelationType } from '../../schema/index.js';
import { dropUndefined } from '../drop-undefined.js';
import { FactFields } from '../evidence-record.js';
import type { EntityNodeAttributes, FactEdgeAttributes } from '../store.js';

export const EntityProperties = z.looseObject({
  id: z.string(),
  type: EntityType,
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  lat: z.number().optional(),
  lon: z.number().optional(),
});

export const FactProperties = FactFields;

export const EvidenceProperties = z.object({
  fact: z.string(),
  starts: z.array(z.number().int()),
  ends: z.array(z.number().int()),
  dates: z.array(z.string()),
});

const METRIC_VALUE = z.union([z.number(), z.string(), z.boolean()]);

export function entityAttributes(properties: unknown, articleCount: number): EntityNodeAttributes {
  const { id, type, name, aliases, lat, lon, ...rest } = EntityProperties.parse(properties);
  const metrics: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) if (METRIC_VALUE.safeParse(value).success) metrics[key] = value;
  return {
    ...metrics,
    id,
    type,
    label: name,
    aliases: [...aliases].sort(),
    articleCount,
    ...(lat === undefined ? {} : { lat }),
    ...(lon === undefined ? {} : { lon }),
  };
}

export function factAttributes(type: unknown, properties: unknown): FactEdgeAttributes {
  return { ...dropUndefined(FactProperties.parse(properties)), type: RelationType.parse(type) };
}
