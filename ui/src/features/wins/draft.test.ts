// The six-month hint follows the core's calendar rule; the input leaves out what does not apply.
import { describe, expect, it } from 'vitest';
import { emptyWinDraft, targetBeyondSixMonths, toWinInput } from './draft';

describe('targetBeyondSixMonths', () => {
  it('counts calendar months with month ends clamped, as the core does', () => {
    expect(targetBeyondSixMonths('2026-01-15', '2026-07-15')).toBe(false);
    expect(targetBeyondSixMonths('2026-01-15', '2026-07-16')).toBe(true);
    expect(targetBeyondSixMonths('2026-01-31', '2026-07-31')).toBe(false);
    expect(targetBeyondSixMonths('2025-08-31', '2026-02-28')).toBe(false);
    expect(targetBeyondSixMonths('2025-08-31', '2026-03-01')).toBe(true);
    expect(targetBeyondSixMonths('2026-01-01', '2026-01-01')).toBe(false);
  });
  it('says nothing while a date is missing or half typed', () => {
    expect(targetBeyondSixMonths('', '2027-01-01')).toBe(false);
    expect(targetBeyondSixMonths('2026-01-01', '2027-01')).toBe(false);
  });
});

describe('toWinInput', () => {
  it('sends no currency without an amount and no delivered date unless delivered', () => {
    const d = { ...emptyWinDraft('EUR', '2026-01-01'), delivered_on: '2026-02-01' };
    const input = toWinInput(d);
    expect(input.savings_amount).toBeNull();
    expect(input.currency).toBeNull();
    expect(input.delivered_on).toBeNull();
    const delivered = toWinInput({ ...d, status: 'delivered', savings_amount: ' 1,200 ' });
    expect(delivered.delivered_on).toBe('2026-02-01');
    expect(delivered.savings_amount).toBe('1,200');
    expect(delivered.currency).toBe('EUR');
  });
});
