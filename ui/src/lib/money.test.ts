// Money display: the locale's separators and symbol, and a safe fallback.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatMoney, majorUnits } from './money';

describe('formatMoney', () => {
  it('shows the currency in the locale', () => {
    expect(formatMoney('1250.50', 'EUR', 'en-GB')).toBe('€1,250.50');
    expect(formatMoney('1250.50', 'USD', 'en-US')).toBe('$1,250.50');
    expect(formatMoney('1250', 'JPY', 'en-US')).toBe('¥1,250');
    expect(formatMoney('14000', 'EUR', 'en-GB', 0)).toBe('€14,000');
  });
  it('uses the German separators and symbol place in de-DE', () => {
    // Intl puts a no-break space before the symbol.
    expect(formatMoney('1250.50', 'EUR', 'de-DE')).toBe('1.250,50\u00a0€');
    expect(formatMoney('1250.50', 'GBP', 'de-DE')).toBe('1.250,50\u00a0£');
    expect(formatMoney('1250', 'JPY', 'de-DE')).toBe('1.250\u00a0¥');
    expect(formatMoney('1250.50', 'GBP', 'en-GB')).toBe('£1,250.50');
  });
  afterEach(() => vi.unstubAllGlobals());
  it('follows the system locale (navigator.language) when none is given', () => {
    vi.stubGlobal('navigator', { language: 'de-DE' });
    expect(formatMoney('1250.50', 'EUR')).toBe('1.250,50\u00a0€');
    vi.stubGlobal('navigator', { language: 'en-GB' });
    expect(formatMoney('1250.50', 'EUR')).toBe('€1,250.50');
  });
  it('never throws on a code Intl does not know or a bad amount', () => {
    expect(formatMoney('12.00', 'ZZ', 'en-US')).toBe('12.00 ZZ');
    expect(formatMoney('abc', 'EUR', 'en-US')).toBe('abc EUR');
  });
  it('reads chart values from the decimal string', () => {
    expect(majorUnits('1250.50')).toBe(1250.5);
    expect(majorUnits('x')).toBe(0);
  });
});
