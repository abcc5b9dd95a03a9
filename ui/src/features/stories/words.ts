// Plain words for consent and usage kinds, and the one reading of "shareable" the UI shows
// (the core's Quote::is_shareable: consent given with its date).
import type { Consent } from '../../lib/bindings/Consent';
import type { Quote } from '../../lib/bindings/Quote';
import type { UsageKind } from '../../lib/bindings/UsageKind';

export const CONSENTS: Consent[] = ['given', 'pending', 'withheld'];
export const CONSENT_WORDS: Record<Consent, string> = {
  given: 'Consent given',
  pending: 'Consent pending',
  withheld: 'Consent withheld',
};
export const USAGE_KIND_WORDS: Record<UsageKind, string> = {
  brief: 'Sponsor brief',
  meeting: 'Committee meeting',
  other: 'Elsewhere',
};

export function isShareable(q: Pick<Quote, 'consent' | 'consent_on'>): boolean {
  return q.consent === 'given' && q.consent_on !== null;
}
