// Acronyms an article defines: "the Coalition of Patriots for Change (CPC)", "the Multinational Security Support
// mission, or MSS": the name goes on to the acronym, and the acronym names that body, not a gazetteer one it does not spell.
import type { AnalysedText } from '../nlp/annotate.js';
import { bodyTypeOf, isBodyHead } from './bodies.js';
import { BODY_KIND_WORDS, isTitleWordAnyCase } from '../lexicon/titles.js';
import { replacedBy, type MentionCandidate } from './candidates.js';
import { loadGazetteer } from './gazetteer.js';
import { cityCountry } from './cities.js';

const ACRONYM_REACH_TOKENS = 6;

/** The initials of a name's capitalised words spell the acronym ("Coalition of Patriots for Change", "CPC"). */
export function spellsAcronym(name: string, acronym: string): boolean {
  // (an acronym may keep a small word's letter in lowercase: "MoFA" for "Ministry of Foreign Affairs"; or be written as
  // a word, "Undof" for "United Nations Disengagement Observer Force")
  const letters = TITLE_CASE_ACRONYM.test(acronym) ? acronym.toUpperCase() : acronym.replace(/\p{Ll}/gu, '');
  const words = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  // (a short acronym inside the name may give all its letters: "US Coast Guard (USCG)", "UN Development Programme (UNDP)")
  return words.map((w) => w[0]).join('') === letters || words.map((w) => (/^\p{Lu}{2,3}$/u.test(w) ? w : w[0])).join('') === letters;
}

/** An acronym written as a word, as some outlets do ("Nato", "Undof", "Unifil"). */
const TITLE_CASE_ACRONYM = /^[A-Z][a-z]{2,14}$/;

/** How far back the name an acronym written as a word spells may begin. */
const TITLE_CASE_REACH_TOKENS = 10;

/**
 * The acronym in brackets at `k` is a word the capitalised words right before the brackets spell ("the United Nations
 * Disengagement Observer Force (Undof)"), or one a body goes by after a name with a body's head ("the Indonesian
 * Maritime Security Agency (Bakamla)").
 */
function wordAcronymAt(doc: AnalysedText, open: number, k: number): boolean {
  const word = doc.tokens[k] ?? '';
  if (!TITLE_CASE_ACRONYM.test(word) || doc.tokens[k + 1] !== ')') return false;
  // (no place: "Panathinaikos (Greece)", "the Democratic Party (Tirana)")
  if (loadGazetteer().trie.longest([word.toLowerCase()], 0)?.values.some((v) => v.kind !== 'body') || cityCountry(word) !== undefined) return false;
  // (a body's head anywhere in the capitalised words before, in the sentence: "the Federal Agency for Maritime and
  // River Transport (Rosmorrechflot)")
  const from = Math.max(0, open - TITLE_CASE_REACH_TOKENS, doc.sentences[doc.sentenceOf[open] ?? 0]?.first ?? 0);
  for (let s = open - 1; s >= from && (/^\p{Lu}/u.test(doc.tokens[s] ?? '') || /^(of|for|and|the)$/.test(doc.tokens[s] ?? '')); s--) {
    if (isBodyHead(doc.tokens[s] ?? '')) return true;
  }
  for (let s = open - 1; s >= Math.max(0, open - TITLE_CASE_REACH_TOKENS); s--) {
    if (/^\p{Lu}/u.test(doc.tokens[s] ?? '') && spellsAcronym(doc.tokens.slice(s, open).join(' '), word)) return true;
  }
  return false;
}

/** "(CPC)", ", or MSS," or ", known as Bakamla," at `at`, after a name: the acronym's (or short name's) token index, else -1. */
export function acronymDefinedAt(doc: AnalysedText, at: number): number {
  // ("Indonesia's Maritime Security Agency, known as Bakamla,": a one-word name the body goes by)
  const known = doc.tokens[at] === ',' ? (doc.lower[at + 1] === 'also' ? at + 2 : at + 1) : -1;
  if (known > 0 && doc.lower[known] === 'known' && doc.lower[known + 1] === 'as' && /^\p{Lu}[\p{Ll}\p{Lu}]+$/u.test(doc.tokens[known + 2] ?? '') && /^[,.;:)]$/.test(doc.tokens[known + 3] ?? '.')) return known + 2;
  const brackets = doc.tokens[at] === '(' && doc.tokens[acronymEnd(doc, at + 1)] === ')';
  const or = doc.tokens[at] === ',' && doc.lower[at + 1] === 'or' && /^[,.;:)]$/.test(doc.tokens[at + 3] ?? '.');
  const k = brackets ? at + 1 : or ? at + 2 : -1;
  // ("(MoFA)", "(MoD)": capitals with a small word's letter between them; "(SPLM-IO)", "(R-ARCSS)": capitals hyphened)
  // (not a name in brackets: "McGregor")
  const text = k >= 0 ? acronymText(doc, k) : '';
  if (brackets && wordAcronymAt(doc, at, k)) return k;
  return k >= 0 && (/^[A-Z][A-Z0-9]{1,7}$/.test(text) || /^[A-Z](?:[a-z]?[A-Z]){1,6}s?$/.test(text) || /^[A-Z][A-Z0-9]{0,6}-[A-Z0-9]{1,6}$/.test(text)) ? k : -1;
}

/** Where the acronym starting at token `k` ends (exclusive): past a hyphen joining it, with no spaces, to more capitals ("SPLM-IO"). */
export function acronymEnd(doc: AnalysedText, k: number): number {
  const joined = doc.tokens[k + 1] === '-' && doc.ends[k] === doc.starts[k + 1] && doc.ends[k + 1] === doc.starts[k + 2] && /^[A-Z0-9]+$/.test(doc.tokens[k + 2] ?? '');
  return joined ? k + 3 : k + 1;
}

/** The acronym starting at token `k`, as written ("SPLM-IO"). */
export function acronymText(doc: AnalysedText, k: number): string {
  return doc.text.slice(doc.starts[k] ?? 0, doc.ends[acronymEnd(doc, k) - 1] ?? 0);
}

/** Two names of one body, spelt two ways ("Organisation for Security and Cooperation in Europe"): half their capitalised words agree. */
export function sameName(a: string, b: string): boolean {
  const words = (name: string): string[] => name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase().slice(0, 5));
  const [x, y] = [words(a), words(b)];
  return x.filter((w) => y.includes(w)).length * 2 >= Math.max(x.length, y.length);
}


/** How far before a name its spelt-out beginning may start ("Convergence for the" before "Liberation of Ituri"). */
const SPELT_BACK_TOKENS = 6;

/** Where, before `first`, capitalised words and joiners begin whose initials with the name's up to `open` spell `acronym`, else -1. */
function spelledFrom(doc: AnalysedText, first: number, open: number, acronym: string): number {
  for (let s = first - 1; s >= Math.max(0, first - SPELT_BACK_TOKENS); s--) {
    const token = doc.tokens[s] ?? '';
    if (!/^\p{Lu}\p{Ll}+$/u.test(token) && !/^(for|the|of|and)$/.test(token)) return -1;
    // (not an office's name: "Member of the Legislative Assembly (MLA)")
    if (/^\p{Lu}/u.test(token) && spellsAcronym(doc.tokens.slice(s, open).join(' '), acronym)) return isTitleWordAnyCase(token) ? -1 : s;
  }
  return -1;
}

/** Two names share a capitalised word (by its first five letters): "Armed Forces of the DRC", "Armed Forces of the Democratic Republic ...". */
function sharedWord(a: string, b: string): boolean {
  const words = (name: string): string[] => name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase().slice(0, 5));
  const y = words(b);
  return words(a).some((w) => y.includes(w));
}

/**
 * "the Coalition of Patriots for Change (CPC)" read as "Coalition of Patriots" and a gazetteer "CPC": a body's name
 * goes on to an acronym in brackets whose letters are its capitalised words' initials, and the acronym there is
 * that body's, not the gazetteer's.
 */
export function definedAcronyms(doc: AnalysedText, candidates: MentionCandidate[]): MentionCandidate[] {
  const dropped = new Set<MentionCandidate>();
  const out = candidates.map((c) => {
    if (c.type !== 'Organization' && c.type !== 'Agency') return c;
    let open = c.last;
    while (open < c.last + ACRONYM_REACH_TOKENS && !/^[(,]$/.test(doc.tokens[open] ?? '') && (/^(of|for|and|the|in)$/.test(doc.lower[open] ?? '') || BODY_KIND_WORDS.has(doc.lower[open] ?? '') || /^\p{Lu}\p{Ll}/u.test(doc.tokens[open] ?? ''))) open++;
    const at = acronymDefinedAt(doc, open);
    const acronym = at >= 0 ? acronymText(doc, at) : '';
    const name = doc.tokens.slice(c.first, open).join(' ');
    if (at < 0) return c;
    // the name, or its last part ("the Western Command of the Armed Forces of the Philippines (AFP)"), spells it
    const whole = spellsAcronym(name, acronym);
    const spelled = whole ? name : doc.tokens.slice(c.first + 1, open).map((_t, k) => doc.tokens.slice(c.first + 1 + k, open).join(' ')).find((part) => /^\p{Lu}/u.test(part) && spellsAcronym(part, acronym));
    // ("the Security Information Service (BIS)": an acronym of the name in its own language, right after the name, is
    // this body's too, not a gazetteer body's of other words, "Bank for International Settlements")
    // ("the Convergence for the Liberation of Ituri (CLI)" read as "Convergence" and "Liberation of Ituri": the name goes
    // back to where its initials spell the acronym, over the names the tagger split it into)
    const back = spelled === undefined && !c.entry ? spelledFrom(doc, c.first, open, acronym) : -1;
    if (back >= 0) {
      for (const o of candidates) if (o !== c && o.first >= back && o.last <= c.first && !o.entry) dropped.add(o);
      return { first: back, last: open, kind: 'name' as const, type: bodyTypeOf(doc.tokens.slice(back, open)), origin: 'ORG' };
    }
    if (spelled === undefined) {
      if (open !== c.last || c.entry) return c;
      for (const g of candidates) if (g.entry && g.last === g.first + 1 && doc.tokens[g.first] === acronym && g.first >= at && !sharedWord(g.entry.name, name)) dropped.add(g);
      return c;
    }
    // (a gazetteer body the acronym names, here and wherever it stands again, is none: "the Armed Forces of the
    // Philippines (AFP) ... The AFP said" is no news agency; but it stays when it is this one spelt another way:
    // "Organisation for Security and Cooperation in Europe (OSCE)"; "the Multinational Security Support mission, or
    // MSS" is no Ministry of State Security)
    for (const g of candidates) {
      const again = g.first >= at && g.last === g.first + 1 && doc.tokens[g.first] === acronym;
      // (an acronym of the last part only may stand for the gazetteer's longer name of it: "OCHA")
      const same = g.entry !== undefined && sameName(g.entry.name, spelled) && (!whole || spellsAcronym(g.entry.name, acronym));
      if ((g.first === at || again) && g.entry && !same) dropped.add(g);
    }
    if (!whole || open === c.last) return c;
    const tokens = doc.tokens.slice(c.first, open);
    return { first: c.first, last: open, kind: c.kind, type: c.entry ? c.type : bodyTypeOf(tokens), origin: c.origin };
  });
  return namedBeforeBrackets(doc, out.filter((c) => !dropped.has(c)));
}

/**
 * "the Turkish-backed Syrian National Army (SNA)" with no body read before the brackets: the capitalised words right
 * before an acronym in brackets, ending with a body's head, whose initials spell it are a body's name, over a demonym
 * read inside it.
 */
function namedBeforeBrackets(doc: AnalysedText, candidates: MentionCandidate[]): MentionCandidate[] {
  const added: MentionCandidate[] = [];
  for (let k = doc.tokens.indexOf('(', 2); k >= 0; k = doc.tokens.indexOf('(', k + 1)) {
    // (ending with a body's head, or spelling an acronym the gazetteer gives another body: "the Kenyan-led
    // Multinational Security Support (MSS) mission" is no Ministry of State Security; not "Bovine Spongiform
    // Encephalopathy (BSE)")
    const known = candidates.some((c) => c.first === k + 1 && c.entry?.kind === 'body');
    // (a name read before the brackets is read: "the Democratic Republic of Congo (DRC)", "the ... Dam (GERD)")
    if (candidates.some((c) => c.last === k && (c.entry || c.type !== 'Person'))) continue;
    const at = acronymDefinedAt(doc, k);
    if (at < 0) continue;
    const first = spelledFrom(doc, k, k, acronymText(doc, at));
    // (or opening with its state's name, three words or more: "the British military's United Kingdom Maritime Trade
    // Operations (UKMTO) agency")
    const state = first >= 0 && k - first >= 3 ? candidates.find((c) => c.first === first && (c.entry?.kind === 'country' || c.entry?.kind === 'demonym')) : undefined;
    if (!isBodyHead(doc.tokens[k - 1] ?? '') && !known && !state) continue;
    // (of two words or more, with no name inside but a demonym or a word the tagger read alone)
    if (first < 0 || k - first < 2 || candidates.some((c) => c !== state && c.first < k && first < c.last && ((c.entry && c.kind !== 'demonym') || c.first < first))) continue;
    added.push({ first, last: k, kind: 'name', type: bodyTypeOf(doc.tokens.slice(first, k)), origin: 'ORG' });
  }
  return replacedBy(candidates, added);
}

/**
 * "its exclusive economic zone (EEZ)", "unmanned aerial vehicles (UAVs)": an acronym in brackets that the lowercase
 * words right before it spell is a common noun's short form, no name, there and wherever it stands again.
 */
export function withoutCommonNounAcronyms(doc: AnalysedText, candidates: MentionCandidate[]): MentionCandidate[] {
  const common = new Set<string>();
  for (let k = doc.tokens.indexOf('(', 1); k >= 0; k = doc.tokens.indexOf('(', k + 1)) {
    const at = acronymDefinedAt(doc, k);
    const acronym = at >= 0 && doc.tokens[k + 2] === ')' ? doc.tokens[at] ?? '' : '';
    const letters = acronym.replace(/s$/, '');
    if (!/^[A-Z]{2,6}$/.test(letters)) continue;
    const words = doc.tokens.slice(Math.max(0, k - letters.length), k);
    if (words.length === letters.length && words.every((w) => /^\p{Ll}+$/u.test(w)) && words.map((w) => w[0]).join('') === letters.toLowerCase()) common.add(acronym);
  }
  if (common.size === 0) return candidates;
  return candidates.filter((c) => c.last !== c.first + 1 || !common.has(doc.tokens[c.first] ?? ''));
}
