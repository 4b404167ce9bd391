// Who said what: quoted words (straight and curly, split around "she said"), reported speech ("said that ..."),
// and "according to X"; speakers resolved through pronouns to the entity last named.
import type { AnalysedText } from '../nlp/annotate.js';
import type { ResolvedArticle } from '../resolve/resolve.js';
import type { OfficeFinding } from './holds-position.js';
import { OPEN } from './speech.js';
import { quotedStatements } from './quoted-speech.js';
import { reportedStatements } from './reported-speech.js';

export interface StatementFinding {
  readonly speaker: string;
  /** Character offsets of the quoted or reported words. */
  readonly start: number;
  readonly end: number;
  readonly about: readonly string[];
  readonly at: number;
}

/** Gives the words from character `start` to `end` to each of `speakers`, as said at token `at`. */
export type AddStatement = (speakers: readonly string[] | undefined, start: number, end: number, at: number) => void;

const DATELINE = /^\s*\p{Lu}[\p{Lu}\s.'’/-]*(?:\([^)]*\))?(?:,\s*\p{Lu}[\p{L}.]*(?:\s+[\p{Lu}\d][\p{L}\d.]*)*)*,?\s*(?:\([^)]*\))?\s*(?:[—–-]+|:)\s*/u;

const DATELINE_MAX_CHARS = 120;

/**
 * "Beirut, Lebanon - ", "Kyiv, Ukraine — ", "Vilnius (dpa) - ": a place and its state, or the agency in brackets, in
 * title case and a dash, opening a paragraph.
 */
const TITLE_CASE_DATELINE = /^\s*\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)*(?:,\s*\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)*|\s*\([^)]{1,20}\))\s+[—–-]+\s+(?=\p{Lu})/u;

function mentionsWithin(article: ResolvedArticle, start: number, end: number): string[] {
  const out = new Set<string>();
  for (const m of article.mentions) if ((article.doc.starts[m.first] ?? 0) >= start && (article.doc.ends[m.last - 1] ?? 0) <= end) out.add(m.entity);
  return [...out];
}

function trimmed(doc: AnalysedText, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /[\s,:;]/.test(doc.text[s] ?? '')) s++;
  while (e > s && /[\s,.;:]/.test(doc.text[e - 1] ?? '')) e--;
  return [s, e];
}

export function statements(article: ResolvedArticle, offices: readonly OfficeFinding[] = []): StatementFinding[] {
  const { doc } = article;
  const out: StatementFinding[] = [];
  const add: AddStatement = (speakers, start, end, at) => {
    // "NEW DELHI — India has deployed ...": a dateline is no part of what was said
    const opening = doc.text.slice(start, Math.min(end, start + DATELINE_MAX_CHARS));
    // ("Beirut, Lebanon - An Israeli drone strike ...": a dateline in title case, where a paragraph opens)
    const paragraph = start === 0 || /\n\s*$/.test(doc.text.slice(Math.max(0, start - 4), start));
    const dateline = DATELINE.exec(opening) ?? (paragraph ? TITLE_CASE_DATELINE.exec(opening) : null);
    const [s, e] = trimmed(doc, start + (dateline?.[0].length ?? 0), end);
    // (words already given to their speakers are not given again to others read another way)
    if (e - s < 2 || out.some((o) => o.start === s && o.end === e)) return;
    // ("Germany's Lithuania brigade explained: Who is going, how many, and who pays?": a headline's question is the
    // article's own, no one's statement)
    if ((doc.sentenceOf[at] ?? 0) === 0 && doc.text.slice(s, e + 1).trimEnd().endsWith('?') && !OPEN.has(doc.text.charAt(s - 1))) return;
    for (const speaker of speakers ?? []) {
      if (out.some((o) => o.start === s && o.end === e && o.speaker === speaker)) continue;
      out.push({ speaker, start: s, end: e, about: mentionsWithin(article, s, e).filter((id) => id !== speaker), at });
    }
  };

  const quotes = quotedStatements(article, offices, add);
  reportedStatements(article, offices, add, quotes);
  out.sort((a, b) => a.start - b.start);
  for (const quote of quotes.documentQuotes) {
    const before = out.filter((o) => o.start < quote.start);
    const last = before[before.length - 1];
    if (!last) continue;
    add(before.filter((o) => o.start === last.start && o.end === last.end).map((o) => o.speaker), quote.start, quote.end, quote.at);
  }
  out.sort((a, b) => a.start - b.start);
  // a quote inside words already reported whole ("adding that Moscow would respond “in a measured way”") says nothing more
  const kept = out.filter((s) => !out.some((t) => t !== s && t.start <= s.start && s.end <= t.end && t.end - t.start > s.end - s.start));
  return kept.sort((a, b) => a.start - b.start);
}
