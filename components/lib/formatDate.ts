/** A published date for the card header, in the UI language. Pure. */

/**
 * "12 Mar 2026" / "12 मार्च 2026": an ISO date keeps the calendar day it names (no shift by time
 * zone); anything else that parses is formatted as is; the raw text when it does not parse.
 */
export function formatDate(value: string | null, lang: 'hi' | 'en'): string | null {
  if (!value?.trim()) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  const date = iso ? new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]))) : new Date(value);
  if (Number.isNaN(date.getTime())) return value.trim();
  const format = new Intl.DateTimeFormat(lang === 'hi' ? 'hi-IN' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(iso ? { timeZone: 'UTC' } : {}),
  });
  return format.format(date);
}
