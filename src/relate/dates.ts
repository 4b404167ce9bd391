// The date a sentence states ("on Tuesday", "last week", "in June", "March 3, 2024"), resolved against `published`.
import type { AnalysedText } from '../nlp/annotate.js';

export const WEEKDAYS: readonly string[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_MS = 86_400_000;

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The month a word names ("March", "Sept.", "oct"), 0-based, or -1. */
export function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.indexOf(w);
  return full >= 0 ? full : w === 'sept' ? 8 : MONTH_ABBREVIATIONS.indexOf(w);
}

/** Parses `published` (YYYY-MM-DD or a date-time) to a UTC date, or undefined. */
export function parsePublished(published: string | undefined): Date | undefined {
  if (!published) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The date stated in tokens [first, last) of `doc`, as YYYY-MM-DD, YYYY-MM or YYYY; else `published`'s date. */
export function sentenceDate(doc: AnalysedText, first: number, last: number, published: Date | undefined): string | undefined {
  const { lower, tokens } = doc;
  for (let i = first; i < last; i++) {
    const w = lower[i] ?? '';
    const month = monthIndex(w);
    if (month >= 0 && /^\p{Lu}/u.test(tokens[i] ?? '') && (w !== 'may' || /^\d/.test(tokens[i + 1] ?? '') || lower[i - 1] === 'in')) {
      const dayToken = tokens[i + 1] ?? '';
      const day = /^\d{1,2}$/.test(dayToken) ? Number(dayToken) : /^\d{1,2}$/.test(tokens[i - 1] ?? '') ? Number(tokens[i - 1]) : undefined;
      const yearToken = [tokens[i + 1], tokens[i + 2], tokens[i + 3]].find((t) => /^(19|20)\d{2}$/.test(t ?? ''));
      let year = yearToken ? Number(yearToken) : published?.getUTCFullYear();
      if (year === undefined) continue;
      if (!yearToken && published && month > published.getUTCMonth()) year -= 1;
      const mm = String(month + 1).padStart(2, '0');
      return day ? `${year}-${mm}-${String(day).padStart(2, '0')}` : `${year}-${mm}`;
    }
    if (published) {
      const weekday = WEEKDAYS.indexOf(w);
      if (weekday >= 0) {
        const back = (published.getUTCDay() - weekday + 7) % 7;
        return iso(new Date(published.getTime() - back * DAY_MS));
      }
      if (w === 'yesterday') return iso(new Date(published.getTime() - DAY_MS));
      if (w === 'today' || w === 'tonight') return iso(published);
      if (w === 'last' && lower[i + 1] === 'week') return iso(new Date(published.getTime() - 7 * DAY_MS));
      if (w === 'last' && lower[i + 1] === 'month') {
        const d = new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth() - 1, 1));
        return d.toISOString().slice(0, 7);
      }
      if (w === 'last' && lower[i + 1] === 'year') return String(published.getUTCFullYear() - 1);
    }
    if (/^(19|20)\d{2}$/.test(tokens[i] ?? '') && (lower[i - 1] === 'in' || lower[i - 1] === 'since')) return tokens[i];
  }
  return published ? iso(published) : undefined;
}
