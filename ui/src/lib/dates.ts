// Dates as the API spells them: YYYY-MM-DD strings in local time. Forms and the API keep that
// ISO form; only what is shown to read goes through `formatDate`, in the person's own locale.
export function today(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Empty text means "no date". */
export function dateOrNull(s: string): string | null {
  return s.trim() === '' ? null : s.trim();
}

/**
 * The system locale the window runs in (navigator.language). Undefined outside a browser, or
 * when the system names no locale Intl knows (LANG=C gives "c"): Intl then uses its default.
 */
export function userLocale(): string | undefined {
  const lang = typeof navigator === 'undefined' ? undefined : navigator.language;
  if (!lang) return undefined;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0 ? lang : undefined;
  } catch {
    return undefined;
  }
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * "15 Jun 2026" in en-GB, "15.06.2026" in de-DE, "Jun 15, 2026" in en-US, from "2026-06-15".
 * A calendar day has no time zone: it is formatted as that UTC day, so no offset moves it to
 * the day before. None gives "", and text that is not an ISO day is shown as it came.
 */
export function formatDate(iso: string | null | undefined, locale: string | undefined = userLocale()): string {
  if (iso === null || iso === undefined || iso === '') return '';
  const m = ISO_DAY.exec(iso);
  if (!m) return iso;
  const at = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(at.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(at);
  } catch {
    return iso;
  }
}
