// Dates shown in the person's locale, while the ISO form stays what forms and the API use.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dateOrNull, formatDate, today, userLocale } from './dates';

describe('formatDate', () => {
  it('shows a day in the locale given', () => {
    expect(formatDate('2026-06-15', 'en-GB')).toBe('15 Jun 2026');
    expect(formatDate('2026-06-15', 'de-DE')).toBe('15.06.2026');
    expect(formatDate('2026-12-01', 'en-GB')).toBe('1 Dec 2026');
    expect(formatDate('2026-12-01', 'de-DE')).toBe('01.12.2026');
  });
  it('never moves the day, whatever the time zone', () => {
    // The first and last day of a year are where an offset would show.
    expect(formatDate('2026-01-01', 'en-GB')).toBe('1 Jan 2026');
    expect(formatDate('2025-12-31', 'de-DE')).toBe('31.12.2025');
  });
  it('leaves nothing empty and anything else as it came', () => {
    expect(formatDate(null, 'en-GB')).toBe('');
    expect(formatDate(undefined, 'de-DE')).toBe('');
    expect(formatDate('soon', 'en-GB')).toBe('soon');
  });
  afterEach(() => vi.unstubAllGlobals());
  it('uses the system locale (navigator.language) when none is given', () => {
    vi.stubGlobal('navigator', { language: 'de-DE' });
    expect(formatDate('2026-06-15')).toBe('15.06.2026');
    vi.stubGlobal('navigator', { language: 'en-GB' });
    expect(formatDate('2026-06-15')).toBe('15 Jun 2026');
  });
  it('falls back to the default locale, never to ISO, when the system names none Intl knows', () => {
    const byDefault = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2026, 5, 15));
    for (const language of ['c', 'not a locale!', '']) {
      vi.stubGlobal('navigator', { language });
      expect(userLocale()).toBeUndefined();
      expect(formatDate('2026-06-15')).toBe(byDefault);
    }
  });
});

describe('ISO dates for the API', () => {
  it('spells today as YYYY-MM-DD and empty as none', () => {
    expect(today(new Date(2026, 0, 5))).toBe('2026-01-05');
    expect(dateOrNull('  ')).toBeNull();
    expect(dateOrNull(' 2026-01-05 ')).toBe('2026-01-05');
  });
});
