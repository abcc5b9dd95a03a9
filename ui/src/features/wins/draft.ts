// The quick-win form's editable state, its conversion to QuickWinInput, and the six-month hint.
import type { QuickWin } from '../../lib/bindings/QuickWin';
import type { QuickWinInput } from '../../lib/bindings/QuickWinInput';
import { dateOrNull } from '../../lib/dates';

export type QuickWinDraft = Omit<
  QuickWinInput,
  'start_on' | 'target_on' | 'delivered_on' | 'savings_amount' | 'currency'
> & {
  start_on: string;
  target_on: string;
  delivered_on: string;
  savings_amount: string;
  currency: string;
};

export const WIN_FIELDS = [
  'initiative_id',
  'title',
  'start_on',
  'target_on',
  'status',
  'delivered_on',
  'savings_amount',
  'currency',
  'savings_basis',
  'recurrence',
  'soft_benefits',
  'evidence',
  'sponsor_ids',
] as const;

export function emptyWinDraft(currency: string, start: string): QuickWinDraft {
  return {
    initiative_id: null,
    title: '',
    start_on: start,
    target_on: '',
    status: 'planned',
    delivered_on: '',
    savings_amount: '',
    currency,
    savings_basis: '',
    recurrence: 'one_off',
    soft_benefits: '',
    evidence: [],
    sponsor_ids: [],
  };
}

export function draftFromWin(w: QuickWin): QuickWinDraft {
  return {
    initiative_id: w.initiative_id,
    title: w.title,
    start_on: w.start_on,
    target_on: w.target_on,
    status: w.status,
    delivered_on: w.delivered_on ?? '',
    savings_amount: w.savings?.amount ?? '',
    currency: w.savings?.currency ?? 'USD',
    savings_basis: w.savings_basis,
    recurrence: w.recurrence,
    soft_benefits: w.soft_benefits,
    evidence: w.evidence.map((e) => ({ ...e })),
    sponsor_ids: [...w.sponsor_ids],
  };
}

export function toWinInput(d: QuickWinDraft): QuickWinInput {
  const amount = d.savings_amount.trim();
  return {
    ...d,
    start_on: dateOrNull(d.start_on),
    target_on: dateOrNull(d.target_on),
    // A delivered date only goes with "delivered": switching status back must not leave one.
    delivered_on: d.status === 'delivered' ? dateOrNull(d.delivered_on) : null,
    savings_amount: amount === '' ? null : amount,
    currency: amount === '' ? null : d.currency,
    evidence: d.evidence.map((e) => ({ ...e, reference: e.reference.trim() })),
    sponsor_ids: [...d.sponsor_ids],
  };
}

function parse(s: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/**
 * The core's rule as an instant hint: the target is more than six calendar months after the
 * start, with month ends clamped (31 Aug + 6 months is 28/29 Feb). False while either is unset.
 */
export function targetBeyondSixMonths(start: string, target: string): boolean {
  const a = parse(start);
  const b = parse(target);
  if (!a || !b) return false;
  const months = a[0] * 12 + (a[1] - 1) + 6;
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const limit = [year, month, Math.min(a[2], lastDay)];
  for (let i = 0; i < 3; i++) {
    if (b[i] !== limit[i]) return b[i] > limit[i];
  }
  return false;
}
