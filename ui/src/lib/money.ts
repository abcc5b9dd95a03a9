// Money for display: an exact decimal string from the core ("1250.50") and its ISO 4217 code,
// shown in the person's locale with Intl.NumberFormat. Display only: the core keeps the sums.
import { userLocale } from './dates';

/**
 * "€1,250.50" in en-GB, "1.250,50 €" in de-DE; an unknown code falls back to "1250.50 XYZ".
 * `digits` rounds (a chart axis needs no cents); by default the currency's own digits show.
 */
export function formatMoney(
  amount: string,
  currency: string,
  locale: string | undefined = userLocale(),
  digits?: number,
): string {
  const n = Number(amount);
  if (!Number.isFinite(n)) return `${amount} ${currency}`;
  try {
    const options: Intl.NumberFormatOptions = { style: 'currency', currency };
    if (digits !== undefined) {
      options.minimumFractionDigits = digits;
      options.maximumFractionDigits = digits;
    }
    return new Intl.NumberFormat(locale, options).format(n);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** Minor units (cents) of `currency` as a number of major units, for a chart's axis. */
export function majorUnits(amount: string): number {
  const n = Number(amount);
  return Number.isFinite(n) ? n : 0;
}
