// The sponsorship form's state and its conversion to SponsorshipInput.
import type { Sponsorship } from '../../lib/bindings/Sponsorship';
import type { SponsorshipInput } from '../../lib/bindings/SponsorshipInput';
import { dateOrNull, today } from '../../lib/dates';

export type SponsorshipDraft = Omit<SponsorshipInput, 'start_date' | 'end_date'> & {
  start_date: string;
  end_date: string;
};

export const SPONSORSHIP_FIELDS = [
  'sponsor_id',
  'initiative_id',
  'role',
  'start_date',
  'end_date',
  'contributions',
  'notes',
] as const;

export function emptySponsorshipDraft(
  sponsorId: number | null,
  initiativeId: number | null,
): SponsorshipDraft {
  return {
    sponsor_id: sponsorId,
    initiative_id: initiativeId,
    role: 'executive_sponsor',
    start_date: today(),
    end_date: '',
    contributions: {
      translates_strategy: false,
      legitimizes: false,
      channels_resources: false,
      gives_voice: false,
      negotiates_accountability: false,
    },
    notes: '',
  };
}

export function draftFromSponsorship(s: Sponsorship): SponsorshipDraft {
  return {
    sponsor_id: s.sponsor_id,
    initiative_id: s.initiative_id,
    role: s.role,
    start_date: s.start_date,
    end_date: s.end_date ?? '',
    contributions: { ...s.contributions },
    notes: s.notes,
  };
}

export function toSponsorshipInput(d: SponsorshipDraft): SponsorshipInput {
  return {
    ...d,
    contributions: { ...d.contributions },
    start_date: dateOrNull(d.start_date),
    end_date: dateOrNull(d.end_date),
  };
}
