// The sponsor form's editable state and its conversion to the SponsorInput the API takes.
// Text boxes hold strings; empty optional text becomes null here, nowhere else.
import type { Sponsor } from '../../lib/bindings/Sponsor';
import type { SponsorInput } from '../../lib/bindings/SponsorInput';

export type SponsorDraft = Omit<SponsorInput, 'email' | 'status_date'> & {
  email: string;
  status_date: string;
};

/** Every field of SponsorInput, in form order (errors focus the first bad one). */
export const SPONSOR_FIELDS = [
  'name',
  'title',
  'email',
  'org_unit_id',
  'reports_to_id',
  'tier',
  'stance',
  'influence',
  'interest',
  'status',
  'status_date',
  'priorities',
  'talking_points',
  'preferred_channel',
  'notes',
] as const;

export function emptySponsorDraft(orgUnitId: number | null = null): SponsorDraft {
  return {
    name: '',
    title: '',
    email: '',
    org_unit_id: orgUnitId,
    reports_to_id: null,
    tier: 3,
    stance: 'neutral',
    influence: 3,
    interest: 3,
    status: 'active',
    status_date: '',
    priorities: '',
    talking_points: '',
    preferred_channel: '',
    notes: '',
  };
}

export function draftFromSponsor(s: Sponsor): SponsorDraft {
  return {
    name: s.name,
    title: s.title,
    email: s.email ?? '',
    org_unit_id: s.org_unit_id,
    reports_to_id: s.reports_to_id,
    tier: s.tier,
    stance: s.stance,
    influence: s.influence,
    interest: s.interest,
    status: s.status,
    status_date: s.status_date ?? '',
    priorities: s.priorities,
    talking_points: s.talking_points,
    preferred_channel: s.preferred_channel,
    notes: s.notes,
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

export function toSponsorInput(d: SponsorDraft): SponsorInput {
  return {
    ...d,
    email: orNull(d.email),
    // An active sponsor has no status date; a stale one from an earlier status is dropped.
    status_date: d.status === 'active' ? null : orNull(d.status_date),
  };
}
