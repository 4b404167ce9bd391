// Towns and cities the gazetteer does not know, by their name alone: the country a place the name tagger finds lies in
// ("USHUAIA, April 21" is Argentina's). The table is built from GeoNames by scripts/build-cities.ts.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { dataPath } from '../data-path.js';

const CitiesTable = z.object({ cities: z.record(z.string(), z.string().length(3)) });

let cached: ReadonlyMap<string, string> | undefined;

/** A place's name as the table keys it: lowercase, without accents, spaces single. */
export function cityKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** ISO-3 of the country the town or city of that name (or of it without "City") lies in, when the name alone settles it; else undefined. */
export function cityCountry(name: string): string | undefined {
  cached ??= new Map(Object.entries(CitiesTable.parse(JSON.parse(readFileSync(dataPath('gazetteer', 'cities.json'), 'utf8'))).cities));
  // ("Puerto Princesa City", "Quezon City" as a town's own name)
  const key = cityKey(name);
  return cached.get(key) ?? (key.endsWith(' city') ? cached.get(key.slice(0, -' city'.length)) : undefined);
}
