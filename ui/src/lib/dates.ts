// Dates as the API spells them: YYYY-MM-DD strings in local time.
export function today(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Empty text means "no date". */
export function dateOrNull(s: string): string | null {
  return s.trim() === '' ? null : s.trim();
}
