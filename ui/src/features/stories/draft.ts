// The story form's editable state and its conversion to StoryInput: tags typed as one
// comma-separated line, impacts' numbers typed as text so a half-typed value is reported.
import type { Consent } from '../../lib/bindings/Consent';
import type { Story } from '../../lib/bindings/Story';
import type { StoryInput } from '../../lib/bindings/StoryInput';
import { dateOrNull } from '../../lib/dates';

export type QuoteDraft = {
  id: number | null;
  text: string;
  person_name: string;
  person_role: string;
  consent: Consent;
  consent_on: string;
};
export type ImpactDraft = { metric: string; before: string; after: string; unit: string };
export type StoryDraft = {
  initiative_id: number | null;
  told_on: string;
  headline: string;
  narrative: string;
  tags: string;
  quotes: QuoteDraft[];
  impacts: ImpactDraft[];
};

export const STORY_FIELDS = [
  'initiative_id',
  'told_on',
  'headline',
  'narrative',
  'tags',
  'quotes',
  'impacts',
] as const;

export function emptyStoryDraft(told: string): StoryDraft {
  return {
    initiative_id: null,
    told_on: told,
    headline: '',
    narrative: '',
    tags: '',
    quotes: [],
    impacts: [],
  };
}

export function emptyQuote(): QuoteDraft {
  return { id: null, text: '', person_name: '', person_role: '', consent: 'pending', consent_on: '' };
}

export function draftFromStory(s: Story): StoryDraft {
  return {
    initiative_id: s.initiative_id,
    told_on: s.told_on,
    headline: s.headline,
    narrative: s.narrative,
    tags: s.tags.join(', '),
    quotes: s.quotes.map((q) => ({
      id: q.id,
      text: q.text,
      person_name: q.person_name,
      person_role: q.person_role,
      consent: q.consent,
      consent_on: q.consent_on ?? '',
    })),
    impacts: s.impacts.map((i) => ({
      metric: i.metric,
      before: String(i.before),
      after: String(i.after),
      unit: i.unit,
    })),
  };
}

/** A typed number, or NaN (which JSON sends as null, so the save refuses it by name). */
function num(s: string): number {
  const t = s.trim();
  return t === '' ? Number.NaN : Number(t);
}

export function splitTags(s: string): string[] {
  return s
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

export function toStoryInput(d: StoryDraft): StoryInput {
  return {
    initiative_id: d.initiative_id,
    told_on: dateOrNull(d.told_on),
    headline: d.headline,
    narrative: d.narrative,
    tags: splitTags(d.tags),
    quotes: d.quotes.map((q) => ({
      id: q.id,
      text: q.text,
      person_name: q.person_name,
      person_role: q.person_role,
      consent: q.consent,
      // Pending means no answer yet, so no date goes with it.
      consent_on: q.consent === 'pending' ? null : dateOrNull(q.consent_on),
    })),
    impacts: d.impacts.map((i) => ({
      metric: i.metric,
      before: num(i.before),
      after: num(i.after),
      unit: i.unit,
    })),
  };
}
