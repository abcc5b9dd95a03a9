// Story drafts: tags from one line, no consent date while pending, shareable only when given.
import { describe, expect, it } from 'vitest';
import { emptyQuote, emptyStoryDraft, splitTags, toStoryInput } from './draft';
import { isShareable } from './words';

describe('story draft', () => {
  it('splits tags on commas and drops blanks', () => {
    expect(splitTags(' onboarding, , expertise ,')).toEqual(['onboarding', 'expertise']);
  });
  it('sends no consent date for a pending quote', () => {
    const d = emptyStoryDraft('2026-03-01');
    d.quotes.push({ ...emptyQuote(), person_name: 'Ann', text: 'Saved me a week', consent_on: '2026-03-02' });
    expect(toStoryInput(d).quotes[0].consent_on).toBeNull();
    d.quotes[0].consent = 'given';
    expect(toStoryInput(d).quotes[0].consent_on).toBe('2026-03-02');
  });
  it('only a given consent with its date is shareable', () => {
    expect(isShareable({ consent: 'given', consent_on: '2026-01-01' })).toBe(true);
    expect(isShareable({ consent: 'given', consent_on: null })).toBe(false);
    expect(isShareable({ consent: 'pending', consent_on: null })).toBe(false);
    expect(isShareable({ consent: 'withheld', consent_on: '2026-01-01' })).toBe(false);
  });
});
