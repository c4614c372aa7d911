/** A published date for the card header, in the UI language. Pure. */

/** One formatter per language and zone: making an Intl.DateTimeFormat costs about 0.2 ms, and the dossier draws 100 dates at a time. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: 'hi' | 'en', utc: boolean): Intl.DateTimeFormat {
  const key = `${lang}${utc ? ':utc' : ''}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'hi' ? 'hi-IN' : 'en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      ...(utc ? { timeZone: 'UTC' } : {}),
    });
    formatters.set(key, format);
  }
  return format;
}

/**
 * "12 Mar 2026" / "12 मार्च 2026": an ISO date keeps the calendar day it names (no shift by time
 * zone); anything else that parses is formatted as is; the raw text when it does not parse.
 */
export function formatDate(value: string | null, lang: 'hi' | 'en'): string | null {
  if (!value?.trim()) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  const date = iso ? new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]))) : new Date(value);
  if (Number.isNaN(date.getTime())) return value.trim();
  return formatter(lang, iso !== null).format(date);
}
