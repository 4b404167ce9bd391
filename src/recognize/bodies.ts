// Government bodies by their words: typing a named organisation as Agency or Organization.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { dataPath } from '../data-path.js';

const BodiesLexicon = z.object({
  agencyHeads: z.array(z.string()),
  organizationHeads: z.array(z.string()),
  ministryPortfolios: z.array(z.string()),
  portfolioWords: z.array(z.string()),
});

interface CompiledBodies {
  readonly agencyWords: ReadonlySet<string>;
  readonly organizationWords: ReadonlySet<string>;
  readonly portfolios: ReadonlySet<string>;
  /** The portfolios' words and the further words of portfolios, in one set. */
  readonly portfolioWords: ReadonlySet<string>;
}

let cached: CompiledBodies | undefined;

export function loadBodies(): CompiledBodies {
  if (!cached) {
    const lexicon = BodiesLexicon.parse(JSON.parse(readFileSync(dataPath('lexicon', 'bodies.json'), 'utf8')));
    cached = {
      agencyWords: new Set(lexicon.agencyHeads.filter((h) => !h.includes(' '))),
      organizationWords: new Set(lexicon.organizationHeads.filter((h) => !h.includes(' '))),
      portfolios: new Set(lexicon.ministryPortfolios),
      portfolioWords: new Set([...lexicon.ministryPortfolios, ...lexicon.portfolioWords]),
    };
  }
  return cached;
}

/** Agency when the name's head (last word) names a government body, else Organization. */
export function bodyTypeOf(tokens: readonly string[]): 'Agency' | 'Organization' {
  const { agencyWords, organizationWords } = loadBodies();
  const words = tokens.map((t) => t.toLowerCase());
  const head = words[words.length - 1] ?? '';
  // ("Meridian Wire Service", "Anatolia News Agency": news agencies are no government's)
  if (/^(news|wire|newswire)$/.test(words[words.length - 2] ?? '')) return 'Organization';
  if (organizationWords.has(head)) return 'Organization';
  // ("Alatoo Capital Bank" is a lender, "the Asian Development Bank" and "the Central Bank" are public)
  if (head === 'bank' && !words.some((w) => PUBLIC_BANK_WORDS.has(w))) return 'Organization';
  if (agencyWords.has(head)) return 'Agency';
  // "Ministry of Defence", "Supreme Court of Justice", "State Authority for Military Industry": the head comes before
  // "of" or "for" (or "in": "UN Support Office in Haiti")
  const of = words.findIndex((w) => w === 'of' || w === 'for' || w === 'in');
  if (of > 0 && agencyWords.has(words[of - 1] ?? '')) return 'Agency';
  return 'Organization';
}

/** Words that make a bank a state's or states' own: a central bank, a development or investment bank of states. */
const PUBLIC_BANK_WORDS = new Set(['world', 'central', 'reserve', 'national', 'federal', "people's", 'development', 'investment', 'infrastructure', 'reconstruction', 'settlements', 'export-import', 'exim']);

/** Organs an intergovernmental body names with its own name ("ECOWAS Commission", "SADC Secretariat"). */
export const BODY_ORGANS: ReadonlySet<string> = new Set(['Commission', 'Secretariat', 'Parliament', 'Court']);

/** A union's commission or secretariat, of which no state is a member ("the European Commission", "ECOWAS Commission"). */
export function isUnionOrgan(name: string): boolean {
  return / (Commission|Secretariat)$/.test(name);
}

export function isAgencyHead(word: string): boolean {
  return loadBodies().agencyWords.has(word.toLowerCase());
}

/** The word ends the name of a body that is no government's ("Movement", "Party"), and no person's. */
export function isOrganizationHead(word: string): boolean {
  const lower = word.toLowerCase();
  return loadBodies().organizationWords.has(lower) && !SURNAME_HEADS.has(lower) && !STATE_HEADS.has(lower);
}

/** Heads of bodies' names that states' names end with too ("Russian Federation", "Moslem-Croat Federation"). */
const STATE_HEADS = new Set(['federation']);

/** Heads of outlets' names that are surnames too ("Tomas Post"). */
const SURNAME_HEADS = new Set(['post', 'times', 'press', 'news', 'journal', 'watch']);

/** The word ends a body's name of either kind ("Committee", "Party"), and no person's. */
export function isBodyHead(word: string): boolean {
  const { agencyWords, organizationWords } = loadBodies();
  const lower = word.toLowerCase();
  return agencyWords.has(lower) || (organizationWords.has(lower) && !SURNAME_HEADS.has(lower));
}

export function isPortfolio(word: string): boolean {
  return loadBodies().portfolios.has(word.toLowerCase());
}

/**
 * A word of a title's portfolio: a ministry's ("Defence") or one that names no ministry alone ("Military Veterans",
 * "Overseas Territories").
 */
export function isPortfolioWord(word: string): boolean {
  return loadBodies().portfolioWords.has(word.toLowerCase());
}

/** A portfolio word written as part of a name: 'Foreign' in 'Foreign Minister', not 'foreign' in 'foreign minister'. */
export function isCapitalisedPortfolioWord(word: string): boolean {
  return /^\p{Lu}/u.test(word) && isPortfolioWord(word);
}
